"""Markdown loader: ATX/setext headings, list items, paragraphs, pipe tables."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.load import HeadingTracker, inline_clean, read_text_file
from ingest.models import Block, LoadedDocument

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(.*)$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BOLD_ONLY = re.compile(r"^\s*(\*\*|__)[^*_].*[^*_]\1\s*$")


def _promote_bold_headings(blocks: list[Block], candidates: set[int]) -> list[Block]:
    """A line that is bold as a whole and introduces a paragraph acts as a sub-heading.

    Conversions from PDF often write sub-headings as "- **Gemensamma analyser**" followed by the text;
    treating them as headings one level below the current one gives passages the right section.
    """
    tracker = HeadingTracker()
    out: list[Block] = []
    real_level = 0  # level of the last real heading; bold sub-headings sit one below it
    for i, b in enumerate(blocks):
        if i in candidates and i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph":
            level = real_level + 1
            text = _clean_heading(b.text)
            parents = tracker.push(level, text)
            out.append(Block(text=text, kind="heading", heading_path=parents, level=level))
        elif b.kind == "heading":
            real_level = b.level
            parents = tracker.push(b.level, b.text)
            out.append(Block(text=b.text, kind="heading", heading_path=parents, level=b.level))
        else:
            b.heading_path = tracker.path
            out.append(b)
    return out


def _clean_heading(raw: str) -> str:
    return inline_clean(raw).rstrip(":").strip()


def _split_row(line: str) -> tuple[str, ...]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = re.split(r"(?<!\\)\|", line)
    return tuple(_BR.sub("\n", c).replace("\\|", "|").strip() for c in cells)


def _strip_hard_break(line: str) -> str:
    line = line.rstrip()
    return line[:-1].rstrip() if line.endswith("\\") else line


def _front_matter(lines: list[str]) -> tuple[str | None, int]:
    if not lines or lines[0].strip() != "---":
        return None, 0
    for i in range(1, min(len(lines), 60)):
        if lines[i].strip() in ("---", "..."):
            title = None
            for ln in lines[1:i]:
                m = re.match(r"^title:\s*(.+?)\s*$", ln, re.IGNORECASE)
                if m:
                    title = m.group(1).strip("\"'")
            return title, i + 1
    return None, 0


def parse_markdown(text: str) -> tuple[list[Block], str | None]:
    """Parse Markdown text into blocks; returns (blocks, title)."""
    text = _COMMENT.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    meta_title, start = _front_matter(lines)
    blocks: list[Block] = []
    headings = HeadingTracker()
    para: list[str] = []
    para_kind = "paragraph"
    table_index = -1
    first_heading: tuple[int, str] | None = None

    bold_only: set[int] = set()

    def flush() -> None:
        nonlocal para, para_kind
        body = [ln for ln in para if ln.strip()]
        if body:
            if len(body) == 1 and _BOLD_ONLY.match(body[0]) and len(body[0].split()) <= 12:
                bold_only.add(len(blocks))
            blocks.append(Block(text="\n".join(body), kind=para_kind, heading_path=headings.path))
        para, para_kind = [], "paragraph"

    def add_heading(level: int, raw: str) -> None:
        nonlocal first_heading
        title = _clean_heading(raw)
        if not title:
            return
        parents = headings.push(level, title)
        blocks.append(Block(text=title, kind="heading", heading_path=parents, level=level))
        if first_heading is None or level < first_heading[0]:
            first_heading = (level, title)

    i = start
    while i < len(lines):
        raw = lines[i]
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith(">"):
            line = re.sub(r"^\s*(?:>\s?)+", "", line)
            stripped = line.strip()

        fence = _FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            code: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker[:3]):
                code.append(lines[i].rstrip())
                i += 1
            if any(c.strip() for c in code):
                blocks.append(Block(text="\n".join(code), kind="paragraph", heading_path=headings.path))
            i += 1
            continue

        if not stripped:
            flush()
            i += 1
            continue

        m = _ATX.match(line)
        if m:
            flush()
            add_heading(len(m.group(1)), m.group(2) or "")
            i += 1
            continue

        # Setext heading: a paragraph line underlined with === or ---.
        if para and para_kind == "paragraph" and len(para) == 1 and _SETEXT.match(line):
            heading_text = para[0]
            para = []
            add_heading(1 if stripped.startswith("=") else 2, heading_text)
            i += 1
            continue

        if _RULE.match(line):
            flush()
            i += 1
            continue

        # Pipe table: a row followed by a separator row, then rows until a line without a pipe.
        if "|" in stripped and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]) and "-" in lines[i + 1]:
            flush()
            table_index += 1
            rows = [_split_row(line)]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                if not _TABLE_SEP.match(lines[i]):
                    rows.append(_split_row(lines[i]))
                i += 1
            for cells in rows:
                if any(cells):
                    blocks.append(
                        Block(text=" | ".join(cells), kind="table_row", heading_path=headings.path,
                              cells=cells, table=table_index)
                    )
            continue

        lm = _LIST.match(line)
        if lm:
            flush()
            para_kind = "list_item"
            para = [_strip_hard_break(lm.group(1))]
            i += 1
            continue

        para.append(_strip_hard_break(_BR.sub("\n", line.strip())))
        i += 1
    flush()
    if bold_only:
        blocks = _promote_bold_headings(blocks, bold_only)

    title = meta_title or (first_heading[1] if first_heading else None)
    return blocks, (inline_clean(title) if title else None)


def load_markdown(path: Path) -> LoadedDocument:
    blocks, title = parse_markdown(read_text_file(path))
    return LoadedDocument(path=path, blocks=blocks, title=title, page_count=None)
