"""Cleaning rules for Swedish office documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean_blocks, clean_text, dehyphenate, join_cell_lines
from ingest.load import load_document
from ingest.models import Block

SEED_PLAN = Path(__file__).resolve().parents[2] / "corpus" / "verksamhetsplan-2019-2023.md"  # a byte copy of the seed
REPO_PLAN = Path(__file__).resolve().parents[2] / "corpus" / "verksamhetsplan-2019-2023.md"
PLAN = REPO_PLAN if REPO_PLAN.exists() else SEED_PLAN


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("en hållbar och samman-\nkopplad storstadsregion", "en hållbar och sammankopplad storstadsregion"),
        ("en hållbar och samman-  \nkopplad storstadsregion", "en hållbar och sammankopplad storstadsregion"),
        ("en hållbar och samman- kopplad storstadsregion", "en hållbar och sammankopplad storstadsregion"),
        ("strategisk och övergri- pande karaktär", "strategisk och övergripande karaktär"),
        ("samarbetet och dess organisa- tion.", "samarbetet och dess organisation."),
        ("näringsliv är mål- grupperna för samarbetet", "näringsliv är målgrupperna för samarbetet"),
        ("intresse för kommu-\nnerna i regionen", "intresse för kommunerna i regionen"),
        ("under perioden 2019-\n2023", "under perioden 2019-2023"),
    ],
)
def test_line_end_hyphen_is_joined(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "en unik innovations-, forsknings- och entreprenörmiljö",
        "forsknings- och entreprenörmiljö",
        "Miljö- och klimatgruppen",
        "tåg, bussar och gång- och cykelvägar",
        "bostads- och arbetsmarknaden i balans",
        "ansök via e-tjänst",
        "hållbar transit- och logistikregion",
        "där för- och efterarbete blir centrala",
        "t.ex. transport- och mobilitetsområdet",
        "kort- eller långsiktiga insatser",
        "Malmö- Lund",
        "IT-system och EU-projekt",
        "perioden 2019-2023",
        "Regionen- en motor för tillväxt",
        "kultur- fritids- och idrottsnämnden",
    ],
)
def test_real_hyphens_and_suspended_compounds_are_kept(kept):
    assert clean_text(kept) == kept


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("forsknings-\noch entreprenörmiljö", "forsknings- och entreprenörmiljö"),
        ("ansök via e-\ntjänst", "ansök via e-tjänst"),
        ("nya IT-\nsystem", "nya IT-system"),
        ("tåget Malmö-\nLund går ofta", "tåget Malmö-Lund går ofta"),
        ("Malmö- och\nLundregionen", "Malmö- och Lundregionen"),
    ],
)
def test_hyphen_at_line_end_that_belongs_to_the_text_is_kept(raw, expected):
    assert dehyphenate(raw).replace("\n", " ") == expected


def test_soft_hyphen_removed():
    assert clean_text("Kompetens\u00adförsörjning och sam\u00adverkan") == "Kompetensförsörjning och samverkan"


def test_ligatures_and_compatibility_characters_normalised():
    assert clean_text("e\ufb00ektiv \ufb01nansiering och \ufb02ygplats") == "effektiv finansiering och flygplats"
    assert clean_text("Malmö\u00a0stad") == "Malmö stad"


def test_whitespace_normalised():
    assert clean_text("  Detta   innebär\tstärkta\n\nförbindelser  ") == "Detta innebär stärkta förbindelser"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**MalmöLundregionen** är ett samarbete", "MalmöLundregionen är ett samarbete"),
        ("Verksamhetsplan *2019–2023*", "Verksamhetsplan 2019–2023"),
        ("ett __viktigt__ och _kursivt_ ord", "ett viktigt och kursivt ord"),
        ("E-post: [linda.katz@malmolundregionen.se](mailto:linda.katz@malmolundregionen.se)",
         "E-post: linda.katz@malmolundregionen.se"),
        ("Se [webbplatsen](https://www.malmolundregionen.se/verksamhetsplan/) för mer.", "Se webbplatsen för mer."),
        ("**Gemensamma analyser", "Gemensamma analyser"),
        ("filnamn_med_understreck och 5 * 3", "filnamn_med_understreck och 5 * 3"),
    ],
)
def test_markdown_markers_stripped(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Näringslivschefsgrupp\nen", "Näringslivschefsgruppen"),
        ("Kompetensförsörjnings\ngruppen", "Kompetensförsörjningsgruppen"),
        ("Miljö- och\nklimatgruppen", "Miljö- och klimatgruppen"),
        ("Kommundirektörs-\ngruppen", "Kommundirektörsgruppen"),
        ("Kommundirektörsgruppen\nansvarar", "Kommundirektörsgruppen ansvarar"),
        ("Pågår\nen workshop hölls i maj", "Pågår en workshop hölls i maj"),
        ("Vi har\nen plan", "Vi har en plan"),
        ("Lund,\nmalmö och lomma", "Lund, malmö och lomma"),
        ("Näringslivschefsgruppen\nKommundirektörsgruppen", "Näringslivschefsgruppen Kommundirektörsgruppen"),
    ],
)
def test_cell_lines_joined_and_broken_compounds_repaired(cell, expected):
    assert join_cell_lines(cell) == expected


def test_cell_repair_uses_the_document_vocabulary():
    # "utveckling" is no ending, but the document spells the whole word elsewhere.
    assert join_cell_lines("Landsbygds\nutveckling", {"landsbygdsutveckling"}) == "Landsbygdsutveckling"
    assert join_cell_lines("Näringslivets\nutveckling", {"näringslivets", "utveckling"}) == "Näringslivets utveckling"
    # … in another form too: the plan speaks of "skördetiden", so "skördetid" is a word of its own
    assert join_cell_lines("Landsbygdens\nskördetid", {"skördetiden"}) == "Landsbygdens skördetid"


def test_clean_blocks_repairs_pdf_cells_with_document_vocabulary():
    blocks = [
        Block("Trafikplaneringsgruppen ansvarar för arbetet.", "paragraph", page=1),
        Block("", "table_row", page=1, cells=("Aktivitet", "Ansvarig"), table=0),
        Block("", "table_row", page=1, cells=("Cykelstråk", "Trafikplanerings\ngruppen"), table=0),
    ]
    rows = [b for b in clean_blocks(blocks, 1) if b.kind == "table_row"]
    assert rows[1].cells == ("Cykelstråk", "Trafikplaneringsgruppen")
    assert rows[1].text == "Cykelstråk | Trafikplaneringsgruppen"


def test_a_column_of_broken_names_joins_each_name_whatever_its_last_letters():
    """ "Skolbusspromen|adledsagarkoho|rten": the first break looks like a whole word ending in -en and the
    next piece could open a word, but in a column whose broken cells are single names it is one name."""
    header = ("Åtagande", "Ansvarsbärare", "Kommuner")
    rows = [("Gående skolbuss längs fasta\nrutter", "Skolbusspromen\nadledsagarkoho\nrten", "Lund,\nLomma"),
            ("Rekrytering av familjehem", "Familjehemsrekry\nteringsintenden\nturen", "Samtliga\nkommuner"),
            ("Deltidsbrandmän till de\nmindre stationerna", "Deltidsbrandma\nnsrekryterings\neskadern", "Höör")]
    blocks = [Block("", "table_row", page=1, cells=header, table=0)]
    blocks += [Block("", "table_row", page=1, cells=r, table=0) for r in rows]
    cleaned = [b.cells for b in clean_blocks(blocks, 1)][1:]
    assert [c[1] for c in cleaned] == ["Skolbusspromenadledsagarkohorten", "Familjehemsrekryteringsintendenturen",
                                       "Deltidsbrandmansrekryteringseskadern"]
    assert [c[0] for c in cleaned][0] == "Gående skolbuss längs fasta rutter"
    assert [c[2] for c in cleaned] == ["Lund, Lomma", "Samtliga kommuner", "Höör"]


def test_a_line_short_only_because_the_next_letter_is_wide_still_fills_its_column():
    """ "Centru|mlokalsf|örmedli|ngsgän|get": "Centru" is narrower than the rest because the wide "m" did
    not fit after it; the name is one word all the same."""
    header = ("Spår", "Ansvarig", "Kommuner")
    rows = [("Butiker i tomma lokaler", "Centru\nmlokalsf\nörmedli\nngsgän\nget", "Lund"),
            ("Rekrytering av familjehem", "Familjehemsrekry\nteringsintenden\nturen", "Höör")]
    blocks = [Block("", "table_row", page=1, cells=header, table=0)]
    blocks += [Block("", "table_row", page=1, cells=r, table=0) for r in rows]
    cleaned = [b.cells for b in clean_blocks(blocks, 1)][1:]
    assert [c[1] for c in cleaned] == ["Centrumlokalsförmedlingsgänget", "Familjehemsrekryteringsintendenturen"]


def test_a_status_column_of_two_words_on_two_lines_keeps_them_apart():
    rows = [("Aktivitet", "Status"), ("Gemensam kommunjurist", "Rekrytering\npågår"),
            ("Riktlinjer för gatunamn", "Remissrunda\npågår"), ("Discgolfbanor", "Markfrågan\nutreds")]
    blocks = [Block("", "table_row", page=1, cells=r, table=0) for r in rows]
    assert [b.cells[1] for b in clean_blocks(blocks, 1)][1:] == ["Rekrytering pågår", "Remissrunda pågår",
                                                                "Markfrågan utreds"]
    # a participle filling its line is a whole word before its noun
    assert join_cell_lines("Pågår, 410\nfelparkerade\nlastbilar har\nfått böter") == \
        "Pågår, 410 felparkerade lastbilar har fått böter"


def test_word_cells_keep_their_lines_as_words():
    # Word cells have real paragraphs: "Pågår" and "en" must not be glued even though "en" is an ending.
    blocks = [Block("", "table_row", cells=("Status", "Pågår\nen del klar"), table=0)]
    assert clean_blocks(blocks)[0].cells == ("Status", "Pågår en del klar")


TOPICS = ["Digitalisering av tjänster.", "Näringslivets villkor.", "Fysisk planering i regionen.",
          "Kompetensförsörjning och matchning.", "Klimatanpassning längs kusten."]


def _page_blocks(n_pages: int) -> list[Block]:
    blocks = []
    for p in range(1, n_pages + 1):
        blocks.append(Block("MalmöLundregionen – Aktivitetsplan 2026", "paragraph", page=p))
        blocks.append(Block(f"{TOPICS[p - 1]}\nMer om {TOPICS[p].lower()}", "paragraph", page=p))
        blocks.append(Block(f"Sida {p} av {n_pages}", "paragraph", page=p))
    return blocks


def test_running_headers_and_page_numbers_dropped():
    cleaned = clean_blocks(_page_blocks(4), 4)
    assert [b.text for b in cleaned] == [f"{TOPICS[p - 1]} Mer om {TOPICS[p].lower()}" for p in range(1, 5)]
    assert [b.page for b in cleaned] == [1, 2, 3, 4]


def test_bare_page_numbers_dropped_and_footer_line_inside_a_block():
    blocks = []
    for p in range(1, 4):
        blocks.append(Block(TOPICS[p], "paragraph", page=p))
        blocks.append(Block(f"{TOPICS[p - 1]}\nKonfidentiellt utkast\n{p}", "paragraph", page=p))
    cleaned = clean_blocks(blocks, 3)
    assert [b.text for b in cleaned if b.page == 2] == [TOPICS[2], TOPICS[1]]


def test_single_page_document_keeps_its_lines():
    blocks = [Block("Protokoll", "heading", page=1, level=1), Block("3", "paragraph", page=1)]
    assert [b.text for b in clean_blocks(blocks, 1)] == ["Protokoll", "3"]


def test_word_hyphenated_across_a_page_break_is_joined():
    blocks = [
        Block("Regionen ska bli en hållbar och samman-", "paragraph", page=1),
        Block("kopplad storstadsregion.", "paragraph", page=2),
    ]
    text = " ".join(b.text for b in clean_blocks(blocks, 2))
    assert "sammankopplad storstadsregion" in text


def test_empty_blocks_dropped_and_heading_paths_cleaned():
    blocks = [
        Block("**Styrelse**", "heading", level=3, heading_path=("Organisation",)),
        Block("  \u00ad ", "paragraph"),
        Block("**", "paragraph"),
        Block("Text.", "paragraph", heading_path=("Organisation", "**Styrelse**")),
    ]
    cleaned = clean_blocks(blocks)
    assert [b.text for b in cleaned] == ["Styrelse", "Text."]
    assert cleaned[1].heading_path == ("Organisation", "Styrelse")


def test_business_plan_text_comes_out_clean():
    doc = load_document(PLAN)
    text = "\n".join(b.text for b in clean_blocks(doc.blocks, doc.page_count))
    for artefact in ("samman- kopplad", "övergri- pande", "mål- grupperna", "kommu- nerna", "samarbe- tet",
                     "organisa- tion", "**", "](", "\u00ad"):
        assert artefact not in text
    for word in ("sammankopplad", "övergripande", "målgrupperna", "kommunerna", "samarbetet", "organisation"):
        assert word in text
    for kept in ("innovations-, forsknings- och entreprenörmiljö", "gång- och cykelvägar",
                 "bostads- och arbetsmarknaden", "transit- och logistikregion", "för- och efterarbete",
                 "transport- och mobilitetsområdet", "Miljö- och klimatfrågor"):
        assert kept in text


def test_table_of_contents_lines_dropped():
    blocks = [
        Block("Innehåll", "heading", page=1, level=1),
        Block("1. Inledning ............ 3\n2.1 Näringsliv . . . . . . . 7", "paragraph", page=1),
        Block("Inledning", "heading", page=2, level=1),
        Block("Planen gäller 2026. Se avsnitt 2.1 på sidan 7.", "paragraph", page=2),
    ]
    assert [b.text for b in clean_blocks(blocks, 2)] == [
        "Innehåll", "Inledning", "Planen gäller 2026. Se avsnitt 2.1 på sidan 7."]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # A column too narrow for the word cuts it at any letter (Word-exported PDFs).
        ("Digitaliseringsgr\nuppen", "Digitaliseringsgruppen"),
        ("Upphandlingsnä\ntverket", "Upphandlingsnätverket"),
        ("Planchefsgruppe\nn", "Planchefsgruppen"),
        ("HR-chefsgruppe\nn", "HR-chefsgruppen"),
        ("Kompetensförsö\nrjningsgruppen", "Kompetensförsörjningsgruppen"),
        ("Energieffektivis\neringsnätverket", "Energieffektiviseringsnätverket"),
        ("Kommundirektö\nrsgruppen,\nSekretariatet", "Kommundirektörsgruppen, Sekretariatet"),
        # Wide letters fill the column with fewer characters than narrow ones ("Kommunsk" vs "ogsförvaltar").
        ("Kommunsk\nogsförvaltar\nnätverket", "Kommunskogsförvaltarnätverket"),
        # Teams, delegations and groups of officials by their role are names too.
        ("Klottersaner\ningsteamet", "Klottersaneringsteamet"),
        ("Bostadsanpassningsha\nndläggarna", "Bostadsanpassningshandläggarna"),
        ("Brandskydd\nskontrollarb\netslaget", "Brandskyddskontrollarbetslaget"),
        ("Gatunamns\ngranskarna", "Gatunamnsgranskarna"),
        ("Småbåtsha\nmnsköadmi\nnistrationen", "Småbåtshamnsköadministrationen"),
        ("Parkvårdsvol\nontärsällska\npet", "Parkvårdsvolontärsällskapet"),
        ("Vägrensblomm\nornaplanterin\ngsbyrån", "Vägrensblommornaplanteringsbyrån"),
        ("Närradiosa\nmordningsr\nedaktionen", "Närradiosamordningsredaktionen"),
        ("Läshundsbesöksexpedit\nionen", "Läshundsbesöksexpeditionen"),  # no word opens with "io"
        ("Julgransinsa\nmlingsflottiljen", "Julgransinsamlingsflottiljen"),  # nor with "ml"
        ("Mensskyddsdistribution\nshubben", "Mensskyddsdistributionshubben"),  # a linking s after -tion
        ("Vinterhärbärgesbeman\nningsjouren", "Vinterhärbärgesbemanningsjouren"),  # nor with "-ning"
        ("Gatupianoutplacer\ningskonservatoriet", "Gatupianoutplaceringskonservatoriet"),
        ("Plaskdammsanläggningsarmad\nan", "Plaskdammsanläggningsarmadan"),  # two letters that are no word
        # ... while whole words that happen to fill a line stay apart.
        ("Deltagande\nkommuner", "Deltagande kommuner"),
        ("Gemensamma\nanalyser", "Gemensamma analyser"),
        ("Regionala\nplaneringsgruppen", "Regionala planeringsgruppen"),
        ("Burlöv, Eslöv,\nLomma, Lund,\nMalmö", "Burlöv, Eslöv, Lomma, Lund, Malmö"),
        ("Mars–sept\n2026", "Mars–sept 2026"),
        ("Ansökningsfrågan\nutreds", "Ansökningsfrågan utreds"),  # a definite noun, then a verb
    ],
)
def test_cell_words_cut_at_any_letter_are_repaired(cell, expected):
    assert join_cell_lines(cell) == expected


@pytest.mark.parametrize(
    ("cell", "vocabulary", "expected"),
    [
        # Group names on no list, cut where a complete-looking word ends ("-tion", "-a", "-er").
        ("Turismnätver\nket", set(), "Turismnätverket"),
        ("Kollektivtra\nfikrådet", set(), "Kollektivtrafikrådet"),
        ("Integration\nssamordna\nrgruppen", set(), "Integrationssamordnargruppen"),
        ("Folkhälsosa\nmordnarnä\ntverket", set(), "Folkhälsosamordnarnätverket"),
        ("Cybersäker\nhetssamord\nnarna", set(), "Cybersäkerhetssamordnarna"),  # a group of people
        # The first part is a word of the document, the rest is only the linking s with the head noun.
        ("Digitalisering\nsgruppen", {"digitalisering"}, "Digitaliseringsgruppen"),
        # Two names, or an adjective before a name, stay apart.
        ("Kommundirektörsgruppen\nkulturrådet", set(), "Kommundirektörsgruppen kulturrådet"),
        ("Regionala\nplaneringsgruppen", {"regionala"}, "Regionala planeringsgruppen"),
        ("Samordnad\nupphandling", set(), "Samordnad upphandling"),
    ],
)
def test_unknown_group_names_broken_by_a_narrow_column_are_joined(cell, vocabulary, expected):
    assert join_cell_lines(cell, vocabulary) == expected


def test_a_word_that_ends_a_cell_line_before_a_short_word_is_a_whole_word():
    from ingest.clean import document_vocabulary
    from ingest.models import Block

    cells = ("460\ninstrument\nutlånade", "Gratis lån av instrument\nfrån kulturskolan")
    block = Block(text=" | ".join(cells), kind="table_row", page=1, heading_path=(), cells=cells, table=0)
    vocabulary = document_vocabulary([block])
    assert "instrument" in vocabulary  # "instrument\nfrån": a wrap before a short word
    assert join_cell_lines(cells[0], vocabulary) == "460 instrument utlånade"
