"""Chroma as the source of truth: chunks with embeddings, and a catalogue of documents and records.

Crash safety: chunks and records carry their document's content version and are written before the
document's catalogue entry, which is the single commit point. Readers only see chunks whose version
matches a committed document, so a run killed at any moment leaves no document half present; the next
run deletes the orphans.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Container, Iterator

import numpy as np

from ingest.models import DocumentInfo
from ingest.settings import Settings

_PAGE = 2000  # rows per Chroma get() call
_UNIT = [1.0]  # catalogue rows need a vector; one dimension is enough
_DELETE_GROUP = 100  # documents per delete; SQLite refuses a filter nested deeper than 1000


@dataclass
class ChunkRecord:
    id: str
    text: str
    metadata: dict


def _clean_meta(meta: dict) -> dict:
    """Chroma metadata takes str/int/float/bool only: None becomes "" (strings) so keys stay present."""
    return {k: ("" if v is None else v) for k, v in meta.items()}


def make_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "localhost", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=chroma_settings)
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


@dataclass
class DocumentWrite:
    """One document version to store: its chunks with their vectors, and its records."""

    info: DocumentInfo
    chunk_ids: list[str]
    texts: list[str]
    metadatas: list[dict]
    embeddings: np.ndarray
    records: list[dict]
    replaces: bool = True  # an older version may be stored and is deleted after the commit


def _catalogue_row(doc: DocumentWrite, indexed_at: str) -> dict:
    info = doc.info
    return {
        "kind": "doc", "doc_id": info.doc_id, "version": info.version, "path": info.path, "title": info.title,
        "doc_type": info.doc_type, "date": info.date, "year": info.year or 0, "url": info.url,
        "content_hash": info.content_hash, "page_count": info.page_count or 0, "chunks": len(doc.chunk_ids),
        "records": len(doc.records), "indexed_at": indexed_at,
    }


class IndexStore:
    def __init__(self, settings: Settings, client=None) -> None:
        self.settings = settings
        self.client = client or make_client(settings)
        prefix = settings.collection_prefix
        self.chunks = self.client.get_or_create_collection(
            f"{prefix}_chunks", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
        self.catalog = self.client.get_or_create_collection(f"{prefix}_catalog", embedding_function=None)

    # --- index state --------------------------------------------------------------------
    def index_state(self) -> dict:
        got = self.catalog.get(ids=["meta:index"], include=["metadatas"])
        return dict(got["metadatas"][0]) if got["ids"] else {}

    def set_index_state(self, **values) -> None:
        state = self.index_state() | values
        self.catalog.upsert(ids=["meta:index"], embeddings=[_UNIT], metadatas=[_clean_meta(state | {"kind": "meta"})])

    def reset(self) -> None:
        """Drop everything (full rebuild or a model change)."""
        prefix = self.settings.collection_prefix
        for name in (f"{prefix}_chunks", f"{prefix}_catalog"):
            try:
                self.client.delete_collection(name)
            except Exception:  # absent already
                pass
        self.__init__(self.settings, self.client)

    # --- documents ----------------------------------------------------------------------
    def documents(self) -> dict[str, dict]:
        """Committed documents: doc_id -> catalogue metadata."""
        got = self.catalog.get(where={"kind": "doc"}, include=["metadatas"])
        return {m["doc_id"]: dict(m) for m in got["metadatas"]}

    def committed_versions(self) -> dict[str, str]:
        return {doc_id: m["version"] for doc_id, m in self.documents().items()}

    def fingerprint(self) -> str:
        versions = sorted(self.committed_versions().items())
        payload = json.dumps([self.index_state().get("model", ""), versions])
        return hashlib.sha1(payload.encode()).hexdigest()

    def write_document(self, info: DocumentInfo, chunk_ids: list[str], texts: list[str], metadatas: list[dict],
                       embeddings: np.ndarray, records: list[dict]) -> None:
        """Write a document's chunks and records, then commit it; then drop its older versions."""
        self.write_documents([DocumentWrite(info, chunk_ids, texts, metadatas, embeddings, records)])

    def write_documents(self, docs: list["DocumentWrite"]) -> None:
        """Write several documents' chunks and records, then commit them all; then drop older versions.

        Every Chroma call costs a transaction, so a batch of documents shares each call; the
        catalogue rows (the commit points) are written only once all the batch's chunks are stored."""
        if not docs:
            return
        ids = [i for d in docs for i in d.chunk_ids]
        texts = [t for d in docs for t in d.texts]
        metas = [_clean_meta(m) for d in docs for m in d.metadatas]
        if ids:
            vectors = np.concatenate([np.asarray(d.embeddings, dtype=np.float32) for d in docs if d.chunk_ids])
        for start in range(0, len(ids), _PAGE):
            end = start + _PAGE
            self.chunks.upsert(ids=ids[start:end], documents=texts[start:end], embeddings=vectors[start:end],
                               metadatas=metas[start:end])
        rec_ids: list[str] = []
        rec_metas: list[dict] = []
        for d in docs:
            doc_id, version = d.info.doc_id, d.info.version
            rec_ids += [f"rec:{doc_id}:{version}:{i}" for i in range(len(d.records))]
            rec_metas += [_clean_meta(r | {"kind": "record", "doc_id": doc_id, "version": version}) for r in d.records]
        for start in range(0, len(rec_ids), _PAGE):
            end = start + _PAGE
            self.catalog.upsert(ids=rec_ids[start:end], embeddings=[_UNIT] * len(rec_ids[start:end]),
                                metadatas=rec_metas[start:end])
        indexed_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        doc_metas = [_clean_meta(_catalogue_row(d, indexed_at)) for d in docs]
        self.catalog.upsert(ids=[f"doc:{d.info.doc_id}" for d in docs], embeddings=[_UNIT] * len(docs),
                            metadatas=doc_metas)  # commit point of every document in the batch
        stale = {d.info.doc_id: d.info.version for d in docs if d.replaces}
        if stale:
            self._delete_versions(stale)

    def remove_document(self, doc_id: str) -> None:
        self.catalog.delete(ids=[f"doc:{doc_id}"])  # commit point: invisible from here on
        self.delete_stale(doc_id, keep_version=None)

    def delete_stale(self, doc_id: str, keep_version: str | None) -> None:
        self._delete_versions({doc_id: keep_version})

    def _delete_versions(self, keep: dict[str, str | None]) -> None:
        """Delete chunks and records of each document except the version kept (None: all of them)."""
        conditions: list[dict] = []
        for doc_id, keep_version in keep.items():
            if keep_version is None:
                conditions.append({"doc_id": doc_id})
            else:
                conditions.append({"$and": [{"doc_id": doc_id}, {"version": {"$ne": keep_version}}]})
        for start in range(0, len(conditions), _DELETE_GROUP):
            group = conditions[start:start + _DELETE_GROUP]
            where = group[0] if len(group) == 1 else {"$or": group}
            self.chunks.delete(where=where)
            self.catalog.delete(where={"$and": [{"kind": "record"}, where]})

    def collect_orphans(self) -> int:
        """Delete chunks and records left by an interrupted run; returns how many document versions."""
        committed = self.committed_versions()
        seen: set[tuple[str, str]] = set()
        for meta in self._iter_metadatas(self.chunks):
            seen.add((meta["doc_id"], meta["version"]))
        for meta in self._iter_metadatas(self.catalog, where={"kind": "record"}):
            seen.add((meta["doc_id"], meta["version"]))
        orphans = {pair for pair in seen if committed.get(pair[0]) != pair[1]}
        if orphans:
            self._delete_versions({doc_id: committed.get(doc_id) for doc_id, _ in orphans})
        return len(orphans)

    # --- chunks ---------------------------------------------------------------------------
    def count_chunks(self) -> int:
        return sum(int(m.get("chunks", 0)) for m in self.documents().values())

    def _iter_metadatas(self, collection, where: dict | None = None) -> Iterator[dict]:
        offset = 0
        while True:
            got = collection.get(where=where, include=["metadatas"], limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            yield from got["metadatas"]
            offset += len(got["ids"])

    def iter_chunks(self) -> Iterator[ChunkRecord]:
        committed = self.committed_versions()
        offset = 0
        while True:
            got = self.chunks.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                if committed.get(meta["doc_id"]) == meta["version"]:
                    yield ChunkRecord(cid, text, dict(meta))
            offset += len(got["ids"])

    def get_chunks(self, ids: list[str]) -> list[ChunkRecord]:
        if not ids:
            return []
        got = self.chunks.get(ids=list(ids), include=["documents", "metadatas"])
        by_id = {cid: ChunkRecord(cid, text, dict(meta))
                 for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])}
        return [by_id[i] for i in ids if i in by_id]

    def document_chunks(self, doc_id: str) -> list[ChunkRecord]:
        """All chunks of one committed document in reading order."""
        version = self.committed_versions().get(doc_id)
        if version is None:
            return []
        got = self.chunks.get(where={"$and": [{"doc_id": doc_id}, {"version": version}]},
                              include=["documents", "metadatas"])
        rows = [ChunkRecord(c, t, dict(m)) for c, t, m in zip(got["ids"], got["documents"], got["metadatas"])]
        return sorted(rows, key=lambda r: r.metadata["ordinal"])

    def query_dense(self, embedding: np.ndarray, k: int, where: dict | None = None,
                    allowed_ids: Container[str] | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (chunk_id, cosine similarity), best first, committed documents only.

        A caller that already knows the committed chunk ids (the lexical index does) passes them as
        `allowed_ids`, which spares the catalogue look-up on every query."""
        if k <= 0:
            return []
        if allowed_ids is None:
            committed = self.committed_versions()
            allowed = lambda cid, meta: committed.get(meta["doc_id"]) == meta["version"]  # noqa: E731
            include = ["metadatas", "distances"]
        else:
            allowed = lambda cid, meta: cid in allowed_ids  # noqa: E731
            include = ["distances"]
        total = self.chunks.count() if allowed_ids is None else len(allowed_ids) + 10
        n = min(total, k * 2 + 10)  # slack for orphans of an interrupted run
        if n <= 0:
            return []
        got = self.chunks.query(query_embeddings=[np.asarray(embedding, dtype=np.float32)], n_results=n,
                                where=where, include=include)
        metas = got.get("metadatas") or [[None] * len(got["ids"][0])]
        hits = [(cid, 1.0 - float(dist)) for cid, meta, dist in zip(got["ids"][0], metas[0], got["distances"][0])
                if allowed(cid, meta)]
        return hits[:k]

    # --- records (activities, minutes items, decisions) ---------------------------------------
    def records(self, record_type: str | None = None) -> list[dict]:
        committed = self.committed_versions()
        where: dict = {"kind": "record"}
        if record_type:
            where = {"$and": [where, {"record_type": record_type}]}
        return [m for m in self._iter_metadatas(self.catalog, where=where)
                if committed.get(m["doc_id"]) == m["version"]]
