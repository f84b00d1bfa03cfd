"""Test doubles and helpers for the Discord adapter tests (a recording fake Assistant, the bot runner)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.append(str(Path(__file__).resolve().parents[2]))  # tests/ → import discord_standin

from bot.schemas import (
    ActivitiesResponse,
    Activity,
    Answer,
    GroupRef,
    IngestReport,
    ResponsibleMatch,
    ResponsibleResponse,
    Source,
    StatusReport,
    UploadResult,
)
from ingest.settings import Settings


def make_source(n: int, *, title: str = "Verksamhetsplan 2019–2023", text: str | None = None,
                url: str | None = "https://example.se/vp.pdf#page=4", page: int | None = 4,
                section: str | None = "Prioriterade områden") -> Source:
    return Source(
        n=n, doc_id=f"doc{n}", title=title, doc_type="verksamhetsplan", path=f"vp{n}.pdf", url=url, page=page,
        section=section, text=text or "Kommundirektörsgruppen ansvarar för uppföljningen av verksamhetsplanen.",
        score=0.9 - n / 100, passage_id=f"doc{n}:{n}",
    )


def make_answer(question: str = "Vem ansvarar för uppföljningen?", n_sources: int = 2, **kw) -> Answer:
    return Answer(
        question=question,
        answer=kw.get("answer", "Kommundirektörsgruppen ansvarar för uppföljningen av verksamhetsplanen. [1]"),
        abstained=kw.get("abstained", False),
        sources=kw.get("sources") or [make_source(i) for i in range(1, n_sources + 1)],
        groups=kw.get("groups", [GroupRef(name="Kommundirektörsgruppen", activity="Uppföljning", source_n=1)]),
    )


class FakeAssistant:
    """Answers like the service would, records calls, and can hold ingest until released."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.calls: list[tuple] = []
        self.ingest_started = threading.Event()
        self.ingest_release = threading.Event()
        self.ingest_release.set()

    def ask(self, question: str, context: str | None = None) -> Answer:
        self.calls.append(("ask", question, context))
        return make_answer(question)

    def areas(self) -> list[str]:
        return ["Kompetensförsörjning", "Näringsliv och turism", "Infrastruktur"]

    def activities(self, year: int | None = None, area: str | None = None) -> ActivitiesResponse:
        self.calls.append(("activities", year, area))
        acts = [
            Activity(title=f"Aktivitet {i}", area="Infrastruktur", responsible="Infrastrukturgruppen",
                     period="2025", status="Pågår", municipalities=["Lund", "Malmö"], year=2025, doc_id="ap",
                     url="https://example.se/ap.pdf#page=2", page=2)
            for i in range(1, 15)
        ]
        return ActivitiesResponse(year=year or 2025, activities=acts)

    def responsible(self, topic: str) -> ResponsibleResponse:
        self.calls.append(("responsible", topic))
        return ResponsibleResponse(topic=topic, matches=[ResponsibleMatch(
            group="Turismgruppen", activity="Gemensam besöksnäringsstrategi", doc_id="ap",
            title="Aktivitetsplan 2025", url="https://example.se/ap.pdf#page=3", page=3)])

    def ingest(self, full: bool = False, progress=None) -> IngestReport:
        self.calls.append(("ingest", full))
        self.ingest_started.set()
        if progress:
            progress("vp.pdf", 1, 2)
        assert self.ingest_release.wait(30), "test never released the ingest"
        if progress:
            progress("ap.docx", 2, 2)
        return IngestReport(added=2, updated=1, removed=0, unchanged=3, chunks=42)

    def upload(self, filename: str, data: bytes, overwrite: bool = False) -> UploadResult:
        self.calls.append(("upload", filename, len(data), overwrite))
        return UploadResult(path=f"uppladdat/{filename}", title=filename, doc_type="övrigt", pages=1, chunks=3,
                            activities=0)

    def status(self) -> StatusReport:
        return StatusReport(documents=5, documents_by_type={"verksamhetsplan": 1, "aktivitetsplan": 4}, chunks=120,
                            last_ingest="2025-03-01T10:15:00+00:00", embedding_model="all-MiniLM-L6-v2",
                            version="0.1.0")

    def passage_url(self, passage_id: str) -> str | None:
        return f"https://mlr.example.se/p/{passage_id}"


