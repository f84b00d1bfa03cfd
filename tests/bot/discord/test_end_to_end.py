"""The real discord.py client against the loopback Discord stand-in."""

from __future__ import annotations

import asyncio
import json

from discord_fakes import running_bot

from discord_standin import command_errors

ASKER = {"id": "920000000000000001", "username": "anna", "global_name": "Anna", "discriminator": "0", "avatar": None}
OTHER = {"id": "920000000000000002", "username": "bo", "global_name": "Bo", "discriminator": "0", "avatar": None}


def buttons(message: dict) -> list[dict]:
    return [item for row in message.get("components", []) for item in row["components"]]


async def ask(standin, question: str, user=ASKER) -> tuple[dict, dict]:
    """Dispatch /fråga and wait until the deferred placeholder is replaced by the answer."""
    interaction = await standin.slash("fråga", [{"name": "fråga", "type": 3, "value": question}], user, [])
    msgs = await standin.wait_for(
        lambda: [m for m in standin.messages_for(interaction) if m.get("embeds")], timeout=20
    )
    return interaction, msgs[0]


async def test_commands_synced_as_discord_accepts_them(fake_assistant, settings, monkeypatch):
    async with running_bot(fake_assistant, settings, monkeypatch) as (bot, standin):
        synced = standin.commands[standin.guild_id]
        assert not standin.rejected, standin.rejected
        assert command_errors(synced) == []
        names = {c["name"]: c for c in synced}
        assert set(names) == {"fråga", "aktiviteter", "ansvar", "reindexera", "ladda-upp", "status"}
        assert names["fråga"]["name_localizations"]["en-US"] == "ask"
        assert names["fråga"]["options"][0]["name_localizations"]["en-GB"] == "question"
        # Admin commands are hidden by default permissions and cannot be used in DMs.
        assert int(names["reindexera"]["default_member_permissions"]) == 32  # Manage Server
        assert int(names["ladda-upp"]["default_member_permissions"]) == 32
        assert names["fråga"]["default_member_permissions"] is None
        area = next(o for o in names["aktiviteter"]["options"] if o["name"] == "område")
        assert [c["value"] for c in area["choices"]] == fake_assistant.areas()
        # Only non-privileged intents: guilds and guild messages.
        assert standin.identify["intents"] == (1 << 0) | (1 << 9)


async def test_fraga_defers_in_time_and_posts_answer_embed_with_buttons(fake_assistant, settings, monkeypatch):
    async with running_bot(fake_assistant, settings, monkeypatch) as (bot, standin):
        interaction, message = await ask(standin, "Vem ansvarar för uppföljningen?")
        first = standin.callbacks_for(interaction)[0]
        assert first.type == 5 and first.elapsed < 3.0
        embed = message["embeds"][0]
        print("\n/fråga answer as the stand-in received it:\n" + json.dumps(
            {"embeds": message["embeds"], "components": message["components"]}, ensure_ascii=False, indent=2))
        assert embed["title"] == "Vem ansvarar för uppföljningen?"
        assert "Kommundirektörsgruppen ansvarar" in embed["description"]
        assert [f["name"] for f in embed["fields"]][1:] == [
            "Källa [1]: Verksamhetsplan 2019–2023", "Källa [2]: Verksamhetsplan 2019–2023"]
        assert "s. 4" in embed["fields"][1]["value"]
        assert embed["footer"]["text"] == "Index uppdaterat 2025-03-01 11:15 · 5 dokument"  # Swedish time
        links = [b for b in buttons(message) if b["style"] == 5]
        assert [(b["label"], b["url"]) for b in links] == [
            ("Källa 1", "https://example.se/vp.pdf#page=4"), ("Källa 2", "https://example.se/vp.pdf#page=4")]
        votes = [b["custom_id"] for b in buttons(message) if b["style"] != 5]
        assert [v.split(":")[2] for v in votes] == ["up", "down"]
        assert message["allowed_mentions"]["parse"] == []
        assert not standin.rejected and not standin.unknown


