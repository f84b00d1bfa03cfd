"""Loaders: one file → a LoadedDocument of structural blocks.

`load_document` dispatches on the real file type (magic bytes first, then the extension) and turns every
problem with a file into a LoadError with a one-line Swedish reason.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

from ingest.models import Block, LoadedDocument, LoadError

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".pdf", ".docx", ".md", ".markdown", ".txt", ".html", ".htm"})

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class HeadingTracker:
    """Keeps the chain of enclosing headings while a loader walks a document."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self._stack)

    def push(self, level: int, text: str) -> tuple[str, ...]:
        """Enter a heading; returns the heading's own heading_path (its parents)."""
        level = max(1, level)
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        parents = self.path
        self._stack.append((level, text))
        return parents


def read_text_file(path: Path) -> str:
    """Read a text file as UTF-8, falling back to Windows-1252 (common for Swedish files)."""
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("filen är tom")
    if b"\x00" in data[:8192]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return data.decode("utf-16")
        raise LoadError("filen är inte en textfil (den innehåller binärdata)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def inline_clean(text: str) -> str:
    """Light normalisation for heading texts and titles: Markdown markers out, one line."""
    from ingest.clean import strip_markdown

    return re.sub(r"\s+", " ", strip_markdown(text)).strip()


def _suffix_label(path: Path) -> str:
    return path.suffix.lower() if path.suffix else "(utan filändelse)"


def _unsupported(path: Path) -> LoadError:
    if path.suffix.lower() == ".doc":
        return LoadError("filtypen .doc (äldre Word-format) stöds inte – spara filen som .docx")
    return LoadError(f"filtypen {_suffix_label(path)} stöds inte")


def _detect_kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            if suffix == ".docx":
                raise LoadError("Word-filen är skadad eller ofullständig") from None
            raise _unsupported(path) from None
        if "word/document.xml" in names:
            return "docx"
        if suffix == ".docx":
            raise LoadError("Word-filen är skadad (dokumentinnehållet saknas)")
        raise _unsupported(path)
    if head.startswith(_OLE_MAGIC):
        if suffix == ".docx":
            # Password-protected Office files are stored as encrypted OLE containers.
            raise LoadError("Word-filen är lösenordsskyddad")
        raise _unsupported(path)
    if suffix == ".pdf":
        raise LoadError("PDF-filen är skadad (innehållet är inte en PDF)")
    if suffix == ".docx":
        raise LoadError("Word-filen är skadad eller ofullständig")
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".txt":
        return "text"
    if suffix in (".html", ".htm"):
        return "html"
    raise _unsupported(path)


_GENERIC_ERRORS = {
    "pdf": "PDF-filen är skadad och kan inte läsas",
    "docx": "Word-filen är skadad och kan inte läsas",
    "markdown": "filen kunde inte läsas",
    "text": "filen kunde inte läsas",
    "html": "HTML-filen kunde inte läsas",
}


def load_document(path: Path) -> LoadedDocument:
    """Load one file into blocks. Any problem with the file raises LoadError (Swedish, one line)."""
    path = Path(path)
    try:
        if path.is_dir():
            raise LoadError("sökvägen är en mapp, inte en fil")
        size = path.stat().st_size
        if size == 0:
            raise LoadError("filen är tom")
        with path.open("rb") as fh:
            head = fh.read(2048)
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError("filen finns inte") from None
    except PermissionError:
        raise LoadError("filen kan inte läsas (behörighet saknas)") from None
    except OSError as exc:
        raise LoadError(f"filen kan inte läsas ({exc.strerror or type(exc).__name__})") from None

    kind = _detect_kind(path, head)
    try:
        if kind == "pdf":
            from ingest.load.pdf import load_pdf as loader
        elif kind == "docx":
            from ingest.load.docx import load_docx as loader
        elif kind == "markdown":
            from ingest.load.markdown import load_markdown as loader
        elif kind == "text":
            from ingest.load.text import load_text as loader
        else:
            from ingest.load.html import load_html as loader
        doc = loader(path)
    except LoadError:
        raise
    except MemoryError:
        raise LoadError("filen är för stor för att läsas") from None
    except Exception as exc:  # a bad file must never stop the run with a traceback
        log.debug("loader failed for %s", path, exc_info=True)
        raise LoadError(_GENERIC_ERRORS[kind] + f" ({type(exc).__name__})") from None

    if not any(b.text.strip() or (b.cells and any(c.strip() for c in b.cells)) for b in doc.blocks):
        raise LoadError("dokumentet innehåller ingen text")
    return doc


__all__ = [
    "SUPPORTED_SUFFIXES",
    "Block",
    "HeadingTracker",
    "LoadedDocument",
    "LoadError",
    "load_document",
    "read_text_file",
]
