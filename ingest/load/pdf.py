"""PDF loader: pypdf opens and checks the file page by page; pdfplumber gives the text lines with
their font size and position (for headings and paragraph breaks) and finds tables, whose rows become
table_row blocks and whose text is kept out of the paragraphs."""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.clean import edge_lines
from ingest.load import HeadingTracker
from ingest.models import Block, LoadedDocument, LoadError

log = logging.getLogger(__name__)
# pypdf and pdfminer warn on every repaired cross-reference table; a bad file is reported by LoadError.
logging.getLogger("pypdf").setLevel(logging.ERROR)
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_BULLET = re.compile(r"^\s*([•●▪◦‣■□➢►✓\uf0b7\uf0a7\uf0d8]|[-–*](?=\s)|\d{1,2}[.)](?=\s)|[a-z][)](?=\s))\s*")
_NUMBERED_MULTI = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S")
_NUMBERED_SINGLE = re.compile(r"^(\d{1,2})\.?\s+[A-ZÅÄÖ]")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ":", ";", "…")


@dataclass
class _Line:
    text: str
    page: int
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    edge: bool = False  # a running header/footer or page number line
    heading_level: int = 0


@dataclass
class _Table:
    page: int
    top: float
    bottom: float
    rows: list[tuple[str, ...]]


@dataclass
class _Page:
    number: int
    height: float
    items: list[_Line | _Table] = field(default_factory=list)


def _check_pdf(path: Path):
    """Open with pypdf and raise LoadError for encrypted, truncated or unreadable files."""
    from pypdf import PdfReader
    from pypdf import PasswordType
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise LoadError("PDF-filen är ofullständig (avkortad) eller skadad")
    try:
        reader = PdfReader(path, strict=False)
    except (FileNotDecryptedError,):
        raise LoadError("PDF-filen är lösenordsskyddad") from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.debug("pypdf cannot open %s: %s", path, exc)
        raise LoadError("PDF-filen är skadad och kan inte läsas") from None
    if reader.is_encrypted:
        try:
            result = reader.decrypt("")
        except (DependencyError, NotImplementedError):
            raise LoadError("PDF-filen är krypterad på ett sätt som inte stöds") from None
        if result == PasswordType.NOT_DECRYPTED:
            raise LoadError("PDF-filen är lösenordsskyddad")
    try:
        page_count = len(reader.pages)
    except Exception as exc:  # pypdf raises many types for broken page trees
        log.debug("pypdf page tree error in %s: %s", path, exc)
        raise LoadError("PDF-filen är skadad (sidorna kan inte läsas)") from None
    if page_count == 0:
        raise LoadError("PDF-filen är skadad (inga läsbara sidor)")
    return reader, page_count


def _metadata_title(reader) -> str | None:
    try:
        meta = reader.metadata
        title = meta.title if meta else None
    except Exception:
        return None
    return str(title).strip() if title and str(title).strip() else None


def _is_bold(chars: list[dict]) -> bool:
    visible = [c for c in chars if c.get("text", "").strip()]
    if not visible:
        return False
    bold = sum(1 for c in visible if _BOLD_FONT.search(c.get("fontname", "")))
    return bold / len(visible) >= 0.8


def _char_size(chars: list[dict]) -> float:
    sizes = [round(float(c.get("size", 0)), 1) for c in chars if c.get("text", "").strip()]
    return statistics.median(sizes) if sizes else 0.0


