"""The web page in a real headless Chromium: source links, search, traversal and harmless HTML.

Screenshot of a passage page (phone-sized) for the README:
    MLR_TEST_SCREENSHOT_DIR=/tmp/skarmbild .venv/bin/python -m pytest tests/bot/web/test_web_browser.py -k source_link
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from web_support import IMG_TEXT, SCRIPT_TEXT

pytestmark = pytest.mark.browser

SITE_TITLE = "MalmöLundregionen – dokument"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def marked_text(driver) -> str:
    from selenium.webdriver.common.by import By

    # textContent: on a phone the table header is visually hidden (each cell shows its label instead).
    return " ".join(m.get_attribute("textContent") for m in driver.find_elements(By.CSS_SELECTOR, "#stycket mark"))


def wait_for_url(driver, fragment: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 15).until(lambda d: fragment in d.current_url)


def no_alert(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def mlr_ask_json(settings, question: str) -> dict:
    """`mlr ask --json` as a user runs it, against the test index (public base URL = the live server)."""
    env = dict(os.environ, MLR_CORPUS_DIR=str(settings.corpus_dir), MLR_INDEX_DIR=str(settings.index_dir),
               MLR_PUBLIC_BASE_URL=settings.public_base_url, HF_HUB_OFFLINE="1")
    mlr = Path(sys.executable).with_name("mlr")
    command = [str(mlr)] if mlr.exists() else [sys.executable, "-m", "bot.cli"]
    done = subprocess.run([*command, "ask", "--json", question], capture_output=True, text=True, env=env,
                          timeout=300, cwd=settings.index_dir)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_source_link_from_mlr_ask_opens_the_highlighted_passage(browser, live_server, web_corpus, tmp_path):
    from selenium.webdriver.common.by import By

    answer = mlr_ask_json(web_corpus.settings, "Vem ansvarar för praktikportalen för gymnasieelever?")
    assert not answer["abstained"]
    source = answer["sources"][0]
    assert source["url"].startswith(live_server.url + "/p/")

    browser.get(source["url"])
    assert browser.title == f"{source['title']} – {SITE_TITLE}"
    marks = browser.find_elements(By.CSS_SELECTOR, "#stycket p mark, #stycket td mark")
    assert marks and all(m.is_displayed() for m in marks)
    assert words(marked_text(browser)) == words(source["text"])
    # The stylesheet loaded under the content security policy: the highlight is coloured.
    assert marks[0].value_of_css_property("background-color") == "rgba(255, 224, 102, 1)"
    # On a phone the highlight starts on the first screen and nothing needs sideways scrolling.
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", marks[0])
    assert top < browser.execute_script("return window.innerHeight")
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    meta = browser.find_element(By.CSS_SELECTOR, "dl.meta").text
    assert f"Sida\n{source['page']}" in meta and source["path"] in meta
    original = browser.find_element(By.PARTIAL_LINK_TEXT, "Öppna originalet")
    assert original.get_attribute("href") == f"{live_server.url}/doc/{source['doc_id']}#page={source['page']}"

    shot = tmp_path / "stycke.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("MLR_TEST_SCREENSHOT_DIR"):
        target = Path(os.environ["MLR_TEST_SCREENSHOT_DIR"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, target / "stycke.png")

    # The original opens in the browser's PDF viewer at the page (not blocked by the policy, not a download).
    original.click()
    wait_for_url(browser, "/doc/")
    assert browser.current_url.endswith(f"#page={source['page']}")
    assert browser.execute_script("return document.contentType") == "application/pdf"


def test_search_and_follow_a_result(browser, live_server, web_corpus):
    from selenium.webdriver.common.by import By

    query = "praktikportal för gymnasieelever"
    expected = web_corpus.assistant.search(query, 10).results
    browser.get(live_server.url + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
    box = browser.find_element(By.ID, "q")
    box.send_keys(query)
    browser.find_element(By.CSS_SELECTOR, "form.search button").click()
    wait_for_url(browser, "?q=")
    results = browser.find_elements(By.CSS_SELECTOR, "ol.hits a.hit-title")
    assert [r.text for r in results] == [h.title for h in expected]

    results[0].click()
    wait_for_url(browser, "/p/")
    assert browser.current_url == f"{live_server.url}/p/{quote(expected[0].passage_id, safe=':')}"
    assert words(marked_text(browser)) == words(expected[0].text)
    assert "praktikportal" in marked_text(browser).casefold()

    # Walk on to the next passage of the document and back again.
    passage = web_corpus.assistant.passage(expected[0].passage_id)
    if passage.next_id:
        browser.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
        wait_for_url(browser, quote(passage.next_id, safe=":"))
        assert words(marked_text(browser)) == words(web_corpus.assistant.passage(passage.next_id).text)
        browser.find_element(By.CSS_SELECTOR, "a[rel=prev]").click()
        wait_for_url(browser, quote(passage.passage_id, safe=":"))


@pytest.mark.parametrize("path", ["/doc/..%2F..%2Fetc%2Fpasswd", "/doc/..%2Futanfor.txt", "/p/../../x",
                                  "/p/finns-inte:0:00000000"])
def test_traversal_and_unknown_ids_show_the_swedish_404_page(browser, live_server, path):
    from selenium.webdriver.common.by import By

    browser.get(live_server.url + path)
    assert browser.title == f"Sidan finns inte – {SITE_TITLE}"
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "Det finns inget stycke eller dokument med den adressen" in body
    assert "root:" not in browser.page_source and "hemlig text" not in browser.page_source
    browser.find_element(By.LINK_TEXT, "Till startsidan och sökningen").click()
    wait_for_url(browser, live_server.url + "/")


def test_document_containing_script_stays_harmless(browser, live_server, web_corpus):
    from selenium.webdriver.common.by import By

    hit = next(h for h in web_corpus.assistant.search("inkomna synpunkter på webbplatsen", 10).results
               if h.path == "anteckningar-med-kod.md")
    browser.get(f"{live_server.url}/p/{quote(hit.passage_id, safe=':')}")
    assert no_alert(browser)
    assert browser.title == f"{hit.title} – {SITE_TITLE}"  # the onerror handler did not rename the page
    text = marked_text(browser)
    assert SCRIPT_TEXT in text and IMG_TEXT in text
    assert browser.find_elements(By.CSS_SELECTOR, "main script, main img") == []
    # The manifest's javascript: address is not offered as a link.
    hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
    assert not any(h.startswith("javascript:") for h in hrefs)

    # The original Markdown file, opened directly, does not run either.
    browser.get(f"{live_server.url}/doc/{hit.doc_id}")
    assert no_alert(browser)
    assert browser.execute_script("return document.title") != "hackad"