async def test_feedback_vote_is_stored(fake_assistant, settings, monkeypatch):
    async with running_bot(fake_assistant, settings, monkeypatch) as (bot, standin):
        interaction, message = await ask(standin, "Vem ansvarar för uppföljningen?")
        up = next(b["custom_id"] for b in buttons(message) if b.get("custom_id", "").startswith("mlr:fb:up"))
        click = await standin.click(message, up, OTHER, [])
        reply = await standin.wait_for(lambda: standin.callbacks_for(click), timeout=10)
        assert reply[0].type == 4 and reply[0].data["flags"] & 64  # ephemeral thanks
        lines = (settings.index_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
        vote = json.loads(lines[-1])
        assert vote["vote"] == "up" and vote["user_id"] == int(OTHER["id"])
        assert vote["question"] == "Vem ansvarar för uppföljningen?"
        assert vote["sources"][0]["title"] == "Verksamhetsplan 2019–2023"


async def test_mention_is_answered_in_a_thread_with_context(fake_assistant, settings, monkeypatch):
    async with running_bot(fake_assistant, settings, monkeypatch) as (bot, standin):
        me = standin.bot_user
        question = await standin.post_user_message(
            standin.channel_id, f"<@{me['id']}> Vem ansvarar för turismen?", ASKER, [me])
        thread = await standin.wait_for(lambda: standin.threads.get(question["id"]), timeout=10)
        assert thread["name"] == "Vem ansvarar för turismen?"
        reply = await standin.wait_for(lambda: [m for m in standin.messages_in(thread["id"]) if m["embeds"]])
        assert reply[0]["embeds"][0]["title"] == "Vem ansvarar för turismen?"
        assert any(b["label"] == "Källa 1" for b in buttons(reply[0]))

        await standin.post_user_message(thread["id"], f"<@{me['id']}> Och när ska det vara klart?", ASKER, [me])
        await standin.wait_for(lambda: len([m for m in standin.messages_in(thread["id"]) if m["embeds"]]) == 2)
        asks = [c for c in fake_assistant.calls if c[0] == "ask"]
        assert asks[-1] == ("ask", "Och när ska det vara klart?", "Vem ansvarar för turismen?")

        # After a restart nothing is remembered: the question that opened the thread is the context.
        bot.get_cog("AskCog").thread_questions.clear()
        await standin.post_user_message(thread["id"], f"<@{me['id']}> Vilka kommuner deltar?", ASKER, [me])
        await standin.wait_for(lambda: len([m for m in standin.messages_in(thread["id"]) if m["embeds"]]) == 3)
        assert fake_assistant.calls[-1] == ("ask", "Vilka kommuner deltar?", "Vem ansvarar för turismen?")
        assert not standin.rejected and not standin.unknown


async def test_questions_answered_while_reindex_runs(fake_assistant, settings, monkeypatch):
    async with running_bot(fake_assistant, settings, monkeypatch) as (bot, standin):
        fake_assistant.ingest_release.clear()
        reindex = await standin.slash("reindexera", [], ASKER, [standin.secretariat_role_id])
        assert await asyncio.to_thread(fake_assistant.ingest_started.wait, 10)
        # The ingest is still blocked in its worker thread; a question must still get its answer.
        _, message = await ask(standin, "Vem ansvarar för uppföljningen?", user=OTHER)
        assert message["embeds"][0]["title"] == "Vem ansvarar för uppföljningen?"
        fake_assistant.ingest_release.set()
        done = await standin.wait_for(
            lambda: [m for m in standin.messages_for(reindex) if m.get("embeds")], timeout=15)
        assert standin.callbacks_for(reindex)[0].elapsed < 3.0
        text = done[0]["embeds"][0]["description"]
        assert "**2** tillagda" in text and "**1** uppdaterade" in text and "**0** borttagna" in text
        assert "**0** misslyckade" in text
        assert len(standin.messages_for(reindex)) == 1  # one message, edited in place


async def test_reindex_refused_without_secretariat_role(fake_assistant, settings, monkeypatch):
    async with running_bot(fake_assistant, settings, monkeypatch) as (bot, standin):
        interaction = await standin.slash("reindexera", [], OTHER, [])
        reply = await standin.wait_for(lambda: standin.callbacks_for(interaction), timeout=10)
        assert reply[0].type == 4 and reply[0].data["flags"] & 64
        assert "sekretariatet" in reply[0].data["content"]
        assert not [c for c in fake_assistant.calls if c[0] == "ingest"]


async def test_activities_paginate(fake_assistant, settings, monkeypatch):
    async with running_bot(fake_assistant, settings, monkeypatch) as (bot, standin):
        interaction = await standin.slash(
            "aktiviteter", [{"name": "område", "type": 3, "value": "Infrastruktur"}], ASKER, [])
        msgs = await standin.wait_for(lambda: [m for m in standin.messages_for(interaction) if m.get("embeds")])
        page = msgs[0]
        assert page["embeds"][0]["footer"]["text"].startswith("Sida 1/3")
        nxt = next(b for b in buttons(page) if b.get("label") == "Nästa ▶")
        click = await standin.click(page, nxt["custom_id"], ASKER, [])
        await standin.wait_for(lambda: standin.callbacks_for(click))
        assert standin.callbacks_for(click)[0].type == 7
        assert page["embeds"][0]["footer"]["text"].startswith("Sida 2/3")
        assert ("activities", None, "Infrastruktur") in fake_assistant.calls
