"""Early checks on a /ladda-upp attachment, with the service's own rules (bot.upload).

The service checks everything again when it stores the file; checking here first means a bad
file is refused before it is downloaded (name, type, size) or before it waits for a running
reindex (content), and the user hears why at once.
"""

from __future__ import annotations

from pathlib import Path

from bot.upload import ALLOWED, UploadRejected, safe_filename, sniff_type

__all__ = ["UploadRejected", "check_before_download", "check_content"]

KINDS = {"pdf": "en PDF", "docx": "ett Word-dokument", "text": "en textfil"}


def check_before_download(filename: str, size: int, max_mb: float) -> str:
    """The sanitised name, or UploadRejected for a path-like name, a wrong type or a too large file."""
    name = safe_filename(filename)
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED:
        raise UploadRejected(f"Filtypen {suffix or '(ingen)'} stöds inte. Ladda upp PDF, DOCX, MD eller TXT.")
    if size <= 0:
        raise UploadRejected("Filen är tom.")
    if size > max_mb * 1024 * 1024:
        raise UploadRejected(f"Filen är för stor ({size / 1_048_576:.1f} MB; högst {max_mb:g} MB).")
    return name


def check_content(name: str, data: bytes) -> None:
    """UploadRejected unless the bytes really are what the name says (%PDF, a Word zip, UTF-8 text)."""
    suffix = Path(name).suffix.lower()
    actual = sniff_type(data)
    if actual != ALLOWED.get(suffix):
        what = KINDS.get(actual or "", "ingen av de tillåtna filtyperna")
        raise UploadRejected(
            f"Filens innehåll stämmer inte med filändelsen {suffix}: det är {what}. "
            "Bara riktiga PDF-, DOCX-, MD- och TXT-filer (UTF-8) tas emot."
        )
