"""Loaders: structure, page numbers, tables, and a clear Swedish error for every bad file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fixtures.builders import encrypt_pdf, make_docx, make_pdf, truncate_file

from ingest.clean import clean_blocks
from ingest.load import SUPPORTED_SUFFIXES, load_document
from ingest.models import LoadError

SEED_PLAN = Path(__file__).resolve().parents[2] / "corpus" / "verksamhetsplan-2019-2023.md"  # a byte copy of the seed
REPO_PLAN = Path(__file__).resolve().parents[2] / "corpus" / "verksamhetsplan-2019-2023.md"
PLAN = REPO_PLAN if REPO_PLAN.exists() else SEED_PLAN

FOOTER = "MalmöLundregionen - Aktivitetsplan 2026"
FILLER = (
    "Arbetet bedrivs i nära samverkan mellan kommunerna och följs upp av kommundirektörsgruppen varje "
    "halvår. Resultaten redovisas för styrelsen."
)
ACTIVITY_ROWS = [
    ["Aktivitet", "Ansvarig", "Tid", "Status"],
    ["Etableringsfrämjande insatser", "Näringslivschefsgrupp\nen", "2026", "Pågår"],
    ["Kompetensmatchning", "Kompetensförsörjnings\ngruppen", "Q1-Q2", "Planerad"],
    ["Klimatanpassning", "Miljö- och\nklimatgruppen", "2026", "Ej påbörjad"],
]


def cleaned(path: Path):
    doc = load_document(path)
    return doc, clean_blocks(doc.blocks, doc.page_count)


@pytest.fixture
def plan_pdf(tmp_path) -> Path:
    return make_pdf(
        tmp_path / "aktivitetsplan-2026.pdf",
        [
            [
                ("h1", "Aktivitetsplan 2026"),
                ("p", "Planen beskriver hur regionen ska bli en hållbar och samman-\nkopplad storstadsregion "
                      "med goda förutsättningar för näringsliv och forskning."),
                ("h2", "1.1 Näringsliv"),
                ("p", FILLER),
                ("li", "Stärka samverkan kring etableringar"),
                ("li", "Gemensam marknadsföring av regionen"),
            ],
            [("h2", "1.2 Kompetensförsörjning"), ("p", "Kompetensförsörjningsgruppen leder arbetet. " + FILLER)],
            [("h1", "Uppföljning"), ("p", "Uppföljningen sker i december. " + FILLER)],
        ],
        footer=FOOTER,
        page_numbers="Sida {n} av {total}",
        title="Aktivitetsplan 2026",
    )


def test_supported_suffixes():
    assert {".pdf", ".docx", ".md", ".markdown", ".txt", ".html", ".htm"} <= SUPPORTED_SUFFIXES


# --- the real business plan (Markdown) -------------------------------------------------------------


def test_business_plan_structure():
    doc, blocks = cleaned(PLAN)
    assert doc.title == "Verksamhetsplan 2019–2023"
    assert doc.page_count is None and all(b.page is None for b in blocks)
    top = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert top == ["Verksamhetsplan 2019–2023", "Inledning", "Om samarbetet MalmöLundregionen",
                   "Prioriterade områden", "Arbetsätt inom MalmöLundregionen"]
    by_start = {b.text.split(".")[0]: b for b in blocks if b.kind == "paragraph"}
    naringsliv = next(b for b in blocks if b.text.startswith("MalmöLundregionen ska arbeta för att stärka"))
    assert naringsliv.heading_path == ("Prioriterade områden", "Näringsliv")
    turism = next(b for b in blocks if "turism" in b.text)
    assert turism.heading_path == ("Om samarbetet MalmöLundregionen", "Övergripande mål")
    styrelse = next(b for b in blocks if b.text.startswith("MalmöLundregionen leds av en styrelse"))
    assert styrelse.heading_path == ("Arbetsätt inom MalmöLundregionen", "Organisation", "Styrelse")
    assert by_start  # paragraphs exist at all


def test_business_plan_hard_breaks_stay_one_paragraph_and_lists_are_items():
    _, blocks = cleaned(PLAN)
    mal = next(b for b in blocks if b.text.startswith("År 2035"))
    assert mal.kind == "paragraph"
    assert mal.text == ("År 2035 är MalmöLundregionen en hållbar och sammankopplad storstadsregion med Sveriges "
                        "bästa livsmiljö och näringslivsklimat.")
    principles = [b for b in blocks if b.heading_path[-1:] == ("Principer för samverkan",)]
    assert [b.kind for b in principles] == ["list_item"] * 5
    assert principles[0].text.startswith("MalmöLundregionens invånare och näringsliv är målgrupperna")


def test_business_plan_bold_lead_lines_become_subsections():
    _, blocks = cleaned(PLAN)
    analyses = next(b for b in blocks if b.text.startswith("Utveckla gemensamma kartläggningar"))
    assert analyses.heading_path == ("Arbetsätt inom MalmöLundregionen", "Gemensamma analyser")


# --- PDF -----------------------------------------------------------------------------------------------


def test_pdf_pages_headings_footer_and_hyphen(plan_pdf):
    doc, blocks = cleaned(plan_pdf)
    assert doc.page_count == 3
    assert doc.title == "Aktivitetsplan 2026"
    text = "\n".join(b.text for b in blocks)
    assert "sammankopplad storstadsregion" in text and "samman-" not in text
    assert FOOTER not in text and "Sida" not in text
    pages = {b.text.split()[0]: b.page for b in blocks if b.kind == "paragraph"}
    assert pages["Planen"] == 1 and pages["Kompetensförsörjningsgruppen"] == 2 and pages["Uppföljningen"] == 3
    heads = [(b.text, b.level, b.page) for b in blocks if b.kind == "heading"]
    assert heads == [("Aktivitetsplan 2026", 1, 1), ("1.1 Näringsliv", 2, 1), ("1.2 Kompetensförsörjning", 2, 2),
                     ("Uppföljning", 1, 3)]
    items = [b for b in blocks if b.kind == "list_item"]
    assert [b.text for b in items] == ["Stärka samverkan kring etableringar", "Gemensam marknadsföring av regionen"]
    assert items[0].heading_path == ("Aktivitetsplan 2026", "1.1 Näringsliv")


def test_pdf_title_justified_over_the_line_is_one_heading(tmp_path):
    """A large title justified across the page leaves its words far apart: they are still one heading,
    and the text under it is under that heading."""
    title = "EXEMPEL - Aktivitetsplan 2026 för fritidsevenemangsverksamheten (fiktiv)"
    body = "Planen beskriver evenemangen för unga under året och vem som ansvarar för dem."
    pdf = make_pdf(tmp_path / "plan.pdf", [[("h1", title), ("p", body), ("p", body), ("p", body)]], page_numbers=None)
    _, blocks = cleaned(pdf)
    assert [b.text for b in blocks if b.kind == "heading"] == [title]
    assert blocks[-1].heading_path == (title,)


def test_pdf_title_wrapped_after_a_comma_is_one_heading(tmp_path):
    """ "… för kulturarv," on the first line and the rest on the second: one title, not a paragraph and a
    heading made of the title's second half."""
    title = ("EXEMPEL - Aktivitetsplan 2026 för kulturarv, hantverksdagar och naturupplevelser i alla "
             "kommunerna (fiktiv)")
    body = "Planen beskriver insatserna under året och vem som ansvarar för dem i kommunerna."
    pdf = make_pdf(tmp_path / "plan.pdf", [[("h1", title), ("p", body), ("p", body), ("p", body)]], page_numbers=None)
    _, blocks = cleaned(pdf)
    assert [b.kind for b in blocks[:2]] == ["heading", "paragraph"]
    assert blocks[0].text.endswith("(fiktiv)") and "kulturarv," in blocks[0].text


