"""Word (.docx) loader: body paragraphs and tables in document order, heading and list styles."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ingest.load import HeadingTracker
from ingest.models import Block, LoadedDocument, LoadError

_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|rubrik|titel)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list|lista|liststycke|punkt|numrering|bullet", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^(?:toc|innehållsförteckning|förteckning)\b", re.IGNORECASE)


def _is_toc(paragraph) -> bool:
    """Table-of-contents entries repeat the headings with page numbers; they are left out."""
    try:
        return bool(_TOC_STYLE.match(paragraph.style.name or ""))
    except Exception:
        return False


def _style_chain(style):
    seen = 0
    while style is not None and seen < 10:
        yield style
        style = getattr(style, "base_style", None)
        seen += 1


def _heading_level(paragraph) -> tuple[int, bool]:
    """(level, is_title) for a heading paragraph; level 0 when it is not a heading."""
    from docx.oxml.ns import qn

    try:
        style = paragraph.style
    except Exception:
        style = None
    for st in _style_chain(style):
        name = (st.name or "").strip()
        m = _HEADING_STYLE.match(name)
        if m:
            return max(1, int(m.group(1))), False
        if _TITLE_STYLE.match(name):
            return 1, True
    # Outline level set directly on the paragraph or its style (custom heading styles).
    for el in [paragraph._p.pPr] + [getattr(st.element, "pPr", None) for st in _style_chain(style)]:
        if el is None:
            continue
        lvl = el.find(qn("w:outlineLvl"))
        if lvl is not None:
            try:
                val = int(lvl.get(qn("w:val")))
            except (TypeError, ValueError):
                continue
            if 0 <= val < 9:
                return val + 1, False
    return 0, False


def _is_list(paragraph) -> bool:
    from docx.oxml.ns import qn

    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(qn("w:numPr")) is not None:
        return True
    try:
        style = paragraph.style
    except Exception:
        return False
    for st in _style_chain(style):
        if _LIST_STYLE.search(st.name or ""):
            return True
        ppr = getattr(st.element, "pPr", None)
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            return True
    return False


def _all_bold(paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    try:
        style_bold = bool(paragraph.style.font.bold)
    except Exception:
        style_bold = False
    return all(r.bold or (r.bold is None and style_bold) for r in runs)


def _row_cells(row) -> tuple[str, ...]:
    """Cell texts of a row; a cell spanning several grid columns is given once."""
    cells: list[str] = []
    seen: list[object] = []
    try:
        row_cells = row.cells
    except Exception:
        from docx.table import _Cell

        row_cells = [_Cell(tc, row) for tc in row._tr.tc_lst]
    for cell in row_cells:
        if seen and cell._tc is seen[-1]:
            continue
        seen.append(cell._tc)
        cells.append("\n".join(p.text for p in cell.paragraphs).strip())
    return tuple(cells)


def _iter_body(parent, document):
    """Paragraphs and tables in body order, looking inside content controls."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _iter_body(content, document)


def load_docx(path: Path) -> LoadedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError):
        raise LoadError("Word-filen är skadad eller ofullständig") from None
    except Exception as exc:  # lxml XMLSyntaxError and friends
        raise LoadError(f"Word-filen är skadad och kan inte läsas ({type(exc).__name__})") from None

    title = None
    try:
        title = (document.core_properties.title or "").strip() or None
    except Exception:
        title = None

    # First pass: raw items; bold-only paragraphs are resolved once the next item is known.
    raw: list[tuple] = []
    table_index = -1
    for item in _iter_body(document.element.body, document):
        if isinstance(item, Table):
            table_index += 1
            for row in item.rows:
                cells = _row_cells(row)
                if any(cells):
                    raw.append(("table_row", cells, table_index))
            continue
        text = item.text.replace("\t", " ").strip()
        if not text or _is_toc(item):
            continue
        level, is_title = _heading_level(item)
        if level:
            raw.append(("heading", text, level))
            if is_title and title is None:
                title = text
        elif _is_list(item):
            raw.append(("list_item", text))
        elif _all_bold(item) and len(text.split()) <= 12 and not text.endswith((".", ",", ";")):
            raw.append(("bold", text))
        else:
            raw.append(("paragraph", text))

    headings = HeadingTracker()
    blocks: list[Block] = []
    real_level = 0
    for i, entry in enumerate(raw):
        kind = entry[0]
        if kind == "bold":
            nxt = raw[i + 1][0] if i + 1 < len(raw) else None
            if nxt in ("paragraph", "list_item", "table_row"):
                kind, entry = "heading", ("heading", entry[1], real_level + 1, True)
            else:
                kind, entry = "paragraph", ("paragraph", entry[1])
        if kind == "heading":
            level = entry[2]
            if len(entry) < 4:
                real_level = level
            parents = headings.push(level, entry[1])
            blocks.append(Block(text=entry[1], kind="heading", heading_path=parents, level=level))
        elif kind == "table_row":
            cells = entry[1]
            blocks.append(Block(text=" | ".join(cells), kind="table_row", heading_path=headings.path,
                                cells=cells, table=entry[2]))
        else:
            blocks.append(Block(text=entry[1], kind=kind, heading_path=headings.path))
    return LoadedDocument(path=path, blocks=blocks, title=title, page_count=None)
