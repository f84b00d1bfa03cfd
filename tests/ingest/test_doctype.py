"""Document type, date and title detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.doctype import detect_date, detect_doc_type, document_title
from ingest.models import DOC_TYPES, Block, LoadedDocument


@pytest.mark.parametrize(
    ("title", "filename", "text", "expected"),
    [
        ("Verksamhetsplan 2019–2023", "verksamhetsplan-2019-2023.md", "Årliga aktivitetsplaner", "verksamhetsplan"),
        (None, "Aktivitetsplan_2026.pdf", "", "aktivitetsplan"),
        ("EXEMPEL – Aktivitetsplan 2026 (fiktiv)", "exempel.docx", "", "aktivitetsplan"),
        (None, "dokument.pdf", "Handlingsplan för kompetensförsörjning 2025", "aktivitetsplan"),
        ("Protokoll styrelsen 2025-03-12", "x.pdf", "", "protokoll"),
        (None, "ks-2025-03-12.pdf", "Sammanträdesdatum 2025-03-12. Justerare: Anna", "protokoll"),
        (None, "mote.docx", "Minnesanteckningar från kommundirektörsgruppens möte", "minnesanteckningar"),
        (None, "anteckningar.txt", "§ 1 Mötets öppnande. § 2 Beslut om budget. Styrelsen beslutar att", "protokoll"),
        ("Pressmeddelande", "press.html", "MalmöLundregionen växer.", "övrigt"),
        (None, "", "", "övrigt"),
    ],
)
def test_detect_doc_type(title, filename, text, expected):
    assert detect_doc_type(title, filename, text) == expected
    assert expected in DOC_TYPES


def test_title_wins_over_text():
    # The business plan talks about activity plans; its title says what it is.
    text = "Verksamhetsplanen kompletteras med årliga aktivitetsplaner."
    assert detect_doc_type("Verksamhetsplan 2019–2023", "plan.md", text) == "verksamhetsplan"
    assert detect_doc_type(None, "plan.md", "Aktivitetsplan 2026\nText om verksamhetsplanen") == "aktivitetsplan"


@pytest.mark.parametrize(
    ("title", "filename", "text", "expected"),
    [
        ("Verksamhetsplan 2019–2023", "verksamhetsplan-2019-2023.md", "", (None, 2019)),
        ("Aktivitetsplan 2026", "a.pdf", "Beslutad av kommundirektörsgruppen 2025-11-20", (None, 2026)),
        (None, "aktivitetsplan-2025.docx", "", (None, 2025)),
        ("Protokoll styrelsen 12 mars 2025", "p.pdf", "", ("2025-03-12", 2025)),
        (None, "protokoll_2025-03-12.pdf", "Justerat 2025-03-20", ("2025-03-12", 2025)),
        ("Minnesanteckningar", "m.docx", "Justeras senast 2025-04-01. Datum: 12/3 2025", ("2025-03-12", 2025)),
        ("Minnesanteckningar", "m.docx", "Möte den 5:e maj 2024 i Lund", ("2024-05-05", 2024)),
        ("Protokoll", "p.txt", "Tid: 3.10.2023 kl. 13.00", ("2023-10-03", 2023)),
        ("Protokoll", "p.txt", "Inget datum här", (None, None)),
        ("Rapport 2024", "r.pdf", "", (None, 2024)),
    ],
)
def test_detect_date(title, filename, text, expected):
    assert detect_date(title, filename, text) == expected


def test_invalid_dates_ignored():
    assert detect_date("Protokoll", "p.pdf", "Datum: 2025-13-45, egentligen 2025-02-03") == ("2025-02-03", 2025)


def doc(title=None, blocks=()):
    return LoadedDocument(path=Path("x"), blocks=list(blocks), title=title)


def test_document_title():
    assert document_title(doc("Verksamhetsplan *2019–2023*"), "vp.md") == "Verksamhetsplan 2019–2023"
    assert document_title(doc("Microsoft Word - plan.docx", [Block("Aktivitetsplan 2026", "heading", level=1)]),
                          "a.pdf") == "Aktivitetsplan 2026"
    assert document_title(doc(None, [Block("Inledning", "heading", level=1)]),
                          "verksamhetsplan-2019-2023.pdf") == "Verksamhetsplan 2019–2023"
    assert document_title(doc(None, [Block("Bara text.", "paragraph")]),
                          "protokoll_styrelsen_2025-03-12.pdf") == "Protokoll styrelsen 2025-03-12"