def test_pdf_table_rows_with_repaired_compounds(tmp_path):
    pdf = make_pdf(
        tmp_path / "plan.pdf",
        [[("h1", "Aktiviteter"), ("p", "Tabellen visar årets aktiviteter."),
          ("table", ACTIVITY_ROWS, [60, 45, 25, 30]), ("p", "Text efter tabellen.")]],
        page_numbers=None,
    )
    doc, blocks = cleaned(pdf)
    rows = [b for b in blocks if b.kind == "table_row"]
    assert [r.cells for r in rows] == [
        ("Aktivitet", "Ansvarig", "Tid", "Status"),
        ("Etableringsfrämjande insatser", "Näringslivschefsgruppen", "2026", "Pågår"),
        ("Kompetensmatchning", "Kompetensförsörjningsgruppen", "Q1-Q2", "Planerad"),
        ("Klimatanpassning", "Miljö- och klimatgruppen", "2026", "Ej påbörjad"),
    ]
    assert {r.table for r in rows} == {0} and {r.page for r in rows} == {1}
    assert rows[1].heading_path == ("Aktiviteter",)
    # The table's text is not repeated in the paragraphs, and order is kept.
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    assert paragraphs == ["Tabellen visar årets aktiviteter.", "Text efter tabellen."]
    kinds = [b.kind for b in blocks]
    assert kinds.index("table_row") > kinds.index("paragraph")
    assert blocks[-1].text == "Text efter tabellen."


