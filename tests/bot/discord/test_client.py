"""Start-up settings, persistent feedback across a restart, and thread follow-ups."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.discord.client import missing_settings
from discord_fakes import FakeAssistant, bot_settings, running_bot
from test_end_to_end import ASKER, OTHER, ask, buttons

ROOT = Path(__file__).resolve().parents[3]


def test_missing_settings_names_the_token(tmp_path):
    assert missing_settings(bot_settings(tmp_path, discord_token=None)) == ["MLR_DISCORD_TOKEN"]
    assert missing_settings(bot_settings(tmp_path, discord_token="  ")) == ["MLR_DISCORD_TOKEN"]
    assert missing_settings(bot_settings(tmp_path)) == []


def test_mlr_bot_without_token_exits_non_zero_naming_the_setting(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLR_")}
    env.update(MLR_INDEX_DIR=str(tmp_path / "index"), MLR_CORPUS_DIR=str(tmp_path / "corpus"), HF_HUB_OFFLINE="1",
               PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "bot"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode != 0
    assert "MLR_DISCORD_TOKEN" in proc.stderr + proc.stdout


async def test_feedback_buttons_work_after_a_restart(tmp_path, monkeypatch):
    settings = bot_settings(tmp_path)
    async with running_bot(FakeAssistant(settings), settings, monkeypatch) as (bot, standin):
        _, message = await ask(standin, "Vem ansvarar för turismen?")
    down = next(b["custom_id"] for b in buttons(message) if b.get("custom_id", "").startswith("mlr:fb:down"))

    # A new process: nothing in memory, only the index folder is the same.
    async with running_bot(FakeAssistant(settings), settings, monkeypatch) as (bot, standin):
        click = await standin.click(message, down, OTHER, [])
        reply = await standin.wait_for(lambda: standin.callbacks_for(click), timeout=10)
        assert reply[0].type == 4 and reply[0].data["flags"] & 64
    vote = json.loads((settings.index_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert vote["vote"] == "down" and vote["question"] == "Vem ansvarar för turismen?"
    assert vote["answer"].startswith("Kommundirektörsgruppen") and vote["sources"][0]["n"] == 1


def bot_replies(standin, thread: dict) -> list[dict]:
    return [m for m in standin.messages_in(thread["id"]) if m["author"]["id"] == standin.bot_user["id"]]


async def _thread_with_question(standin, question: str) -> dict:
    me = standin.bot_user
    first = await standin.post_user_message(standin.channel_id, f"<@{me['id']}> {question}", ASKER, [me])
    thread = await standin.wait_for(lambda: standin.threads.get(first["id"]), timeout=10)
    await standin.wait_for(lambda: [m for m in standin.messages_in(thread["id"]) if m["embeds"]])
    return thread


async def test_thread_follow_up_without_mention_needs_message_content_intent(tmp_path, monkeypatch):
    import asyncio

    settings = bot_settings(tmp_path)
    assistant = FakeAssistant(settings)
    async with running_bot(assistant, settings, monkeypatch) as (bot, standin):
        thread = await _thread_with_question(standin, "Vem ansvarar för turismen?")
        await standin.post_user_message(thread["id"], "Och när ska det vara klart?", ASKER, [])
        await asyncio.sleep(0.5)
        assert len(bot_replies(standin, thread)) == 1  # content withheld by Discord: nothing to answer

    assistant = FakeAssistant(settings)
    async with running_bot(assistant, settings, monkeypatch, message_content=True) as (bot, standin):
        thread = await _thread_with_question(standin, "Vem ansvarar för turismen?")
        await standin.post_user_message(thread["id"], "Och när ska det vara klart?", ASKER, [])
        await standin.wait_for(lambda: len(bot_replies(standin, thread)) == 2)
        assert assistant.calls[-1] == ("ask", "Och när ska det vara klart?", "Vem ansvarar för turismen?")
        # Messages in other channels that do not mention the bot are left alone.
        await standin.post_user_message(standin.channel_id, "Bara prat här", OTHER, [])
        await asyncio.sleep(0.3)
        assert [c for c in assistant.calls if c[0] == "ask"] == [
            ("ask", "Vem ansvarar för turismen?", None), ("ask", "Och när ska det vara klart?", "Vem ansvarar för turismen?")]
