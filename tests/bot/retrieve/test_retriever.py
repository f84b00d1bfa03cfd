"""Swedish hybrid search over a real Chroma index: what a user asking questions notices."""

from __future__ import annotations

import hashlib

import pytest

from bot.retrieve import Retriever
from ingest.embed import get_embedder
from ingest.models import DocumentInfo
from ingest.store import IndexStore

TOURISM = ("Regionen ska skapa goda förutsättningar för näringsliv, forskning, utveckling och turism. "
           "Besöksnäringen ska stärkas genom gemensam marknadsföring av kommunernas utflyktsmål.")
SKILLS = ("MalmöLundregionen ska driva frågor som säkerställer kompetensförsörjningen och tillgång på "
          "arbetskraft i framtiden, till exempel genom bättre matchning mellan arbetstagare och arbetsgivare.")
KDG = ("Kommundirektörsgruppen beslutar om aktivitetsplanerna och ansvarar för beredning och samordning "
       "av de uppdrag som lämnas av styrelsen.")
CLIMATE = ("Samarbetet kring klimatanpassning ska förebygga skador vid åar, sjöar och kuster och "
           "minska klimatets negativa påverkan i naturmiljön.")
BROADBAND = ("Utbyggnaden av bredband på landsbygden följs upp varje kvartal. Fiberanslutningen ska nå "
             "alla hushåll före år 2025 enligt den gemensamma digitaliseringsplanen.")
TRANSPORT_1 = ("Arbetsgruppen för infrastruktur har tagit fram ett underlag om pendlingstågen mellan "
               "Trelleborg och Malmö, med förslag om tätare turer under rusningstid.")
TRANSPORT_2 = ("Underlaget om pendlingstågen visar att tätare turer under rusningstid skulle öka "
               "resandet med en femtedel, och att perrongerna i Trelleborg behöver förlängas.")


def add_document(store: IndexStore, doc_id: str, chunks: list[tuple[str, str]], doc_type: str = "verksamhetsplan",
                 year: int | None = 2023, title: str | None = None) -> None:
    """Write a committed document straight into the store; chunks are (section, text) in reading order."""
    content = "\n".join(t for _, t in chunks)
    info = DocumentInfo(doc_id=doc_id, path=f"{doc_id}.md", title=title or doc_id, doc_type=doc_type,
                        date=f"{year}-01-01" if year else None, year=year,
                        content_hash=hashlib.sha1(content.encode()).hexdigest())
    ids, texts, metas = [], [], []
    for i, (section, text) in enumerate(chunks):
        ids.append(f"{doc_id}:{info.version}:{i}")
        texts.append(text)
        metas.append({"doc_id": doc_id, "title": info.title, "doc_type": doc_type, "date": info.date or "",
                      "year": year or 0, "path": info.path, "url": "", "section": section,
                      "top_section": section.split(" > ")[0], "page_start": i + 1, "page_end": i + 1,
                      "ordinal": i, "version": info.version})
    embeddings = get_embedder(store.settings).embed_passages(texts)
    store.write_document(info, ids, texts, metas, embeddings, [])


@pytest.fixture
def store(make_settings):
    store = IndexStore(make_settings())
    store.set_index_state(model=store.settings.embedding_model)
    add_document(store, "plan", [
        ("Övergripande mål", TOURISM),
        ("Framtida kompetensförsörjning", SKILLS),
        ("Organisation > Kommundirektörsgrupp", KDG),
        ("Miljö- och klimatfrågor", CLIMATE),
    ], doc_type="verksamhetsplan", year=2019)
    add_document(store, "digital-2024", [("Digitalisering", BROADBAND)], doc_type="aktivitetsplan", year=2024)
    add_document(store, "protokoll-infra", [
        ("Infrastruktur", TRANSPORT_1),
        ("Infrastruktur", TRANSPORT_2),
        ("Övrigt", "Nästa möte hålls i Lund den 12 mars. Ordföranden tackade för ett givande möte."),
    ], doc_type="protokoll", year=2025)
    return store


@pytest.fixture
def retriever(store):
    return Retriever(store, store.settings, fingerprint_ttl=0)


def top_text(result) -> str:
    assert result.passages, "no passage found"
    return result.passages[0].text


def test_compound_question_finds_the_passage_written_with_separate_words(retriever):
    # "försörjning av kompetens" in the question, "kompetensförsörjningen" in the text
    result = retriever.search("Hur tryggar vi försörjning av kompetens?", k=3, mode="lexical")
    assert SKILLS in top_text(result)


