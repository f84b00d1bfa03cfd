"""The service layer: every adapter (CLI, Discord, web) calls this and nothing below it."""

from __future__ import annotations

import threading
from contextvars import ContextVar
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version as package_version
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from ingest.manifest import ManifestError
from ingest.pipeline import IngestBusy, Ingester
from ingest.settings import Settings, get_settings
from ingest.store import ChunkRecord, IndexStore

from bot.schemas import (
    ActivitiesResponse,
    Activity,
    Answer,
    IngestReport,
    Passage,
    ResponsibleMatch,
    ResponsibleResponse,
    SearchHit,
    SearchResponse,
    StatusReport,
    UploadResult,
)
from bot.upload import UploadRejected, store_upload

ProgressCallback = Callable[[str, int, int], None]  # (message, done, total)

__all__ = ["Assistant", "IngestBusy", "ManifestError", "UploadRejected"]


def app_version() -> str:
    try:
        return package_version("mlr-assistent")
    except PackageNotFoundError:
        return "0+okänd"


# The searches of the answer being composed (see Assistant.ask), None outside one.
_ANSWER_SEARCHES: ContextVar[dict | None] = ContextVar("answer_searches", default=None)


class Assistant:
    """Long-lived facade over the index; create one per process (it holds the model)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._store: IndexStore | None = None
        self._retriever = None
        self._records_key: str | None = None
        self._records: dict[str, list[dict]] = {}
        self._lock = threading.RLock()

    # --- plumbing -------------------------------------------------------------------------
    @property
    def store(self) -> IndexStore:
        with self._lock:
            if self._store is None:
                self._store = IndexStore(self.settings)
            return self._store

    @property
    def retriever(self):
        with self._lock:
            if self._retriever is None:
                from bot.retrieve.hybrid import Retriever

                self._retriever = Retriever(self.store, self.settings)
            return self._retriever

    def records(self, record_type: str) -> list[dict]:
        """Activity/decision rows, cached until the index changes."""
        key = self.store.fingerprint()
        with self._lock:
            if key != self._records_key:
                rows = self.store.records()
                self._records = {}
                for row in rows:
                    self._records.setdefault(row["record_type"], []).append(row)
                self._records_key = key
            return list(self._records.get(record_type, []))

    # --- indexing -------------------------------------------------------------------------
    def ingest(self, full: bool = False, progress: ProgressCallback | None = None) -> IngestReport:
        """Incremental (or full) reindex of the corpus folder. Raises IngestBusy if one runs."""
        try:
            result = Ingester(self.settings, self.store).run(full=full, progress=progress)
        finally:
            if self._retriever is not None:
                self._retriever.invalidate()  # answers after this see the new index at once
        return IngestReport.model_validate(asdict(result))  # timing fields are not part of the report

    def upload(self, filename: str, data: bytes, overwrite: bool = False) -> UploadResult:
        """Validate, store under corpus_dir/uppladdat/ and index one file. Raises UploadRejected."""
        max_bytes = int(self.settings.upload_max_mb * 1024 * 1024)
        target = store_upload(self.settings.corpus_dir, filename, data, max_bytes=max_bytes, overwrite=overwrite)
        rel = target.relative_to(self.settings.corpus_dir).as_posix()
        report = self.ingest()
        for failure in report.failed:
            if failure.path == rel:
                target.unlink(missing_ok=True)  # an unreadable upload must not linger in the corpus
                raise UploadRejected(f"Filen kunde inte indexeras: {failure.error}")
        for doc in report.documents:
            if doc["path"] == rel:
                return UploadResult(path=rel, title=doc["title"], doc_type=doc["doc_type"], pages=doc["pages"],
                                    chunks=doc["chunks"], activities=self._count_activities(doc["doc_id"]))
        raise UploadRejected("Filen har samma innehåll som ett dokument som redan är indexerat.")

    def _count_activities(self, doc_id: str) -> int:
        return sum(1 for r in self.records("activity") if r["doc_id"] == doc_id)

    # --- links ------------------------------------------------------------------------------
    def passage_url(self, passage_id: str) -> str | None:
        """Link to the project's own passage page when MLR_PUBLIC_BASE_URL is set."""
        base = self.settings.public_base_url.rstrip("/")
        return f"{base}/p/{quote(passage_id, safe=':')}" if base else None

    def link_for(self, meta: dict, passage_id: str | None, text: str = "") -> str | None:
        """Public address of a passage: PDF at its page, a web page at a text fragment, else our own page."""
        url = meta.get("url") or ""
        page = meta.get("page_start") or 0
        if url:
            if url.lower().split("?")[0].endswith(".pdf") or meta.get("path", "").lower().endswith(".pdf"):
                return f"{url}#page={page}" if page else url
            # A text fragment opens the web page at the passage: the start of its first full line
            # (headings are left out, as the page may style them differently).
            line = next((ln for ln in text.splitlines() if len(ln.split()) >= 6), "")
            if line:
                start = " ".join(line.removeprefix("- ").split()[:6])
                return f"{url}#:~:text={quote(start, safe='')}"
            return url
        if passage_id:
            return self.passage_url(passage_id)
        return None

    def _hit(self, chunk_ids: list[str], text: str, meta: dict, score: float) -> SearchHit:
        section = meta.get("section") or None
        if section == meta["title"]:
            section = None  # a page under the document's title alone: "Titel – Titel, s. 1" says nothing more
        return SearchHit(
            doc_id=meta["doc_id"], title=meta["title"], doc_type=meta["doc_type"], path=meta["path"],
            url=self.link_for(meta, chunk_ids[0], text), page=meta.get("page_start") or None,
            page_end=meta.get("page_end") or None, section=section, text=text,
            score=round(float(score), 4), passage_id=chunk_ids[0], date=meta.get("date") or None,
        )

    # --- questions ------------------------------------------------------------------------
    def search(self, query: str, k: int = 5, doc_type: str | None = None, year: int | None = None) -> SearchResponse:
        return self.retrieve(query, k=k, doc_type=doc_type, year=year)[0]

    def retrieve(self, query: str, k: int = 5, doc_type: str | None = None, year: int | None = None):
        """The search response together with the retriever's own result (query analysis, confidence)."""
        asked = _ANSWER_SEARCHES.get()
        key = (query, k, doc_type, year)
        if asked is not None and key in asked:
            return asked[key]
        result = self.retriever.search(query, k=k, doc_type=doc_type, year=year)
        hits = [self._hit(p.chunk_ids, p.text, p.metadata, p.score) for p in result.passages]
        found = SearchResponse(query=query, results=hits, answerable=result.answerable), result
        if asked is not None:
            asked[key] = found
        return found

    def ask(self, question: str, context: str | None = None) -> Answer:
        """Extractive Swedish answer with cited sources; `context` is an earlier question in a thread."""
        from bot.answer import compose_answer

        # An answer may search for its question more than once (its sentences, then the record the first
        # passage holds): within one answer the search runs once.
        token = _ANSWER_SEARCHES.set({})
        try:
            return compose_answer(self, question, context)
        finally:
            _ANSWER_SEARCHES.reset(token)

    def responsible(self, topic: str, loose: bool = True) -> ResponsibleResponse:
        """Groups responsible for a topic: records and bodies whose words match it, or else (when
        `loose`) the one record whose wording shares most of the topic's letters."""
        from bot.knowledge import as_written, find_responsible, find_responsible_loosely

        from ingest.structure.activities import ActivityRecord
        from ingest.structure.minutes import Decision

        activities = [ActivityRecord.from_metadata(r) for r in self.records("activity")]
        decisions = [Decision.from_metadata(r) for r in self.records("decision")]
        docs = self.store.documents()
        matches = []
        found = find_responsible(topic, activities, decisions)
        if not found and loose:
            found = [m for m in [find_responsible_loosely(topic, activities, decisions)] if m]
        for group, record, _score in found:
            if record is None:  # one of the collaboration's bodies: its role is in the business plan
                matches.append(self._body_match(group, docs))
                continue
            doc_id = record.doc_id
            page = record.page
            activity = getattr(record, "title", None) or getattr(record, "task", None)
            doc = docs.get(doc_id or "", {})
            hit = self.record_passage(doc_id, page, activity or "") if doc else None
            if hit is not None:  # a shared cell as the plan writes it ("Lomma och Vellinge")
                group = as_written(group, hit.text)
            matches.append(ResponsibleMatch(group=group, activity=activity, doc_id=doc_id, title=doc.get("title"),
                                            url=hit.url if hit else None, page=page,
                                            quote=getattr(record, "text", None) or None))
        return ResponsibleResponse(topic=topic, matches=matches)

    def _body_match(self, group: str, docs: dict[str, dict]) -> ResponsibleMatch:
        """A body of the collaboration, cited to the business plan passage that describes its role."""
        from ingest.structure.bodies import find_body

        body = find_body(group)
        plans = sorted((d for d in docs.values() if d.get("doc_type") == "verksamhetsplan"),
                       key=lambda d: d.get("year") or 0, reverse=True)
        for plan in plans:
            hit = self.record_passage(plan["doc_id"], None, body.role if body else group)
            if hit is not None:
                return ResponsibleMatch(group=group, activity=None, doc_id=hit.doc_id, title=hit.title,
                                        url=hit.url, page=hit.page)
        return ResponsibleMatch(group=group, activity=None, doc_id=None, title=None, url=None, page=None)

    def activities(self, year: int | None = None, area: str | None = None) -> ActivitiesResponse:
        from ingest.structure.activities import ActivityRecord

        rows = [ActivityRecord.from_metadata(r) for r in self.records("activity")]
        years = sorted({a.year for a in rows if a.year})
        chosen = year if year is not None else (years[-1] if years else None)
        if chosen is not None:
            rows = [a for a in rows if a.year == chosen]
        if area:
            from ingest.structure.activities import canonical_area

            wanted = (canonical_area(area) or area).casefold()
            rows = [a for a in rows if a.area and (wanted == a.area.casefold() or wanted in a.area.casefold())]
        chunks: dict[str, list[ChunkRecord]] = {}
        out = []
        for a in rows:
            if a.doc_id not in chunks:
                chunks[a.doc_id] = self.store.document_chunks(a.doc_id)
            hit = self.record_passage(a.doc_id, a.page, a.title, chunks[a.doc_id])
            out.append(Activity(title=a.title, area=a.area, responsible=a.responsible, period=a.period,
                                status=a.status, municipalities=list(a.municipalities), year=a.year,
                                doc_id=a.doc_id, url=hit.url if hit else None, page=a.page))
        return ActivitiesResponse(year=chosen, activities=out)

    def areas(self) -> list[str]:
        """Priority areas of the activity plans, for choices in the bot."""
        return sorted({r["area"] for r in self.records("activity") if r.get("area")})

    # --- documents and state --------------------------------------------------------------
    def status(self) -> StatusReport:
        docs = self.store.documents()
        by_type: dict[str, int] = {}
        for meta in docs.values():
            by_type[meta["doc_type"]] = by_type.get(meta["doc_type"], 0) + 1
        state = self.store.index_state()
        return StatusReport(documents=len(docs), documents_by_type=by_type,
                            chunks=sum(int(m.get("chunks", 0)) for m in docs.values()),
                            last_ingest=state.get("last_ingest") or None,
                            embedding_model=state.get("model") or self.settings.embedding_model,
                            version=app_version())

    def passage(self, passage_id: str) -> Passage | None:
        found = self.store.get_chunks([passage_id])
        if not found:
            return None
        chunk = found[0]
        meta = chunk.metadata
        if self.store.committed_versions().get(meta["doc_id"]) != meta["version"]:
            return None
        siblings = self.store.document_chunks(meta["doc_id"])
        position = next(i for i, c in enumerate(siblings) if c.id == chunk.id)
        same_section = [c for c in siblings if c.metadata["section"] == meta["section"]]
        before = [c.text for c in same_section if c.metadata["ordinal"] < meta["ordinal"]]
        after = [c.text for c in same_section if c.metadata["ordinal"] > meta["ordinal"]]
        return Passage(
            passage_id=chunk.id, doc_id=meta["doc_id"], title=meta["title"], doc_type=meta["doc_type"],
            date=meta.get("date") or None, path=meta["path"], url=meta.get("url") or None,
            section=meta.get("section") or None, page=meta.get("page_start") or None,
            page_end=meta.get("page_end") or None, text=chunk.text, section_before=before, section_after=after,
            prev_id=siblings[position - 1].id if position > 0 else None,
            next_id=siblings[position + 1].id if position + 1 < len(siblings) else None,
        )

    def document_file(self, doc_id: str) -> Path | None:
        """The original file of a document, always inside corpus_dir, or None."""
        meta = self.store.documents().get(doc_id)
        if not meta:
            return None
        root = self.settings.corpus_dir.resolve()
        path = (root / meta["path"]).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            return None
        return path

    def record_passage(self, doc_id: str, page: int | None, text: str,
                       chunks: list[ChunkRecord] | None = None) -> SearchHit | None:
        """The passage of a document that holds an extracted record (on its page, sharing most words)."""
        chunks = self.store.document_chunks(doc_id) if chunks is None else chunks
        if page:
            on_page = [c for c in chunks if c.metadata["page_start"] <= page <= (c.metadata["page_end"] or page)]
            chunks = on_page or chunks
        if not chunks:
            return None
        wanted = set(text.casefold().split())
        best = max(chunks, key=lambda c: len(wanted & set(c.text.casefold().split())))
        return self._hit([best.id], best.text, best.metadata, 1.0)