def test_pdf_raw_cells_keep_line_breaks(tmp_path):
    pdf = make_pdf(tmp_path / "t.pdf", [[("table", ACTIVITY_ROWS, [60, 45, 25, 30])]], page_numbers=None)
    rows = [b for b in load_document(pdf).blocks if b.kind == "table_row"]
    assert rows[1].cells[1] == "Näringslivschefsgrupp\nen"


def test_pdf_table_over_a_page_break_is_one_table(tmp_path):
    rows = [["Aktivitet", "Ansvarig"]] + [[f"Insats nummer {i}", "Kommundirektörsgruppen"] for i in range(1, 61)]
    pdf = make_pdf(tmp_path / "lång.pdf", [[("p", "Inledning."), ("table", rows, [80, 60])]], page_numbers="{n}")
    doc, blocks = cleaned(pdf)
    table_rows = [b for b in blocks if b.kind == "table_row"]
    assert doc.page_count >= 2
    assert [b.cells[0] for b in table_rows] == ["Aktivitet"] + [f"Insats nummer {i}" for i in range(1, 61)]
    assert {b.table for b in table_rows} == {0}
    assert table_rows[-1].page == doc.page_count


def test_encrypted_pdf(plan_pdf, tmp_path):
    locked = encrypt_pdf(plan_pdf, tmp_path / "låst.pdf")
    with pytest.raises(LoadError, match="^PDF-filen är lösenordsskyddad$"):
        load_document(locked)


def test_pdf_with_owner_password_only_loads(plan_pdf, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(plan_pdf).pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="ägare", algorithm="AES-128")
    target = tmp_path / "skyddad.pdf"
    writer.write(target)
    _, blocks = cleaned(target)
    assert any("sammankopplad" in b.text for b in blocks)


@pytest.mark.parametrize("fraction", [0.2, 0.6, 0.95])
def test_truncated_pdf(plan_pdf, tmp_path, fraction):
    broken = truncate_file(plan_pdf, tmp_path / "avkortad.pdf", fraction)
    with pytest.raises(LoadError, match="PDF-filen är (ofullständig|skadad)"):
        load_document(broken)


