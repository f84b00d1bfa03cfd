"""Items, decisions and assignments from minutes, built directly as Block lists."""

from __future__ import annotations

import pytest

from ingest.models import Block
from ingest.structure.minutes import (
    Decision,
    MinutesItem,
    _assignee,
    decision_from_sentence,
    detect_body,
    detect_date,
    extract_minutes,
)


def heading(text, level=2, page=1):
    return Block(text=text, kind="heading", page=page, level=level)


def para(text, page=1, kind="paragraph"):
    return Block(text=text, kind=kind, page=page)


def test_minutes_split_into_paragraph_items_with_body_date_and_decisions():
    blocks = [
        heading("Protokoll kommundirektörsgruppen", 1),
        para("Datum: 12 mars 2026"),
        para("Närvarande: kommunstyrelsens ordförande i Lund"),
        heading("§ 12 Aktivitetsplan 2026"),
        para("Sekretariatet presenterade förslaget. Kommundirektörsgruppen beslutar att godkänna "
             "aktivitetsplanen för 2026."),
        heading("§ 13 Klimatanpassning", page=2),
        para("Kommundirektörsgruppen ger Miljö- och klimatgruppen i uppdrag att kartlägga "
             "översvämningsrisker längs kusten till den 30 september 2026.", page=2),
        heading("Justering", page=2),
        para("Justeras av ordföranden.", page=2),
    ]
    items = extract_minutes(blocks, "kdg-2026-03-12", None)
    assert [(i.number, i.heading, i.page) for i in items] == [
        ("§ 12", "Aktivitetsplan 2026", 1), ("§ 13", "Klimatanpassning", 2)]
    assert all(i.body == "Kommundirektörsgruppen" and i.date == "2026-03-12" for i in items)
    assert "Justeras" not in items[1].text  # a later unnumbered heading ends the item

    (approve,) = items[0].decisions
    assert approve.kind == "beslut"
    assert approve.text == "Kommundirektörsgruppen beslutar att godkänna aktivitetsplanen för 2026."
    assert approve.task == "godkänna aktivitetsplanen för 2026"
    assert approve.assignee is None
    assert (approve.item, approve.page, approve.doc_id, approve.body) == ("§ 12", 1, "kdg-2026-03-12",
                                                                          "Kommundirektörsgruppen")

    (assignment,) = items[1].decisions
    assert assignment.kind == "uppdrag"
    assert assignment.assignee == "Miljö- och klimatgruppen"
    assert assignment.task == "kartlägga översvämningsrisker längs kusten till den 30 september 2026"
    assert (assignment.item, assignment.page, assignment.date) == ("§ 13", 2, "2026-03-12")


def test_numbered_headings_and_working_group_notes():
    blocks = [
        heading("Minnesanteckningar Miljö- och klimatgruppen 2026-02-03", 1),
        heading("1. Föregående anteckningar"),
        para("Lades till handlingarna."),
        heading("2. Laddinfrastruktur"),
        para("Gruppen ansvarar för en gemensam plan för laddinfrastruktur."),
        para("Anna Berg får i uppdrag att samla in kommunernas underlag."),
        heading("3 Övrigt"),
    ]
    items = extract_minutes(blocks, "mk", None)
    assert [i.number for i in items] == ["1", "2", "3"]
    assert items[1].heading == "Laddinfrastruktur"
    assert items[0].body == "Miljö- och klimatgruppen" and items[0].date == "2026-02-03"
    kinds = [(d.kind, d.assignee, d.task) for d in items[1].decisions]
    assert kinds == [
        ("ansvar", "Miljö- och klimatgruppen", "en gemensam plan för laddinfrastruktur"),
        ("uppdrag", "Anna Berg", "samla in kommunernas underlag"),
    ]


