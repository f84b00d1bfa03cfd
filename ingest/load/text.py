"""Plain-text loader: paragraphs split on blank lines, heading-like lines, bullet lists."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.load import HeadingTracker, read_text_file
from ingest.models import Block, LoadedDocument

_BULLET = re.compile(r"^\s*(?:[-*+•●▪–]|\d{1,3}[.)]|[a-z][)])\s+(.*)$")
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")


def _heading_like(line: str) -> bool:
    line = line.strip()
    words = line.split()
    if not words or len(words) > 12 or len(line) > 90:
        return False
    if line[-1] in ".,;!?" or _BULLET.match(line) and not _NUMBERED_HEADING.match(line):
        return False
    if re.search(r"\w:\s+\S", line):
        return False  # "Datum: 12 mars 2025" is a label with a value, not a heading
    return any(c.isalpha() for c in line)


def _heading_level(line: str, caps_seen: bool) -> int:
    m = _NUMBERED_HEADING.match(line.strip())
    if m:
        return m.group(1).count(".") + 1
    if line.isupper():
        return 1
    return 2 if caps_seen else 1


def parse_text(text: str) -> tuple[list[Block], str | None]:
    """Split plain text into blocks; returns (blocks, title)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    caps_seen = any(p.strip().isupper() and _heading_like(p) for p in paragraphs)
    headings = HeadingTracker()
    blocks: list[Block] = []
    title: str | None = None

    for i, para in enumerate(paragraphs):
        lines = [ln.rstrip() for ln in para.split("\n") if ln.strip()]
        # Setext-style underline: "Rubrik\n======".
        if len(lines) == 2 and _UNDERLINE.match(lines[1]) and _heading_like(lines[0]):
            level = 1 if "=" in lines[1] else 2
            heading_text = lines[0].strip()
            parents = headings.push(level, heading_text)
            blocks.append(Block(text=heading_text, kind="heading", heading_path=parents, level=level))
            title = title or heading_text
            continue
        is_last = i == len(paragraphs) - 1
        if len(lines) == 1 and not is_last and _heading_like(lines[0]):
            heading_text = lines[0].strip()
            level = _heading_level(heading_text, caps_seen)
            parents = headings.push(level, heading_text)
            blocks.append(Block(text=heading_text, kind="heading", heading_path=parents, level=level))
            if title is None and not blocks[:-1]:
                title = heading_text
            continue
        # Bullet lines become list items; lines without a bullet continue the previous item.
        current: list[str] = []
        kind = "paragraph"
        for line in lines:
            m = _BULLET.match(line)
            if m:
                if current:
                    blocks.append(Block(text="\n".join(current), kind=kind, heading_path=headings.path))
                current, kind = [m.group(1)], "list_item"
            else:
                current.append(line.strip())
        if current:
            blocks.append(Block(text="\n".join(current), kind=kind, heading_path=headings.path))
    return blocks, title


def load_text(path: Path) -> LoadedDocument:
    blocks, title = parse_text(read_text_file(path))
    return LoadedDocument(path=path, blocks=blocks, title=title, page_count=None)
