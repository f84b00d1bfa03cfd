"""Document type, date and title detection from title, file name and opening text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ingest.models import DOC_TYPES, PLAN_TYPES, LoadedDocument

# Ordered: the first pattern found (earliest position) decides within one source.
_TYPE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("verksamhetsplan", re.compile(r"verksamhets[\s_-]*plan", re.IGNORECASE)),
    ("aktivitetsplan", re.compile(r"aktivitets[\s_-]*plan|handlingsplan|årsplan", re.IGNORECASE)),
    ("minnesanteckningar", re.compile(r"minnes[\s_-]*anteckning|mötes[\s_-]*anteckning|anteckningar\s+från", re.IGNORECASE)),
    ("protokoll", re.compile(r"protokoll|justeringsdag|justerare|sammanträdesdatum", re.IGNORECASE)),
]

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

_DATE_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"), "ymd"),
    (re.compile(rf"(?<!\d)(\d{{1,2}})(?::e|:a)?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE), "dMy"),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})[\s-]+(\d{4})(?!\d)"), "dmy"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)"), "dmy"),
]
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_DATE_LABEL = re.compile(r"(?:datum|sammanträdesdatum|mötesdatum|tid och plats|tid)\s*:?", re.IGNORECASE)


def _type_in(text: str | None) -> str | None:
    if not text:
        return None
    best: tuple[int, str] | None = None
    for doc_type, pattern in _TYPE_PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), doc_type)
    return best[1] if best else None


def detect_doc_type(title: str | None, filename: str, text_sample: str) -> str:
    """One of DOC_TYPES, from the title first, then the file name, then the opening text."""
    name = re.sub(r"[_\-.]+", " ", Path(filename).stem) if filename else ""
    for source in (title, name, (text_sample or "")[:600]):
        found = _type_in(source)
        if found:
            return found
    sample = text_sample or ""
    # Minutes without the word in the opening: numbered items (§ 12) and a decision phrase.
    if len(re.findall(r"§\s*\d+", sample)) >= 2 and re.search(r"beslut", sample, re.IGNORECASE):
        return "protokoll"
    return DOC_TYPES[-1]


def _dates_in(text: str | None) -> list[tuple[int, dt.date]]:
    """All valid dates in text, with their positions."""
    if not text:
        return []
    found: list[tuple[int, dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            try:
                if order == "ymd":
                    d = dt.date(int(a), int(b), int(c))
                elif order == "dMy":
                    d = dt.date(int(c), MONTHS[b.lower()], int(a))
                else:
                    d = dt.date(int(c), int(b), int(a))
            except (ValueError, KeyError):
                continue
            if 1950 <= d.year <= 2100:
                found.append((m.start(), d))
    return sorted(found)


def _first_year(text: str | None) -> int | None:
    if not text:
        return None
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def detect_date(title: str | None, filename: str, text_sample: str) -> tuple[str | None, int | None]:
    """(ISO date, year). Plans: the (first) year of the plan and no date. Minutes and others: the
    meeting or document date where one is found."""
    doc_type = detect_doc_type(title, filename, text_sample)
    name = re.sub(r"[_]+", " ", Path(filename).stem) if filename else ""
    sample = (text_sample or "")[:3000]
    if doc_type in PLAN_TYPES:
        for source in (title, name, sample[:400]):
            year = _first_year(source)
            if year:
                return None, year
        return None, None
    # A date next to a "Datum:" label in the text is the meeting date; otherwise the first one found.
    for source in (title, name):
        dates = _dates_in(source)
        if dates:
            return dates[0][1].isoformat(), dates[0][1].year
    dates = _dates_in(sample)
    if dates:
        for label in _DATE_LABEL.finditer(sample):
            near = [d for pos, d in dates if 0 <= pos - label.end() <= 40]
            if near:
                return near[0].isoformat(), near[0].year
        return dates[0][1].isoformat(), dates[0][1].year
    for source in (title, name, sample[:400]):
        year = _first_year(source)
        if year:
            return None, year
    return None, None


_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)\b|untitled|namnlös|dokument\s*\d*$|document\s*\d*$|"
    r"presentation\s*\d*$|title$|rubrik$|\s*$)|\.(?:docx?|pdf|pptx?|xlsx?|rtf|odt)$",
    re.IGNORECASE,
)


_GENERIC_HEADINGS = frozenset(
    {"inledning", "innehåll", "innehållsförteckning", "sammanfattning", "bakgrund", "förord", "syfte"}
)


def _pretty_filename(filename: str) -> str:
    stem = Path(filename).stem
    text = re.sub(r"[_\s]+", " ", stem)
    text = re.sub(r"(?<=\D)-|-(?=\D)", " ", text)  # dashes between words become spaces
    text = re.sub(r"(?<!\d)((?:19|20)\d\d)-((?:19|20)\d\d)(?!\d)", "\\1–\\2", text)  # year ranges
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1].upper() + text[1:] if text else filename


def document_title(loaded: LoadedDocument, filename: str) -> str:
    """Metadata title, else the first top heading, else a prettified file name."""
    from ingest.clean import clean_text

    title = clean_text(loaded.title) if loaded.title else ""
    if title and not _JUNK_TITLE.search(title) and len(title) >= 3:
        return title
    # A heading that opens the document names it; "Inledning" or a later heading does not.
    for b in loaded.blocks[:5]:
        if b.kind == "heading":
            heading = clean_text(b.text)
            if heading and heading.casefold().rstrip(":") not in _GENERIC_HEADINGS:
                return heading
            break
    return _pretty_filename(filename)
