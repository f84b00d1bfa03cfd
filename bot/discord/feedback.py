"""👍/👎 feedback buttons that keep working after a restart, stored as JSON lines."""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections import OrderedDict
from datetime import datetime, timezone
from pathlib import Path

import discord

from bot.schemas import Answer

log = logging.getLogger(__name__)

VOTES = {"up": "👍", "down": "👎"}


class FeedbackStore:
    """Answers shown (to look up when a vote comes in) and the votes, in the index folder."""

    def __init__(self, index_dir: Path, cache_size: int = 500) -> None:
        self.answers_path = Path(index_dir) / "feedback-answers.jsonl"
        self.votes_path = Path(index_dir) / "feedback.jsonl"
        self._cache: OrderedDict[str, dict] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def remember(self, answer: Answer) -> str:
        """Store the answer under a new key that goes into the buttons' custom_id."""
        key = uuid.uuid4().hex[:16]
        record = {
            "key": key,
            "time": _now(),
            "question": answer.question,
            "answer": answer.answer,
            "abstained": answer.abstained,
            "sources": [
                {
                    "n": s.n,
                    "doc_id": s.doc_id,
                    "title": s.title,
                    "page": s.page,
                    "section": s.section,
                    "url": s.url,
                    "passage_id": s.passage_id,
                    "score": s.score,
                    "quote": s.text[:300],
                }
                for s in answer.sources
            ],
        }
        self._append(self.answers_path, record)
        self._cache_put(key, record)
        return key

    def lookup(self, key: str) -> dict | None:
        if key in self._cache:
            return self._cache[key]
        if not self.answers_path.exists():
            return None
        found = None
        with self._lock, self.answers_path.open(encoding="utf-8") as fh:
            for line in fh:
                if key in line:
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    if record.get("key") == key:
                        found = record
        if found:
            self._cache_put(key, found)
        return found

    def record_vote(self, key: str, vote: str, user_id: int, answer: dict | None, **where: int | None) -> dict:
        answer = answer or {}
        record = {
            "time": _now(),
            "key": key,
            "vote": vote,
            "user_id": user_id,
            "question": answer.get("question"),
            "answer": answer.get("answer"),
            "sources": answer.get("sources", []),
            **where,
        }
        self._append(self.votes_path, record)
        return record

    def _append(self, path: Path, record: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock, path.open("a", encoding="utf-8") as fh:
            fh.write(line)

    def _cache_put(self, key: str, record: dict) -> None:
        self._cache[key] = record
        self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _answer_from_message(message: discord.Message | None) -> dict | None:
    """Fallback when the stored answer is gone: what the message itself shows."""
    if not message or not message.embeds:
        return None
    embed = message.embeds[0]
    return {
        "question": embed.title,
        "answer": embed.description,
        "sources": [{"title": f.name, "text": f.value} for f in embed.fields],
    }


class FeedbackButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mlr:fb:(?P<vote>up|down):(?P<key>[0-9a-f]{8,32})"):
    """A vote button; its custom_id carries the vote and the stored answer's key."""

    def __init__(self, vote: str, key: str) -> None:
        label = "Bra svar" if vote == "up" else "Dåligt svar"
        super().__init__(
            discord.ui.Button(
                style=discord.ButtonStyle.secondary,
                emoji=VOTES[vote],
                label=label,
                custom_id=f"mlr:fb:{vote}:{key}",
            ),
            row=4,
        )
        self.vote = vote
        self.key = key

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> "FeedbackButton":
        return cls(match["vote"], match["key"])

    async def callback(self, interaction: discord.Interaction) -> None:
        store: FeedbackStore = interaction.client.feedback  # type: ignore[attr-defined]
        answer = store.lookup(self.key) or _answer_from_message(interaction.message)
        store.record_vote(
            self.key,
            self.vote,
            interaction.user.id,
            answer,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
            message_id=interaction.message.id if interaction.message else None,
        )
        thanks = "Tack! Skönt att svaret hjälpte." if self.vote == "up" else "Tack! Vi använder det för att förbättra svaren."
        await interaction.response.send_message(thanks, ephemeral=True)


def feedback_buttons(key: str) -> list[FeedbackButton]:
    return [FeedbackButton("up", key), FeedbackButton("down", key)]
