"""Checks on an uploaded file before it reaches the service: name, size and real type."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

ALLOWED = {".pdf": "PDF", ".docx": "Word (DOCX)", ".md": "Markdown", ".txt": "text"}
NAME_MAX = 120


class UploadError(ValueError):
    """A file we refuse; the message is shown to the user in Swedish."""


def sanitize_filename(name: str) -> str:
    """A safe file name within the corpus folder; refuses path parts instead of guessing."""
    raw = unicodedata.normalize("NFC", (name or "").strip())
    if not raw:
        raise UploadError("Filen saknar namn.")
    if "/" in raw or "\\" in raw or raw.startswith(".") or ".." in raw or "\x00" in raw:
        raise UploadError(
            "Filnamnet får inte innehålla sökvägar (/, \\ eller ..) eller börja med en punkt. Byt namn och försök igen."
        )
    stem, dot, ext = raw.rpartition(".")
    if not dot:
        raise UploadError(_type_message(""))
    ext = "." + ext.lower()
    if ext not in ALLOWED:
        raise UploadError(_type_message(ext))
    stem = re.sub(r"[^\w\- ()]+", "_", stem, flags=re.UNICODE)
    stem = re.sub(r"\s+", " ", stem).strip(" _-")
    stem = re.sub(r"_+", "_", stem)
    if not stem:
        raise UploadError("Filnamnet innehåller inga giltiga tecken. Byt namn och försök igen.")
    return stem[: NAME_MAX - len(ext)].rstrip(" _-") + ext


def _type_message(ext: str) -> str:
    shown = ext or "(ingen filändelse)"
    return f"Filtypen {shown} stöds inte. Ladda upp PDF, DOCX, MD eller TXT."


def check_size(size: int, max_mb: float) -> None:
    if size <= 0:
        raise UploadError("Filen är tom.")
    if size > max_mb * 1024 * 1024:
        mb = size / (1024 * 1024)
        raise UploadError(f"Filen är {mb:.1f} MB; största tillåtna storlek är {max_mb:g} MB.")


def sniff_type(data: bytes) -> str | None:
    """The extension the bytes really are (.pdf, .docx, .txt) or None."""
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, ValueError):
            return None
        return ".docx" if "word/document.xml" in names and "[Content_Types].xml" in names else None
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return ".txt"


def check_upload(filename: str, data: bytes, max_mb: float) -> str:
    """Validate name, size and content; returns the sanitised file name or raises UploadError."""
    safe = sanitize_filename(filename)
    check_size(len(data), max_mb)
    ext = safe[safe.rfind(".") :]
    real = sniff_type(data)
    expected = ".txt" if ext in (".md", ".txt") else ext
    if real != expected:
        what = {".pdf": "en PDF", ".docx": "ett Word-dokument", ".txt": "en textfil"}.get(real or "", "ingen av de stödda typerna")
        raise UploadError(
            f"Innehållet stämmer inte med filändelsen {ext}: filen är {what}. "
            "Bara riktiga PDF-, DOCX-, MD- och TXT-filer (UTF-8) tas emot."
        )
    return safe