def test_decision_list_after_beslutar():
    blocks = [
        heading("Protokoll styrelsen 2026-04-24", 1),
        heading("§ 5 Yttrande"),
        para("Styrelsen beslutar"),
        para("att uppdra åt sekretariatet att samordna ett gemensamt yttrande,", kind="list_item"),
        para("att yttrandet skickas till Region Skåne.", kind="list_item"),
    ]
    (item,) = extract_minutes(blocks, "st", "2026-04-24")
    assert item.body == "Styrelsen"
    assert [(d.kind, d.assignee, d.task) for d in item.decisions] == [
        ("uppdrag", "Sekretariatet", "samordna ett gemensamt yttrande"),
        ("beslut", None, "yttrandet skickas till Region Skåne"),
    ]
    assert item.decisions[0].text == (
        "Styrelsen beslutar att uppdra åt sekretariatet att samordna ett gemensamt yttrande.")


def test_action_table_in_minutes_gives_responsibilities():
    blocks = [
        heading("Protokoll KDG 2026-05-07", 1),
        heading("§ 3 Uppföljning"),
        Block(text="", kind="table_row", page=1, cells=("Åtgärd", "Ansvarig", "Klart"), table=0),
        Block(text="", kind="table_row", page=1, cells=("Lägesrapport", "Sekretariatet", "Juni"), table=0),
    ]
    (item,) = extract_minutes(blocks, "kdg", None)
    assert item.body == "Kommundirektörsgruppen"
    assert [(d.kind, d.assignee, d.task) for d in item.decisions] == [("ansvar", "Sekretariatet", "Lägesrapport")]


@pytest.mark.parametrize(
    ("sentence", "kind", "assignee", "task"),
    [
        ("Styrelsen beslutade att anta verksamhetsplanen.", "beslut", None, "anta verksamhetsplanen"),
        ("KDG ger Näringslivschefsgrupp i uppdrag att ta fram en turismstrategi.", "uppdrag",
         "Näringslivschefsgruppen", "ta fram en turismstrategi"),
        ("Beslutades att Kompetensförsörjningsgruppen får i uppdrag att utvärdera kampanjen.", "uppdrag",
         "Kompetensförsörjningsgruppen", "utvärdera kampanjen"),
        ("Kommundirektörsgruppen uppdrar åt verksamhetsledaren att boka lokal.", "uppdrag", "Sekretariatet",
         "boka lokal"),
        ("Sekretariatet och Planchefsgruppen ansvarar för uppföljningen.", "ansvar",
         "Sekretariatet och Planchefsgruppen", "uppföljningen"),
        # a group noun and what it is for, in lowercase words, is one name
        ("Forumet för lugna morgnar på landsbygden ansvarar för att informera lantbrukarna.", "ansvar",
         "Forumet för lugna morgnar på landsbygden", "att informera lantbrukarna"),
        ("Nätverket för återbrukad gatsten får i uppdrag att räkna stenarna.", "uppdrag",
         "Nätverket för återbrukad gatsten", "räkna stenarna"),
    ],
)
def test_decision_sentences(sentence, kind, assignee, task):
    d = decision_from_sentence(sentence)
    assert (d.kind, d.assignee, d.task) == (kind, assignee, task)


@pytest.mark.parametrize(
    ("sentence", "assignee", "task"),
    [
        # passive: the assignee is the subject before "ges"/"får", never the "i" of "ges i uppdrag"
        ("Sekretariatet ges i uppdrag att utreda frågan.", "Sekretariatet", "utreda frågan"),
        ("Miljöstrategnätverket ges i uppdrag att ta fram en handlingsplan.", "Miljöstrategnätverket",
         "ta fram en handlingsplan"),
        ("Miljöstrategnätverket får i uppdrag att ta fram en handlingsplan.", "Miljöstrategnätverket",
         "ta fram en handlingsplan"),
        ("Styrelsen beslutar att sekretariatet ges i uppdrag att boka lokal.", "Sekretariatet", "boka lokal"),
        ("Anna Berg gavs uppdraget att sammanställa svaren.", "Anna Berg", "sammanställa svaren"),
        ("Uppdraget ges till sekretariatet att sammanställa svaren.", "Sekretariatet", "sammanställa svaren"),
        # active forms still name the object of "ger"/"uppdrar åt"
        ("Styrelsen ger kommundirektörsgruppen i uppdrag att ta fram en plan.", "Kommundirektörsgruppen",
         "ta fram en plan"),
        ("Styrelsen ger i uppdrag åt sekretariatet att ta fram en plan.", "Sekretariatet", "ta fram en plan"),
        ("Styrelsen uppdrar åt sekretariatet att ta fram en plan.", "Sekretariatet", "ta fram en plan"),
    ],
)
def test_passive_and_active_assignments(sentence, assignee, task):
    d = decision_from_sentence(sentence)
    assert (d.kind, d.assignee, d.task) == ("uppdrag", assignee, task)


