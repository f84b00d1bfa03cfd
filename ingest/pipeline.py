"""Incremental indexing of the corpus folder: a file's content hash decides what happens to it."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import queue
import re
import threading
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ingest.chunk import chunk_document
from ingest.clean import clean_blocks
from ingest.doctype import detect_date, detect_doc_type, document_title
from ingest.embed import PendingVectors, embedding_identity
from ingest.load import SUPPORTED_SUFFIXES, load_document
from ingest.manifest import MANIFEST_NAME, ManifestEntry, load_manifest
from ingest.models import Chunk, DocumentInfo, LoadError, LoadedDocument
from ingest.settings import Settings
from ingest.store import DocumentWrite, IndexStore
from ingest.structure import EXTRACTION_VERSION

Progress = Callable[[str, int, int], None]
_IGNORED_NAMES = {MANIFEST_NAME, ".gitkeep", "README.md"}
EMBED_BATCH_CHUNKS = 64  # chunks embedded together; many small files would otherwise make tiny batches
# Chunks stored per write. A Chroma write holds the GIL throughout, stalling the embedding streams, and
# costs ~90 ms besides its per-chunk work (docs/benchmarks.md): fewer, larger writes stall them less.
WRITE_BATCH_CHUNKS = 256


class IngestBusy(Exception):
    """Another ingest holds the lock."""


@dataclass
class IngestResult:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[dict] = field(default_factory=list)
    chunks: int = 0
    documents: list[dict] = field(default_factory=list)  # what was (re)indexed, per file
    seconds: float = 0.0
    embedded_chunks: int = 0


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "dokument"


def scan_corpus(corpus_dir: Path) -> list[Path]:
    """Every candidate file under the corpus folder, hidden files and the manifest excluded."""
    files = []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts) and rel.name not in _IGNORED_NAMES:
            files.append(path)
    return files


def assign_doc_ids(rel_paths: list[str]) -> dict[str, str]:
    """Stable ids from the path; the extension is kept only where two files would collide."""
    stems = [slugify(str(Path(p).with_suffix(""))) for p in rel_paths]
    ids = {}
    for rel, stem in zip(rel_paths, stems):
        ids[rel] = stem if stems.count(stem) == 1 else slugify(rel)
    return ids


def content_version(data: bytes, entry: ManifestEntry | None) -> str:
    """The manifest entry is part of the version, so editing it re-indexes the file; so are the extraction
    rules' version, so that new rules read the file again."""
    digest = hashlib.sha256(data)
    digest.update(json.dumps(entry.as_dict() if entry else {}, sort_keys=True).encode())
    digest.update(f"extraction {EXTRACTION_VERSION}".encode())
    return digest.hexdigest()


