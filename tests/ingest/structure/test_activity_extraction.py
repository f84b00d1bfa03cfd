"""Activity records from table- and list-style activity plans, built directly as Block lists."""

from __future__ import annotations

import pytest

from ingest.models import Block
from ingest.structure.activities import (
    ActivityRecord,
    canonical_area,
    extract_activities,
    field_for_label,
    normalise_municipalities,
)
from ingest.structure.bodies import MUNICIPALITIES

TITLE = "Aktivitetsplan 2026"


def heading(text, level=1, path=(), page=1):
    return Block(text=text, kind="heading", page=page, heading_path=path, level=level)


def para(text, path=(), page=1, kind="paragraph"):
    return Block(text=text, kind=kind, page=page, heading_path=path)


def item(text, path=(), page=1):
    return para(text, path, page, kind="list_item")


def row(cells, table, path=(), page=1):
    return Block(text=" | ".join(cells), kind="table_row", page=page, heading_path=path, cells=tuple(cells), table=table)


HEADER = ("Aktivitet", "Ansvarig", "Tid", "Status", "Deltagande\nkommuner")


def listed_under_heading(plan, section, *lines):
    """A Word plan's blocks: its title, one section heading and the section's list lines."""
    path = (plan, section)
    return [heading(plan), heading(section, level=2, path=(plan,)), *(item(line, path) for line in lines)]


def test_table_plan_with_broken_compounds_gives_the_right_group():
    path = (TITLE, "Näringsliv")
    blocks = [
        heading(TITLE),
        heading("Näringsliv", 2, (TITLE,)),
        row(HEADER, 0, path),
        row(("Gemensam\nturismstrategi", "Näringslivschefsgrupp\nen", "Mars–okt\n2026", "Pågår", "Alla"), 0, path),
        row(("Etableringsfrämjande", "Kompetensförsörjning\nsgruppen", "Hela 2026", "Planerad",
             "Lund, Malmö,\nEslöv"), 0, path, page=2),
        row(("Yttrande om transportplanen", "Miljö- och\nklimatgruppen", "Maj 2026", "Ej påbörjad", "Samtliga kommuner"),
            0, path, page=2),
    ]
    records = extract_activities(blocks, "plan-2026", None)
    assert [r.title for r in records] == ["Gemensam turismstrategi", "Etableringsfrämjande", "Yttrande om transportplanen"]
    assert [r.responsible for r in records] == [
        "Näringslivschefsgruppen", "Kompetensförsörjningsgruppen", "Miljö- och klimatgruppen"]
    first = records[0]
    assert (first.area, first.period, first.status, first.year, first.doc_id, first.page) == (
        "Näringsliv", "Mars–okt 2026", "Pågår", 2026, "plan-2026", 1)
    assert first.municipalities == list(MUNICIPALITIES)
    assert records[1].municipalities == ["Lund", "Malmö", "Eslöv"]  # as the cell lists them
    assert records[1].page == 2


def test_table_with_area_column_and_other_labels():
    blocks = [
        heading("Aktivitetsplan för år 2024"),
        row(("Prioriterat område", "Insats", "Ansvarig grupp", "Tidsplan", "Deltagare"), 3),
        row(("Miljö- och klimatfrågor", "Klimatanpassning av kusten", "KDG", "2024", "Lomma, Vellinge"), 3),
        row(("Framtida kompetens-\nförsörjning", "Lärarkampanj", "hr-chefsgrupp", "Vår 2024", "alla kommuner"), 3),
    ]
    records = extract_activities(blocks, "p24", None)
    assert [(r.title, r.area, r.responsible) for r in records] == [
        ("Klimatanpassning av kusten", "Miljö och klimat", "Kommundirektörsgruppen"),
        ("Lärarkampanj", "Framtida kompetensförsörjning", "HR-chefsgruppen"),
    ]
    assert records[0].year == 2024
    assert records[0].municipalities == ["Lomma", "Vellinge"]
    assert records[1].municipalities == list(MUNICIPALITIES)


def test_table_continued_on_next_page_without_header_and_repeated_header():
    path = (TITLE, "Digitalisering")
    blocks = [
        heading("Digitalisering", 1, (TITLE,)),
        row(HEADER, 0, path),
        row(("E-arkiv", "Digitaliseringsgruppen", "2026", "Pågår", "Alla"), 0, path),
        row(("AI i kundtjänst", "Digitaliseringsgruppen", "2026", "Planerad", "Lund"), 1, path, page=2),
        row(HEADER, 2, path, page=3),
        row(("Öppna data", "Sekretariatet", "Hösten", "Planerad", "Malmö"), 2, path, page=3),
        row(HEADER, 2, path, page=3),
    ]
    records = extract_activities(blocks, "d", 2026)
    assert [(r.title, r.page) for r in records] == [("E-arkiv", 1), ("AI i kundtjänst", 2), ("Öppna data", 3)]
    assert all(r.area == "Digitalisering" for r in records)


def test_tables_that_are_not_activity_tables_are_ignored():
    blocks = [
        row(("Kommun", "Invånare"), 0),
        row(("Malmö", "360 000"), 0),
        row(("Lund", "130 000"), 0),
    ]
    assert extract_activities(blocks, "x", 2026) == []


def test_list_plan_heading_per_activity_and_labelled_lists():
    t = "Aktivitetsplan 2025"
    blocks = [
        heading(t),
        para("Planen beskriver årets insatser.", (t,)),
        heading("Digitalisering", 2, (t,)),
        heading("Gemensam e-tjänst för bygglov", 3, (t, "Digitalisering")),
        para("En förstudie visar hur kommunerna kan dela e-tjänsten.", (t, "Digitalisering", "Gemensam e-tjänst för bygglov")),
        item("Ansvarig: Digitaliseringsgrupp", (t, "Digitalisering", "Gemensam e-tjänst för bygglov")),
        item("Tid: Hela 2025", (t, "Digitalisering", "Gemensam e-tjänst för bygglov")),
        item("Status: Genomförd", (t, "Digitalisering", "Gemensam e-tjänst för bygglov")),
        item("Deltagande kommuner: Alla", (t, "Digitalisering", "Gemensam e-tjänst för bygglov")),
        heading("Näringsliv", 2, (t,)),
        item("Aktivitet: Förstudie om turismstrategi", (t, "Näringsliv")),
        item("Ansvarig: NÄRINGSLIVSCHEFSGRUPPEN", (t, "Näringsliv")),
        item("Deltagande kommuner: Lund, Malmö och Kävlinge", (t, "Näringsliv")),
        item("Aktivitet: Mässdeltagande", (t, "Näringsliv")),
        heading("Miljö- och klimatfrågor", 2, (t,)),
        item("Laddinfrastruktur – Ansvarig: Miljö- och klimatgruppen. Tid: Hösten 2025. Status: Pågår",
             (t, "Miljö- och klimatfrågor")),
        para("Mål: en gemensam plan", (t, "Miljö- och klimatfrågor")),
        item("Kustskydd\nAnsvarig: Sekretariatet\nTid: 2025", (t, "Miljö- och klimatfrågor")),
    ]
    records = extract_activities(blocks, "p25", None)
    got = [(r.title, r.area, r.responsible) for r in records]
    assert got == [
        ("Gemensam e-tjänst för bygglov", "Digitalisering", "Digitaliseringsgruppen"),
        ("Förstudie om turismstrategi", "Näringsliv", "Näringslivschefsgruppen"),
        ("Mässdeltagande", "Näringsliv", None),
        ("Laddinfrastruktur", "Miljö och klimat", "Miljö- och klimatgruppen"),
        ("Kustskydd", "Miljö och klimat", "Sekretariatet"),
    ]
    assert records[0].period == "Hela 2025" and records[0].status == "Genomförd"
    assert records[0].municipalities == list(MUNICIPALITIES)
    assert records[1].municipalities == ["Lund", "Malmö", "Kävlinge"]
    assert records[3].period == "Hösten 2025" and records[3].status == "Pågår"
    assert all(r.year == 2025 for r in records)


