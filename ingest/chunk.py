"""Structure-aware chunking of cleaned blocks.

A chunk never crosses a top-level section; it grows block by block to at least `min_words` when the
section allows and never exceeds `max_words`. Blocks longer than `max_words` are split on sentence
boundaries (Swedish abbreviations do not end a sentence). A chunk that opens in the middle of a table
repeats the table's first row, its header. The rows of a table of three columns or more (an activity per
row) end their chunk once it holds `TABLE_ROW_WORDS` words, so a long row is a passage of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.models import Block, Chunk

# Abbreviations that do not end a sentence even before a capital ("från t.ex. EU", "ca. 100").
ABBREVIATIONS = frozenset(
    {
        "t.ex.", "bl.a.", "d.v.s.", "dvs.", "ca.", "nr.", "s.k.", "fr.o.m.", "t.o.m.", "jfr.", "resp.",
        "p.g.a.", "pga.", "f.d.", "enl.", "kl.", "tel.", "ev.", "inkl.", "exkl.", "kap.", "st.", "ang.",
        "dnr.", "prop.", "jmf.", "vs.", "m.a.o.", "o.d.", "t.", "s.", "bl.", "d.", "f.", "fr.", "mr.",
        "dr.", "prof.", "tfn.", "e.", "a.", "jan.", "feb.", "apr.", "aug.", "sept.", "sep.", "okt.",
        "nov.", "dec.", "e.g.", "i.e.", "no.", "vol.", "ff.", "sid.", "avd.", "forts.", "ordf.",
    }
)

# A chunk holding a wide table's rows ends after the row that brings it to this many words.
TABLE_ROW_WORDS = 40

_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“”'(\[]?[A-ZÅÄÖÉÜ0-9–-])")


def words(text: str) -> int:
    return len(text.split())


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, leaving Swedish abbreviations and initials alone."""
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        token = text[start:end].split()[-1] if text[start:end].split() else ""
        bare = token.rstrip("\"”’)]")
        last = re.split(r"[–/-]", bare)[-1]  # "Aug.–sept. 2348": a span of abbreviated months
        if bare.lower() in ABBREVIATIONS or last.lower() in ABBREVIATIONS or re.fullmatch(r"[A-ZÅÄÖ]\.", bare):
            continue
        if re.fullmatch(r"\d{1,3}\.", bare) and not sentences and start == 0 and end == len(bare):
            continue  # "3. Något" at the very start is a numbering, not a sentence
        sentences.append(text[start:end].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return [s for s in sentences if s]


def render_block(block: Block) -> str:
    """Text of a block as it appears in a chunk."""
    if block.kind == "list_item":
        return f"- {block.text}"
    if block.kind == "table_row" and block.cells:
        return " | ".join(block.cells)
    return block.text


@dataclass
class _Unit:
    block: Block
    text: str
    continues: bool = False  # a further piece of the same block (joined with a space)

    @property
    def n(self) -> int:
        return words(self.text)


def _split_long(text: str, max_words: int) -> list[str]:
    """Pieces of at most max_words, cut between sentences where possible."""
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for sentence in split_sentences(text):
        parts = [sentence]
        if words(sentence) > max_words:  # one endless sentence: cut it between words
            tokens = sentence.split()
            parts = [" ".join(tokens[i : i + max_words]) for i in range(0, len(tokens), max_words)]
        for part in parts:
            n = words(part)
            if current and count + n > max_words:
                pieces.append(" ".join(current))
                current, count = [], 0
            current.append(part)
            count += n
    if current:
        pieces.append(" ".join(current))
    return pieces


def _units(blocks: list[Block], max_words: int) -> list[_Unit]:
    units: list[_Unit] = []
    for b in blocks:
        text = render_block(b)
        if words(text) <= max_words:
            units.append(_Unit(b, text))
            continue
        for i, piece in enumerate(_split_long(text, max_words)):
            units.append(_Unit(b, piece, continues=i > 0))
    return units


def _root_depth(blocks: list[Block]) -> int:
    """1 when one heading (the document title) encloses everything, so its children are the top level."""
    roots = [b for b in blocks if b.kind == "heading" and not b.heading_path]
    if len(roots) != 1:
        return 0
    first_heading = next(b for b in blocks if b.kind == "heading")
    has_children = any(b.kind == "heading" and len(b.heading_path) == 1 for b in blocks)
    return 1 if first_heading is roots[0] and has_children else 0


def _sections(blocks: list[Block]) -> list[list[Block]]:
    """Split blocks into top-level sections (the top heading changes, or a top-level heading starts)."""
    depth = _root_depth(blocks)

    def key(b: Block) -> str | None:
        if len(b.heading_path) > depth:
            return b.heading_path[depth]
        if b.kind == "heading" and len(b.heading_path) == depth:
            return b.text
        return None  # text directly under the document title

    sections: list[list[Block]] = []
    prev_key: object = object()
    for b in blocks:
        k = key(b)
        top_heading = b.kind == "heading" and (
            len(b.heading_path) <= depth or (depth == 0 and b.level == 1)
        )
        if not sections or top_heading or k != prev_key:
            sections.append([])
        sections[-1].append(b)
        prev_key = k
    # A section with only headings (e.g. the document title) leads into the next section.
    merged: list[list[Block]] = []
    pending: list[Block] = []
    for sec in sections:
        if all(b.kind == "heading" for b in sec):
            pending.extend(sec)
            continue
        merged.append(pending + sec)
        pending = []
    if pending:
        merged.append(pending)
    return merged


def _join(units: list[_Unit]) -> str:
    out = ""
    prev: _Unit | None = None
    for u in units:
        if prev is None:
            out = u.text
        elif u.continues and u.block is prev.block:
            out += " " + u.text
        elif u.block.kind == prev.block.kind and u.block.kind in ("list_item", "table_row"):
            out += "\n" + u.text
        else:
            out += "\n\n" + u.text
        prev = u
    return out


def _section_path(units: list[_Unit]) -> tuple[str, ...]:
    lead = units[0].block
    if lead.kind != "heading":
        return lead.heading_path
    # A run of headings at the start: the deepest (last) one names the section.
    for u in units[1:]:
        if u.block.kind != "heading":
            break
        lead = u.block
    return lead.heading_path + (lead.text,)


def _wide_row(u: _Unit) -> bool:
    """A row of a table of three columns or more: one record per row (an activity with its group, period…)."""
    return u.block.kind == "table_row" and len(u.block.cells or ()) >= 3


def _pack(units: list[_Unit], min_words: int, max_words: int) -> list[list[_Unit]]:
    groups: list[list[_Unit]] = []
    cur: list[_Unit] = []
    count = 0
    for u in units:
        ends_with_heading = bool(cur) and cur[-1].block.kind == "heading"
        # A wide table's rows each make a passage of their own (with the header repeated) once the chunk
        # has some text: in a chunk of five rows, one row's words weigh little against a passage that is
        # all on that row's topic.
        row_cut = bool(cur) and _wide_row(u) and _wide_row(cur[-1]) and cur[-1].block.table == u.block.table \
            and count >= TABLE_ROW_WORDS
        if cur and (count + u.n > max_words or (count >= min_words and not ends_with_heading) or row_cut):
            carry: list[_Unit] = []
            while cur and cur[-1].block.kind == "heading" and len(cur) > 1:
                carry.insert(0, cur.pop())  # never end a chunk on a heading
            groups.append(cur)
            cur = carry
            count = sum(x.n for x in cur)
        cur.append(u)
        count += u.n
    if cur:
        if groups and sum(x.n for x in cur) < min_words and not _wide_row(cur[0]):
            prev_count = sum(x.n for x in groups[-1])
            if prev_count + sum(x.n for x in cur) <= max_words:
                groups[-1].extend(cur)  # a small remainder joins the previous chunk
                return groups
        groups.append(cur)
    return groups


def _table_headers(units: list[_Unit]) -> dict[int, _Unit]:
    """Each table row's unit id → the first row of its table, which names the columns."""
    headers: dict[int, _Unit] = {}
    firsts: dict[object, _Unit] = {}
    run = 0  # rows without a table number: a run of rows is one table
    for u in units:
        if u.block.kind != "table_row":
            run += 1
            continue
        key = ("table", u.block.table) if u.block.table is not None else ("run", run)
        headers[id(u)] = firsts.setdefault(key, u)
    return headers


def _with_table_header(group: list[_Unit], headers: dict[int, _Unit]) -> list[_Unit]:
    """A chunk that opens in the middle of a table repeats the table's header row, so that its rows
    still say which column is the group and which the municipalities."""
    i = next((k for k, u in enumerate(group) if u.block.kind != "heading"), None)
    if i is None or group[i].block.kind != "table_row":
        return group
    header = headers.get(id(group[i]))
    if header is None or header is group[i] or header.continues or any(u is header for u in group):
        return group
    return [*group[:i], header, *group[i:]]


def chunk_document(blocks: list[Block], doc_id: str, min_words: int = 120, max_words: int = 250) -> list[Chunk]:
    """Cut cleaned blocks into chunks; see the module docstring for the rules."""
    max_words = max(1, max_words)
    min_words = min(max(0, min_words), max_words)
    chunks: list[Chunk] = []
    for section in _sections([b for b in blocks if b.text.strip() or b.cells]):
        units = _units(section, max_words)
        headers = _table_headers(units)
        for group in _pack(units, min_words, max_words):
            pages = [u.block.page for u in group if u.block.page is not None]
            group = _with_table_header(group, headers)
            rows = [u for u in group if u.block.kind != "heading"]
            chunks.append(
                Chunk(
                    doc_id=doc_id,
                    ordinal=len(chunks),
                    text=_join(group),
                    section_path=_section_path(group),
                    page_start=min(pages) if pages else None,
                    page_end=max(pages) if pages else None,
                    # rows of a wide table and nothing else: each passage stands for its own rows
                    extra={"table_rows": True} if rows and all(map(_wide_row, rows)) else {},
                )
            )
    return chunks