def test_scanned_pdf_without_text(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")  # a page that is only a picture
    pdf.output(str(tmp_path / "skannad.pdf"))
    with pytest.raises(LoadError, match="inskannad"):
        load_document(tmp_path / "skannad.pdf")


def test_file_named_pdf_that_is_not_a_pdf(tmp_path):
    fake = tmp_path / "rapport.pdf"
    fake.write_text("<html><body>404 Not Found</body></html>")
    with pytest.raises(LoadError, match="inte en PDF"):
        load_document(fake)


# --- other bad files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["tom.pdf", "tom.docx", "tom.md", "tom.txt", "tom.html"])
def test_empty_file(tmp_path, name):
    (tmp_path / name).write_bytes(b"")
    with pytest.raises(LoadError, match="^filen är tom$"):
        load_document(tmp_path / name)


@pytest.mark.parametrize(("name", "message"), [
    ("program.exe", "filtypen .exe stöds inte"),
    ("bild.png", "filtypen .png stöds inte"),
    ("README", "filtypen (utan filändelse) stöds inte"),
    ("gammal.doc", "filtypen .doc (äldre Word-format) stöds inte – spara filen som .docx"),
])
def test_unsupported_type(tmp_path, name, message):
    (tmp_path / name).write_bytes(b"MZ\x90\x00\x03\x00\x00\x00binary")
    with pytest.raises(LoadError) as err:
        load_document(tmp_path / name)
    assert str(err.value) == message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(LoadError, match="finns inte"):
        load_document(tmp_path / "saknas.pdf")
    with pytest.raises(LoadError, match="mapp"):
        load_document(tmp_path)


def test_zip_that_is_not_a_word_file(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "kalkyl.xlsx", "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(LoadError, match="^filtypen .xlsx stöds inte$"):
        load_document(tmp_path / "kalkyl.xlsx")


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".md", ".txt", ".html"])
def test_garbage_never_escapes_as_another_exception(tmp_path, suffix):
    rng = random.Random(suffix)
    for i in range(5):
        path = tmp_path / f"skräp{i}{suffix}"
        head = {".pdf": b"%PDF-1.7\n", ".docx": b"PK\x03\x04"}.get(suffix, b"")
        path.write_bytes(head + bytes(rng.randrange(256) for _ in range(3000)) + b"\n%%EOF\n")
        try:
            load_document(path)
        except LoadError as exc:
            assert str(exc) and "\n" not in str(exc)


# --- Word -----------------------------------------------------------------------------------------------


def test_docx_headings_lists_tables_in_order(tmp_path):
    path = make_docx(tmp_path / "plan.docx", [
        ("title", "Aktivitetsplan 2026"),
        ("h1", "Näringsliv"),
        ("p", "Insatser för ett starkare näringsliv."),
        ("bullet", "Etableringsfrämjande insatser"),
        ("number", "Gemensam marknadsföring"),
        ("table", [["Aktivitet", "Ansvarig", "Tid", "Status"],
                   ["Etablering", "Näringslivschefsgruppen", "2026", "Pågår"],
                   ["Klimatanpassning", "Miljö- och\nklimatgruppen", "Q3", "Planerad"]]),
        ("h2", "Besöksnäring"),
        ("p", "Text efter tabellen."),
        ("h1", "Kompetensförsörjning"),
        ("bold", "Ansvar"),
        ("p", "Kompetensförsörjningsgruppen ansvarar."),
    ])
    doc, blocks = cleaned(path)
    assert doc.title == "Aktivitetsplan 2026"
    assert doc.page_count is None
    assert [(b.kind, b.text) for b in blocks[:5]] == [
        ("heading", "Aktivitetsplan 2026"), ("heading", "Näringsliv"),
        ("paragraph", "Insatser för ett starkare näringsliv."),
        ("list_item", "Etableringsfrämjande insatser"), ("list_item", "Gemensam marknadsföring"),
    ]
    rows = [b for b in blocks if b.kind == "table_row"]
    assert [r.cells for r in rows] == [("Aktivitet", "Ansvarig", "Tid", "Status"),
                                       ("Etablering", "Näringslivschefsgruppen", "2026", "Pågår"),
                                       ("Klimatanpassning", "Miljö- och klimatgruppen", "Q3", "Planerad")]
    assert all(r.table == 0 and r.heading_path == ("Näringsliv",) for r in rows)
    after = next(b for b in blocks if b.text == "Text efter tabellen.")
    assert after.heading_path == ("Näringsliv", "Besöksnäring")
    assert blocks.index(after) > blocks.index(rows[-1])
    levels = {b.text: b.level for b in blocks if b.kind == "heading"}
    assert levels["Näringsliv"] == 1 and levels["Besöksnäring"] == 2
    ansvar = next(b for b in blocks if b.text == "Kompetensförsörjningsgruppen ansvarar.")
    assert ansvar.heading_path == ("Kompetensförsörjning", "Ansvar")


