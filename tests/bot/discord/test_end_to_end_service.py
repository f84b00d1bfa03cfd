"""The bot over the real service (bundled embedding model, embedded Chroma) on a tiny corpus."""

from __future__ import annotations

import json

import pytest

from bot.service import Assistant
from discord_fakes import bot_settings, running_bot
from test_end_to_end import ASKER, ask, buttons

PLAN = """# Verksamhetsplan för MalmöLundregionen

## Kompetensförsörjning

Kommundirektörsgruppen ansvarar för uppföljningen av verksamhetsplanen. Uppföljningen sker varje år i december.

## Turism

Turismgruppen ansvarar för den gemensamma besöksnäringsstrategin som tas fram under 2025.
"""

MINUTES = """# Minnesanteckningar från styrelsen 2025-02-14

§ 4 Kollektivtrafik

Styrelsen beslutar att ge Infrastrukturgruppen i uppdrag att ta fram en gemensam plan för pendlarparkeringar.
"""


@pytest.fixture
def service_settings(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "verksamhetsplan.md").write_text(PLAN, encoding="utf-8")
    return bot_settings(tmp_path, public_base_url="https://mlr.example.se")


async def test_real_service_reindex_question_mention_and_upload(service_settings, monkeypatch):
    assistant = Assistant(service_settings)
    async with running_bot(assistant, service_settings, monkeypatch) as (bot, standin):
        role = standin.secretariat_role_id

        # /reindexera: one progress message, ending with the counts.
        reindex = await standin.slash("reindexera", [], ASKER, [role])
        done = await standin.wait_for(
            lambda: [m for m in standin.messages_for(reindex) if m.get("embeds")], timeout=240)
        assert standin.callbacks_for(reindex)[0].elapsed < 3.0
        summary = done[0]["embeds"][0]["description"]
        assert "**1** tillagda" in summary and "**0** misslyckade" in summary

        # /fråga: a cited answer with a link to the passage page and feedback buttons.
        interaction, message = await ask(standin, "Vem ansvarar för uppföljningen av verksamhetsplanen?")
        assert standin.callbacks_for(interaction)[0].elapsed < 3.0
        print("\n/fråga answer from the real service as the stand-in received it:\n" + json.dumps(
            {"embeds": message["embeds"], "components": message["components"]}, ensure_ascii=False, indent=2))
        embed = message["embeds"][0]
        assert "Kommundirektörsgruppen" in embed["description"] and "[1]" in embed["description"]
        assert any(f["name"] == "Källa [1]: Verksamhetsplan för MalmöLundregionen" for f in embed["fields"])
        assert embed["footer"]["text"].endswith("· 1 dokument")
        link = next(b for b in buttons(message) if b.get("label") == "Källa 1")
        assert link["url"].startswith("https://mlr.example.se/p/")

        # A mention gets its answer in a thread opened on the message.
        me = standin.bot_user
        mention = await standin.post_user_message(
            standin.channel_id, f"<@{me['id']}> Vem ansvarar för besöksnäringsstrategin?", ASKER, [me])
        thread = await standin.wait_for(lambda: standin.threads.get(mention["id"]), timeout=30)
        reply = await standin.wait_for(
            lambda: [m for m in standin.messages_in(thread["id"]) if m["embeds"]], timeout=60)
        assert "Turismgruppen" in reply[0]["embeds"][0]["description"]

        # /ladda-upp: a real Markdown file is stored in the corpus and indexed.
        file = standin.attachment("styrelsen 2025-02-14.md", MINUTES.encode("utf-8"))
        upload = await standin.slash("ladda-upp", [{"name": "fil", "type": 11, "value": file["id"]}], ASKER, [role])
        uploaded = await standin.wait_for(
            lambda: [m for m in standin.messages_for(upload) if m.get("embeds")], timeout=240)
        result = uploaded[0]["embeds"][0]
        assert result["title"] == "Indexerad: Minnesanteckningar från styrelsen 2025-02-14"
        stored = [p for p in (service_settings.corpus_dir).rglob("*.md") if p.name != "verksamhetsplan.md"]
        assert len(stored) == 1 and stored[0].resolve().is_relative_to(service_settings.corpus_dir.resolve())

        # The same name again is not silently overwritten.
        again = standin.attachment("styrelsen 2025-02-14.md", "# Annat innehåll\n".encode())
        refused = await standin.slash("ladda-upp", [{"name": "fil", "type": 11, "value": again["id"]}], ASKER, [role])
        msgs = await standin.wait_for(
            lambda: [m for m in standin.messages_for(refused) if m.get("flags", 0) & 64], timeout=60)
        assert "finns redan" in msgs[0]["content"]
        assert stored[0].read_text(encoding="utf-8") == MINUTES

        # An executable renamed .pdf never reaches the corpus.
        exe = standin.attachment("rapport.pdf", b"MZ\x90\x00" + bytes(2000))
        bad = await standin.slash("ladda-upp", [{"name": "fil", "type": 11, "value": exe["id"]}], ASKER, [role])
        msgs = await standin.wait_for(
            lambda: [m for m in standin.messages_for(bad) if m.get("flags", 0) & 64], timeout=30)
        assert "stämmer inte med filändelsen .pdf" in msgs[0]["content"]
        assert not list(service_settings.corpus_dir.rglob("*.pdf"))
        assert not standin.rejected and not standin.unknown