def bot_settings(tmp_path: Path, **overrides) -> Settings:
    values = dict(
        corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", discord_token="test-token",
        discord_guild_id=900000000000000002, secretariat_role_id=900000000000000004, cooldown_seconds=0,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


@contextlib.asynccontextmanager
async def running_bot(assistant, settings: Settings, monkeypatch: pytest.MonkeyPatch, **bot_options):
    """The real discord.py client, connected to a fresh stand-in on loopback."""
    import discord
    import yarl
    from discord.gateway import DiscordWebSocket

    from bot.discord.client import MLRBot
    from discord_standin import StandIn

    standin = StandIn()
    await standin.start()
    monkeypatch.setattr(discord.http.Route, "BASE", standin.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(standin.gateway_url))
    bot = MLRBot(assistant, settings, sync=True, **bot_options)
    task = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))
    try:
        ready = asyncio.create_task(bot.wait_until_ready())
        await asyncio.wait({ready, task}, timeout=30, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # the client failed to log in or connect: show why
        assert ready.done(), "the bot did not become ready"
        yield bot, standin
    finally:
        await bot.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 10)
        await standin.stop()


class FakeResponse:
    """Records what a handler sends through interaction.response."""

    def __init__(self) -> None:
        self.sent: list[tuple[str | None, dict]] = []
        self.deferred: dict | None = None

    def is_done(self) -> bool:
        return bool(self.sent) or self.deferred is not None

    async def send_message(self, content: str | None = None, **kwargs) -> None:
        assert not self.is_done(), "responded twice"
        self.sent.append((content, kwargs))

    async def defer(self, **kwargs) -> None:
        assert not self.is_done(), "responded twice"
        self.deferred = kwargs


class FakeFollowup:
    def __init__(self) -> None:
        self.sent: list[tuple[str | None, dict]] = []

    async def send(self, content: str | None = None, **kwargs):
        self.sent.append((content, kwargs))


class FakeInteraction:
    """Just enough of discord.Interaction for calling a command callback directly."""

    def __init__(self, client, user) -> None:
        self.client = client
        self.user = user
        self.response = FakeResponse()
        self.followup = FakeFollowup()
        self.deleted_original = False
        self.guild_id = 1
        self.channel = None
        self.command = None

    async def delete_original_response(self) -> None:
        self.deleted_original = True

    def ephemeral_messages(self) -> list[str]:
        sent = self.response.sent + self.followup.sent
        return [content for content, kw in sent if kw.get("ephemeral")]


class FakeAttachment:
    def __init__(self, filename: str, data: bytes, size: int | None = None) -> None:
        self.filename = filename
        self.data = data
        self.size = len(data) if size is None else size
        self.downloaded = False

    async def read(self) -> bytes:
        self.downloaded = True
        return self.data


def member(role_ids: list[int], user_id: int = 920000000000000001):
    """A discord.Member look-alike holding the given roles."""
    from types import SimpleNamespace
    from unittest.mock import MagicMock

    import discord

    m = MagicMock(spec=discord.Member)
    m.id = user_id
    m.roles = [SimpleNamespace(id=r) for r in role_ids]
    return m


def offline_bot(assistant, settings):
    """An MLRBot with the resources setup_hook would make, without connecting anywhere."""
    from bot.discord.checks import UserCooldown
    from bot.discord.client import MLRBot
    from bot.discord.feedback import FeedbackStore

    bot = MLRBot(assistant, settings)
    bot.ingest_lock = asyncio.Lock()
    bot.cooldown = UserCooldown(settings.cooldown_seconds)
    bot.feedback = FeedbackStore(settings.index_dir)
    return bot
