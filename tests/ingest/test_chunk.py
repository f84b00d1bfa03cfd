"""Structure-aware chunking."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunk import chunk_document, split_sentences
from ingest.clean import clean_blocks
from ingest.load import load_document
from ingest.models import Block

SEED_PLAN = Path(__file__).resolve().parents[2] / "corpus" / "verksamhetsplan-2019-2023.md"  # a byte copy of the seed
REPO_PLAN = Path(__file__).resolve().parents[2] / "corpus" / "verksamhetsplan-2019-2023.md"
PLAN = REPO_PLAN if REPO_PLAN.exists() else SEED_PLAN


def n_words(text: str) -> int:
    return len(text.split())


def para(text: str, *path: str, page: int | None = None) -> Block:
    return Block(text, "paragraph", page=page, heading_path=tuple(path))


def head(text: str, level: int, *path: str, page: int | None = None) -> Block:
    return Block(text, "heading", page=page, heading_path=tuple(path), level=level)


def sentence(i: int, length: int = 12) -> str:
    return f"Mening nummer {i} " + " ".join(["ord"] * (length - 4)) + " slut."


@pytest.fixture(scope="module")
def plan_blocks():
    doc = load_document(PLAN)
    return clean_blocks(doc.blocks, doc.page_count)


@pytest.mark.parametrize(("min_words", "max_words"), [(120, 250), (40, 80), (20, 60)])
def test_business_plan_chunks_stay_in_their_top_section_and_size(plan_blocks, min_words, max_words):
    chunks = chunk_document(plan_blocks, "vp", min_words, max_words)
    tops = [b.text for b in plan_blocks if b.kind == "heading" and b.level == 1]
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        assert n_words(c.text) <= max_words
        assert c.doc_id == "vp"
        # No chunk holds the headings of two top-level sections.
        held = [t for t in tops if t in c.text.split("\n\n")]
        assert len(held) <= 1 or held == ["Verksamhetsplan 2019–2023", "Inledning"]
        assert c.section_path[0] in tops
    # Every word of the document is in exactly one chunk.
    assert sum(n_words(c.text) for c in chunks) == sum(
        n_words(b.text) + (1 if b.kind == "list_item" else 0) for b in plan_blocks
    )


def test_business_plan_sections_of_chunks(plan_blocks):
    chunks = chunk_document(plan_blocks, "vp")
    turism = next(c for c in chunks if "turism" in c.text)
    assert turism.section_path[0] == "Om samarbetet MalmöLundregionen"
    assert "samman- kopplad" not in turism.text and "sammankopplad" in turism.text
    assert not turism.text.startswith("Verksamhetsplan")
    principles = next(c for c in chunks if "Samverkansavtalet reglerar" in c.text)
    assert "\n- Samverkansavtalet reglerar samarbetet och dess organisation." in principles.text
    first = chunks[0]
    assert first.text.startswith("Verksamhetsplan 2019–2023\n\nInledning\n\nMalmöLundregionen är tillväxtmotorn")
    assert first.section_path == ("Inledning",)


def test_chunks_grow_to_min_words_and_never_exceed_max():
    blocks = [head("Avsnitt", 1)] + [para(sentence(i, 30), "Avsnitt") for i in range(20)]
    chunks = chunk_document(blocks, "d", min_words=100, max_words=160)
    assert len(chunks) > 1
    for c in chunks[:-1]:
        assert 100 <= n_words(c.text) <= 160
    assert n_words(chunks[-1].text) <= 160


def test_never_crosses_a_top_level_section():
    blocks = [head("Ett", 1), para(sentence(1, 20), "Ett"), head("Två", 1), para(sentence(2, 20), "Två")]
    chunks = chunk_document(blocks, "d", min_words=120, max_words=250)
    assert [c.text for c in chunks] == [f"Ett\n\n{sentence(1, 20)}", f"Två\n\n{sentence(2, 20)}"]
    assert [c.section_path for c in chunks] == [("Ett",), ("Två",)]


def test_top_section_change_without_level_one_heading():
    blocks = [head("A", 2), para(sentence(1), "A"), head("B", 2), para(sentence(2), "B")]
    assert len(chunk_document(blocks, "d", 120, 250)) == 2


def test_long_block_split_on_sentence_boundaries_with_abbreviations():
    tricky = ("Arbetet finansieras bl.a. av EU och sker t.ex. i Malmö, d.v.s. i samverkan med ca. 12 kommuner. "
              "Gruppen nr. 3 leder, t ex genom Öresundskomiteen. ")
    text = (tricky + " ".join(sentence(i, 15) for i in range(30))).strip()
    chunks = chunk_document([para(text, "A")], "d", min_words=40, max_words=80)
    assert len(chunks) > 1
    assert all(n_words(c.text) <= 80 for c in chunks)
    assert chunks[0].text.startswith(tricky.strip())
    for c in chunks:
        assert c.text.endswith(".")
    assert " ".join(c.text for c in chunks) == text


def test_split_sentences_swedish_abbreviations():
    assert split_sentences("Projekt kan få stöd från t.ex. EU. Nästa mening börjar här. Det gäller bl.a. "
                           "Lund, d.v.s. Lunds kommun. Ca. 100 personer kom!") == [
        "Projekt kan få stöd från t.ex. EU.", "Nästa mening börjar här.",
        "Det gäller bl.a. Lund, d.v.s. Lunds kommun.", "Ca. 100 personer kom!",
    ]


def test_a_span_of_abbreviated_months_ends_no_sentence():
    """A table row "… | Aug.–sept. 2101 | Lund | Klart" stays one row."""
    assert split_sentences("Tovning | Okt.–nov. 2101 | Höör | Pågår, 9 klasser") == [
        "Tovning | Okt.–nov. 2101 | Höör | Pågår, 9 klasser"]


def test_a_single_endless_sentence_is_cut_to_max_words():
    text = " ".join(["ord"] * 500)
    chunks = chunk_document([para(text)], "d", min_words=100, max_words=200)
    assert [n_words(c.text) for c in chunks] == [200, 200, 100]


def test_small_remainder_merges_into_previous_chunk():
    blocks = [para(sentence(i, 50), "A") for i in range(3)] + [para("Kort avslutning.", "A")]
    merged = chunk_document(blocks, "d", min_words=100, max_words=250)
    assert [n_words(c.text) for c in merged] == [152]
    assert merged[0].text.endswith("Kort avslutning.")
    # When merging would pass max_words, the remainder stays a chunk of its own.
    kept = chunk_document(blocks, "d", min_words=100, max_words=130)
    assert [n_words(c.text) for c in kept] == [100, 52]


def test_heading_only_subsection_merges_with_following_text():
    blocks = [
        head("Organisation", 1),
        head("Styrelse", 2, "Organisation"),
        head("Sammansättning", 3, "Organisation", "Styrelse"),
        para(sentence(1, 30), "Organisation", "Styrelse", "Sammansättning"),
    ]
    chunks = chunk_document(blocks, "d", min_words=10, max_words=250)
    assert len(chunks) == 1
    assert chunks[0].section_path == ("Organisation", "Styrelse", "Sammansättning")


def test_chunk_never_ends_on_a_heading():
    blocks = [head("A", 1), para(sentence(1, 90), "A"), head("A.1", 2, "A"), para(sentence(2, 90), "A", "A.1")]
    chunks = chunk_document(blocks, "d", min_words=50, max_words=100)
    assert [c.text.split("\n\n")[-1] for c in chunks] == [sentence(1, 90), sentence(2, 90)]
    assert chunks[1].text.startswith("A.1\n\n")
    assert chunks[1].section_path == ("A", "A.1")


def test_section_path_of_chunk_starting_mid_section():
    blocks = [head("A", 1), head("A.1", 2, "A")] + [para(sentence(i, 60), "A", "A.1") for i in range(4)]
    chunks = chunk_document(blocks, "d", min_words=100, max_words=150)
    assert chunks[0].section_path == ("A", "A.1")
    assert all(c.section_path == ("A", "A.1") for c in chunks[1:])
    assert not chunks[1].text.startswith("A")  # nothing injected


def test_pages_lists_and_tables_rendered():
    blocks = [
        head("Aktiviteter", 1, page=2),
        para("Årets aktiviteter listas nedan.", "Aktiviteter", page=2),
        Block("Stärka etableringar", "list_item", page=2, heading_path=("Aktiviteter",)),
        Block("Gemensam marknadsföring", "list_item", page=3, heading_path=("Aktiviteter",)),
        Block("Aktivitet | Ansvarig", "table_row", page=3, heading_path=("Aktiviteter",),
              cells=("Aktivitet", "Ansvarig"), table=0),
        Block("Etablering | Näringslivschefsgruppen", "table_row", page=4, heading_path=("Aktiviteter",),
              cells=("Etablering", "Näringslivschefsgruppen"), table=0),
    ]
    [chunk] = chunk_document(blocks, "d")
    assert chunk.text == (
        "Aktiviteter\n\nÅrets aktiviteter listas nedan.\n\n- Stärka etableringar\n- Gemensam marknadsföring"
        "\n\nAktivitet | Ansvarig\nEtablering | Näringslivschefsgruppen"
    )
    assert (chunk.page_start, chunk.page_end) == (2, 4)
    assert chunk.section == "Aktiviteter" and chunk.top_section == "Aktiviteter"


def test_pdf_chunks_carry_pages(tmp_path):
    from fixtures.builders import make_pdf

    filler = "Arbetet bedrivs i nära samverkan mellan kommunerna i regionen varje år. "
    pdf = make_pdf(tmp_path / "p.pdf", [[("h1", "Del ett"), ("p", filler * 6)], [("p", filler * 6)],
                                        [("h1", "Del två"), ("p", filler * 3)]])
    doc = load_document(pdf)
    chunks = chunk_document(clean_blocks(doc.blocks, doc.page_count), "p", 60, 250)
    assert [(c.section_path[0], c.page_start, c.page_end) for c in chunks] == [("Del ett", 1, 2), ("Del två", 3, 3)]


def test_empty_input():
    assert chunk_document([], "d") == []


def test_document_title_enclosing_everything_does_not_make_one_big_section():
    # Minutes: a title (level 1) over numbered items (level 2); chunks never mix two items.
    title = "Protokoll kommundirektörsgruppen 2026-03-12"
    blocks = [head(title, 1), para("Datum: 2026-03-12. Plats: Lund.", title)]
    for i in range(1, 5):
        item = f"§ {i} Ärende {i}"
        blocks += [head(item, 2, title), para(sentence(i, 25), title, item)]
    chunks = chunk_document(blocks, "p", min_words=120, max_words=250)
    assert [c.section_path for c in chunks] == [(title,)] + [(title, f"§ {i} Ärende {i}") for i in range(1, 5)]
    assert chunks[0].text == f"{title}\n\nDatum: 2026-03-12. Plats: Lund."
    assert all(c.text.count("§") == 1 for c in chunks[1:])


def test_a_chunk_opening_inside_a_table_repeats_its_header_row():
    header = Block("Insats | Kommuner | Ägare", "table_row", page=1, heading_path=("Plan",),
                   cells=("Insats", "Kommuner", "Ägare"), table=0)
    rows = [Block(f"Insats {i} med en lång beskrivning av vad som ska göras under året | Lomma, Lund | "
                  f"Vattenbesparingspanelen{i}", "table_row", page=1 + i // 10, heading_path=("Plan",),
                  cells=(f"Insats {i} med en lång beskrivning av vad som ska göras under året", "Lomma, Lund",
                         f"Vattenbesparingspanelen{i}"), table=0) for i in range(30)]
    chunks = chunk_document([header, *rows], "plan", min_words=40, max_words=80)
    assert len(chunks) > 2
    for chunk in chunks:
        assert chunk.text.splitlines()[0] == "Insats | Kommuner | Ägare"
    assert sum(chunk.text.count("Vattenbesparingspanelen") for chunk in chunks) == 30
    assert chunks[-1].page_start == 3  # the repeated header does not pull the pages back


def _table_row(cells: tuple[str, ...], table: int) -> Block:
    return Block(" | ".join(cells), "table_row", page=1, heading_path=("Plan",), cells=cells, table=table)


def test_each_row_of_a_wide_table_is_a_passage_of_its_own_under_the_header():
    """A plan's table with five activities described in a sentence or two: each row is found on its own, with
    the column names above it."""
    intro = para("Aktivitetsplanen anger för varje evenemang vad det går ut på och vem som gör det.", "Plan")
    header = _table_row(("Evenemang", "Kort beskrivning", "Utförare", "Period"), 0)
    rows = [_table_row((f"Evenemang {i}", f"En festivalhelg på biografen där ungas filmer på högst {i} minuter "
                        "tävlar i tre åldersklasser, och en publikjury med elever från gymnasieskolorna i kommunerna "
                        "delar dessutom ut ett eget pris till den film som publiken tyckte bäst om",
                        f"Programrådet{i}", "Maj 2026"), 0)
            for i in range(5)]
    chunks = chunk_document([intro, header, *rows], "plan")
    with_rows = [c for c in chunks if "Programrådet" in c.text]
    assert [c.text.count("Programrådet") for c in with_rows] == [1] * 5
    assert all("Evenemang | Kort beskrivning | Utförare | Period" in c.text for c in with_rows)
    assert all(c.extra.get("table_rows") for c in with_rows[1:])  # the search keeps them apart
    assert not with_rows[0].extra.get("table_rows")  # it holds the introduction too


def test_a_label_table_of_two_columns_stays_together():
    """ "Ansvarig | …", "Tid | …": a two-column table describes one activity, which is not cut row by row."""
    rows = [_table_row((label, value), 0) for label, value in (
        ("Aktivitet", "Flyktväskor till skolklasser"), ("Kort om aktiviteten", "Ett flyktrum i en resväska"),
        ("Gruppen som håller i det", "Flyktväskeutlåningsgruppen"), ("Medverkande kommuner", "Eslöv, Höör"),
        ("Tidpunkt", "Augusti–december 2026"), ("Avstämt 30 september", "Pågår, 12 väskor i omlopp"))]
    chunks = chunk_document(rows, "plan")
    assert len(chunks) == 1