def test_description_paragraphs_are_not_taken_for_activities():
    t = "Aktivitetsplan 2025"
    blocks = [
        heading("Näringsliv", 1, (t,)),
        para("Regionen ska bli mer attraktiv för företag.", (t, "Näringsliv")),
        para("Ansvarig: Näringslivschefsgruppen", (t, "Näringsliv")),  # no activity named before it
    ]
    assert extract_activities(blocks, "x", 2025) == []


def test_municipalities_are_normalised():
    assert normalise_municipalities("Samtliga kommuner") == list(MUNICIPALITIES)
    assert normalise_municipalities("alla") == list(MUNICIPALITIES)
    assert normalise_municipalities("Alla utom Höör och Eslöv") == [
        m for m in MUNICIPALITIES if m not in ("Höör", "Eslöv")]
    assert normalise_municipalities("Lunds kommun, Malmö stad och Staffanstorps kommun") == [
        "Lund", "Malmö", "Staffanstorp"]
    # "MalmöLundregionen" is not Malmö or Lund and places outside Skåne are dropped, but a neighbour in Skåne
    # that takes part is named, in the cell's order
    assert normalise_municipalities("MalmöLundregionen, Ystad") == ["Ystad"]
    assert normalise_municipalities("Kristianstad, Lund, Östra Göinge") == ["Kristianstad", "Lund", "Östra Göinge"]
    assert normalise_municipalities("Göteborg") == []
    assert normalise_municipalities("") == []


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Miljö- och klimatfrågor", "Miljö och klimat"),
        ("2. Näringsliv", "Näringsliv"),
        ("Prioriterat område: Digitalisering", "Digitalisering"),
        ("Infrastruktur och fysisk planering", "Fysisk planering och infrastruktur"),
        ("Kompetensförsörjning", "Framtida kompetensförsörjning"),
    ],
)
def test_area_headings(text, area):
    assert canonical_area(text, strict=True) == area


def test_strict_area_rejects_other_headings_and_loose_finds_keywords():
    assert canonical_area("Inledning", strict=True) is None
    assert canonical_area("Aktivitetsplan 2026", strict=True) is None
    assert canonical_area("klimat") == "Miljö och klimat"
    assert canonical_area("Kultur") == "Kultur"


def test_metadata_round_trip_is_flat():
    record = ActivityRecord(title="Gemensam turismstrategi", area="Näringsliv", responsible="Näringslivschefsgruppen",
                            period="2026", status=None, municipalities=["Lund", "Malmö"], year=2026,
                            doc_id="plan", page=3)
    meta = record.to_metadata()
    assert all(isinstance(v, (str, int, float, bool)) for v in meta.values())
    assert meta["municipalities"] == "Lund, Malmö"
    assert ActivityRecord.from_metadata(meta) == record
    # The store writes absent values as "" and 0.
    stored = meta | {"status": "", "page": 0}
    assert ActivityRecord.from_metadata(stored).status is None
    assert ActivityRecord.from_metadata(stored).page is None


def test_label_value_tables_one_activity_each():
    path = (TITLE, "Digitalisering")
    blocks = [
        row(("Aktivitet", "Öppna data"), 0, path),
        row(("Ansvarig", "Digitaliseringsgrupp"), 0, path),
        row(("Status", "Pågår"), 0, path),
        row(("Aktivitet", "E-arkiv"), 0, path),
        row(("Ansvar", "Upphandlingsnätverket"), 0, path),
    ]
    records = extract_activities(blocks, "d", 2026)
    assert [(r.title, r.responsible, r.status, r.area) for r in records] == [
        ("Öppna data", "Digitaliseringsgruppen", "Pågår", "Digitalisering"),
        ("E-arkiv", "Upphandlingsnätverket", None, "Digitalisering"),
    ]


def test_area_without_headings_and_areas_of_the_plans_own():
    # A loader that found no headings: the area names stand as plain lines before the tables.
    blocks = [
        para("Aktivitetsplan 2026"),
        para("Näringsliv"),
        row(HEADER, 0),
        row(("Turismstrategi", "Näringslivschefsgruppen", "2026", "Pågår", "Alla"), 0),
        # A plan with an area of its own, not one of the business plan's five.
        heading("Kultur och evenemang", 1, (TITLE,)),
        row(HEADER, 1, (TITLE, "Kultur och evenemang")),
        row(("Evenemangskalender", "Kulturchefsgruppen", "2026", "Planerad", "Lund"), 1, (TITLE, "Kultur och evenemang")),
    ]
    records = extract_activities(blocks, "d", None)
    assert [(r.title, r.area, r.year) for r in records] == [
        ("Turismstrategi", "Näringsliv", 2026), ("Evenemangskalender", "Kultur och evenemang", 2026)]


def test_list_plan_with_lage_as_the_status_label():
    t = "Aktivitetsplan 2055"
    blocks = [
        heading(t),
        heading("Hälsa och rörelse", 2, (t,)),
        item("Insats: Träningspass på utegymmen", (t, "Hälsa och rörelse")),
        item("Tid: Maj–sep 2055", (t, "Hälsa och rörelse")),
        item("Ägare: Seniorträningsringen", (t, "Hälsa och rörelse")),
        item("Läge: Pågår", (t, "Hälsa och rörelse")),
    ]
    [record] = extract_activities(blocks, "p55", None)
    assert (record.responsible, record.period, record.status) == ("Seniorträningsringen", "Maj–sep 2055", "Pågår")