@pytest.mark.parametrize("word", ["i", "I", "på", "till", "åt", "att", "uppdrag"])
def test_small_word_is_never_an_assignee(word):
    assert _assignee(word, "Styrelsen") is None


@pytest.mark.parametrize(
    "sentence",
    ["Mötet diskuterade vem som ansvarar för frågan.", "Ordföranden öppnade mötet.",
     "Det finns ett beslut från 2024 om detta."],
)
def test_sentences_without_decisions(sentence):
    assert decision_from_sentence(sentence) is None


def test_body_and_date_detection():
    assert detect_body(["EXEMPEL: fiktivt dokument", "Protokoll fört vid styrelsemöte"]) == "Styrelsen"
    assert detect_body(["Närvarande: kommunstyrelsens ordförande"]) is None
    assert detect_body(["Minnesanteckningar från Näringslivschefsgruppens möte"]) == "Näringslivschefsgruppen"
    assert detect_date(["Möte den 3 februari 2026 kl. 9"]) == "2026-02-03"
    assert detect_date(["inget datum"]) is None


def test_metadata_round_trip():
    d = Decision(kind="uppdrag", text="X får i uppdrag att Y.", assignee="X", task="Y", page=2, item="§ 4",
                 doc_id="m", date="2026-03-12", body="Kommundirektörsgruppen")
    meta = d.to_metadata()
    assert all(isinstance(v, (str, int, float, bool)) for v in meta.values())
    # The store marks every catalogue row with its own "kind"; the decision kind must survive that.
    assert Decision.from_metadata(meta | {"kind": "record"}) == d
    item = MinutesItem(number="§ 4", heading="Klimat", text="…", page=2, body="Kommundirektörsgruppen",
                       date="2026-03-12", doc_id="m", decisions=[d])
    meta = item.to_metadata()
    assert all(isinstance(v, (str, int, float, bool)) for v in meta.values())
    assert MinutesItem.from_metadata(meta) == item


def test_pdf_minutes_with_wrapped_lines_and_items_run_together(tmp_path):
    from ingest.clean import clean_blocks
    from ingest.load import load_document
    from tests.fixtures.builders import make_pdf

    path = make_pdf(tmp_path / "protokoll.pdf", [
        [("h1", "Protokoll styrelsen 2026-04-24"), ("p", "Närvarande: styrelsens ledamöter."),
         ("h3", "§ 1 Verksamhetsplan"),
         ("p", "Styrelsen beslutar att anta verksamhetsplanen. Kommundirektörsgruppen får i uppdrag att ta fram "
               "förslag till aktivitetsplaner för de prioriterade områdena inom MalmöLundregionen."),
         ("p", "§ 2 Övriga frågor"), ("p", "Inga övriga frågor.")],
        [("p", "§ 3 Nästa möte Nästa möte hålls i juni. Styrelsen beslutar att mötet blir digitalt.")],
    ])
    loaded = load_document(path)
    for blocks in (loaded.blocks, clean_blocks(loaded.blocks, loaded.page_count)):
        items = extract_minutes(blocks, "st", None)
        assert [i.number for i in items] == ["§ 1", "§ 2", "§ 3"]
        assert items[0].body == "Styrelsen" and items[0].date == "2026-04-24"
        assert [(d.kind, d.assignee, d.task) for d in items[0].decisions] == [
            ("beslut", None, "anta verksamhetsplanen"),
            ("uppdrag", "Kommundirektörsgruppen",
             "ta fram förslag till aktivitetsplaner för de prioriterade områdena inom MalmöLundregionen"),
        ]
        assert items[2].page == 2
        assert [(d.kind, d.task, d.item) for d in items[2].decisions] == [("beslut", "mötet blir digitalt", "§ 3")]
