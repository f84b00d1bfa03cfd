"""The service layer: every adapter (CLI, Discord, web) calls this and nothing below it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ingest.settings import Settings, get_settings

from bot.schemas import (
    ActivitiesResponse,
    Answer,
    IngestReport,
    Passage,
    ResponsibleResponse,
    SearchResponse,
    StatusReport,
    UploadResult,
)

ProgressCallback = Callable[[str, int, int], None]  # (message, done, total)


class Assistant:
    """Long-lived facade over the index; create one per process (it holds the model)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    # --- indexing -------------------------------------------------------------------------
    def ingest(self, full: bool = False, progress: ProgressCallback | None = None) -> IngestReport:
        """Incremental (or full) reindex of the corpus folder. Raises IngestBusy if one runs."""
        raise NotImplementedError

    def upload(self, filename: str, data: bytes, overwrite: bool = False) -> UploadResult:
        """Validate, store under corpus_dir/uppladdat/ and index one file. Raises UploadRejected."""
        raise NotImplementedError

    # --- questions ------------------------------------------------------------------------
    def search(self, query: str, k: int = 5, doc_type: str | None = None, year: int | None = None) -> SearchResponse:
        raise NotImplementedError

    def ask(self, question: str, context: str | None = None) -> Answer:
        """Extractive Swedish answer with cited sources; `context` is an earlier question in a thread."""
        raise NotImplementedError

    def responsible(self, topic: str) -> ResponsibleResponse:
        raise NotImplementedError

    def activities(self, year: int | None = None, area: str | None = None) -> ActivitiesResponse:
        raise NotImplementedError

    def areas(self) -> list[str]:
        """Priority areas of the activity plans, for choices in the bot."""
        raise NotImplementedError

    # --- documents and state --------------------------------------------------------------
    def status(self) -> StatusReport:
        raise NotImplementedError

    def passage(self, passage_id: str) -> Passage | None:
        raise NotImplementedError

    def document_file(self, doc_id: str) -> Path | None:
        """The original file of a document, always inside corpus_dir, or None."""
        raise NotImplementedError

    def passage_url(self, passage_id: str) -> str | None:
        """Link to the project's own passage page when MLR_PUBLIC_BASE_URL is set."""
        base = self.settings.public_base_url.rstrip("/")
        return f"{base}/p/{passage_id}" if base else None