def test_huvudansvar_column_last_names_the_group():
    blocks = [
        heading("Aktivitetsplan 2061"),
        row(("Tidsperiod", "Åtgärd", "Läge", "Kommuner", "Fokusområde", "Huvudansvar"), 2),
        row(("Apr–okt 2061", "Schackbord i parkerna", "Provuppställning", "Lund, Trelleborg", "Parkliv",
             "Schackbords-\nplaceringsforumet"), 2),
    ]
    [record] = extract_activities(blocks, "p61", None)
    assert (record.title, record.responsible, record.status) == (
        "Schackbord i parkerna", "Schackbordsplaceringsforumet", "Provuppställning")


def test_header_rows_are_told_from_data_rows():
    from ingest.structure.activities import is_header_row
    assert is_header_row(["Aktivitet ", " Ansvarig", "Tid", "Status", "Deltagande kommuner"])
    assert not is_header_row(["Samordnad upphandling av e-arkiv", "Upphandlingsnätverket", "Hösten 2026"])
    assert not is_header_row(["Status"])


def test_kommuner_alone_labels_the_participating_municipalities():
    t = "Aktivitetsplan 2071"
    blocks = [
        heading(t),
        heading("Kultur", 2, (t,)),
        item("Insats: Två nya bokbussar", (t, "Kultur")),
        item("Huvudansvarig: Bokbusskommittén", (t, "Kultur")),
        item("Kommuner: Eslöv, Höör, Skurup", (t, "Kultur")),
    ]
    [record] = extract_activities(blocks, "p71", None)
    assert record.municipalities == ["Eslöv", "Höör", "Skurup"]


def test_ansvarig_with_any_noun_klart_senast_and_lagesbeskrivning_are_read():
    t = "Aktivitetsplan 2085"
    blocks = [
        heading(t),
        heading("Hållbart resande", 2, (t,)),
        item("Åtgärd: En mobil cykelverkstad som besöker grundskolorna", (t, "Hållbart resande")),
        item("Ansvarig enhet: Skolcykelverkstadsturnékaravanen", (t, "Hållbart resande")),
        item("Medverkande kommuner: Höör, Eslöv, Kävlinge", (t, "Hållbart resande")),
        item("Klart senast: Juni 2085", (t, "Hållbart resande")),
        item("Lägesbeskrivning: Försenad", (t, "Hållbart resande")),
    ]
    [record] = extract_activities(blocks, "p85", None)
    assert (record.responsible, record.period, record.status, record.municipalities) == (
        "Skolcykelverkstadsturnékaravanen", "Juni 2085", "Försenad", ["Höör", "Eslöv", "Kävlinge"])


def test_utforare_nar_tidsram_uppfoljning_and_malomrade_are_labels():
    from ingest.structure.activities import header_map, parse_fields
    _, fields = parse_fields("Aktivitet: Lyktvandringar. Utförare: Lyktvandringsvägvisarna. När: Dec 2089. "
                             "Berörda kommuner: Trelleborg, Kävlinge")
    assert (fields["responsible"], fields["period"]) == ("Lyktvandringsvägvisarna", "Dec 2089")
    assert header_map(["Målområde", "Aktivitet", "Ansvarig aktör", "Tidsram", "Uppföljning"]) == {
        "area": 0, "title": 1, "responsible": 2, "period": 3, "status": 4}


def test_a_column_of_group_names_under_an_unknown_label_is_the_responsible_one():
    blocks = [
        heading("Aktivitetsplan 2093"),
        row(("Område", "Kommuner", "Aktivitet", "Period", "Drivs av"), 2),
        row(("Kulturarv", "Skurup, Lund", "Restaurering av gamla väderkvarnar", "Maj 2093", "Väderkvarnsgillet"), 2),
    ]
    [record] = extract_activities(blocks, "p93", None)
    assert (record.title, record.responsible, record.municipalities) == (
        "Restaurering av gamla väderkvarnar", "Väderkvarnsgillet", ["Skurup", "Lund"])


def test_huvudman_genomfors_av_and_kommuner_som_ingar_are_labels():
    from ingest.structure.activities import parse_fields
    _, fields = parse_fields("Uppgift: Nya vingar till kvarnarna. Kommuner som ingår: Skurup, Trelleborg. "
                             "Aktuellt läge: Virket beställt. Genomförs av: Kvarnvingeateljén")
    assert (fields["title"], fields["municipalities"], fields["status"], fields["responsible"]) == (
        "Nya vingar till kvarnarna", "Skurup, Trelleborg", "Virket beställt", "Kvarnvingeateljén")


def test_labels_on_no_list_are_read_by_their_parts():
    from ingest.structure.activities import header_map, parse_fields
    assert header_map(["Tidshorisont", "Uppdragstagare", "Tema", "Beskrivning", "Nuläge", "Involverade kommuner"]) == {
        "period": 0, "responsible": 1, "area": 2, "title": 3, "status": 4, "municipalities": 5}
    _, fields = parse_fields("Innehåll: Kylbil som hämtar färsk mat. Genomförandetid: Jan–dec 2097. "
                             "Samordnas av: Matbankslogistikerna. Lägesrapport: I gång. "
                             "Geografisk omfattning: Lund, Eslöv")
    assert fields == {"title": "Kylbil som hämtar färsk mat", "period": "Jan–dec 2097",
                      "responsible": "Matbankslogistikerna", "status": "I gång", "municipalities": "Lund, Eslöv"}


def test_list_records_whose_title_label_comes_after_other_labels_under_an_area_heading():
    """"Kommuner som berörs:" opens each record and "Uppdrag:" titles it; two records share the heading."""
    t = "Aktivitetsplan 2101"
    area = (t, "Omsorg")
    blocks = [
        heading(t),
        heading("Omsorg", 2, (t,)),
        item("Kommuner som berörs: Samtliga kommuner", area),
        item("Uppdrag: Anhörigcaféer en gång i månaden", area),
        item("Drivs av: Anhörigcaféverksamhetsakademien", area),
        item("Senaste uppföljning: Tolv caféer i gång", area),
        item("Planerad period: Hela 2101", area),
        item("Kommuner som berörs: Lund, Eslöv, Höör", area),
        item("Uppdrag: Kurs för anhöriga till personer med demenssjukdom", area),
        item("Drivs av: Anhörigkursutbildningsdocenterna", area),
        item("Senaste uppföljning: Inställd, för få anmälda", area),
        item("Planerad period: Hösten 2101", area),
    ]
    records = extract_activities(blocks, "p2101", None)
    assert [(r.title, r.area, r.responsible, r.status, r.period) for r in records] == [
        ("Anhörigcaféer en gång i månaden", "Omsorg", "Anhörigcaféverksamhetsakademien", "Tolv caféer i gång",
         "Hela 2101"),
        ("Kurs för anhöriga till personer med demenssjukdom", "Omsorg", "Anhörigkursutbildningsdocenterna",
         "Inställd, för få anmälda", "Hösten 2101"),
    ]
    assert records[0].municipalities == list(MUNICIPALITIES)
    assert records[1].municipalities == ["Lund", "Eslöv", "Höör"]


