"""Data passed between the ingestion stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

BlockKind = str  # "heading" | "paragraph" | "list_item" | "table_row"
DOC_TYPES = ("verksamhetsplan", "aktivitetsplan", "protokoll", "minnesanteckningar", "övrigt")
PLAN_TYPES = frozenset({"verksamhetsplan", "aktivitetsplan"})  # documents for a period of years


class LoadError(Exception):
    """A file that cannot be read; the message is a one-line Swedish reason for the report."""


@dataclass
class Block:
    """One structural unit of a document as a loader sees it."""

    text: str
    kind: BlockKind
    page: int | None = None
    heading_path: tuple[str, ...] = ()
    level: int = 0  # heading level (1 = top) for headings
    cells: tuple[str, ...] | None = None  # table rows: the cell texts
    table: int | None = None  # table rows: index of the table within the document


@dataclass
class LoadedDocument:
    path: Path
    blocks: list[Block]
    title: str | None = None  # from file metadata or the first heading
    page_count: int | None = None


@dataclass
class DocumentInfo:
    """Identity and catalogue data for one source file."""

    doc_id: str
    path: str  # relative to the corpus folder, POSIX separators
    title: str
    doc_type: str
    date: str | None = None  # ISO date when known
    year: int | None = None
    url: str | None = None  # public address from the manifest
    content_hash: str = ""
    page_count: int | None = None

    @property
    def version(self) -> str:
        return self.content_hash[:12]


@dataclass
class Chunk:
    doc_id: str
    ordinal: int
    text: str
    section_path: tuple[str, ...] = ()
    page_start: int | None = None
    page_end: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def section(self) -> str:
        return " > ".join(self.section_path)

    @property
    def top_section(self) -> str:
        return self.section_path[0] if self.section_path else ""
