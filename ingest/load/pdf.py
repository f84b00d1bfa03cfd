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

from ingest.clean import edge_lines, is_page_number
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
    x1: float = 0.0


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


def _is_bold_font(fontnames: list[str]) -> bool:
    if not fontnames:
        return False
    return sum(1 for f in fontnames if _BOLD_FONT.search(f)) / len(fontnames) >= 0.8


def _line_from_layout(ltline, page_top: float, number: int) -> tuple[_Line, list[tuple[float, float]]] | None:
    """A text line from pdfminer's layout, duplicates of fake-bold glyphs removed.

    Returns the line and its characters' centres (for keeping table text out of paragraphs).
    """
    from pdfminer.layout import LTChar

    parts: list[str] = []
    sizes: list[float] = []
    fonts: list[str] = []
    centres: list[tuple[float, float]] = []
    prev = None
    for obj in ltline:
        if isinstance(obj, LTChar):
            text = obj.get_text()
            if prev is not None and text == prev.get_text() and abs(obj.x0 - prev.x0) < 1 and abs(obj.y0 - prev.y0) < 1:
                continue  # the same glyph drawn twice ("fake bold")
            prev = obj
            parts.append(text)
            if text.strip():
                sizes.append(round(obj.size, 1))
                fonts.append(obj.fontname or "")
                centres.append(((obj.x0 + obj.x1) / 2, page_top - (obj.y0 + obj.y1) / 2))
        else:
            parts.append(obj.get_text())
    text = "".join(parts).strip()
    if not text:
        return None
    line = _Line(text=text, page=number, top=page_top - ltline.y1, bottom=page_top - ltline.y0, x0=ltline.x0,
                 size=statistics.median(sizes) if sizes else 0.0, bold=_is_bold_font(fonts), x1=ltline.x1)
    return line, centres