def test_any_short_label_that_names_a_field_is_read_in_running_text():
    from ingest.structure.activities import parse_fields
    _, fields = parse_fields("Kommuner som berörs: Lomma, Kävlinge\nSenaste uppföljning: Alla prover godkända\n"
                             "Planerad period: Juni–augusti 2101\nSyfte: Friskt vatten")
    # "Syfte:" names no field; it ends the period before it
    assert fields == {"municipalities": "Lomma, Kävlinge", "status": "Alla prover godkända",
                      "period": "Juni–augusti 2101"}


def test_an_area_keyword_must_open_a_word():
    assert canonical_area("Klimatanpassning") == "Miljö och klimat"
    assert canonical_area("Lek och utemiljö") == "Lek och utemiljö"  # playgrounds, not the environment


def test_a_table_whose_activity_column_has_an_unknown_label_takes_its_longest_unlabelled_column():
    blocks = [
        heading("Aktivitetsplan 2301"),
        row(("Göromål", "Lägesbild i november", "Ansvarsbärare", "Kommuner i samverkan", "Ämnesområde"), 3),
        row(("Gående skolbuss där vuxna turas om att gå med barnen till skolan", "31 rutter i gång",
             "Skolbussledsagarkohorten", "Lund, Lomma", "Skolvägar"), 3),
    ]
    [record] = extract_activities(blocks, "p2301", None)
    assert (record.title, record.status, record.responsible, record.municipalities, record.area) == (
        "Gående skolbuss där vuxna turas om att gå med barnen till skolan", "31 rutter i gång",
        "Skolbussledsagarkohorten", ["Lund", "Lomma"], "Skolvägar")


def test_satsning_atagande_moment_varaktighet_start_slut_and_resultat_hittills_are_labels():
    from ingest.structure.activities import field_for_label
    assert [field_for_label(x) for x in ("Satsning", "Åtagande", "Moment", "Varaktighet", "Start–slut",
                                         "Resultat hittills", "Avrapporterat", "Medverkar", "Anslutna kommuner",
                                         "Förväntat resultat")] == [
        "title", "title", "title", "period", "period", "status", "status", "municipalities", "municipalities",
        None]


def test_table_columns_under_labels_on_no_list_are_read_by_their_content():
    """Only two labels are known; the period, the status, the area and the activity are told by what the
    cells hold: months and years, figures and state words, short names, the longest text."""
    blocks = [
        heading("Aktivitetsplan 2201"),
        row(("Kalender", "Sort", "Göromål", "Processägare", "Anslutna kommuner", "Hur långt vi kommit"), 4),
        row(("Mar–okt 2201", "Hållbar vardag", "Fröbibliotek där invånarna lånar fröer och lämnar tillbaka nya",
             "Fröbiblioteksutlåningskollektivet", "Lund, Höör", "3 400 fröpåsar utlånade"), 4),
        row(("Från 1 jan 2201", "Läsfrämjande", "Hembesök av en bibliotekarie hos familjer med spädbarn",
             "Bokstartshembesöksambassadörerna", "Samtliga kommuner utom Malmö", "Klar"), 4),
        row(("Hela 2201", "Kommunikation", "Klarspråk i kommunernas brev och beslut, med skrivkurser",
             "Klarspråksgranskningsredaktionen", "Malmö", "Försenad, kursledaren sjuk"), 4),
    ]
    records = extract_activities(blocks, "p2201", None)
    assert [(r.title[:12], r.area, r.responsible, r.period, r.status) for r in records] == [
        ("Fröbibliotek", "Hållbar vardag", "Fröbiblioteksutlåningskollektivet", "Mar–okt 2201",
         "3 400 fröpåsar utlånade"),
        ("Hembesök av ", "Läsfrämjande", "Bokstartshembesöksambassadörerna", "Från 1 jan 2201", "Klar"),
        ("Klarspråk i ", "Kommunikation", "Klarspråksgranskningsredaktionen", "Hela 2201",
         "Försenad, kursledaren sjuk"),
    ]
    assert records[1].municipalities == [m for m in MUNICIPALITIES if m != "Malmö"]


def test_a_list_line_under_a_label_on_no_list_is_read_by_its_value():
    t = "Aktivitetsplan 2301"
    area = (t, "Landsbygd")
    blocks = [
        heading(t),
        heading("Landsbygd", 2, (t,)),
        heading("Bokning av platser i arbetsnaven", 3, area),
        item("Kalender: Maj–augusti 2301", area + ("Bokning av platser i arbetsnaven",)),
        item("Sköts av: Arbetsnavsbokningsvärdarna", area + ("Bokning av platser i arbetsnaven",)),
        item("Syfte: Att invånarna ska kunna boka ett skrivbord", area + ("Bokning av platser i arbetsnaven",)),
        item("Hur det går: Försenad, leverantören har inte levererat", area + ("Bokning av platser i arbetsnaven",)),
        item("Gäller: Skurup, Höör", area + ("Bokning av platser i arbetsnaven",)),
    ]
    [record] = extract_activities(blocks, "p2301", None)
    assert (record.title, record.responsible, record.period, record.status, record.municipalities) == (
        "Bokning av platser i arbetsnaven", "Arbetsnavsbokningsvärdarna", "Maj–augusti 2301",
        "Försenad, leverantören har inte levererat", ["Skurup", "Höör"])


def test_label_dash_value_paragraphs_under_numbered_headings():
    """ "Huvudansvar – X": a dash instead of a colon after a known label; a line opening with words of no
    field before a dash ("Syfte och innehåll – …") is no label."""
    t = "Aktivitetsplan 2302"
    a = (t, "1. Ispikar att låna vid isbanor")
    blocks = [
        heading(t),
        heading("1. Ispikar att låna vid isbanor", 2, (t,)),
        para("Område – Vattensäkerhet", a),
        para("Syfte och innehåll – Skåp med ispikar vid de plogade isbanorna", a),
        para("Berörda kommuner – Höör, Eslöv", a),
        para("Huvudansvar – Isvaksräddningsutrustningsförrådet", a),
        para("Tidsperiod – December 2302–mars 2303", a),
        para("Aktuellt läge – Ej påbörjat, skåpen är beställda", a),
    ]
    [record] = extract_activities(blocks, "p2302", None)
    assert (record.title, record.area, record.responsible, record.period, record.status, record.municipalities) == (
        "Ispikar att låna vid isbanor", "Vattensäkerhet", "Isvaksräddningsutrustningsförrådet",
        "December 2302–mars 2303", "Ej påbörjat, skåpen är beställda", ["Höör", "Eslöv"])