def _inside(obj: dict, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _real_table(rows: list[list[str | None]]) -> bool:
    """A bordered frame around text is not a table: need two columns and two rows with content."""
    filled = [r for r in rows if sum(1 for c in r if c and c.strip()) >= 1]
    return len(filled) >= 2 and max((len(r) for r in rows), default=0) >= 2


def _plumber_page(page, number: int) -> _Page:
    page = page.dedupe_chars()
    result = _Page(number=number, height=float(page.height))
    tables = []
    try:
        for t in page.find_tables():
            rows = t.extract()
            if _real_table(rows):
                tables.append((t.bbox, rows))
    except Exception as exc:  # table finding is a bonus; text extraction still works
        log.debug("table detection failed on page %d: %s", number, exc)
    if tables:
        bboxes = [bb for bb, _ in tables]
        page = page.filter(lambda o: o.get("object_type") != "char" or not any(_inside(o, bb) for bb in bboxes))
    for line in page.extract_text_lines(strip=True, return_chars=True):
        text = line["text"]
        if not text.strip():
            continue
        chars = line.get("chars", [])
        result.items.append(
            _Line(text=text, page=number, top=float(line["top"]), bottom=float(line["bottom"]),
                  x0=float(line["x0"]), size=_char_size(chars), bold=_is_bold(chars))
        )
    for bbox, rows in tables:
        cells_rows = [tuple((c or "").strip() for c in r) for r in rows]
        result.items.append(_Table(page=number, top=float(bbox[1]), bottom=float(bbox[3]), rows=cells_rows))
    result.items.sort(key=lambda it: (it.top, getattr(it, "x0", 0.0)))
    return result


def _pypdf_page(reader, number: int) -> _Page:
    """Fallback without layout information: pypdf's plain text, one line per text line."""
    text = reader.pages[number - 1].extract_text() or ""
    result = _Page(number=number, height=1000.0)
    for i, ln in enumerate(text.split("\n")):
        if ln.strip():
            result.items.append(_Line(text=ln.strip(), page=number, top=float(i * 14), bottom=float(i * 14 + 11),
                                      x0=0.0, size=0.0, bold=False))
    return result


def _mark_edges(pages: list[_Page], page_count: int) -> None:
    """Mark running headers/footers and page numbers so they are never taken for headings."""
    lines = {p.number: [it for it in p.items if isinstance(it, _Line)] for p in pages}
    found = edge_lines({n: [ln.text for ln in ls] for n, ls in lines.items()}, page_count)
    for n, indices in found.items():
        for i in indices:
            lines[n][i].edge = True


def _body_size(pages: list[_Page]) -> float:
    counts: Counter[float] = Counter()
    for p in pages:
        for it in p.items:
            if isinstance(it, _Line) and not it.edge:
                counts[round(it.size * 2) / 2] += len(it.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def _heading_candidate(line: _Line, body: float) -> tuple[float, bool] | None:
    """Style key (size, bold) when the line looks like a heading, else None."""
    text = line.text.strip()
    words = text.split()
    if line.edge or not words or len(words) > 14 or len(text) > 110:
        return None
    if not any(c.isalpha() for c in text) or text.endswith((".", ",", ";")) and not _NUMBERED_MULTI.match(text):
        return None
    if _BULLET.match(text) and not (_NUMBERED_MULTI.match(text) or _NUMBERED_SINGLE.match(text)):
        return None
    if re.search(r"\w:\s+\S", text) and not line.size > body + 1.0:
        return None  # "Ansvarig: Styrelsen" is a label with a value
    size = round(line.size * 2) / 2
    larger = body > 0 and size >= body + 1.0
    letters = [c for c in text if c.isalpha()]
    caps = len(letters) >= 4 and all(c.isupper() for c in letters) and len(words) <= 8
    numbered = bool(_NUMBERED_MULTI.match(text)) and len(words) <= 10
    if larger or line.bold or caps or numbered:
        return (size, line.bold or caps)
    return None


def _assign_heading_levels(pages: list[_Page]) -> None:
    body = _body_size(pages)
    lines = [it for p in pages for it in p.items if isinstance(it, _Line)]
    # A candidate must stand alone: not the continuation of a sentence on the line above.
    candidates: dict[int, tuple[float, bool]] = {}
    prev: _Line | None = None
    for ln in lines:
        style = _heading_candidate(ln, body)
        if style is not None:
            continues = (
                prev is not None and prev.page == ln.page and not prev.edge
                and round(prev.size * 2) / 2 == style[0] and prev.bold == ln.bold
                and not prev.text.rstrip().endswith(_SENTENCE_END) and id(prev) not in candidates
                and (ln.top - prev.bottom) < 0.6 * max(ln.size, 1)
            )
            if not continues or ln.bold and ln.size > body + 1.0:
                candidates[id(ln)] = style
        prev = ln
    if not candidates:
        return
    styles = sorted(set(candidates.values()), key=lambda s: (-s[0], not s[1]))
    occurrences = Counter(candidates.values())
    # The biggest style used once (the document title) sits beside the main headings, not above them.
    offset = 1 if len(styles) > 1 and occurrences[styles[0]] == 1 else 0
    rank = {s: max(1, i + 1 - offset) for i, s in enumerate(styles)}
    for ln in lines:
        style = candidates.get(id(ln))
        if style is None:
            continue
        m = _NUMBERED_MULTI.match(ln.text.strip())
        ln.heading_level = m.group(1).count(".") + 1 if m else rank[style]


def _build_blocks(pages: list[_Page]) -> list[Block]:
    headings = HeadingTracker()
    blocks: list[Block] = []
    table_index = -1
    last_table: tuple[int, int, tuple[str, ...]] | None = None  # (page, columns, header row)
    table_ended_page = False

    # Typical distance between the tops of consecutive lines of running text.
    pitches = []
    for p in pages:
        ls = [it for it in p.items if isinstance(it, _Line) and not it.edge and not it.heading_level]
        for a, b in zip(ls, ls[1:]):
            d = b.top - a.top
            if 0 < d < 3 * max(a.size, 1) and abs(a.size - b.size) < 0.5:
                pitches.append(d)
    pitch = statistics.median(pitches) if pitches else 0.0

    for p in pages:
        lines_on_page = [it for it in p.items if isinstance(it, _Line) and not it.edge]
        current: list[_Line] = []
        kind = "paragraph"

        def flush() -> None:
            nonlocal current, kind
            if current:
                blocks.append(Block(text="\n".join(ln.text for ln in current), kind=kind, page=p.number,
                                    heading_path=headings.path))
            current, kind = [], "paragraph"

        for idx, it in enumerate(p.items):
            if isinstance(it, _Table):
                flush()
                cols = max(len(r) for r in it.rows)
                header = it.rows[0]
                # A table that ended page N and starts page N+1 with the same columns continues.
                first_on_page = all(ln.top > it.top for ln in lines_on_page)
                continued = (
                    last_table is not None and last_table[0] == p.number - 1 and last_table[1] == cols
                    and table_ended_page and first_on_page
                )
                rows = it.rows
                if continued:
                    if header == last_table[2]:
                        rows = rows[1:]  # the header row repeated on the new page
                else:
                    table_index += 1
                for cells in rows:
                    if any(cells):
                        blocks.append(Block(text=" | ".join(cells), kind="table_row", page=p.number,
                                            heading_path=headings.path, cells=cells, table=table_index))
                last_table = (p.number, cols, header if not continued else last_table[2])
                continue
            ln = it
            if ln.edge:
                flush()
                blocks.append(Block(text=ln.text, kind="paragraph", page=p.number, heading_path=headings.path))
                continue
            if ln.heading_level:
                prev_block = blocks[-1] if blocks and not current else None
                if (
                    prev_block is not None and prev_block.kind == "heading" and prev_block.page == p.number
                    and prev_block.level == ln.heading_level and idx > 0
                    and isinstance(p.items[idx - 1], _Line) and p.items[idx - 1].heading_level == ln.heading_level
                    and ln.top - p.items[idx - 1].bottom < 0.8 * ln.size
                    and not _NUMBERED_MULTI.match(ln.text)
                ):
                    # A heading wrapped over two lines.
                    merged = f"{prev_block.text} {ln.text.strip()}"
                    blocks[-1] = Block(text=merged, kind="heading", page=p.number,
                                       heading_path=prev_block.heading_path, level=prev_block.level)
                    headings.push(prev_block.level, merged)
                    continue
                flush()
                text = ln.text.strip()
                parents = headings.push(ln.heading_level, text)
                blocks.append(Block(text=text, kind="heading", page=p.number, heading_path=parents,
                                    level=ln.heading_level))
                continue

            bullet = _BULLET.match(ln.text)
            if bullet:
                flush()
                kind = "list_item"
                current = [_Line(**{**ln.__dict__, "text": ln.text[bullet.end():]})]
                continue
            if current:
                prev = current[-1]
                gap_break = pitch and (ln.top - prev.top) > pitch * 1.4
                size_break = abs(ln.size - prev.size) >= 1.0
                indent_break = (
                    kind == "paragraph" and ln.x0 > prev.x0 + 8 and prev.text.rstrip().endswith(_SENTENCE_END)
                )
                if gap_break or size_break or indent_break or (pitch == 0 and (ln.top - prev.bottom) > prev.size):
                    flush()
            current.append(ln)
        flush()
        content = [it for it in p.items if not (isinstance(it, _Line) and it.edge)]
        table_ended_page = bool(content) and isinstance(content[-1], _Table)
    return blocks


def load_pdf(path: Path) -> LoadedDocument:
    reader, page_count = _check_pdf(path)
    title = _metadata_title(reader)
    pages: list[_Page] = []
    try:
        import pdfplumber

        with pdfplumber.open(path, password="" if reader.is_encrypted else None) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    parsed = _plumber_page(page, number)
                    text = " ".join(it.text for it in parsed.items if isinstance(it, _Line))
                    if text.count("(cid:") > 5:
                        parsed = _pypdf_page(reader, number)  # fonts pdfminer cannot decode
                except LoadError:
                    raise
                except Exception as exc:
                    log.debug("pdfplumber failed on page %d of %s: %s", number, path, exc)
                    parsed = _pypdf_page(reader, number)
                pages.append(parsed)
                page.close()  # free the page's layout objects; long PDFs stay small in memory
    except LoadError:
        raise
    except Exception as exc:
        log.debug("pdfplumber cannot open %s: %s; using pypdf text", path, exc)
        pages = []
        for number in range(1, page_count + 1):
            try:
                pages.append(_pypdf_page(reader, number))
            except Exception:
                raise LoadError(f"PDF-filen är skadad (sidan {number} kan inte läsas)") from None

    text_chars = sum(len(it.text.strip()) for p in pages for it in p.items if isinstance(it, _Line))
    table_chars = sum(len("".join(r)) for p in pages for it in p.items if isinstance(it, _Table) for r in it.rows)
    if text_chars + table_chars < 10:
        raise LoadError(
            "PDF-filen innehåller ingen text – den verkar vara inskannad; kör textigenkänning (OCR) först"
        )
    _mark_edges(pages, page_count)
    _assign_heading_levels(pages)
    blocks = _build_blocks(pages)
    return LoadedDocument(path=path, blocks=blocks, title=title, page_count=page_count)