def test_separate_words_in_the_text_are_found_by_a_compound_question(store, retriever):
    add_document(store, "kultur", [("Kultur", "Bibliotekens arbete med läsfrämjande insatser för barn "
                                              "och unga ska samordnas mellan kommunerna.")],
                 doc_type="aktivitetsplan", year=2024)
    result = retriever.search("barnbibliotek", k=3, mode="lexical")
    assert "Bibliotekens arbete" in top_text(result)


def test_abbreviation_kdg_finds_kommundirektorsgruppen(retriever):
    result = retriever.search("Vad gör KDG?", k=3)
    assert KDG in top_text(result)


def test_typo_in_the_question_still_finds_the_passage(retriever):
    result = retriever.search("Vad står det om klimatanpasning vid kusterna?", k=3)
    assert CLIMATE in top_text(result)
    assert result.analysis.corrections.get("klimatanpasning") == "klimatanpassning"


def test_english_question_finds_the_swedish_passage(retriever):
    result = retriever.search("What does the plan say about tourism?", k=3)
    assert TOURISM in top_text(result)


def test_filters_restrict_doc_type_and_year(retriever):
    result = retriever.search("planen för utveckling", k=10, doc_type="aktivitetsplan")
    assert result.passages and {p.metadata["doc_type"] for p in result.passages} == {"aktivitetsplan"}
    result = retriever.search("pendlingstågen och kompetensförsörjning", k=10, year=2019)
    assert result.passages and {p.metadata["year"] for p in result.passages} == {2019}
    assert not any("pendlingstågen" in p.text for p in result.passages)
    assert retriever.search("pendlingstågen", k=5, doc_type="protokoll", year=2019).passages == []


def test_adjacent_matching_chunks_of_one_section_are_merged(retriever):
    result = retriever.search("tätare turer med pendlingstågen under rusningstid", k=5)
    first = result.passages[0]
    assert len(first.chunk_ids) == 2
    assert first.text.index("Arbetsgruppen för infrastruktur") < first.text.index("perrongerna i Trelleborg")
    assert first.metadata["page_start"] == 1 and first.metadata["page_end"] == 2
    # the meeting note in another section of the same minutes is not glued on
    assert "Nästa möte" not in first.text


def test_near_duplicate_passages_are_shown_once(store, retriever):
    add_document(store, "plan-kopia", [("Övergripande mål", TOURISM.replace("Regionen ska", "Regionen skall"))],
                 doc_type="verksamhetsplan", year=2020)
    result = retriever.search("turism och besöksnäring", k=5)
    tourism = [p for p in result.passages if "Besöksnäringen ska stärkas" in p.text]
    assert len(tourism) == 1


def test_index_changes_are_picked_up_and_the_cache_is_rebuilt(store, retriever, tmp_path):
    before = retriever.search("fiskeriverksamhet i hamnen", k=3, mode="lexical")
    assert not any("Fiskeriverksamheten" in p.text for p in before.passages)
    first_cache = set(retriever.cache_dir.glob("lexical-*.pkl"))
    assert len(first_cache) == 1
    add_document(store, "hamn", [("Hamnar", "Fiskeriverksamheten i hamnen ska utvecklas tillsammans med "
                                            "de lokala fiskarna.")], doc_type="protokoll", year=2025)
    result = retriever.search("fiskeriverksamhet i hamnen", k=3, mode="lexical")
    assert "Fiskeriverksamheten" in top_text(result)
    second_cache = set(retriever.cache_dir.glob("lexical-*.pkl"))
    assert len(second_cache) == 1 and second_cache != first_cache
    # a second process (new retriever) loads the cached index instead of asking for every chunk
    other = Retriever(store, store.settings, fingerprint_ttl=0)
    store_iter = store.iter_chunks
    store.iter_chunks = lambda: pytest.fail("rebuilt although the cache is current")
    try:
        assert "Fiskeriverksamheten" in top_text(other.search("fiskeriverksamhet", k=3, mode="lexical"))
    finally:
        store.iter_chunks = store_iter
    store.remove_document("hamn")
    assert not any("Fiskeriverksamheten" in p.text
                   for p in retriever.search("fiskeriverksamhet i hamnen", k=3).passages)


def test_off_topic_question_is_flagged_unanswerable(retriever):
    result = retriever.search("Hur lång tid ska man koka ett ägg?", k=3)
    assert not result.answerable
    assert result.confidence < 0.5