def test_det_har_gor_vi_titles_sammankallande_owns_and_sa_langt_har_vi_kommit_is_the_status():
    """Labels a secretariat writes as short sentences, under a heading that is the priority area."""
    t = "Aktivitetsplan 2308"
    area = (t, "Folkhälsa")
    blocks = [
        heading(t),
        heading("Folkhälsa", 2, (t,)),
        item("Det här gör vi: Affischer och en kort utbildning för förskolepersonalen om solskydd", area),
        item("Sammankallande: Arbetsgruppen för barns solskydd", area),
        item("Kommuner i projektet: Vellinge, Lomma, Malmö", area),
        item("Genomförandeperiod: April–maj 2308", area),
        item("Så långt har vi kommit: Klart, 120 förskolor har fått materialet", area),
    ]
    records = extract_activities(blocks, "p2308", None)
    assert [(r.title, r.area, r.responsible, r.period, r.status) for r in records] == [
        ("Affischer och en kort utbildning för förskolepersonalen om solskydd", "Folkhälsa",
         "Arbetsgruppen för barns solskydd", "April–maj 2308", "Klart, 120 förskolor har fått materialet")]
    assert records[0].municipalities == ["Vellinge", "Lomma", "Malmö"]


def test_what_it_is_about_the_main_actor_and_a_dated_report_are_labels():
    """"Det handlar om:" titles the record, "Huvudsaklig aktör:" names its group, "Rapport 20 november:"
    (a label with a day in it) gives its status, "Löper under:" its period."""
    t = "Aktivitetsplan 2119"
    area = (t, "Badliv")
    blocks = [
        heading(t),
        heading("Badliv", 2, (t,)),
        item("Det handlar om: Flytvästar att låna vid badsjöarna", area),
        item("Huvudsaklig aktör: Flytvästlåneringen", area),
        item("Omfattade kommuner: Höör, Eslöv", area),
        item("Löper under: Maj–augusti 2119", area),
        item("Rapport 20 november: Klart, 120 västar utlånade", area),
    ]
    [record] = extract_activities(blocks, "p2119", None)
    assert (record.title, record.area, record.responsible, record.period, record.status, record.municipalities) == (
        "Flytvästar att låna vid badsjöarna", "Badliv", "Flytvästlåneringen", "Maj–augusti 2119",
        "Klart, 120 västar utlånade", ["Höör", "Eslöv"])


def test_a_group_s_name_under_an_unknown_label_is_the_responsible_one():
    from ingest.structure.activities import parse_fields

    _, fields = parse_fields("Insats: Flytvästar att låna. Vem gör det: Flytvästlåneringen. Hur det går: Klart")
    assert fields["responsible"] == "Flytvästlåneringen"
    _, fields = parse_fields("Insats: Flytvästar att låna\nKontakt hos: Flytvästlåneringen")
    assert fields["responsible"] == "Flytvästlåneringen"  # read by its value: one long capitalised compound
    # "Omfattar" (what it covers) is no title; "Rapporterar till" is no status
    _, fields = parse_fields("Insats: Flytvästar\nOmfattar: Samtliga tolv kommuner\nRapporterar till: Styrgruppen")
    assert fields.get("title") == "Flytvästar" and "status" not in fields


def test_what_is_to_be_done_titles_the_record_and_a_report_of_a_day_is_its_status():
    """"Vad ska göras:" under an area heading names the activity (the heading is its area), "Redovisat
    1 december:" is its status and "Ägs av:" its group; a network's name with "och" in it stays whole."""
    t = "Aktivitetsplan 2316"
    area = (t, "Kust och hav")
    blocks = [
        heading(t),
        heading("Kust och hav", 2, (t,)),
        item("Vad ska göras: Skyltar vid strandentréerna om sälar på stranden", area),
        item("Ägs av: Nätverket för sälar och badgäster", area),
        item("Under perioden: Maj–juni 2316", area),
        item("Redovisat 1 december: Klart, 32 skyltar uppsatta", area),
    ]
    [record] = extract_activities(blocks, "p2316", None)
    assert (record.title, record.area, record.responsible, record.period, record.status) == (
        "Skyltar vid strandentréerna om sälar på stranden", "Kust och hav", "Nätverket för sälar och badgäster",
        "Maj–juni 2316", "Klart, 32 skyltar uppsatta")


def test_a_name_line_before_a_describing_label_names_the_record():
    """A plain line naming the activity, then "Vad som görs: …": the name is the title, the description
    does not replace it."""
    t = "Aktivitetsplan 2306"
    blocks = [
        heading(t),
        para("Nät mot katter över sandlådorna", (t,)),
        para("Vad som görs: Sandlådorna täcks med nät över natten", (t,)),
        para("Samordnas av: Kattnätsövertäckningsmontörerna", (t,)),
        para("Pågår under: Juni–augusti 2306", (t,)),
    ]
    [record] = extract_activities(blocks, "p2306", None)
    assert (record.title, record.responsible, record.period) == (
        "Nät mot katter över sandlådorna", "Kattnätsövertäckningsmontörerna", "Juni–augusti 2306")


def test_a_label_ending_in_omrade_or_falt_is_the_area_even_after_ansvar():
    """"Ansvarsfält" is what the activity belongs to, not who answers for it; "Verkställs av" names the group;
    "Orter som berörs" lists the municipalities."""
    assert field_for_label("Ansvarsfält") == "area" and field_for_label("Ansvarsområde") == "area"
    assert field_for_label("Verksamhetsfält") == "area" and field_for_label("Verkställs av") == "responsible"
    assert field_for_label("Orter som berörs") == "municipalities"
    header = ["Ansvarsfält", "Planerat arbete", "Verkställs av", "Tidsangivelse"]
    cells = ["Sporthallar", "Provtagning för legionella i duscharna", "Duschvattenlegionellaprovtagarna",
             "Februari–november 2318"]
    table = "t1"
    blocks = [heading("Aktivitetsplan 2318"), row(header, table), row(cells, table)]
    [record] = extract_activities(blocks, "p2318", None)
    assert (record.area, record.responsible) == ("Sporthallar", "Duschvattenlegionellaprovtagarna")


