"""The corpus manifest: catalogue data per file that the files themselves do not carry reliably."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ingest.models import DOC_TYPES

MANIFEST_NAME = "manifest.toml"


class ManifestError(Exception):
    """The manifest cannot be used; the message says where and why (Swedish)."""


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    title: str | None = None
    url: str | None = None
    doc_type: str | None = None
    date: str | None = None
    year: int | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def load_manifest(corpus_dir: Path) -> dict[str, ManifestEntry]:
    """Entries by relative POSIX path; a missing manifest means no entries."""
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: ogiltig TOML ({exc})") from exc
    entries: dict[str, ManifestEntry] = {}
    for i, raw in enumerate(data.get("document", []), start=1):
        if not isinstance(raw, dict) or not isinstance(raw.get("file"), str):
            raise ManifestError(f"{path}: post {i} saknar 'file'")
        unknown = set(raw) - {"file", "title", "url", "doc_type", "date", "year"}
        if unknown:
            raise ManifestError(f"{path}: post {i} ({raw['file']}) har okända fält: {', '.join(sorted(unknown))}")
        doc_type = raw.get("doc_type")
        if doc_type is not None and doc_type not in DOC_TYPES:
            raise ManifestError(f"{path}: {raw['file']}: doc_type måste vara en av {', '.join(DOC_TYPES)}")
        date = raw.get("date")
        year = raw.get("year") or (int(str(date)[:4]) if date else None)
        entries[raw["file"]] = ManifestEntry(
            file=raw["file"], title=raw.get("title"), url=raw.get("url"), doc_type=doc_type,
            date=str(date) if date else None, year=year,
        )
    return entries
