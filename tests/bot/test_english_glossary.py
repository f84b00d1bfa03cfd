"""The English glossary in prompts/synonyms.txt: English questions reach Swedish text, Swedish ones are untouched."""

from __future__ import annotations

import re

import pytest

from bot.retrieve.query import QueryAnalyzer, SynonymList
from tests.fixtures.services import indexed_assistant

PLAN = """# Aktivitetsplan 2026

## Sommarjobb för unga

Arbetsgruppen för kompetensförsörjning ansvarar för sommarjobb för unga i medlemskommunerna.
Varje kommun erbjuder minst femtio platser under sommaren.

## Bostadsmarknad

Kommundirektörsgruppen har gett sekretariatet i uppdrag att ta fram en gemensam analys av bostadsmarknaden.

## Kultur

Biblioteken i kommunerna samarbetar om ett gemensamt lånekort.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return indexed_assistant(tmp_path_factory.mktemp("glossary"), {"aktivitetsplan-2026.md": PLAN}, shipped=False)


def test_english_question_with_glossary_words_cites_the_swedish_passage(assistant):
    answer = assistant.ask("Who is responsible for summer jobs for young people?")
    assert not answer.abstained
    assert "ansvarar för sommarjobb för unga" in answer.answer
    cited = [answer.sources[int(n) - 1] for n in re.findall(r"\[(\d+)\]", answer.answer)]
    assert cited and "sommarjobb för unga" in cited[0].text


def test_multi_word_entries_match_inflected_word_sequences_only():
    syn = SynonymList.from_file(None)
    assert ("sommarjobb",) in syn.expansions("who arranges the summer job".split())
    assert ("bostadsmarknad",) in syn.expansions("an analysis of the housing market".split())
    # the words of a phrase apart do not make the phrase
    assert ("sommarjobb",) not in syn.expansions("jobs in the summer".split())


@pytest.mark.parametrize("question", [
    "Vem ansvarar för sommarjobb för unga?",
    "Vad beslutade styrelsen om bostadsmarknaden?",
    "Hur många kommuner deltar i arbetsgruppen för kollektivtrafik?",
    # Swedish words that are also English words are kept out of the glossary
    "Vad gör man under hösten med land och vatten vid porten?",
    "Vilka aktiviteter finns för sommarjobben i kommunerna?",
])
def test_swedish_questions_are_unchanged_by_the_english_entries(question):
    shipped = SynonymList.from_file(None)
    swedish_only = SynonymList()
    swedish_only.groups = shipped.groups
    with_glossary = QueryAnalyzer(shipped).analyze(question)
    without = QueryAnalyzer(swedish_only).analyze(question)
    assert (with_glossary.words, with_glossary.dense_text) == (without.words, without.dense_text)


def test_the_shipped_list_has_no_duplicate_or_self_translating_entries():
    syn = SynonymList.from_file(None)
    lefts = [st for st, _ in syn.oneway]
    assert len(lefts) > 300
    # two lines may share a Swedish stem ("car", "care") only if no English form of one is the other's
    for i, j in ((i, j) for i in range(len(lefts)) for j in range(i) if lefts[i] == lefts[j]):
        assert not syn._agrees(i, syn._english_words[j] or ()), f"two lines for the same word: {lefts[i]}"
    from bot.retrieve import analysis as A
    for st, targets in syn.oneway:
        assert targets, st
        assert all(tuple(A.stem(w) for w in t) != st for t in targets) or st == ("plan",), st


def test_a_word_translated_into_a_phrase_counts_for_responsibility_look_ups():
    from bot.knowledge import query_words
    assert query_words("free wifi on squares") == ["kostnadsfri", "trådlöst", "nätverk", "torg"]
    assert "at" not in query_words("rain barrels at a reduced price")


def test_an_ing_form_uses_its_base_forms_entry():
    syn = SynonymList.from_file(None)
    assert ("renovera",) in syn.expansions("who is restoring the clocks".split())
    assert syn.translate("restoring") == syn.translate("restore") == "renovera"
    # a Swedish word ending in -ing keeps its own stem
    assert syn.expansions("utbildning".split()) == SynonymList().expansions("utbildning".split())
    # the English base form wins over a Swedish line with the same stem ("restor" and "resten" are both "rest")
    both = SynonymList(oneway=[("resten av", ["återstående"], False), ("restore", ["renovera"], True)])
    assert both.translate("restoring") == "renovera"


def test_everyday_words_of_streets_and_animals_reach_swedish():
    syn = SynonymList.from_file(None)
    assert ("getingbo",) in syn.expansions("who removes wasp nests".split())
    assert ("husbil",) in syn.expansions("a campervan site".split())
    assert ("forslar", "bort") in syn.expansions("who tows away the wrecks".split())


def test_an_english_line_needs_its_own_word_in_some_english_form():
    syn = SynonymList.from_file(None)
    # the Swedish stemmer alone makes "ladd" of "ladda" and "ladder", "car" of "cars" and "care"
    assert not any("stege" in v for v in syn.expansions("hur länge får man ladda bilen".split()))
    assert syn.translation("ladda") is None
    assert syn.translation("cars") != syn.translation("care")
    # inflected English words still find their lines
    assert ("sköter",) in syn.expansions("who looks after the traps".split())
    assert ("hamnar",) in syn.expansions("in the harbours".split())
    assert ("renovera",) in syn.expansions("who is restoring the clocks".split())
    # a Swedish one-way line keeps matching Swedish inflections
    assert ("ersättning",) in syn.expansions("får man pengarna".split())


def test_everyday_words_of_town_greenery_and_digging_reach_swedish():
    syn = SynonymList.from_file(None)
    assert ("lyktstolpar",) in syn.expansions("the flower baskets on the lamp posts".split())
    assert ("vattnar",) in syn.expansions("who waters the baskets".split())
    assert ("grävs", "upp") in syn.expansions("the street is dug up again".split())
    # a Swedish paraphrase both ways: "kyrkogården" meets "begravningsplats"
    assert ("begravningsplats",) in syn.expansions("kyrkogården för hundar".split())


def test_plural_and_past_forms_find_the_line_of_their_base_form():
    syn = SynonymList.from_file(None)
    assert syn.translation("classrooms") == syn.translation("classroom") == ("klassrum",)
    assert syn.translation("picked") == syn.translation("pick")
    assert syn.translation("carried") == syn.translation("carry")  # -ied is -y
    assert syn.translation("measured") != syn.translation("measure")  # a line of its own comes first
    from bot.knowledge import query_words
    assert query_words("putting in the ticking sounds")[:2] == ["installera", "tickar"]
    # an everyday word list: air, sounds, rabbits, plaques
    assert [syn.translate(w) for w in ("air", "sounds", "rabbits", "plaques")] == ["luft", "ljud", "kanin", "skylt"]


def test_comment_lines_after_an_english_heading_keep_the_section_english(tmp_path):
    path = tmp_path / "synonyms.txt"
    path.write_text("# Engelska: vardagsord\n# plural och -ed läses som ordet\nplay -> spela\n\n"
                    "# Omskrivningar\n# fler rader\nplay -> lek\n", encoding="utf-8")
    syn = SynonymList.from_file(path)
    assert syn._english_words[0] == ("play",) and syn._english_words[1] is None


def test_two_way_lines_give_each_word_its_equivalents():
    from bot.retrieve.query import SynonymList
    syn = SynonymList([["fyr", "fyrtorn"], ["upprustning", "renovering", "restaurering"], ["halvår", "sex månader"]])
    assert syn.equivalents("fyrarna") == ("fyrtorn",)
    assert syn.equivalents("upprustningen") == ("renovering", "restaurering")
    assert syn.equivalents("halvår") == ()  # a phrase stands in for no single word
    assert syn.equivalents("kommun") == ()


def test_a_verb_form_with_a_line_of_its_own_is_read_by_it_and_out_is_no_topic_word():
    """"trapping" is catching (the plain "trap" is first the noun, a trap); "out on the islands" leaves only
    the islands, while "hand out" is still read as a phrase."""
    from bot.knowledge import query_words
    assert query_words("trapping the mink out on the islands") == ["fångst", "mink", "ö"]
    assert query_words("the mink traps") == ["mink", "fälla"]
    assert "out" not in QueryAnalyzer(SynonymList.from_file(None)).analyze("Who hands out the leaflets?").words


def test_everyday_words_of_street_furniture_reach_swedish():
    syn = SynonymList.from_file(None)
    assert ("mynt",) in syn.expansions("the coins people throw into the fountains".split())
    assert ("springbrunnar",) in syn.expansions("the coins people throw into the fountains".split())
    # … but drinking fountains are no fountains to throw coins into: the phrase's line is read first
    from bot.knowledge import query_words
    words = query_words("How many drinking fountains should the region have?")
    assert "dricksfontäner" in words and "springbrunnar" not in words
    assert ("elmopeder",) in syn.expansions("charging points for mobility scooters".split())
    assert ("dimduschstolpar",) in syn.expansions("who looks after the water mist posts".split())
    # a charging point is "laddpunkt" in one plan and "laddstolpe" in another: one two-way line holds both
    assert "laddpunkt" in syn.equivalents("laddstolpe")


def test_everyday_words_of_cycling_reach_swedish():
    syn = SynonymList.from_file(None)
    assert ("hyrcyklar",) in syn.expansions("who gets the first half hour on the hire bikes".split())
    assert ("halvtimme",) in syn.expansions("who gets the first half hour on the hire bikes".split())
    assert ("självlysande",) in syn.expansions("painting the glowing lines".split())


def test_everyday_words_of_bathing_places_and_old_computers_reach_swedish():
    syn = SynonymList.from_file(None)
    words = "how often will the water depth under the diving towers be checked".split()
    assert ("hopptorn",) in syn.expansions(words) and ("vattendjup",) in syn.expansions(words)
    from bot.knowledge import query_words
    # a plural in the text ("bärbara datorer") is reached from the lemma of a translation
    assert {"bärbar", "dator"} <= set(query_words("gives away the old laptops"))
    assert "skänka" in query_words("gives away the old laptops")


def test_weather_in_a_compound_reaches_its_verb():
    """"i regnväder" is "när det regnar" in the minutes: a one-way Swedish line."""
    syn = SynonymList.from_file(None)
    assert ("regnar",) in syn.expansions("hålla öppet i regnväder".split())
    assert ("regnväder",) not in syn.expansions("när det regnar".split())


def test_everyday_words_of_rural_safety_and_makerspaces_reach_swedish():
    syn = SynonymList.from_file(None)
    words = "how much of the budget goes to the helicopter landing sites".split()
    assert ("helikopter",) in syn.expansions(words) and ("landningsplats",) in syn.expansions(words)
    assert ("skaparverkstad",) in syn.expansions("why has the makerspace not opened".split())
    assert ("alkolås",) in syn.expansions("must rental cars have an alcohol interlock".split())
    assert ("hyrbil",) in syn.expansions("must rental cars have an alcohol interlock".split())


def test_swedish_rewordings_of_cost_calibration_and_hired_cars():
    """Lines of the Swedish list: "gratis" is "utan kostnad", "rätt inställda" lås are calibrated ones, a
    "hyrbil" is a "hyrt fordon", and what the collaboration costs is its budget."""
    syn = SynonymList.from_file(None)
    assert ("utan", "kostnad") in syn.expansions("skriva ut gratis".split())
    assert ("kalibrering",) in syn.expansions("är alkolåsen rätt inställda".split())
    assert ("hyrda", "fordon") in syn.expansions("måste hyrbilar ha alkolås".split())
    assert ("budget",) in syn.expansions("vad kostar samarbetet".split())
    assert ("budget",) not in syn.expansions("vad kostar en park".split())


def test_everyday_words_of_a_cycling_test_reach_swedish():
    syn = SynonymList.from_file(None)
    words = "who marks out the route for the cycling test".split()
    assert ("slinga",) in syn.expansions(words) and ("cykelprov",) in syn.expansions(words)
    from bot.knowledge import query_words
    assert query_words("Who marks out the route?")[:2] == ["märka", "slinga"]  # the deed, for the group's name