def test_a_described_work_under_an_area_heading_with_a_leading_group_and_places():
    """"Beskrivning av arbetet:" names the activity under the area heading; "Sammanhållande grupp:" and
    "Ledande grupp:" name its group, a network "i nordvästra Skåne" whole; "Deltagande orter:" lists the
    municipalities and "Uppföljt den 12 november:" gives the status. "Målgrupp:" names no owner."""
    assert field_for_label("Beskrivning av arbetet") == "title" and field_for_label("Kort beskrivning") == "title"
    assert field_for_label("Sammanhållande grupp") == "responsible" == field_for_label("Ledande grupp")
    assert field_for_label("Målgrupp") is None and field_for_label("Referensgrupp") is None
    assert field_for_label("Deltagande orter") == "municipalities" and field_for_label("Sorter") is None
    assert field_for_label("Uppföljt den 12 november") == "status"
    # a label of five words: "Vad insatsen går ut på:" describes the activity
    from ingest.structure.activities import parse_fields
    assert parse_fields("Vad insatsen går ut på: Ett informationsblad till alla hushåll")[1] == {
        "title": "Ett informationsblad till alla hushåll"}
    # "Vad planen omfattar:" says what the activity is, like "Vad insatsen går ut på:"
    assert parse_fields("Vad planen omfattar: Tömning av rännstensbrunnarna varje höst")[1] == {
        "title": "Tömning av rännstensbrunnarna varje höst"}
    # a label of six words whose value opens with a status: "Så ser det ut 1 december: Ej påbörjat, …"
    assert parse_fields("Så ser det ut 1 december: Ej påbörjat, platsen är ännu inte vald")[1] == {
        "status": "Ej påbörjat, platsen är ännu inte vald"}
    t = "Aktivitetsplan 2321"
    path = (t, "Viltvård")
    blocks = [
        heading(t),
        heading("Viltvård", level=2, path=(t,)),
        item("Beskrivning av arbetet: Ett formulär på webben där invånare rapporterar mårdhundar", path),
        item("Målgrupp: Jaktvårdskretsarna", path),
        item("Ledande grupp: Nätverket för främmande rovdjur i nordvästra Skåne", path),
        item("Deltagande orter: Båstad, Ängelholm", path),
        item("Uppföljt den 12 november: Klart, 212 rapporter", path),
    ]
    [record] = extract_activities(blocks, "p2321", None)
    assert record.title.startswith("Ett formulär på webben") and record.area == "Viltvård"
    assert record.responsible == "Nätverket för främmande rovdjur i nordvästra Skåne"
    assert record.municipalities == ["Båstad", "Ängelholm"] and record.status == "Klart, 212 rapporter"


def test_a_description_does_not_rename_an_activity_headed_under_its_area():
    """Under an area heading, a sub-heading names the activity: "Kort beskrivning: …" after its first
    lines describes it and leaves the name."""
    t = "Aktivitetsplan 2301"
    blocks = [
        heading(t),
        heading("Räddningstjänst", level=2, path=(t,)),
        heading("Helgövningar för deltidsbrandmän", level=3, path=(t, "Räddningstjänst")),
        item("Tidsfönster: En helg i månaden", (t, "Räddningstjänst", "Helgövningar för deltidsbrandmän")),
        item("Sköts av: Helgövningsschemaläggningsmagistraten", (t, "Räddningstjänst", "Helgövningar för deltidsbrandmän")),
        item("Kort beskrivning: Gemensamma övningar i rökdykning", (t, "Räddningstjänst", "Helgövningar för deltidsbrandmän")),
    ]
    [record] = extract_activities(blocks, "p2301", None)
    assert (record.title, record.area, record.responsible) == (
        "Helgövningar för deltidsbrandmän", "Räddningstjänst", "Helgövningsschemaläggningsmagistraten")


def test_a_decided_or_planned_action_names_the_activity():
    """"Beslutad åtgärd:", "Planerad insats:" name the activity like "Åtgärd:" (a participle before the
    title word), while "Kommuner som omfattas av åtgärden" still lists the municipalities."""
    assert field_for_label("Beslutad åtgärd") == "title" == field_for_label("Planerad insats")
    assert field_for_label("Kommuner som omfattas av åtgärden") == "municipalities"
    assert field_for_label("Arbetsgrupp med ansvar") == "responsible"
    t = "Aktivitetsplan 2325"
    path = (t, "Grusvägar")
    blocks = [
        heading(t),
        heading("Grusvägar", level=2, path=(t,)),
        item("Beslutad åtgärd: Dammbindning med saltlösning på grusvägarna förbi gårdar", path),
        item("Arbetsgrupp med ansvar: Dammbindningssprutlaget", path),
        item("Kommuner som omfattas av åtgärden: Sjöbo, Hörby", path),
        item("Läget vid avstämningen 15 oktober: Klart, 140 kilometer", path),
    ]
    [record] = extract_activities(blocks, "p2325", None)
    assert record.title.startswith("Dammbindning med saltlösning") and record.area == "Grusvägar"
    assert record.responsible == "Dammbindningssprutlaget" and record.municipalities == ["Sjöbo", "Hörby"]


def test_a_core_or_summary_label_names_the_activity_and_a_time_state_is_its_period():
    """"Kärnan i insatsen:" and "Innehåll i korthet:" say what the activity is; "Drivs framåt av:" names its
    group like "Samordnas av:"; "Tidsläge:" is the period, not the status that the report line gives."""
    assert field_for_label("Kärnan i insatsen") == "title" == field_for_label("Innehåll i korthet")
    assert field_for_label("Drivs framåt av") == "responsible" == field_for_label("Hålls ihop av")
    assert field_for_label("Tidsläge") == "period" and field_for_label("Nuläge") == "status"
    t = "Aktivitetsplan 2071"
    path = (t, "Hamnar och färjor")
    blocks = [
        heading(t),
        heading("Hamnar och färjor", level=2, path=(t,)),
        para("Kärnan i insatsen: Roddbåtar att hyra vid färjelägena, med flytvästar i alla storlekar", path),
        para("Drivs framåt av: Färjelägesbåtuthyrningslaget", path),
        para("Kommunerna i insatsen: Lomma, Kävlinge", path),
        para("Tidsläge: Maj–augusti 2071", path),
        para("Redovisat 3 november: Klart, 410 båtar uthyrda", path),
    ]
    [record] = extract_activities(blocks, "p2071", None)
    assert record.title.startswith("Roddbåtar att hyra") and record.area == "Hamnar och färjor"
    assert (record.responsible, record.period, record.status) == (
        "Färjelägesbåtuthyrningslaget", "Maj–augusti 2071", "Klart, 410 båtar uthyrda")
    assert record.municipalities == ["Lomma", "Kävlinge"]


