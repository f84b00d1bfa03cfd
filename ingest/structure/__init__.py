"""Structured knowledge from documents: activities, minutes items and decisions, the bodies."""

from __future__ import annotations

# Raised whenever the rules that read records from a document, or cut it into chunks, change, so that the
# next ingest reads every document again instead of keeping what the old rules made.
EXTRACTION_VERSION = 25


def flat_metadata(record, required: dict, optional: tuple[str, ...]) -> dict:
    """Chroma metadata of a record: the required values, plus the optional fields that are set."""
    meta = dict(required)
    for key in optional:
        value = getattr(record, key)
        if value is not None:
            meta[key] = value
    return meta


def optional_text(value) -> str | None:
    """A stored text, where the store's "" means absent."""
    return str(value) if value not in (None, "") else None


def optional_int(value) -> int | None:
    """A stored number, where the store's "" or 0 means absent."""
    return int(value) if value not in (None, "", 0) else None
