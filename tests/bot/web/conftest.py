"""Fixtures for the web page: a real index over a small corpus, the server in a thread, headless Chromium.

The browser is Debian's chromium with its chromedriver (`apt-get install chromium chromium-driver`),
driven by Selenium. Without them the browser tests are skipped locally, but fail when CI=true so a
CI run can never pass by skipping them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.service import Assistant
from ingest.settings import Settings
from web_support import LONG_SECTION_DOC, MANIFEST, SCRIPT_DOC, LiveServer, free_port

REPO = Path(__file__).resolve().parents[3]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE = {"width": 390, "height": 844, "pixelRatio": 2}  # a common phone screen, in CSS pixels


@dataclass
class WebCorpus:
    settings: Settings
    assistant: Assistant
    base_url: str  # where `live_server` listens; the assistant's passage links point there


@pytest.fixture(scope="session")
def web_corpus(tmp_path_factory) -> WebCorpus:
    """A real ingest (bundled model, embedded Chroma) of the business plan, the example plans and a
    Markdown file holding HTML; the index is shared by all web tests."""
    root = tmp_path_factory.mktemp("web")
    corpus = root / "corpus"
    (corpus / "exempel").mkdir(parents=True)
    shutil.copy(REPO / "corpus" / "verksamhetsplan-2019-2023.md", corpus)
    for name in ("exempel-aktivitetsplan-2026.pdf", "exempel-aktivitetsplan-2025.docx"):
        shutil.copy(REPO / "corpus" / "exempel" / name, corpus / "exempel" / name)
    (corpus / "anteckningar-med-kod.md").write_text(SCRIPT_DOC, encoding="utf-8")
    (corpus / "uppfoljning.md").write_text(LONG_SECTION_DOC, encoding="utf-8")
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    (root / "utanfor.txt").write_text("hemlig text utanför korpusen", encoding="utf-8")

    base_url = f"http://127.0.0.1:{free_port()}"
    settings = Settings(_env_file=None, corpus_dir=corpus, index_dir=root / "index", public_base_url=base_url)
    assistant = Assistant(settings)
    report = assistant.ingest()
    assert not report.failed, report.failed
    return WebCorpus(settings=settings, assistant=assistant, base_url=base_url)


@pytest.fixture(scope="session")
def live_server(web_corpus) -> LiveServer:
    port = int(web_corpus.base_url.rsplit(":", 1)[1])
    with LiveServer(web_corpus.assistant, port) as server:
        assert server.url == web_corpus.base_url
        yield server


def _missing_browser() -> str | None:
    if importlib.util.find_spec("selenium") is None:
        return "Selenium is not installed (pip install selenium)"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            return f"{path} is missing (apt-get install -y chromium chromium-driver)"
    return None


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Headless Chromium (Debian's build and driver) via Selenium, with a phone's viewport."""
    missing = _missing_browser()
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but the browser tests cannot run: {missing}")
        pytest.skip(f"browser tests skipped: {missing}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-extensions", "--lang=sv-SE",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    # Headless windows are at least 500 px wide; emulate the phone's viewport instead.
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