def test_an_efforts_direction_names_the_activity_under_its_area():
    """"Insatsens inriktning:" says what the effort is (a possessive before a describing word), so the
    heading above it stays its area and the record gets a title of its own."""
    assert field_for_label("Insatsens inriktning") == "title" == field_for_label("Arbetets innehåll") \
        == field_for_label("Uppdragets art")
    assert field_for_label("Grupp som bär ansvaret") == "responsible"
    t = "Aktivitetsplan 2332"
    path = (t, "Mark och grundvatten")
    blocks = [
        heading(t),
        heading("Mark och grundvatten", level=2, path=(t,)),
        item("Insatsens inriktning: Byte till fluorfritt släckskum i räddningstjänstens bilar", path),
        item("Grupp som bär ansvaret: Släckskumsbytesgruppen", path),
        item("Gäller orterna: Kävlinge, Eslöv", path),
        item("Sker under: Januari–juni 2332", path),
        item("Avrapporterat läge 8 november: Klart, 9 400 liter destruerade", path),
    ]
    [record] = extract_activities(blocks, "p2332", None)
    assert record.title.startswith("Byte till fluorfritt släckskum") and record.area == "Mark och grundvatten"
    assert record.responsible == "Släckskumsbytesgruppen" and record.status.startswith("Klart")
    # a column "Inriktning" alone may be the area, as the activity's own column follows it
    assert field_for_label("Inriktning") != "title"


def test_a_sector_column_what_is_to_be_done_and_who_takes_care_of_it():
    """"Kommunal sektor" is the area (not the municipalities), "Det som ska göras" the activity and "Tas om
    hand av" its group; in a list, "Planerat inslag:" names the activity."""
    from ingest.structure.activities import header_map
    assert header_map(["Kommunal\nsektor", "Det som ska göras", "Tas om\nhand av", "Tidsmässigt\nomfång",
                       "Kommuner\nbakom\ninsatsen", "Avläst läge 29\noktober"]) == {
        "area": 0, "title": 1, "responsible": 2, "period": 3, "municipalities": 4, "status": 5}
    assert field_for_label("Planerat inslag") == "title" == field_for_label("Vad som ska göras")


def test_the_concrete_work_names_the_activity_under_its_area():
    """"Det konkreta arbetet:" is what the activity does: its title, with the heading above as the area."""
    assert field_for_label("Det konkreta arbetet") == "title" == field_for_label("Själva arbetet")
    assert field_for_label("Innehåll i praktiken") == "title" == field_for_label("Innehållet i korthet")
    assert field_for_label("Innebörd") == "title" == field_for_label("Innebörden")  # what the commitment means
    assert field_for_label("Ansvarsbärande grupp") == "responsible"
    t = "Aktivitetsplan 2336"
    path = (t, "Hamnar")
    blocks = [
        heading(t),
        heading("Hamnar", level=2, path=(t,)),
        item("Det konkreta arbetet: Ett deponiområde vid hamnen där rena muddermassor får torka", path),
        item("Ansvarsbärande grupp: Muddermassedeponeringsrådet", path),
        item("Kommuner som deltar i arbetet: Trelleborg, Vellinge", path),
        item("Genomförandeperiod: April–november 2336", path),
        item("Redovisat 2 november: Klart, 18 000 kubikmeter muddermassor mottagna", path),
    ]
    [record] = extract_activities(blocks, "p2336", None)
    assert record.title.startswith("Ett deponiområde vid hamnen") and record.area == "Hamnar"
    assert (record.responsible, record.period) == ("Muddermassedeponeringsrådet", "April–november 2336")
    assert record.status.startswith("Klart, 18 000") and record.municipalities == ["Trelleborg", "Vellinge"]


def test_a_label_on_no_list_right_under_a_heading_describes_the_activity():
    """"Detta görs: …" is on no list, but a long line right under a heading, with the record's fields after
    it, says what the activity is; a purpose ("Syfte: …") does not, and the heading keeps naming it."""
    t = "Aktivitetsplan 2319"
    blocks = [
        heading(t),
        heading("Miljöskydd", level=2, path=(t,)),
        item("Detta görs: Varningsskyltar om risk för iskast vid gång- och ridstigar nära vindkraftverken",
             (t, "Miljöskydd")),
        item("Handhas av: Iskastvarningsskyltsuppsättarna", (t, "Miljöskydd")),
        item("När i tiden: Oktober–december 2319", (t, "Miljöskydd")),
        heading("Lånecyklar för seniorer", level=2, path=(t,)),
        item("Syfte: Att fler äldre ska kunna ta sig till affären och vårdcentralen på egen hand",
             (t, "Lånecyklar för seniorer")),
        item("Ansvarig: Seniorcykelgruppen", (t, "Lånecyklar för seniorer")),
        item("Tid: Maj–september 2319", (t, "Lånecyklar för seniorer")),
    ]
    signs, bikes = extract_activities(blocks, "p2319", None)
    assert signs.title.startswith("Varningsskyltar om risk för iskast") and signs.area == "Miljöskydd"
    assert (signs.responsible, signs.period) == ("Iskastvarningsskyltsuppsättarna", "Oktober–december 2319")
    assert bikes.title == "Lånecyklar för seniorer" and bikes.responsible == "Seniorcykelgruppen"


def test_a_group_column_under_an_unknown_label_is_found_in_its_first_row_broken_in_pieces():
    """"Bärare" is on no list; the group's name in the first row is broken in a narrow column
    ("Spökgar|nsbärgni|ngsdyka|rna"), and is still the row's group, as are the later rows' names."""
    t = "Aktivitetsplan 2331"
    header = ("Verksamhetsdel", "Arbetsuppgift", "Bärare", "Tidsmässig\nram", "Anslutna\norter", "Utfall 30\nnovember")
    blocks = [
        heading(t),
        row(header, "t1", (t,)),
        row(("Hav och kust", "Dykare bärgar förlorade\nfiskenät, så kallade\nspökgarn, som har fastnat\npå vrak",
             "Spökgar\nnsbärgni\nngsdyka\nrna", "Maj–september\n2331", "Trelleborg,\nVellinge",
             "Klart, 7,2 ton\nnät bärgade"), "t1", (t,)),
        row(("Luft och hälsa", "Förbud mot dubbdäck på de\nmest trafikerade gatorna",
             "Dubbdäc\nksförbud\nsövervak\narna", "1 oktober\n2331–15 april\n2332", "Malmö, Lund",
             "Pågår, 212\nkontrollavgifter"), "t1", (t,)),
    ]
    nets, tyres = extract_activities(blocks, "p2331", None)
    assert nets.responsible == "Spökgarnsbärgningsdykarna" and nets.title.startswith("Dykare bärgar")
    assert tyres.responsible == "Dubbdäcksförbudsövervakarna"


