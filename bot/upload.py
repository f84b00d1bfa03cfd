"""Checks for files uploaded from chat: real type from the bytes, a safe name, the corpus folder only."""

from __future__ import annotations

import io
import os
import re
import tempfile
import unicodedata
import zipfile
from pathlib import Path

UPLOAD_FOLDER = "uppladdat"
ALLOWED = {".pdf": "pdf", ".docx": "docx", ".md": "text", ".txt": "text"}


class UploadRejected(Exception):
    """The upload was refused; the message is shown to the user (Swedish)."""


def sniff_type(data: bytes) -> str | None:
    """'pdf', 'docx' or 'text' judged from the content, or None."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else None
        except zipfile.BadZipFile:
            return None
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text"


def safe_filename(filename: str) -> str:
    """A plain file name without any path; refuses anything that tries to leave the folder."""
    name = unicodedata.normalize("NFC", filename).strip()
    if not name or "/" in name or "\\" in name or ".." in name or name.startswith("."):
        raise UploadRejected(f"Ogiltigt filnamn: {filename!r}. Använd ett vanligt filnamn utan sökväg.")
    stem, dot, suffix = name.rpartition(".")
    stem = re.sub(r"[^\w\-]+", "-", stem, flags=re.UNICODE).strip("-_") or "dokument"
    return f"{stem[:100]}{dot}{suffix.lower()}"


def store_upload(corpus_dir: Path, filename: str, data: bytes, max_bytes: int, overwrite: bool = False) -> Path:
    """Validate and write an upload to corpus_dir/uppladdat/; returns the written path."""
    name = safe_filename(filename)
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED:
        raise UploadRejected(f"Filtypen {suffix or '(ingen)'} stöds inte. Tillåtna: PDF, DOCX, MD och TXT.")
    if not data:
        raise UploadRejected("Filen är tom.")
    if len(data) > max_bytes:
        raise UploadRejected(f"Filen är för stor ({len(data) / 1_048_576:.1f} MB; högst {max_bytes / 1_048_576:.0f} MB).")
    actual = sniff_type(data)
    if actual != ALLOWED[suffix]:
        raise UploadRejected(f"Filens innehåll stämmer inte med filändelsen {suffix}.")
    folder = (corpus_dir / UPLOAD_FOLDER).resolve()
    target = (folder / name).resolve()
    if not target.is_relative_to(corpus_dir.resolve()):
        raise UploadRejected("Ogiltig sökväg.")
    if target.exists() and not overwrite:
        raise UploadRejected(f"Det finns redan en fil som heter {name}. Byt namn eller välj att ersätta den.")
    folder.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(tmp, target)  # atomic: an ingest never sees half a file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