def test_docx_title_from_core_properties(tmp_path):
    path = make_docx(tmp_path / "x.docx", [("h1", "Inledning"), ("p", "Text.")], title="Protokoll styrelsen")
    assert load_document(path).title == "Protokoll styrelsen"


def test_truncated_and_encrypted_looking_docx(tmp_path):
    path = make_docx(tmp_path / "hel.docx", [("p", "Text. " * 200)])
    with pytest.raises(LoadError, match="^Word-filen är skadad"):
        load_document(truncate_file(path, tmp_path / "halv.docx", 0.5))
    ole = tmp_path / "låst.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(LoadError, match="^Word-filen är lösenordsskyddad$"):
        load_document(ole)


def test_docx_without_text(tmp_path):
    path = make_docx(tmp_path / "tomt.docx", [])
    with pytest.raises(LoadError, match="ingen text"):
        load_document(path)


# --- Markdown, text, HTML -------------------------------------------------------------------------------------


def test_markdown_tables_setext_and_front_matter(tmp_path):
    md = tmp_path / "plan.md"
    md.write_text(
        "---\ntitle: Aktivitetsplan 2025\n---\n\nNäringsliv\n==========\n\nFörsta stycket\nfortsätter här.\n\n"
        "| Aktivitet | Ansvarig |\n|---|:---:|\n| Etablering | Näringslivschefsgruppen |\n\n"
        "Delområde\n---------\n\n1. Ett\n2. Två\n   med fortsättning\n\n> Citerat stycke.\n",
        encoding="utf-8",
    )
    doc, blocks = cleaned(md)
    assert doc.title == "Aktivitetsplan 2025"
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Näringsliv"),
        ("paragraph", "Första stycket fortsätter här."),
        ("table_row", "Aktivitet | Ansvarig"),
        ("table_row", "Etablering | Näringslivschefsgruppen"),
        ("heading", "Delområde"),
        ("list_item", "Ett"),
        ("list_item", "Två med fortsättning"),
        ("paragraph", "Citerat stycke."),
    ]
    assert blocks[3].cells == ("Etablering", "Näringslivschefsgruppen")
    assert blocks[-1].heading_path == ("Näringsliv", "Delområde")


def test_plain_text_paragraphs_headings_and_windows_encoding(tmp_path):
    txt = tmp_path / "anteckningar.txt"
    txt.write_bytes(
        "Minnesanteckningar styrelsen\n\nDatum: 12 mars 2025\n\n1. Näringsliv\n\nStyrelsen diskuterade "
        "etableringar.\nBeslut fattades i konsensus.\n\n- Punkt ett\n- Punkt två\n".encode("cp1252")
    )
    doc, blocks = cleaned(txt)
    assert doc.title == "Minnesanteckningar styrelsen"
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Minnesanteckningar styrelsen"),
        ("paragraph", "Datum: 12 mars 2025"),
        ("heading", "1. Näringsliv"),
        ("paragraph", "Styrelsen diskuterade etableringar. Beslut fattades i konsensus."),
        ("list_item", "Punkt ett"),
        ("list_item", "Punkt två"),
    ]


def test_binary_file_named_txt(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    with pytest.raises(LoadError, match="inte en textfil"):
        load_document(path)


def test_html_skips_navigation_and_keeps_structure(tmp_path):
    page = tmp_path / "sida.html"
    page.write_text(
        "<html><head><title>Verksamhet | MLR</title><script>var x = 'skript';</script></head><body>"
        "<nav><a href='/'>Hem</a></nav><h1>Verksamhet</h1><p>Ett <b>viktigt</b> stycke.</p>"
        "<h2>Grupper</h2><ul><li>Styrelsen</li><li>Sekretariatet</li></ul>"
        "<table><tr><th>Grupp</th><th>Ansvar</th></tr><tr><td>Styrelsen</td><td>Beslut</td></tr></table>"
        "<footer>Kontakta oss</footer></body></html>",
        encoding="utf-8",
    )
    doc, blocks = cleaned(page)
    assert doc.title == "Verksamhet"
    text = " ".join(b.text for b in blocks)
    assert "Hem" not in text and "skript" not in text and "Kontakta" not in text
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Verksamhet"), ("paragraph", "Ett viktigt stycke."), ("heading", "Grupper"),
        ("list_item", "Styrelsen"), ("list_item", "Sekretariatet"),
        ("table_row", "Grupp | Ansvar"), ("table_row", "Styrelsen | Beslut"),
    ]
    assert blocks[-1].heading_path == ("Verksamhet", "Grupper") and blocks[-1].cells == ("Styrelsen", "Beslut")


