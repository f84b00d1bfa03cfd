"""Swedish text analysis and query handling: compounds, stop words, synonyms, typos."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.retrieve import analysis as A
from bot.retrieve.lexical import LexicalIndex
from bot.retrieve.query import QueryAnalyzer, SynonymList, edit_distance


def records(*texts: str):
    return [SimpleNamespace(id=f"c{i}", text=t, metadata={"doc_id": f"d{i}", "ordinal": 0})
            for i, t in enumerate(texts)]


def test_normalisation_folds_ligatures_case_and_soft_hyphens():
    assert A.words("E\ufb00ektiv KOMMUN\u00adSAMVERKAN") == ["effektiv", "kommunsamverkan"]


def test_stop_words_are_dropped_but_years_kept():
    assert A.content_words("Vad är det som gäller för turism år 2035?") == ["turism", "år", "2035"]


def test_hyphenated_word_gives_parts_and_joined_form():
    assert A.words("e-tjänst") == ["e", "tjänst", "etjänst"]


def test_compound_is_split_against_the_corpus_vocabulary():
    vocab = A.vocabulary(["försörjning av kompetens", "kompetensförsörjning", "arbete och marknad",
                          "arbetsmarknaden"])
    dec = A.Decompounder(vocab)
    assert dec.split("kompetensförsörjning") == ("kompetens", "försörjning")
    assert dec.split("arbetsmarknaden") == ("arbets", "marknaden")
    assert dec.split("kommun") == ()  # too short to be a compound


def test_compound_query_meets_separate_words_and_back():
    index = LexicalIndex.build(records(
        "Kommunerna ska säkra försörjning av kompetens inom vården.",
        "Bussarna går oftare på vardagar.",
        "Cykelvägar byggs ut mellan orterna.",
    ))
    scores = index.word_scores({"kompetensförsörjningen": 1.0})
    assert scores.argmax() == 0 and scores[0] > 0
    index = LexicalIndex.build(records(
        "Arbetet med kompetensförsörjningen samordnas.",
        "Bussarna går oftare på vardagar.",
        "Cykelvägar byggs ut mellan orterna.",
    ))
    # the query words exist only inside the compound: the index still relates them
    assert index.char_scores({"försörjning": 1.0, "kompetens": 1.0}).argmax() == 0


def test_synonym_group_expands_both_ways_and_inflected_forms():
    syn = SynonymList([["KDG", "kommundirektörsgruppen"]])
    q = QueryAnalyzer(syn)
    assert "kommundirektörsgruppen" in q.analyze("Vad har KDG:s möte beslutat?").words
    assert "kdg" in q.analyze("Vad beslutade kommundirektörsgruppen?").words


def test_synonym_file_with_comments_and_one_way_entries(tmp_path):
    path = tmp_path / "synonymer.txt"
    path.write_text("# kommentar\nMLR = MalmöLundregionen\ntourism -> turism\n\n", encoding="utf-8")
    q = QueryAnalyzer(SynonymList.from_file(path))
    assert "malmölundregionen" in q.analyze("Vad gör MLR?").words
    assert "turism" in q.analyze("tourism in the region").words
    assert "tourism" not in q.analyze("Vad står det om turism?").words
    assert SynonymList.from_file(tmp_path / "saknas.txt").groups == []


def test_one_way_entry_with_several_forms_on_the_left(tmp_path):
    path = tmp_path / "synonymer.txt"
    path.write_text("bunker = bunkrar -> värn, beredskapsvärn\n", encoding="utf-8")
    q = QueryAnalyzer(SynonymList.from_file(path))
    assert "värn" in q.analyze("Hur många bunkrar finns?").words
    assert "beredskapsvärn" in q.analyze("Vilken bunker är öppen?").words
    assert "bunker" not in q.analyze("Hur många värn finns?").words


def test_prepositions_and_times_that_frame_the_question_weigh_little():
    q = QueryAnalyzer(SynonymList([]))
    words = q.analyze("Hur många skyltar finns längs snorkellederna inför vintern?").words
    assert words["längs"] < 1.0 and words["inför"] < 1.0 and words["vintern"] < 1.0
    assert words["snorkellederna"] == words["skyltar"] == 1.0
    assert q.analyze("Vilket datum tas skyltarna upp?").words["datum"] < 1.0
    assert q.analyze("Vad hände i vintern?").words["vintern"] == 1.0  # not a frame after "i"


def test_the_shipped_synonym_list_knows_kdg_and_mlr():
    q = QueryAnalyzer(SynonymList.from_file(None))
    assert "kommundirektörsgruppen" in q.analyze("Vem sitter i KDG?").words
    assert "malmölundregionen" in q.analyze("Vad är MLR?").words
    # everyday words for what the documents call otherwise, both ways where either may be written
    assert "laddpunkter" in q.analyze("Hur många laddplatser finns?").words
    assert "laddplatser" in q.analyze("Hur många laddpunkter finns?").words
    assert "uttjänta" in q.analyze("Vem tar emot utslitna nät?").words
    assert "städning" in q.analyze("Vem ser till att toaletterna blir renare?").words


def test_typo_is_corrected_to_a_corpus_word():
    index = LexicalIndex.build(records("Klimatanpassning vid kusterna.", "Kollektivtrafiken byggs ut."))
    result = QueryAnalyzer().analyze("kolektivtrafiken", index)
    assert result.corrections == {"kolektivtrafiken": "kollektivtrafiken"}
    # a correct word and an unrelated unknown word are left alone
    assert QueryAnalyzer().analyze("klimatanpassning zebra", index).corrections == {}


def test_edit_distance_counts_a_transposition_as_one():
    assert edit_distance("kommnu", "kommun", 2) == 1
    assert edit_distance("turism", "turist", 2) == 1
    assert edit_distance("turism", "kommun", 2) == 3


def test_english_question_is_recognised():
    assert QueryAnalyzer().analyze("What does the plan say about tourism?").english
    assert not QueryAnalyzer().analyze("Vad står det om turism i planen?").english


def test_english_words_are_not_taken_for_swedish_typos():
    index = LexicalIndex.build(records("Marken vid kusten ska skyddas.", "Brödet bakas i Lund."))
    result = QueryAnalyzer().analyze("Where can I park my car in Lund?", index)
    assert result.english and result.corrections == {}
    assert "mark" not in result.words


def test_english_frame_words_weigh_less_than_the_topic():
    words = QueryAnalyzer().analyze("What does the plan say about tourism?").words
    assert words["tourism"] == 1.0
    assert words["plan"] < 0.5 and words["say"] < 0.5


def test_a_question_of_several_english_function_words_is_english():
    assert QueryAnalyzer().analyze("How many people commute between the municipalities every day?").english


@pytest.mark.parametrize(("bare", "definite"), [
    ("fritidskort", "fritidskortet"), ("ansvar", "ansvaret"), ("samhälle", "samhället"), ("barn", "barnet"),
    ("sekretariat", "sekretariatet"), ("projekt", "projektet"), ("yttrande", "yttrandet"), ("program", "programmet"),
    ("budget", "budgeten"), ("aktivitet", "aktiviteten"), ("fritidskort", "fritidskortets"),
])
def test_a_neuter_noun_and_its_definite_form_share_a_stem(bare, definite):
    assert A.stem(bare) == A.stem(definite)


@pytest.mark.parametrize(("bare", "inflected"), [
    ("skyddsrum", "skyddsrummen"), ("rum", "rummen"), ("program", "programmen"), ("vän", "vänner"),
    ("hem", "hemmen"), ("natt", "nätterna"), ("strand", "stränder"), ("barnbok", "barnböcker"),
    ("ledamot", "ledamöterna"),
    ("by", "byarna"), ("by", "byar"), ("sjö", "sjöarnas"), ("bro", "broarna"),
    ("kö", "kön"), ("kö", "köer"), ("sjö", "sjön"), ("by", "byn"), ("å", "ån"),
    ("cistern", "cisternerna"), ("cistern", "cisternen"), ("kasern", "kaserner"),
])
def test_a_doubled_final_m_or_n_or_a_changed_vowel_keeps_the_stem(bare, inflected):
    assert A.stem(bare) == A.stem(inflected)


def test_only_a_short_root_ending_in_a_vowel_loses_a_plural_ending_snowball_kept():
    # "varna" (to warn) is no plural of "v"; "skogarna" was stemmed right already
    assert A.stem("varna") != A.stem("v") and A.stem("skogarna") == "skog" and A.stem("svar") == "svar"
    # "lön" and "son" are words of their own, no definite form of "lö" or "so"
    assert A.stem("lön") == A.stem("löner") == "lön" and A.stem("son") == "son"


def test_a_participle_opening_with_its_particle_gives_the_verb_written_apart():
    assert A.particle_verb("utbytta") == A.stem("byta")  # "alla larm utbytta" ~ "byta ut larmen"
    assert A.particle_verb("avstängda") == A.stem("stänga")
    assert A.particle_verb("utbildning") is None and A.particle_verb("underlag") is None


def test_a_noun_opening_with_its_particle_gives_the_verb_written_apart():
    assert A.stem("plockar") in A.particle_stems("upplockning")  # "upp" + "plockning": three p:s are written two
    assert A.stem("samlar") in A.particle_stems("insamlingen")
    assert A.stem("stänga") in A.particle_stems("avstängningen")
    assert A.stem("byta") in A.particle_stems("utbytta")
    assert not A.particle_stems("utbildning") and not A.particle_stems("omsorgen")


def test_how_many_asks_for_a_number_so_its_many_weighs_little():
    """"Hur många studenter …?" is not about "många studenter"; "så många" in a question still is."""
    from bot.retrieve.query import FRAME_WEIGHT
    asked = QueryAnalyzer().analyze("Hur många studenter får åka på ett flak?").words
    assert asked["många"] == FRAME_WEIGHT and asked["studenter"] == 1.0
    assert QueryAnalyzer().analyze("Varför kommer så många studenter till torget?").words["många"] == 1.0


def test_how_long_asks_for_a_duration_not_for_something_long():
    q = QueryAnalyzer(SynonymList.from_file(None))
    words = q.analyze("How long must the readings be kept?").words
    assert words["long"] < 1.0 and words.get("lång", 0) < 1.0 and words["readings"] == 1.0
    assert q.analyze("Which long walks are planned?").words["long"] == 1.0
