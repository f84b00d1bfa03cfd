"""Shared fixtures: settings over temporary folders, a real Chroma server, the embedding model."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parent.parent
SEED_PLAN = REPO / "corpus" / "verksamhetsplan-2019-2023.md"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def make_settings(tmp_path):
    """Settings over a fresh corpus and index folder; keyword arguments override."""
    from ingest.settings import Settings

    def build(**overrides):
        corpus = overrides.pop("corpus_dir", tmp_path / "corpus")
        corpus.mkdir(parents=True, exist_ok=True)
        return Settings(_env_file=None, corpus_dir=corpus, index_dir=overrides.pop("index_dir", tmp_path / "index"),
                        **overrides)

    return build


@pytest.fixture
def plan_corpus(make_settings):
    """Settings over a corpus holding the real business plan and its manifest."""
    settings = make_settings()
    shutil.copy(SEED_PLAN, settings.corpus_dir / SEED_PLAN.name)
    shutil.copy(REPO / "corpus" / "manifest.toml", settings.corpus_dir / "manifest.toml")
    return settings


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on loopback; yields its URL."""
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        pytest.fail("the chroma command is missing from the virtual environment")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = open(data / "server.log", "wb")
    process = subprocess.Popen([str(chroma), "run", "--path", str(data / "db"), "--host", "127.0.0.1",
                                "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    import urllib.request

    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2)
            break
        except Exception:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"Chroma server did not start: {(data / 'server.log').read_text(errors='replace')[-2000:]}")
            time.sleep(0.3)
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
