"""HTML loader (BeautifulSoup): h1–h6, paragraphs, list items, table rows; navigation and scripts skipped."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.load import HeadingTracker, read_text_file
from ingest.models import Block, LoadedDocument

_SKIP = {"script", "style", "nav", "footer", "noscript", "template", "svg", "head", "iframe", "form", "button"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "aside", "blockquote", "pre", "ul", "ol", "dl",
    "dt", "dd", "li", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "address", "body",
    "html", "caption", "details", "summary", "hr",
} | set(_HEADINGS)


def _text_of(node) -> str:
    """Visible text of a node, <br> as a line break, skipped elements left out."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment

    parts: list[str] = []

    def walk(n) -> None:
        for child in n.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name in _SKIP:
                    continue
                if child.name == "br":
                    parts.append("\n")
                elif child.name in ("ul", "ol", "table"):
                    continue  # nested lists and tables are blocks of their own
                elif child.name in _BLOCKS:
                    parts.append("\n")  # <p> inside <li> or <td>: a line of its own
                    walk(child)
                    parts.append("\n")
                else:
                    walk(child)

    walk(node)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())


def parse_html(markup: str) -> tuple[list[Block], str | None]:
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment

    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception:
        soup = BeautifulSoup(markup, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None

    blocks: list[Block] = []
    headings = HeadingTracker()
    table_index = -1
    first_h1: str | None = None
    inline: list[str] = []

    def flush_inline() -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(inline))
        text = "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())
        inline.clear()
        if text:
            blocks.append(Block(text=text, kind="paragraph", heading_path=headings.path))

    def walk(node) -> None:
        for child in node.children:
            handle(child)

    def handle(child) -> None:
        nonlocal table_index, first_h1
        if True:  # noqa: SIM108 - keeps one indentation level for the branches below
            if isinstance(child, Comment):
                return
            if isinstance(child, NavigableString):
                inline.append(str(child))
                return
            if not isinstance(child, Tag) or child.name in _SKIP:
                return
            name = child.name
            if name not in _BLOCKS:
                if name == "br":
                    inline.append("\n")
                elif name in ("b", "strong", "i", "em", "a", "span", "u", "small", "sup", "sub", "mark", "abbr",
                            "time", "code", "label", "cite", "q", "s", "del", "ins", "font", "img"):
                    inline.append(_text_of(child) if name != "img" else "")
                else:
                    walk(child)
                return
            flush_inline()
            if name in _HEADINGS:
                text = _text_of(child).replace("\n", " ")
                if text:
                    level = _HEADINGS[name]
                    parents = headings.push(level, text)
                    blocks.append(Block(text=text, kind="heading", heading_path=parents, level=level))
                    if level == 1 and first_h1 is None:
                        first_h1 = text
            elif name == "p" or name in ("dt", "dd", "figcaption", "caption", "summary", "pre", "address"):
                text = _text_of(child)
                if text:
                    blocks.append(Block(text=text, kind="paragraph", heading_path=headings.path))
            elif name == "li":
                text = _text_of(child)
                if text:
                    blocks.append(Block(text=text, kind="list_item", heading_path=headings.path))
                for nested in child.find_all(["ul", "ol", "table"], recursive=False):
                    handle(nested)
            elif name == "table":
                table_index += 1
                current = table_index
                for tr in child.find_all("tr"):
                    if tr.find_parent("table") is not child:
                        continue  # rows of a nested table
                    cells = tuple(_text_of(td) for td in tr.find_all(["td", "th"], recursive=False))
                    if any(cells):
                        blocks.append(Block(text=" | ".join(cells), kind="table_row", heading_path=headings.path,
                                            cells=cells, table=current))
            elif name == "hr":
                return
            else:
                walk(child)
                flush_inline()

    walk(soup.body or soup)
    flush_inline()
    if title and first_h1 and title.startswith(first_h1):
        title = first_h1  # "Aktivitetsplan 2026 | Webbplatsens namn"
    return blocks, (title or first_h1)


def load_html(path: Path) -> LoadedDocument:
    blocks, title = parse_html(read_text_file(path))
    return LoadedDocument(path=path, blocks=blocks, title=title, page_count=None)
