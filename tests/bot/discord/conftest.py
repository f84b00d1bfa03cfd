"""Fixtures for the Discord adapter tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from discord_fakes import FakeAssistant, bot_settings
from ingest.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return bot_settings(tmp_path)


@pytest.fixture
def fake_assistant(settings: Settings) -> FakeAssistant:
    return FakeAssistant(settings)