@contextmanager
def ingest_lock(index_dir: Path, wait: bool = False) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    lock_path = index_dir / "ingest.lock"
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "okänd process"
            raise IngestBusy(f"En indexering pågår redan ({holder}). Vänta tills den är klar och försök igen.") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, startad {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_document_info(loaded: LoadedDocument, rel: str, doc_id: str, entry: ManifestEntry | None,
                        version: str) -> DocumentInfo:
    sample = " ".join(b.text for b in loaded.blocks[:40])
    title = (entry and entry.title) or document_title(loaded, Path(rel).name)
    doc_type = (entry and entry.doc_type) or detect_doc_type(title, Path(rel).name, sample)
    date, year = detect_date(title, Path(rel).name, sample)
    if entry and entry.date:
        date = entry.date
    if entry and entry.year:
        year = entry.year
    return DocumentInfo(doc_id=doc_id, path=rel, title=title, doc_type=doc_type, date=date, year=year,
                        url=entry.url if entry else None, content_hash=version, page_count=loaded.page_count)


def chunk_metadata(info: DocumentInfo, chunk: Chunk) -> dict:
    meta = {
        "doc_id": info.doc_id, "version": info.version, "title": info.title, "doc_type": info.doc_type,
        "date": info.date or "", "year": info.year or 0, "path": info.path, "url": info.url or "",
        "section": chunk.section, "top_section": chunk.top_section, "page_start": chunk.page_start or 0,
        "page_end": chunk.page_end or chunk.page_start or 0, "ordinal": chunk.ordinal,
    }
    if chunk.extra.get("table_rows"):
        meta["table_rows"] = True  # set only where true: at 100k chunks every key costs memory
    return meta


def extract_records(loaded: LoadedDocument, info: DocumentInfo) -> list[dict]:
    """Activities from activity plans, items and decisions from minutes, as flat metadata rows."""
    from ingest.structure.activities import extract_activities
    from ingest.structure.minutes import extract_minutes

    rows: list[dict] = []
    if info.doc_type == "aktivitetsplan":
        for activity in extract_activities(loaded.blocks, info.doc_id, info.year):
            rows.append(activity.to_metadata() | {"record_type": "activity"})
    elif info.doc_type in ("protokoll", "minnesanteckningar"):
        for item in extract_minutes(loaded.blocks, info.doc_id, info.date):
            rows.append(item.to_metadata() | {"record_type": "minutes_item"})
            for decision in item.decisions:
                rows.append(decision.to_metadata() | {"record_type": "decision", "body": item.body or "",
                                                      "date": item.date or ""})
    return rows


class Ingester:
    """One ingest run over the corpus folder."""

    def __init__(self, settings: Settings, store: IndexStore | None = None, embedder=None) -> None:
        self.settings = settings
        self.store = store or IndexStore(settings)
        self._embedder = embedder

    @property
    def embedder(self):
        if self._embedder is None:
            from ingest.embed import get_embedder

            self._embedder = get_embedder(self.settings)
        return self._embedder

    def run(self, full: bool = False, progress: Progress | None = None, wait: bool = False) -> IngestResult:
        started = time.perf_counter()
        with ingest_lock(self.settings.index_dir, wait=wait):
            result = self._run_locked(full, progress or (lambda *_: None))
        result.seconds = time.perf_counter() - started
        return result

    def _run_locked(self, full: bool, progress: Progress) -> IngestResult:
        store, settings = self.store, self.settings
        state = store.index_state()
        identity = embedding_identity(settings)
        if full or (state.get("model") and state.get("embedding") != identity):
            store.reset()  # never mix vector spaces: another model or text length means a full re-embed
        store.collect_orphans()

        corpus = settings.corpus_dir
        if not corpus.is_dir():
            raise FileNotFoundError(f"Dokumentmappen {corpus} finns inte (MLR_CORPUS_DIR).")
        manifest = load_manifest(corpus)
        files = scan_corpus(corpus)
        rel_paths = [p.relative_to(corpus).as_posix() for p in files]
        doc_ids = assign_doc_ids(rel_paths)
        committed = store.documents()
        result = IngestResult()
        writer = _Writer(store)
        try:
            self._index_changed(files, rel_paths, doc_ids, manifest, committed, writer, result, progress)
        except BaseException:
            writer.close(raise_error=False)  # the writer stops before the lock is released
            raise
        writer.close()  # every batch is stored, or the first write error is raised

        present = set(doc_ids.values())
        for doc_id in committed:
            if doc_id not in present:
                store.remove_document(doc_id)
                result.removed += 1
        progress("klart", len(files), len(files))
        store.set_index_state(model=settings.embedding_model, embedding=identity,
                              last_ingest=time.strftime("%Y-%m-%dT%H:%M:%S%z"))
        result.chunks = store.count_chunks()
        return result

    def _index_changed(self, files: list[Path], rel_paths: list[str], doc_ids: dict[str, str],
                       manifest: dict[str, ManifestEntry],
                       committed: dict[str, dict], writer: "_Writer", result: IngestResult, progress: Progress) -> None:
        """Prepare every new or changed file and embed them in batches; unchanged files are only hashed."""
        pending: list[PreparedDocument] = []
        unwritten: list[tuple[list[PreparedDocument], PendingVectors]] = []  # embedding, not yet handed to the writer
        for done, (path, rel) in enumerate(zip(files, rel_paths)):
            progress(rel, done, len(files))
            doc_id = doc_ids[rel]
            if path.suffix.lower() not in SUPPORTED_SUFFIXES and not _looks_supported(path):
                result.failed.append({"path": rel, "error": f"filtypen {path.suffix or '(ingen)'} stöds inte"})
                continue
            data = path.read_bytes()
            version = content_version(data, manifest.get(rel))
            previous = committed.get(doc_id)
            if previous and previous.get("content_hash") == version and previous.get("path") == rel:
                result.unchanged += 1
                continue
            try:
                prepared = self._prepare(path, rel, doc_id, manifest.get(rel), version, replaces=bool(previous))
            except LoadError as exc:
                result.failed.append({"path": rel, "error": str(exc)})
                continue
            except Exception as exc:  # one bad file must not stop the others
                result.failed.append({"path": rel, "error": f"oväntat fel: {type(exc).__name__}: {exc}"})
                continue
            pending.append(prepared)
            if sum(len(p.chunks) for p in pending) >= EMBED_BATCH_CHUNKS:
                self._embed(pending, unwritten, writer, result)
        self._embed(pending, unwritten, writer, result, last=True)

    def _prepare(self, path: Path, rel: str, doc_id: str, entry: ManifestEntry | None, version: str,
                 replaces: bool) -> "PreparedDocument":
        """Load, clean, chunk and extract one file; embedding waits for a full batch."""
        loaded = load_document(path)
        loaded.blocks = clean_blocks(loaded.blocks, loaded.page_count)
        if not any(b.text.strip() for b in loaded.blocks):
            raise LoadError("dokumentet innehåller ingen läsbar text")
        info = build_document_info(loaded, rel, doc_id, entry, version)
        chunks = chunk_document(loaded.blocks, doc_id, self.settings.chunk_min_words, self.settings.chunk_max_words)
        return PreparedDocument(info, chunks, extract_records(loaded, info), replaces)

    def _embed(self, pending: list["PreparedDocument"], unwritten: list, writer: "_Writer", result: IngestResult,
               last: bool = False) -> None:
        """Start embedding the pending documents' chunks together (small files fill a batch); once enough
        chunks are on their way the writer stores them in one write, while this thread prepares the next files."""
        if pending:
            self._submit(pending, unwritten, writer, result)
        if unwritten and (last or sum(len(d.chunks) for docs, _ in unwritten for d in docs) >= WRITE_BATCH_CHUNKS):
            writer.call(self._store, list(unwritten))
            unwritten.clear()

    def _submit(self, pending: list["PreparedDocument"], unwritten: list, writer: "_Writer",
                result: IngestResult) -> None:
        vectors = self.embedder.submit_passages([c.text for p in pending for c in p.chunks])
        if not result.embedded_chunks:  # the first batch: record the vector size before any chunk is stored
            writer.call(self.store.set_index_state, model=self.settings.embedding_model,
                        dimension=self.embedder.dimension, embedding=embedding_identity(self.settings))
        for doc in pending:
            result.embedded_chunks += len(doc.chunks)
            if doc.replaces:
                result.updated += 1
            else:
                result.added += 1
            result.documents.append({"path": doc.info.path, "doc_id": doc.info.doc_id, "title": doc.info.title,
                                     "doc_type": doc.info.doc_type, "pages": doc.info.page_count,
                                     "chunks": len(doc.chunks), "records": len(doc.records)})
        unwritten.append((list(pending), vectors))
        pending.clear()

    def _store(self, batches: list[tuple[list["PreparedDocument"], "PendingVectors"]]) -> None:
        writes = []
        for docs, pending_vectors in batches:
            vectors, offset = pending_vectors.result(), 0
            for doc in docs:
                info, chunks = doc.info, doc.chunks
                writes.append(DocumentWrite(
                    info, [f"{info.doc_id}:{c.ordinal}:{info.version[:8]}" for c in chunks], [c.text for c in chunks],
                    [chunk_metadata(info, c) for c in chunks], vectors[offset:offset + len(chunks)], doc.records,
                    replaces=doc.replaces))
                offset += len(chunks)
        self.store.write_documents(writes)


class _Writer:
    """Runs the store's writes in order in one background thread, so files are prepared and embedded while
    earlier batches are written. A failed write stops the writer and is raised in the ingest thread."""

    def __init__(self, store: IndexStore) -> None:
        self._queue: queue.Queue = queue.Queue(maxsize=1)  # at most one batch waits: memory stays bounded
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._loop, name="ingest-writer", daemon=True)
        self._thread.start()

    def call(self, fn: Callable, *args, **kwargs) -> None:
        self._raise_error()
        self._queue.put((fn, args, kwargs))

    def close(self, raise_error: bool = True) -> None:
        self._queue.put(None)
        self._thread.join()
        if raise_error:
            self._raise_error()

    def _raise_error(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _loop(self) -> None:
        while (job := self._queue.get()) is not None:
            if self._error is None:  # after a failure later batches are dropped, uncommitted
                fn, args, kwargs = job
                try:
                    fn(*args, **kwargs)
                except BaseException as exc:
                    self._error = exc


@dataclass
class PreparedDocument:
    info: DocumentInfo
    chunks: list[Chunk]
    records: list[dict]
    replaces: bool  # an older version of the document is in the index


def _looks_supported(path: Path) -> bool:
    """Files without a known extension may still be PDF or DOCX by their bytes."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    return head.startswith(b"%PDF") or head.startswith(b"PK\x03\x04")