def test_pdf_headings_alike_on_every_page_are_not_taken_for_running_headers(tmp_path):
    topics = ["Digitalisering", "Näringsliv", "Infrastruktur", "Kompetens"]
    pages = [[("h2", f"Avsnitt {i + 1}"), ("p", f"Texten handlar om {t.lower()} i regionen."),
              ("li", f"Insats inom {t.lower()}"), ("p", "Arbetet följs upp varje år.")]
             for i, t in enumerate(topics)]
    _, blocks = cleaned(make_pdf(tmp_path / "avsnitt.pdf", pages, footer="Rapport", page_numbers="{n}"))
    assert [b.text for b in blocks if b.kind == "heading"] == [f"Avsnitt {i}" for i in range(1, 5)]
    assert [b.text for b in blocks if b.page == 2] == [
        "Avsnitt 2", "Texten handlar om näringsliv i regionen.", "Insats inom näringsliv",
        "Arbetet följs upp varje år."]
    assert [b.kind for b in blocks if b.page == 2] == ["heading", "paragraph", "list_item", "paragraph"]


def test_docx_table_of_contents_left_out(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Innehåll", style="TOC Heading")
    document.add_paragraph("Inledning\t2", style=document.styles.add_style("TOC 1", 1))
    document.add_heading("Inledning", level=1)
    document.add_paragraph("Planens syfte.")
    document.save(str(tmp_path / "toc.docx"))
    _, blocks = cleaned(tmp_path / "toc.docx")
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Inledning"), ("paragraph", "Planens syfte.")]


def test_html_paragraphs_inside_list_items_and_cells_are_separated(tmp_path):
    page = tmp_path / "s.htm"
    page.write_text("<ul><li><p>Första</p><p>raden</p></li></ul><table><tr><td><p>Styrelsen</p>"
                    "<p>Sekretariatet</p></td><td>Beslut</td></tr><tr><td>A</td><td>B</td></tr></table>",
                    encoding="utf-8")
    _, blocks = cleaned(page)
    assert blocks[0].text == "Första raden"
    assert blocks[1].cells == ("Styrelsen Sekretariatet", "Beslut")


def test_pdf_label_lines_are_not_headings(tmp_path):
    pdf = make_pdf(tmp_path / "etiketter.pdf", [[
        ("h1", "Aktivitet: Etablering"),
        ("b", "Ansvarig:"), ("p", "Näringslivschefsgruppen"),
        ("b", "Status"), ("p", "Pågår enligt plan."),
    ]], page_numbers=None)
    _, blocks = cleaned(pdf)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Aktivitet: Etablering"), ("paragraph", "Ansvarig:"), ("paragraph", "Näringslivschefsgruppen"),
        ("heading", "Status"), ("paragraph", "Pågår enligt plan."),
    ]


def test_pdf_text_drawn_twice_is_read_once(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.text(20, 30, "Verksamhetsplan")
    pdf.text(20.15, 30, "Verksamhetsplan")  # a shadow/fake-bold copy
    pdf.set_font("helvetica", "", 11)
    pdf.text(20, 45, "Vanlig text i dokumentet.")
    pdf.output(str(tmp_path / "dubbel.pdf"))
    _, blocks = cleaned(tmp_path / "dubbel.pdf")
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Verksamhetsplan"),
                                                  ("paragraph", "Vanlig text i dokumentet.")]
