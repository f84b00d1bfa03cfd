"""Settings as an operator meets them: every one documented, empty lines meaning the default."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def test_every_setting_is_in_env_example_and_readme():
    example = (REPO / ".env.example").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^#?\s*(MLR_[A-Z_]+)=", example, flags=re.M))
    for name in Settings.model_fields:
        variable = f"MLR_{name.upper()}"
        assert variable in listed, f"{variable} missing from .env.example"
        assert variable in readme, f"{variable} missing from README.md"


def test_env_example_loads_as_the_defaults(tmp_path):
    loaded = Settings(_env_file=REPO / ".env.example")
    assert loaded == Settings(_env_file=None)


def test_settings_come_from_mlr_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("MLR_CORPUS_DIR", str(tmp_path))
    monkeypatch.setenv("MLR_CHROMA_URL", "http://127.0.0.1:8000")
    monkeypatch.setenv("MLR_DISCORD_GUILD_ID", "")
    settings = Settings(_env_file=None)
    assert settings.corpus_dir == tmp_path and settings.chroma_url == "http://127.0.0.1:8000"
    assert settings.discord_guild_id is None