def test_on_topic_question_is_answerable(retriever):
    result = retriever.search("Vem beslutar om aktivitetsplanerna?", k=3)
    assert result.answerable
    assert KDG in top_text(result)


def test_empty_index_and_empty_question_give_no_passages(make_settings, store, retriever):
    empty = IndexStore(make_settings(index_dir=store.settings.index_dir.parent / "empty"))
    assert Retriever(empty, empty.settings).search("turism").passages == []
    result = retriever.search("   ")
    assert result.passages == [] and not result.answerable


@pytest.mark.chroma_server
def test_search_against_a_chroma_server_sees_another_writer(chroma_server, make_settings):
    settings = make_settings(chroma_url=chroma_server, collection_prefix="retrieve")
    writer = IndexStore(settings)
    writer.reset()
    writer.set_index_state(model=settings.embedding_model)
    add_document(writer, "plan", [("Organisation", KDG), ("Övergripande mål", TOURISM)])
    reader = Retriever(IndexStore(settings), settings, fingerprint_ttl=0)
    assert KDG in top_text(reader.search("Vad gör KDG?", k=3))
    add_document(writer, "hamn", [("Hamnar", "Fiskeriverksamheten i hamnen ska utvecklas.")], doc_type="protokoll")
    assert "Fiskeriverksamheten" in top_text(reader.search("fiskeriverksamhet i hamnen", k=3))
    writer.reset()


def test_english_off_topic_question_is_flagged_unanswerable(retriever):
    assert not retriever.search("How long should I boil an egg?", k=3).answerable
    # a place the documents name ("Trelleborg och Malmö") does not make the weather their subject
    assert not retriever.search("What is the weather in Malmö tomorrow?", k=3).answerable
    assert retriever.search("What does the plan say about tourism?", k=3).answerable


def test_a_damaged_cache_file_is_rebuilt_not_fatal(store, retriever):
    retriever.search("turism", k=3)
    (cache,) = retriever.cache_dir.glob("lexical-*.pkl")
    cache.write_bytes(b"not a pickle")
    fresh = Retriever(store, store.settings)
    assert TOURISM in top_text(fresh.search("Vad står det om turism?", k=3))
    assert cache.stat().st_size > 100  # written again


def test_yes_no_question_prefers_the_passage_that_answers_ja_or_nej(make_settings):
    store = IndexStore(make_settings())
    store.set_index_state(model=store.settings.embedding_model)
    add_document(store, "fonden", [
        ("Ansökan", "Kommunerna söker medel ur utvecklingsfonden före projektstart, enligt styrelsens beslut "
                    "från i våras."),
        ("Tidpunkt", "Nej. Kommunerna söker medel ur utvecklingsfonden före projektstart, enligt fondens regler."),
    ], doc_type="aktivitetsplan", year=2024)
    retriever = Retriever(store, store.settings, fingerprint_ttl=0)
    asked = retriever.search("Kan kommunerna söka medel ur utvecklingsfonden efter projektstart?", k=2,
                             mode="lexical")
    assert top_text(asked).startswith("Nej.")
    # the same content words asked with "hur": no yes or no is wanted, the other passage leads
    told = retriever.search("Hur kan kommunerna söka medel ur utvecklingsfonden efter projektstart?", k=2,
                            mode="lexical")
    assert not top_text(told).startswith("Nej.")


def test_rows_of_a_wide_table_are_not_merged_into_one_passage():
    """Two neighbouring rows of an activity table both match: each stays a passage of its own (with its own
    header line), so the row that answers leads its passage; prose chunks still merge."""
    from bot.retrieve.shaping import RetrievedPassage, merge_adjacent

    def passage(ordinal, text, score, **extra):
        meta = {"doc_id": "plan", "section": "Aktiviteter", "version": "1", "ordinal": ordinal, **extra}
        return RetrievedPassage([f"plan:{ordinal}"], text, meta, score)

    header = "Evenemang | Kort beskrivning | Utförare"
    rows = [passage(1, f"{header}\nFrågesport | Lag om fyra | Frågesportnätverket", 0.9, table_rows=True),
            passage(2, f"{header}\nFlyktrum | Lag om högst fem personer | Flyktrumslaget", 0.8, table_rows=True)]
    assert [p.chunk_ids for p in merge_adjacent(rows)] == [["plan:1"], ["plan:2"]]
    prose = [passage(1, "Första stycket.", 0.9), passage(2, "Andra stycket.", 0.8)]
    assert [p.chunk_ids for p in merge_adjacent(prose)] == [["plan:1", "plan:2"]]