def _inside(point: tuple[float, float], bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    return x0 <= point[0] <= x1 and top <= point[1] <= bottom


def _real_table(rows: list[list[str | None]]) -> bool:
    """A bordered frame around text is not a table: need two columns and two rows with content."""
    filled = [r for r in rows if sum(1 for c in r if c and c.strip()) >= 1]
    return len(filled) >= 2 and max((len(r) for r in rows), default=0) >= 2


def _find_tables(plumber_page, number: int) -> list[tuple[tuple[float, float, float, float], list]]:
    tables = []
    try:
        for t in plumber_page.find_tables():
            rows = t.extract()
            if _real_table(rows):
                tables.append((t.bbox, rows))
    except Exception as exc:  # table finding is a bonus; the text is still read
        log.debug("table detection failed on page %d: %s", number, exc)
    return tables


def _layout_page(ltpage, number: int, plumber_pdf) -> _Page:
    """Lines (with size, boldness, position) and tables of one page."""
    from pdfminer.layout import LTCurve, LTFigure, LTTextBox, LTTextLine

    page_top = ltpage.y1
    result = _Page(number=number, height=float(ltpage.height))
    lines: list[tuple[_Line, list[tuple[float, float]]]] = []
    graphics = 0

    def collect(container) -> None:
        nonlocal graphics
        for el in container:
            if isinstance(el, LTTextBox):
                for ltline in el:
                    if isinstance(ltline, LTTextLine):
                        got = _line_from_layout(ltline, page_top, number)
                        if got:
                            lines.append(got)
            elif isinstance(el, LTTextLine):
                got = _line_from_layout(el, page_top, number)
                if got:
                    lines.append(got)
            elif isinstance(el, LTCurve):  # rectangles and lines are curves too
                graphics += 1
            elif isinstance(el, LTFigure):
                collect(el)

    collect(ltpage)
    # Text drawn twice at (almost) the same place is one line ("fake bold", shadow effects).
    unique: list[tuple[_Line, list[tuple[float, float]]]] = []
    for line, centres in lines:
        if any(u.text == line.text and abs(u.top - line.top) < 1.5 and abs(u.x0 - line.x0) < 2 for u, _ in unique):
            continue
        unique.append((line, centres))
    lines = unique
    tables = []
    # Tables need ruling lines; pdfplumber (slower) only runs on pages that draw some.
    if graphics >= 3 and plumber_pdf is not None:
        plumber_page = plumber_pdf.pages[number - 1]
        tables = _find_tables(plumber_page, number)
        plumber_page.close()
    for line, centres in lines:
        if tables and centres:
            inside = sum(1 for c in centres if any(_inside(c, bb) for bb, _ in tables))
            if inside * 2 >= len(centres):
                continue  # the table's own text: it comes as table rows
        result.items.append(line)
    for bbox, rows in tables:
        cells_rows = [tuple((c or "").strip() for c in r) for r in rows]
        result.items.append(_Table(page=number, top=float(bbox[1]), bottom=float(bbox[3]), rows=cells_rows))
    result.items.sort(key=lambda it: (round(it.top, 1), getattr(it, "x0", 0.0)))
    return result


def _iter_layouts(path: Path, encrypted: bool):
    """pdfminer page layouts in page order; None for a page pdfminer cannot read."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as fh:
        document = PDFDocument(PDFParser(fh), password="")
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        for page in PDFPage.create_pages(document):
            try:
                interpreter.process_page(page)
                yield device.get_result()
            except Exception as exc:
                log.debug("pdfminer failed on a page of %s: %s", path, exc)
                yield None


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
    body = _body_size(pages)
    lines = {p.number: [it for it in p.items if isinstance(it, _Line)] for p in pages}
    # Large type at the top of many pages is a heading pattern ("Avsnitt 3"), not a running header.
    large = {
        n: {i for i, ln in enumerate(ls) if body and ln.size >= body + 1.5 and not is_page_number(ln.text)}
        for n, ls in lines.items()
    }
    found = edge_lines({n: [ln.text for ln in ls] for n, ls in lines.items()}, page_count, large)
    for n, indices in found.items():
        for i in indices:
            lines[n][i].edge = True


def _join_spread_lines(pages: list[_Page]) -> None:
    """A justified title set in large type comes from pdfminer as words far apart on one baseline
    ("EXEMPEL", "–", "Aktivitetsplan", …): join them into the one line they are. Body-sized lines are
    left apart, as they may be columns side by side."""
    body = _body_size(pages)
    for p in pages:
        items: list[_Line | _Table] = []
        for it in p.items:
            prev = items[-1] if items else None
            if (isinstance(it, _Line) and isinstance(prev, _Line) and body and it.size >= body + 1.0
                    and it.size == prev.size and it.bold == prev.bold and abs(it.top - prev.top) < 1.0
                    and abs(it.bottom - prev.bottom) < 1.0 and 0 <= it.x0 - prev.x1 <= 3 * it.size):
                prev.text, prev.x1 = f"{prev.text} {it.text}", it.x1
                continue
            items.append(it)
        p.items = items


def _body_size(pages: list[_Page]) -> float:
    counts: Counter[float] = Counter()
    for p in pages:
        for it in p.items:
            if isinstance(it, _Line) and not it.edge:
                counts[round(it.size * 2) / 2] += len(it.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def _heading_candidate(line: _Line, body: float, bold_body: bool = False) -> tuple[float, bool] | None:
    """Style key (size, bold) when the line looks like a heading, else None."""
    text = line.text.strip()
    words = text.split()
    if line.edge or not words or len(words) > 14 or len(text) > 110:
        return None
    # a sentence's line ends in a stop; a large title may wrap after a comma ("Aktivitetsplan 2351 för kulturarv,")
    ends = (".", ";") if body and line.size >= body + 1.5 else (".", ",", ";")
    if not any(c.isalpha() for c in text) or text.endswith(ends) and not _NUMBERED_MULTI.match(text):
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
    if text.endswith(":") and not larger:
        return None  # "Ansvarig:" introduces a value on the next line
    bold = line.bold and not bold_body
    if larger or bold or caps or numbered:
        return (size, bold or caps)
    return None


def _assign_heading_levels(pages: list[_Page]) -> None:
    body = _body_size(pages)
    lines = [it for p in pages for it in p.items if isinstance(it, _Line)]
    # In a document set in bold throughout, boldness says nothing about headings.
    body_lines = [ln for ln in lines if not ln.edge and abs(ln.size - body) < 0.5]
    bold_body = sum(len(ln.text) for ln in body_lines if ln.bold) > 0.5 * max(1, sum(len(ln.text) for ln in body_lines))
    # A candidate must stand alone: not the continuation of a sentence on the line above.
    candidates: dict[int, tuple[float, bool]] = {}
    prev: _Line | None = None
    for ln in lines:
        style = _heading_candidate(ln, body, bold_body)
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
    # The lower quintile is the line pitch inside paragraphs even when most gaps are between paragraphs.
    pitch = sorted(pitches)[len(pitches) // 5] if pitches else 0.0

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
            if current and kind == "list_item" and ln.x0 < current[0].x0 - 2:
                flush()  # a line starting left of the bullet ends the list item
            if current:
                prev = current[-1]
                gap_break = (pitch and (ln.top - prev.top) > pitch * 1.3) or (ln.top - prev.bottom) > 0.9 * max(
                    prev.size, 1.0
                )
                size_break = abs(ln.size - prev.size) >= 1.0
                indent_break = (
                    kind == "paragraph" and ln.x0 > prev.x0 + 8 and prev.text.rstrip().endswith(_SENTENCE_END)
                )
                if gap_break or size_break or indent_break:
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
    plumber_pdf = None
    try:
        import pdfplumber

        plumber_pdf = pdfplumber.open(path, password="" if reader.is_encrypted else None)
    except Exception as exc:
        log.debug("pdfplumber cannot open %s: %s; no table detection", path, exc)
    try:
        try:
            for number, ltpage in enumerate(_iter_layouts(path, reader.is_encrypted), start=1):
                if number > page_count:
                    break
                parsed = None
                if ltpage is not None:
                    try:
                        parsed = _layout_page(ltpage, number, plumber_pdf)
                        text = " ".join(it.text for it in parsed.items if isinstance(it, _Line))
                        if text.count("(cid:") > 5:
                            parsed = None  # fonts pdfminer cannot decode; pypdf may
                    except Exception as exc:
                        log.debug("layout failed on page %d of %s: %s", number, path, exc)
                pages.append(parsed if parsed is not None else _pypdf_page(reader, number))
        except Exception as exc:
            log.debug("pdfminer stopped in %s: %s; pypdf text for the rest", path, exc)
        for number in range(len(pages) + 1, page_count + 1):
            try:
                pages.append(_pypdf_page(reader, number))
            except Exception:
                raise LoadError(f"PDF-filen är skadad (sidan {number} kan inte läsas)") from None
    finally:
        if plumber_pdf is not None:
            plumber_pdf.close()

    text_chars = sum(len(it.text.strip()) for p in pages for it in p.items if isinstance(it, _Line))
    table_chars = sum(len("".join(r)) for p in pages for it in p.items if isinstance(it, _Table) for r in it.rows)
    if text_chars + table_chars < 10:
        raise LoadError(
            "PDF-filen innehåller ingen text – den verkar vara inskannad; kör textigenkänning (OCR) först"
        )
    _join_spread_lines(pages)
    _mark_edges(pages, page_count)
    _assign_heading_levels(pages)
    blocks = _build_blocks(pages)
    return LoadedDocument(path=path, blocks=blocks, title=title, page_count=page_count)