def test_a_named_activity_is_described_by_the_next_line_not_split_in_two():
    """"Aktivitet: …" and then "Innehåll: …": the first line names the activity and the second describes
    the same one, so the group and period that follow belong to it (no record without them), titled by both."""
    blocks = listed_under_heading(
        "Aktivitetsplan 2307", "Djur i tätorten",
        "Aktivitet: Chipläsare till parkarbetarna och räddningstjänsten",
        "Innehåll: Handhållna läsare som visar numret på hundens chip, så att ägaren kan hittas direkt",
        "Ansvarar: Mikrochipsläsarutlåningscentralen",
        "Löptid: Mars–juni 2307")
    [record] = extract_activities(blocks, "p2307", None)
    assert record.title == ("Chipläsare till parkarbetarna och räddningstjänsten – Handhållna läsare som visar "
                            "numret på hundens chip, så att ägaren kan hittas direkt")
    assert (record.responsible, record.period) == ("Mikrochipsläsarutlåningscentralen", "Mars–juni 2307")


def test_who_answers_for_the_work_is_its_group():
    """"Svarar för arbetet:" names the group, also when the group's name is several words."""
    assert field_for_label("Svarar för arbetet") == "responsible" == field_for_label("Står för genomförandet")
    blocks = listed_under_heading(
        "Aktivitetsplan 2331", "Vilt i bostadsområden",
        "Uppdragets art: Envägsluckor vid grytöppningarna under altaner, som släpper ut grävlingarna",
        "Svarar för arbetet: Nätverket för grävlingssäkra trädgårdar",
        "Avser kommunerna: Lomma, Kävlinge, Burlöv")
    [record] = extract_activities(blocks, "p2331", None)
    assert record.responsible == "Nätverket för grävlingssäkra trädgårdar"
    assert record.municipalities == ["Lomma", "Kävlinge", "Burlöv"]


def test_label_tables_each_under_a_name_row_spanning_the_table():
    """A Word plan with one small table per activity: its name in a merged first row, then "label | value"
    rows, with labels on no list ("Gruppen som håller i det") and a short description."""
    blocks = [heading(TITLE)]
    for table, (name, about, group, places) in enumerate((
        ("Lådbilsbygge på fritidshemmen", "Barnen bygger lådbilar", "Lådbilsbygghandledarnätverket", "Lund, Eslöv"),
        ("Flyktväskor till skolklasser", "Ett flyktrum i en resväska att låna", "Flyktväskeutlåningsgruppen", "Höör"),
    )):
        blocks += [
            row((name,), table, (TITLE,)),
            row(("Kort om aktiviteten", about), table, (TITLE,)),
            row(("Upplägg", "Varje vecka under vårterminen."), table, (TITLE,)),
            row(("Gruppen som håller i det", group), table, (TITLE,)),
            row(("Medverkande kommuner", places), table, (TITLE,)),
            row(("Tidpunkt", "Januari–april 2026"), table, (TITLE,)),
        ]
    records = extract_activities(blocks, "d", 2026)
    assert [(r.title, r.responsible, r.municipalities, r.period) for r in records] == [
        ("Lådbilsbygge på fritidshemmen – Barnen bygger lådbilar", "Lådbilsbygghandledarnätverket",
         ["Lund", "Eslöv"], "Januari–april 2026"),
        ("Flyktväskor till skolklasser – Ett flyktrum i en resväska att låna", "Flyktväskeutlåningsgruppen",
         ["Höör"], "Januari–april 2026"),
    ]


def test_events_column_names_the_activity_its_description_column_describes_it():
    """ "Evenemang | Kort beskrivning | Utförare …": the events' names are no area, and the record's title keeps
    both the name and the words of its description."""
    path = (TITLE,)
    blocks = [
        row(("Evenemang", "Kort beskrivning", "Utförare", "Period", "Värdkommuner"), 0, path),
        row(("Kortfilmsfestival för unga", "En festivalhelg på Biografen Saga där ungas filmer tävlar",
             "Kortfilmsfestivalprogramrådet", "Okt. 2026", "Trelleborg, Skurup"), 0, path),
        row(("Fotomaraton", "Tolv teman under tolv timmar en lördag", "Fotomaratonjurygruppen",
             "September 2026", "Malmö"), 0, path),
    ]
    records = extract_activities(blocks, "d", 2026)
    assert [(r.title, r.area, r.responsible) for r in records] == [
        ("Kortfilmsfestival för unga – En festivalhelg på Biografen Saga där ungas filmer tävlar", None,
         "Kortfilmsfestivalprogramrådet"),
        ("Fotomaraton – Tolv teman under tolv timmar en lördag", None, "Fotomaratonjurygruppen"),
    ]


def test_an_area_column_under_a_topic_label_stays_the_area_beside_a_description():
    """ "Verksamhet | Beskrivning av åtgärden": a column of topics is the area, not the activity's name."""
    path = (TITLE,)
    blocks = [
        row(("Verksamhet", "Beskrivning av åtgärden", "Utförare", "Tidplan"), 0, path),
        row(("Hälsoskydd", "Tillsyn av hygienen i tatueringsstudior", "Hygientillsynsgruppen", "Hela 2026"), 0, path),
        row(("Renhållning", "Soptunnor med solceller på torgen", "Soptunnepatrullen", "Maj 2026"), 0, path),
    ]
    records = extract_activities(blocks, "d", 2026)
    assert [(r.title, r.area) for r in records] == [
        ("Tillsyn av hygienen i tatueringsstudior", "Hälsoskydd"),
        ("Soptunnor med solceller på torgen", "Renhållning"),
    ]


def test_a_describing_column_beside_the_named_activity_joins_its_title():
    """ "Insats | Så går det till | Ansvar": the record keeps the activity's name and the words of how it is
    done, which a question may use ("festivalen där skulptörer hugger figurer av is")."""
    path = (TITLE,)
    blocks = [
        row(("Insats", "Så går det till", "Ansvar", "Tidsram"), 0, path),
        row(("Isskulpturfestival på Stora torget", "Tolv lag av skulptörer hugger figurer ur block av is",
             "Isskulpturfestivalgruppen", "Februari 2026"), 0, path),
        row(("Öppen bysmedja", "Smeder visar smide i den restaurerade bysmedjan varje lördag",
             "Bysmedjevisningsgruppen", "April–oktober 2026"), 0, path),
    ]
    records = extract_activities(blocks, "d", 2026)
    assert [(r.title, r.responsible) for r in records] == [
        ("Isskulpturfestival på Stora torget – Tolv lag av skulptörer hugger figurer ur block av is",
         "Isskulpturfestivalgruppen"),
        ("Öppen bysmedja – Smeder visar smide i den restaurerade bysmedjan varje lördag", "Bysmedjevisningsgruppen"),
    ]
