"""Extractive answers: the sentences of the best passages that answer the question, each cited.

No language model writes anything: every sentence of an answer is quoted from a passage and followed by
its citation [n], so the answer can never claim what no source says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable


from bot.retrieve.analysis import (IRREGULAR_VERB_FORMS, NARROWING_ADJECTIVES, STOP_WORDS, content_words,
                                   particle_verb, stem, stem_part, verb_lemmas)
from bot.retrieve.analysis import words as word_forms
from bot.knowledge import (CLAUSE_WEIGHT, EXAMPLE_LIST, ITEM_SHARE, NOT_THE_OWNER, PAYING_VERBS, action_verb,
                           activity_in_passage, asked_verb, clause_words, field_question,
                           find_activity, is_responsibility_question, query_words, record_in_passage,
                           reported_activity, reporting_group, without_aside)
from bot.retrieve.query import proper_names
from ingest.chunk import split_sentences
from ingest.models import PLAN_TYPES
from bot.schemas import Answer, GroupRef, SearchHit, Source
from ingest.structure.activities import (ActivityRecord, field_for_label, header_map, is_header_row,
                                         looks_like_group_name, parse_fields)
from ingest.structure.bodies import GROUP_HEADS, GROUP_NOUNS, MUNICIPALITY_WORDS, canonical_group, group_key
from ingest.structure.minutes import MONTHS, Decision
from ingest.structure.values import field_by_value

if TYPE_CHECKING:
    from bot.service import Assistant

ABSTAIN_TEXT = "Jag hittar inget säkert svar i dokumenten."
EMPTY_TEXT = "Skriv en fråga, till exempel: Vad står det om turism?"
SOURCES = 3  # passages listed under an answer
MAX_SENTENCES = 2
MIN_SUPPORT = 0.35  # share of the question's weighted terms a sentence (with its heading) must hold
MIN_DENSE_SUPPORT = 0.55  # cosine, for English questions with no word the documents use
ENGLISH_UNITS = 10
BLOCK_WEIGHT = 0.85
TIE_UNITS, TIE_MARGIN, TIE_WEIGHT = 6, 0.1, 0.2  # near-equal sentences re-ranked by embedding similarity  # sentences embedded per English question
HEADING_WEIGHT = 0.9  # a term in the sentence's heading counts almost as much as one in the sentence
GENERIC_WEIGHT = 0.15
ABSENT_WEIGHT = 1.3  # relative to the rarest word of the documents
NAME_WEIGHT = 2.0  # a place or body named in the question must be in the answer
INFLECTION_SHARE = 0.85  # "säkras" ~ "säkerställer", "syftet" ~ "Syfte": the same word, another form
RARE_IDF_SHARE = 0.6  # a topic word at least this rare (idf relative to the rarest) must be in the answer
SHAPE_TIER = 1.0  # a unit of the shape the question asks for outranks every other sufficient unit
# Words of the question's frame ("Vad står det om …", "Vad ska … göra") that say nothing about its topic.
GENERIC_WORDS = frozenset("""
    göra gör gjort står stå stod fatta fattar fattade fattat finnas fanns funnits stor stort stora samlad samlade samlat sammanlagd
    sammanlagda total totala totalt innebär innebära betyder betyda handlar handla säger säga skriver skriva
    menas gäller gälla sker ske hända händer fungerar fungera arbetar arbeta jobbar ingår ingå
    dokument dokumenten dokumentet typ slags sorts olika viss vissa många mycket flest mest hel hela gång gången
    gick hände hos enda ungefär ungefärligen cirka framöver hädanefter orkar orka orkade orkat länge
    göras görs gjordes gånger ofta ute hittills nu tack vare fler ytterligare
""".split())



@dataclass
class Unit:
    """A sentence or list line of a passage, with the heading it stands under."""

    text: str
    heading: str
    source: int  # 1-based rank of its passage
    position: int  # within the passage
    block: bool = False  # short lines joined (a contact, a meeting's header), not a sentence
    item: bool = False  # a list line
    listing: bool = False  # a lead-in with the items it announces
    record: bool = False  # an item line with its labelled fields ("Insats: X. Ägare: Y. Tid: Z.")


def _is_heading(line: str) -> bool:
    return (len(line.split()) <= 8 and not line.startswith("- ") and "|" not in line
            and not re.search(r"[.!?:;,]$", line))


def passage_units(text: str, source: int) -> list[Unit]:
    """Sentences and list lines with their heading. A lead-in ("… flera utmaningar.", "… följande:")
    keeps the sentence after it, and a block of three or more short lines (a contact, an address)
    is one unit, since alone neither says anything."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    units: list[Unit] = []
    heading = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if record := _record(lines, i):
            # "Insats: X" with its "Ägare:", "Tid:", "Status:" lines is one unit: alone, "Tid: Ht 2029"
            # has none of the item's words and the item line has none of its period or status.
            units.append(Unit(" ".join(record), heading, source, len(units), item=line.startswith("- "),
                              record=True))
            i += len(record)
            continue
        if _is_heading(line):
            block = [line]
            while i + len(block) < len(lines) and _is_heading(lines[i + len(block)]):
                block.append(lines[i + len(block)])
            if len(block) >= 3:
                units.append(Unit(", ".join(block), heading, source, len(units), block=True))
                i += len(block)
                continue
            if _LABEL_LINE_RE.match(line):
                # "Sekreterare: Maja Lindgren" alone is a field with its value, however short: no heading
                units.append(Unit(line, heading, source, len(units)))
                i += 1
                continue
            heading = line
            i += 1
            continue
        for sentence in split_sentences(line.removeprefix("- ").strip()):
            units.append(Unit(sentence, heading, source, len(units), item=line.startswith("- ")))
        i += 1
    merged: list[Unit] = []
    for unit in units:
        previous = merged[-1] if merged else None
        if previous and previous.heading == unit.heading and not unit.record and (
                _is_lead_in(previous.text) or (previous.listing and previous.item and unit.item)):
            # "… fyra stora utmaningar:" keeps every list line after it, not only the first
            previous.text = f"{previous.text} {unit.text}"
            previous.listing = True
            previous.item = unit.item
            continue
        merged.append(unit)
    return [u for u in merged if len(u.text.split()) >= 3 or _LABEL_LINE_RE.match(u.text)]


# "Status: Planerad", "Tid: Ht 2029": a field of a list, short but a whole answer. A label has at most
# 41 characters ("Rapport till utskottet 12 november").
_LABEL_TEXT = r"[\w -]{0,40}"
_LABEL_LINE_RE = re.compile(rf"^[^\W\d_]{_LABEL_TEXT}:\s+\S")
_LABEL_RE = re.compile(rf"^(?:-\s+)?(?P<label>[^\W\d_]{_LABEL_TEXT}?)\s*:\s+(?P<value>\S.*)$")
# Labels of an item's fields; any other label ("Insats", "Aktivitet", "Åtgärd") names the item itself.
_FIELD_LABELS = frozenset("""
    ägare ansvarig ansvariga ansvar huvudansvarig medansvarig utförare tid tidsplan tidpunkt tidsperiod period
    datum klart slutdatum startdatum start deadline status läge lägesrapport budget kostnad kostnader område
    finansiering resurser målgrupp mål resultat indikator indikatorer mätetal uppföljning kommentar kommentarer
    deltagare kommuner samverkan samverkanspart samverkansparter parter kontaktperson kontakt
""".split())


# Labels that describe the item named on the line before ("Aktivitet: X" then "Innehåll: …"): part of its record
_DESCRIPTION_LABELS = frozenset({"innehåll", "beskrivning", "syfte", "syfte och innehåll", "vad som görs",
                                 "kort beskrivning"})


def _field(line: str) -> str | None:
    """The label of a field line ("- Tid: Ht 2029" → "tid"), else None."""
    m = _LABEL_RE.match(line)
    return m.group("label").strip().lower() if m else None


def _is_field_label(label: str | None) -> bool:
    """A label of an item's field, also in two words: "Ansvarig grupp", "Deltagande kommuner"."""
    return label is not None and (label in _FIELD_LABELS or any(w in _FIELD_LABELS for w in label.split())
                                  or field_for_label(label) not in (None, "title"))  # "Samordnas av", "Nuläge"


def _field_by_its_value(line: str) -> bool:
    """A labelled line whose value is a field's by its content: "Orter som berörs: Båstad, Ängelholm"."""
    m = _LABEL_RE.match(line)
    return bool(m) and field_by_value(m.group("value").strip()) is not None


def _record(lines: list[str], i: int) -> list[str] | None:
    """An item line ("Insats: X") and the field lines after it, each ending with a full stop; None
    unless at least one field line follows."""
    label = _field(lines[i])
    if label is None or _is_field_label(label):
        return None
    parts = [lines[i]]
    while i + len(parts) < len(lines) and (_is_field_label(following := _field(lines[i + len(parts)]))
                                           or following in _DESCRIPTION_LABELS
                                           or _field_by_its_value(lines[i + len(parts)])):
        parts.append(lines[i + len(parts)])
    if len(parts) == 1:
        return None
    return [p.removeprefix("- ").strip().rstrip(".;,") + "." for p in parts]


_CATAPHORIC = frozenset("följande flera några nedan dessa två tre fyra fem sex".split())


def _is_lead_in(sentence: str) -> bool:
    """A sentence that announces what follows: "… följande:", "Men vi har också flera utmaningar." """
    words = sentence.lower().rstrip(".:").split()
    return sentence.endswith(":") or (len(words) <= 7 and bool(_CATAPHORIC & set(words)))


@dataclass
class Slot:
    """One thing the question asks about: a word, with the synonyms that may stand in for it."""

    stem: str
    parts: set[str]
    weight: float
    focus: bool
    variants: list[list[tuple[str, set[str]]]]  # each variant: its words as (stem, compound parts)
    word: str = ""


# Heads that add nothing to their compound's topic: "bäverfrågor", "kulturmiljöarbetet" are about beavers
# and the cultural environment, whatever the text calls the matters.
_GENERIC_HEAD_RE = re.compile(
    r"^([^\W\d_]{4,}?)(?:frågor(?:na)?|frågan?|arbetet|området|verksamheten|utrustning(?:en)?)$")


def _names_generic_kind(word: str, words) -> bool:
    """A compound with a generic head is named by any compound of its first part: "brandutrustning" by
    "brandfilt"."""
    generic = _GENERIC_HEAD_RE.match(word)
    return bool(generic) and any(len(w) >= len(generic.group(1)) + 3 and w.startswith(generic.group(1)) for w in words)


_YEAR_WORD_RE = re.compile(r"(?:1[89]|2\d)\d\d")


# Short stems that also end words as a suffix: "handel" is no "del", "utbildning" no "ring".
_SUFFIX_LIKE = frozenset("del lag tag ring ning het lig skap are ande ende ism ist ion tion ing ens ans else".split())


_NUMBER_DIGITS = {w: str(i) for i, w in enumerate(
    "noll en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton "
    "tjugo".split()) if i >= 2} | {"trettio": "30", "fyrtio": "40", "femtio": "50", "sextio": "60", "sjuttio": "70",
                                  "åttio": "80", "nittio": "90", "hundra": "100", "tusen": "1000"}
# The number words as a regex alternation, longest first ("tretton" before "tre").
_NUMBER_WORD_ALTERNATION = '|'.join(sorted(_NUMBER_DIGITS, key=len, reverse=True))
# "högst ett tapphål", "bara en bil": after a limit "en"/"ett" counts, elsewhere it is an article
_LIMITED_ONE = r"(?:(?<=högst\s)|(?<=minst\s)|(?<=bara\s)|(?<=endast\s)|(?<=maximalt\s))(?:en|ett)"
_LIMITED_ONE_RE = re.compile(rf"\b{_LIMITED_ONE}\b", re.IGNORECASE)


def _may_head_compound(word: str) -> bool:
    """A noun ("lönen", "hål", "brasor") may end a compound ("timlönen", "potthål", "valborgsbrasor"); a verb's
    form ("leder", "sår", "lagt") may not: a definite form, a plural in -or, or a word without a verb's ending."""
    if len(word) >= 5 and word.endswith(("en", "et", "na", "or")):  # "brasor": no verb ends in -or
        return True
    return len(word) >= 3 and not word.endswith(tuple("raestd"))


def _compound_of(word: str, head: str, first: str) -> bool:
    """The word is `first` + `head` (a linking "s" allowed): "fröpås" of "pås" and "fröer"."""
    if len(word) < len(head) + 3 or not word.endswith(head):
        return False
    part = word[: -len(head)]
    return any(len(p) >= 3 and (first.startswith(p) or p.startswith(first))
               for p in {part, part[:-1] if part.endswith("s") else part})


# Two-letter first parts of compounds, too short to be found in general: "nyplanterade", "bygatorna".
# Each is held by a sentence that has one of its own forms.
_SHORT_MODIFIERS = {part: frozenset(stem(w) for w in forms) for part, forms in
                    (("ny", ("ny", "nya", "nytt", "nye")), ("by", ("by", "byn", "byar", "byarna", "byns")))}


# A span of years names a period: "… under planperioden?" is answered by "21,7 miljoner kronor för 2027–2030".
_PERIOD_SPAN_RE = re.compile(r"\b\d{4}\s*[–-]\s*\d{4}\b")
_PERIOD_TERMS = frozenset({"planperiod", "period"})


class TermScorer:
    """Weighted, compound-aware overlap between a question and a sentence."""

    def __init__(self, question_words: dict[str, float], index, names: frozenset[str] = frozenset(),
                 replaced: frozenset[str] = frozenset(), variants: dict[str, list[tuple[str, ...]]] | None = None,
                 document: frozenset[str] = frozenset(), frame: frozenset[str] = frozenset()) -> None:
        self.index = index
        self.decompounder = index.decompounder if index is not None and len(index) else None
        max_idf = float(index.term_idf.max()) if index is not None and len(index.term_idf) else 1.0
        variants = variants or {}
        alternatives = {w for options in variants.values() for option in options for w in option}
        self.slots: list[Slot] = []
        # Words that only name the document ("verksamhetsplanen 2027–2030") say which document, not
        # which sentence: every sentence of it would match them. Unless they are all the question has.
        naming = {w for w in question_words if stem(w) in document}
        if naming == set(question_words):
            naming = set()
        self.document_words = frozenset(naming)
        for word, weight in question_words.items():
            if word in replaced:
                continue  # a typo whose correction is among the words
            if word in alternatives and word not in variants and weight < 1.0:
                continue  # a synonym of another word: it counts within that word's slot
            head = stem(word)
            j = index.term_index.get(head) if index is not None else None
            if j is None and index is not None:
                j = _inflected_term(head, index)  # "säkras": the documents say "säkerställer"
            # A word the documents never use is the strongest sign that they do not answer the question.
            idf = float(index.term_idf[j]) if j is not None else ABSENT_WEIGHT * max_idf
            if word in GENERIC_WORDS or word in naming:
                weight *= GENERIC_WEIGHT
            elif word in NARROWING_ADJECTIVES:
                weight *= 0.5  # "de gamla gatlamporna": the lamps are the topic, "gamla" only narrows it
            elif word in frame:
                weight *= GENERIC_WEIGHT  # "Hur mycket pengar …?", "Under vilka månader …?": the shape asks it
            if word in names:
                weight *= NAME_WEIGHT
            options = [[(_WITHOUT + stem(option[1]), set())] if len(option) == 2 and option[0] == "utan"
                       else [(stem(w), self._parts(w)) for w in option if w not in STOP_WORDS]
                       for option in variants.get(word, [])]
            lemmas = verb_lemmas(word)
            options += [[("~" + lemma, set())] for lemma in sorted(lemmas)]  # "fick" ~ "får", "förslaget" ~ "föreslog"
            if (verb := particle_verb(word)) and index is not None and verb in index.term_index:
                options.append([(verb, set())])  # "utbytta" ~ "byta ut"
            if word in _NUMBER_DIGITS:
                options.append([(_NUMBER_DIGITS[word], set())])  # "fyller hundra" ~ "fyller 100 år"
            if max(lemmas, key=len, default=None) in STOP_WORDS:
                weight *= GENERIC_WEIGHT  # a form of "få", "ha", "göra" (not "utgöra"): it asks nothing itself
            parts = self._parts(word) or (self._head_split(word) if j is None else set())
            modifier = _GENERIC_HEAD_RE.match(word)
            if modifier and j is None:
                # "bäverfrågor": any text on beavers is about them (unstemmed: "bäver" opens "bäverdammar")
                parts = {modifier.group(1)}
            # a year, like a place's name, says when, not what: a sentence sharing only it answers nothing
            is_focus = word not in names and not _YEAR_WORD_RE.fullmatch(word)
            self.slots.append(Slot(head, parts, weight * max(idf, 0.1), is_focus, [o for o in options if o], word))
        self.total = sum(s.weight for s in self.slots) or 1.0
        focus = sum(s.weight for s in self.slots if s.focus)
        self.focus_total = focus or self.total

    def _parts(self, word: str) -> set[str]:
        if self.decompounder is None:
            return set()
        return {stem_part(p) for p in self.decompounder.split(word)}

    def _head_split(self, word: str) -> set[str]:
        """A compound the documents never use, split at its longest head they do use: "nätfiskeövningen"
        → "nätfisk" + "övning", so that "Övning … nätfiskemejl" holds it. The modifier need not be a word
        of its own in the documents; a sentence must then hold a word opening with it."""
        if self.index is None or len(word) < 10 or not word.isalpha():
            return set()
        starts = range(4, len(word) - 3)
        if word[:2] in _SHORT_MODIFIERS:
            starts = [2, *starts]  # "nyplanterade" ~ "nya … planteras", "bygatorna" ~ "gatorna i byn"
        for i in starts:
            head = stem(word[i:])
            if len(head) >= 4 and head in self.index.term_index:
                return {stem_part(word[:i]), head}
        return set()

    def terms(self, text: str) -> set[str]:
        out: set[str] = set()
        for word in content_words(text):
            out.add(stem(word))
            out |= self._parts(word)
        if _PERIOD_SPAN_RE.search(text):
            out |= _PERIOD_TERMS  # "under planperioden" ~ "för 2321–2324"
        out |= {_WITHOUT + stem(m.group(1)) for m in _WITHOUT_RE.finditer(text)}
        out |= {"~" + lemma for word in word_forms(text) for lemma in verb_lemmas(word)}
        # "på arabiska" names a språk, "Polisen" a myndighet (a month name does not say "i månaden")
        out |= {kind for kind in _NAMED_KINDS if _INSTANCES[kind].search(text)}
        return out

    @staticmethod
    def _share(stem_: str, parts: set[str], body: set[str], head: set[str], may_head: bool = False) -> float:
        if stem_ in body:
            return 1.0
        if stem_ in head:
            return HEADING_WEIGHT
        if parts and parts <= (body | head):
            return 0.8  # "kompetensförsörjning" ~ "försörjning av kompetens"
        for kind in _ACTIVITY_HEADS:
            modifier = stem_[:-len(kind)] if stem_.endswith(kind) else ""
            if len(modifier) >= 3 and any(t.startswith(modifier) and len(t) <= len(modifier) + 2 for t in body):
                return 0.75  # "busstrafik" ~ "gator där bussar går": the head only says it is their traffic
        def held(pool: set[str]) -> bool:
            return all(p in pool or bool(_SHORT_MODIFIERS.get(p, frozenset()) & pool)
                       # "skolans toaletter" (stem "skolan") ~ "skoltoaletterna": a definite form of a short part
                       or (len(p) >= 3 and any(p + ending in pool for ending in ("an", "en", "et")))
                       or (len(p) >= 5 and any(t.startswith(p) or same_word(p, t) or same_word(t, p) for t in pool))
                       # "gäddvåtmarkerna" ~ "Gäddlekvåtmarksarbetsgruppen … våtmarkerna": a short first part
                       # opens a longer compound when the other part is there as a word
                       or (len(p) == 4 and len(parts) > 1 and (parts - {p}) <= pool
                           and any(t.startswith(p) and len(t) >= 10 for t in pool))
                       for p in parts)
        if parts and held(body):
            return 0.75  # "nätfiskeövningen" ~ "övning … nätfiskemejl", "partikelmätning" ~ "mätning av partiklar"
        if parts and head and held(body | head):
            return 0.75 * HEADING_WEIGHT  # "cykelstationerna" ~ "§ 3 Cykelservicestationerna … stationerna"
        if len(stem_) >= 5 and any(stem_ in t for t in body):
            return 0.7  # "turism" inside "turismstrategi"
        if len(parts) > 1 and all(len(p) >= 5 for p in parts) \
                and any(len(t) >= len(stem_) + 6 and all(p in t for p in parts) for t in body):
            return 0.7  # "snorkelutlåningen" inside the longer name "Snorkelutrustningsutlåningsteamet"
        if len(stem_) >= 5 and any(stem_ in t and len(t) >= len(stem_) + 4 for t in head):
            return 0.7 * HEADING_WEIGHT  # "trädgård" inside the heading's "trädgårdsavfall" (not "utvärder" in "utvärdering")
        if may_head and len(stem_) >= 3 and stem_ not in _SUFFIX_LIKE \
                and any(len(t) >= len(stem_) + 3 and t.endswith(stem_) for t in body):
            return 0.7  # "lönen" the head of "timlönen", "huset" of "rådhuset"
        if may_head and len(stem_) >= 3 and stem_ not in _SUFFIX_LIKE \
                and any(len(t) >= len(stem_) + 3 and t.endswith(stem_) for t in head):
            return 0.7 * HEADING_WEIGHT  # "växterna" the head of the heading's "Klätterväxterna"
        if any(same_word(stem_, t) for t in body):
            return INFLECTION_SHARE
        if any(same_word(stem_, t) for t in head):
            return INFLECTION_SHARE * HEADING_WEIGHT
        return 0.0

    def slot_share(self, slot: Slot, body: set[str], head: set[str], before: frozenset[str] = frozenset()) -> float:
        # a noun ("lönen", not the verb "leder") may be the head of a compound
        share = self._share(slot.stem, slot.parts, body, head, _may_head_compound(slot.word))
        for option in slot.variants:
            share = max(share, min(self._share(st, pa, body, head) for st, pa in option))
        if not share and len(slot.stem) >= 3 and self._compounded(slot, body):
            share = 0.8  # "påsar med fröer" ~ "fröpåsar": the question's other word is the compound's first part
        if not share and self._referred(slot, body, before):
            share = 0.75 * HEADING_WEIGHT
        if not share and (self._group_by_topic(slot, body) or _names_group_of(slot, body)):
            share = 0.75
        if not share and (tree := _TREE_OF_KIND_RE.fullmatch(slot.word or "")):
            share = self._share(stem(tree.group(1)), (), body, head)  # "björkträd" is "björk"
        return share

    def _referred(self, slot: Slot, body: set[str], before: frozenset[str]) -> bool:
        """The sentence names the compound by its head, the text before it its first part: "koldioxidhalt"
        ~ "… koldioxidmätare i 310 klassrum. I 38 procent gick halten över 1 200 ppm"; "borsttvätten" ~
        "… i de fyra borsttvättarna. En tvätt kostar 450 kronor"."""
        if not before or not slot.word:
            return False
        parts = slot.parts if len(slot.parts) >= 2 else self._head_split(slot.word)
        heads = [p for p in parts if not slot.word.startswith(p)]  # the part the word does not open with
        if len(parts) < 2 or len(heads) != 1 or heads[0] not in body:
            return False
        return all(any(t == p or t.startswith(p) for t in before) for p in parts - {heads[0]} if len(p) >= 3)

    def _group_by_topic(self, slot: Slot, body: set[str]) -> bool:
        """The question names a group by its topic and its people ("ramslöksguiderna", "kolarnätverket"),
        the text by its full name ("Ramslöksvandringsledarnätverket", "Kolmilebränningsnätverket"): the name
        opens with the topic, and either the topic is long or the names share their head."""
        word = (slot.word or "").lower()
        if not (m := _GROUP_BY_TOPIC_RE.fullmatch(word)):
            return False
        topic, head = m.group(1), stem(m.group(2))
        return any(t.startswith(topic) and len(t) >= len(topic) + 6 and t.endswith(_GROUP_STEMS)
                   and (len(topic) >= 5 or t.endswith(head)) for t in body)

    def _compounded(self, slot: Slot, body: set[str]) -> bool:
        """The slot's word and another of the question's words make up one of the text's compounds, as its
        head or its first part."""
        others = [s.stem for s in self.slots if s is not slot and len(s.stem) >= 3]
        return any(_compound_of(t, slot.stem, other) or _compound_of(t, other, slot.stem)
                   for t in body for other in others)

    def _head(self, word: str) -> str:
        parts = self.decompounder.split(word) if self.decompounder is not None else [word]
        return stem_part(parts[-1]) if len(parts) > 1 else stem(word)

    def names_head(self, slot: Slot, text: str, counted: bool = False) -> bool:
        """The text names the slot's thing itself, not only something it qualifies: "lövträd" names
        trees, not "trädslag"; "språkcaféerna" names cafés, not "språk". Synonyms count."""
        words = content_words(text)
        if slot.word and _names_generic_kind(slot.word, words):
            return True
        heads = {h for word in words for h in (stem(word), self._head(word))}
        wanted = {self._head(slot.word) if slot.word else slot.stem, slot.stem}
        wanted |= {st for option in slot.variants if len(option) == 1 for st, _ in option}
        bases = wanted | {w[:-2] for w in wanted if len(w) >= 4 and w.endswith(("ar", "er", "or"))}  # "ekar"
        if any(re.fullmatch(rf"{re.escape(w)}{_YOUNG_HEADS}", word.lower())
               for w in bases if len(w) >= 2 for word in words):
            return True  # "600 ekplantor" are young oaks, "1 340 öringungar" and "5 420 ålynglar" young fish:
            # "Hur många (unga) ekar/ålar …?"
        # … or its kind: "säckar" names what "lövsäckar" are
        # … or, for a count, ends a compound the corpus cannot split: "3 400 fröpåsar" counts "påsar"
        # … or, for a kind, ends a compound the corpus cannot split: "vit flugsvamp" is a "svamp"
        return any(w == h or same_word(w, h) or len(h) >= (3 if counted else 4) and w.endswith(h)
                   or len(w) >= (3 if counted else 5) and len(h) >= len(w) + 3 and h.endswith(w)
                   for w in wanted for h in heads)

    def missing(self, words: set[str], sentence: str, heading: str, before: str = "") -> set[str]:
        """Those of the words that neither the sentence nor its heading has, in any form or synonym."""
        body, head, earlier = self.terms(sentence), self.terms(heading), frozenset(self.terms(before))
        return {slot.word for slot in self.slots
                if slot.word in words and not self.slot_share(slot, body, head, earlier)}

    def score(self, sentence: str, heading: str, before: str = "") -> tuple[float, float]:
        """(support, focus support): weighted share of the question found, overall and without names;
        `before` is the text the sentence follows, which a definite head may refer back to."""
        body, head, earlier = self.terms(sentence), self.terms(heading), frozenset(self.terms(before))
        found = focus = 0.0
        for slot in self.slots:
            share = self.slot_share(slot, body, head, earlier)
            found += share * slot.weight
            if slot.focus or self.focus_total == self.total:
                focus += share * slot.weight
        return found / self.total, focus / self.focus_total


# "gratis" = "utan kostnad": a phrase of "utan" is one term, as "kostnaden" alone says the opposite
_WITHOUT = "utan:"
_WITHOUT_RE = re.compile(r"\butan\s+([^\W\d_]{3,})", re.IGNORECASE)

# "giftiga", "lokala", "svenska", "vanligt": an adjective's form, which a noun after it is narrowed by
_ADJECTIVE_RE = re.compile(r"[^\W\d_]{3,}(?:ig|iga|igt|lig|liga|ligt|isk|iska|iskt|ala|ella)")

# heads that make a compound name the young of its first part: "ekplantor", "öringungar", "ålynglar"
_YOUNG_HEADS = r"(?:[se]?plant(?:a|an|or|orna)|ung(?:e|en|ar|arna)|yngel|ynglet|ynglen|ynglar|ynglarna)"

# "ramslöksguiderna", "kolarnätverket": a topic ("ramslök", "kol", past a linking s or the "-ar" of a trade)
# and the people doing it
_GROUP_BY_TOPIC_RE = re.compile(r"([a-zåäö]{3,}?)(?:s|ar)?(guiderna|guider|guiden|ledarna|ledare|gruppen|"
                                r"nätverket|rådet|volontärerna|frivilliga)")
_GROUP_STEMS = tuple({stem(g) for g in GROUP_NOUNS})

def _names_group_of(slot: Slot, body: set[str]) -> bool:
    """A group's name in the text opens with the word, or has it after a linking s: "ödebyn" in
    "Ödebyutgrävningsledarkretsen" (a group's name says what it works on)."""
    word = (slot.word or "").lower()
    forms = {f for f in (slot.stem, word, re.sub(r"(?:en|et|n|t)$", "", word)) if len(f) >= 5}
    return any(t.endswith(_GROUP_STEMS) and len(t) >= len(f) + 8 and (t.startswith(f) or f"s{f}" in t)
               for t in body for f in forms)


# "björkträdet", "ekträd": the tree of a kind is named by its kind alone ("varje björk")
_TREE_OF_KIND_RE = re.compile(r"([a-zåäö]{2,}?)träd(?:et|en|n)?", re.IGNORECASE)

# heads of compounds that name the doings of what their first part names: "busstrafik", "båtverksamheten"
_ACTIVITY_HEADS = ("trafik", "verksam")


def same_word(q: str, t: str) -> bool:
    """Two stems of one word that the stemmer leaves apart: "syftet" ~ "syft", "säkr" ~ "säkerställ"."""
    if len(q) == 3 and q[-1] not in _VOWELS and q[-2] not in _VOWELS and q[0] in _VOWELS:
        return t.startswith(q[:-1] + "e" + q[-1])  # "åkrarna" (stem "åkr") of "åker", "öknar" of "öken"
    if len(q) >= 7 and (q.endswith("ning") and t in (q[:-4], q[:-3]) or q.endswith("ring") and t == q[:-3]):
        # "höjningen" ~ "höjs", "sandningen" ~ "sandas", "dimringen" ~ "dimras", "ordning" ~ "ordnar": the
        # deed and its verb
        return True
    if len(q) == 3 and q[-1] not in _VOWELS and t == q + "t":
        return True  # "mäter" (stem "mät") ~ "har mätts" (stem "mätt"): a short verb and its participle
    if len(q) == 3 and q[-1] not in _VOWELS and q[-1] not in "lnr" and t == q + "n":
        return True  # "vuxen" (stem "vux") ~ "vuxna" (stem "vuxn"), "mogen" ~ "mogna" (not "bar" ~ "barn")
    if _adjective_forms(q, t):
        return True  # "fria" ~ "fritt" ~ "fri": the stemmer keeps an adjective's -a and -tt
    if len(q) < 4 or len(t) < 4:
        return False
    if abs(len(q) - len(t)) <= 2 and (t.startswith(q) or q.startswith(t)):
        return True
    # A dropped e before a final consonant ("säkra" of "säker", "öppna" of "öppen") opens a derivation.
    if q[-1] not in _VOWELS and q[-2] not in _VOWELS:
        return t.startswith(q[:-1] + "e" + q[-1])
    return False


_VOWELS = frozenset("aeiouyåäö")


def _adjective_forms(a: str, b: str) -> bool:
    """"fria" ~ "fritt", "fri" ~ "fria": forms of a vowel-final adjective that the stemmer keeps apart
    (not "sko" ~ "skott": a bare base and its -tt form count only from four letters on)."""
    def base(word: str) -> tuple[str, str]:
        if word.endswith("tt"):
            return word[:-2], "tt"
        return (word[:-1], "a") if word.endswith("a") else (word, "")
    (x, xs), (y, ys) = base(a), base(b)
    if x != y or xs == ys or len(x) < 3 or x[-1] not in _VOWELS:
        return False
    return "a" in (xs, ys) or len(x) >= 4
_INFLECTED: dict[tuple[int, int, str], int | None] = {}


def _inflected_term(head: str, index) -> int | None:
    """The index column of another form of a word the documents do not use as such."""
    key = (id(index), len(index.term_index), head)
    if key not in _INFLECTED:
        if len(_INFLECTED) > 10_000:
            _INFLECTED.clear()
        _INFLECTED[key] = next((j for t, j in index.term_index.items() if same_word(head, t)), None)
    return _INFLECTED[key]


@dataclass(frozen=True)
class QuestionShape:
    """What kind of answer a question asks for, read from its opening words."""

    asked: str | None = None  # stem of the thing asked about: "syftet" in "Vad är syftet med …?"
    listing: bool = False  # "Vilka kommuner …?": an enumeration
    quantity: bool = False  # "Hur många …?", "Vad kostar …?": a number
    when: bool = False  # "När …?", "Under vilken period …?": a time
    money: bool = False  # "Vad kostar …?", "Hur mycket pengar …?": an amount of money
    outcome: bool = False  # "Hur gick det med …?", "Vad blev resultatet av …?": a decision
    count: bool = False  # "Hur många …?": a count, not a share
    reason: bool = False  # "Varför …?": a cause or a purpose


_COPULA = frozenset("är var blir blev".split())
# "Which group/municipalities/year …?": answered by a record's field or a group's name, not by the noun.
_ENGLISH_FIELD_NOUNS = frozenset("""group groups team teams network networks body bodies municipality municipalities
    year years period status date time day month role""".split())
# Verbs right after "Vilka"/"Vilken" ("Vilka tar fram …?"): the pronoun is the subject, nothing is asked by name.
_SUBJECT_VERBS = frozenset("""
    tar har hade gör gjorde ska skall kan får fick deltar deltog ansvarar leder ledde driver äger ingår står sköter
    håller jobbar arbetar samordnar ger gav fattar beslutar beslutade behöver vill bör måste skulle kommer
""".split())
_PREPOSITIONS = frozenset("med för om av i inom på till hos från kring under vid mellan".split())
_QUANTITY_RE = re.compile(r"^(?:hur\s+(?:många|mycket|stor\s+andel|stort\s+antal|(?:stor|stort|stora|hög|högt|höga)\s+\w+)"
                          r"|vad\s+(?:kostar|kostade|har\s+\S+(?:\s+\S+)?\s+kostat|"
                          # "Vad ska en säck träkol från kommunskogen kosta?"
                          r"(?:ska|kommer|skulle|kan|bör|brukar)\s+\S+(?:\s+\S+){0,5}\s+kosta)"
                          r"|how\s+(?:much|many|large|big|high)|what\s+(?:does|did|will)\s.*\bcost)\b",
                          re.IGNORECASE)
# The number words with digits of their own, and those that scale or share ("miljoner", "hälften").
_NUMBER_WORDS = frozenset(_NUMBER_DIGITS) | frozenset(
    "miljon miljoner miljard miljarder procent hälften halva dubbelt".split())


_WHEN_RE = re.compile(r"^(?:(?:(?:senast|från\s+och\s+med|fr\.\s*o\.\s*m\.|till\s+och\s+med|sedan|från|till)\s+)?när\b|"
                      r"(?:senast\s+)?(?:vilken\s+tid(?:punkt)?|vilket\s+klockslag|hur\s+dags)\b|"
                      r"hur\s+(?:sent|tidigt)\b|"  # "Hur sent får matbilarna ha öppet?": until what time
                      r"under\s+vilken\s+(?:period|tid)|under\s+vilka\s+(?:månader|veckor|dagar|år|datum|perioder)|"
                      r"(?:under\s+|i\s+)?vilken\s+(?:del|tid)\s+(?:av|på)\s+(?:året|dygnet|dagen|veckan|säsongen)\b|"
                      r"(?:mellan|från)\s+vilka\s+datum|vilka\s+datum|vilket\s+datum|"
                      r"vilka\s+(?:månader|veckor)|vilken\s+(?:månad|vecka)\b|"
                      r"vilken\s+tidsplan|"
                      r"vad\s+är\s+tidsplanen|(?:by\s+)?when\b|what\s+is\s+the\s+(?:timeline|schedule|deadline))",
                      re.IGNORECASE)
# Month names: the minutes' table, each month's longest name being the written-out one ("mars", "maj").
_MONTH_NAMES = [max((n for n, k in MONTHS.items() if k == i), key=len) for i in range(1, 13)]
_MONTH_ALTERNATIVES = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME_RE = re.compile(rf"\b(?:(?:19|20)\d\d|{_MONTH_ALTERNATIVES}|vt|ht|kv|kvartal|q[1-4]|"
                      r"våren|hösten|sommaren|vintern|vårterminen|höstterminen|vecka|veckan|klockan|kl|"
                      r"(?:dygnet|året|dagen)\s+runt|hela\s+(?:dygnet|året|dagen|natten))\b"  # "tänd dygnet runt"
                      r"|\b\d{1,2}[.:]\d\d\b", re.IGNORECASE)


_MONEY_NOUNS = r"\w*(?:budget|anslag|kostnad|bidrag|summa|belopp|ersättning|avgift|underskott|överskott|stöd|lön|pott|fond)\w*"
_ENGLISH_MONEY_NOUNS = r"(?:budget|grant|fund|cost|amount|sum|allowance|fee|subsid|salar|payment)\w*"
_MONEY_QUESTION_RE = re.compile(r"\b(?:kost\w*|pengar|budget\w*|belopp\w*|kronor|avgift\w*|pris\w*|\w*bidrag\w*|\w*anslag\w*|"
                                r"\w*stöd(?:et|en)?|"
                                r"ersättning\w*|betalt|betala\w*|\w*lön(?:en|er|erna)?|arvode\w*|böter|bötes\w*|vite\w*|"
                                r"cost\w*|grant\w*|fines?|"
                                r"paid|pay|wages?|salar\w*|intäkt\w*|inkomst\w*|tjäna\w*|"
                                r"money|spen[dt]\w*|price\w*|fee\w*|funding)\b", re.IGNORECASE)
_MONEY_RE = re.compile(r"\d[\d\s,.]*\s*(?:kronor|kr\b|kr\.|mnkr|tkr|mkr|miljoner?\s+kronor|miljarder?\s+kronor|"
                       r"sek\b|euro|€)|(?:sek|€)\s*\d", re.IGNORECASE)
_OUTCOME_RE = re.compile(r"^(?:hur\s+gick\s+det|vad\s+(?:blev|hände|bestämdes|beslutades|beslöts)|"
                         r"what\s+(?:happened|became|was\s+decided)|"
                         r"how\s+did\s+\w+\s+(?:go|end)|"
                         # "Fattade beredningen något beslut om X?", "Har styrelsen beslutat om X?"
                         r"(?:fattade|fattar|har|hade|tog)\s+(?:\S+\s+){1,4}?(?:fattat\s+|tagit\s+)?(?:något\s+|ett\s+)?"
                         r"beslut(?:at)?\b|beslutade\s|(?:togs|fattades|blev\s+det)\s+(?:något|ett|\w+)\s+beslut\b|"
                         r"did\s+(?:\S+\s+){1,4}?decide\b|"
                         # "Ska kommunerna ta betalt …?": whether something will be done is decided
                         r"(?:ska|skall|kommer|blir)\s+(?:kommunerna|man|vi|de|det|\w+(?:en|et|na))\s)",
                         re.IGNORECASE)
_DECISION_RE = re.compile(r"\b(?:beslut\w*|besluta\w*|beslöt|avslå\w*|avslog\w*|bifall\w*|bifölls|godkän\w*|"
                          r"bordlä\w*|antog|antogs|fastställ\w*|avslutas|avslutades)\b", re.IGNORECASE)


# "X ger Y i uppdrag att …", "Y får i uppdrag …": who is to do something
_ASSIGNMENT_RE = re.compile(r"\bi\s+uppdrag\b|\buppdraget\b", re.IGNORECASE)
_REASON_QUESTION_RE = re.compile(r"^(?:varför|av\s+vilken\s+anledning|av\s+vilka\s+skäl|vad\s+är\s+(?:skälet|skälen|"
                                 r"anledningen|orsaken)|why)\b", re.IGNORECASE)
# What gives a reason: a causal or final clause, or a background/purpose section.
_REASON_RE = re.compile(r"\b(?:eftersom|därför|på\s+grund\s+av|för\s+att|så\s+att|syftet|syftar|skälet|anledningen|"
                        r"orsaken|leder\s+till|behövs)\b", re.IGNORECASE)
# What gives a cause (not a purpose: "ansvarar för att …" says nothing of why something is late)
_CAUSE_RE = re.compile(r"\b(?:eftersom|därför\s+att|på\s+grund\s+av|beror\s+på|till\s+följd\s+av|orsaken|"
                       r"anledningen|skälet)\b", re.IGNORECASE)
_REASON_HEADING_RE = re.compile(r"\b(?:bakgrund|syfte|motiv|skäl|varför)", re.IGNORECASE)


_REFUSAL_RE = re.compile(r"\b(?:avslå\w*|avslog\w*|avslag\w*|avböj\w*|beviljades\s+inte|fick\s+inte|"
                         r"inte\s+(?:beviljas|bevilja|ge|få)|får\s+inte)\b", re.IGNORECASE)
# What an answer to "… aldrig …?" says in some form: "inte", "utan svar", "obesvarade".
_NEVER_ANSWER_RE = re.compile(r"\b(?:inte|ej|icke|aldrig|ingen|inget|inga|utan|saknade?|uteblev|obesvarad\w*|o[a-zåäö]+ade)\b",
                         re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:inte|ej|icke|aldrig|avslå\w*|avslog\w*|avslag\w*|nekad\w*|nekades|avböj\w*)\b",
                          re.IGNORECASE)


_PERCENT_RE = re.compile(r"\d+(?:[,.]\d+)?\s*(?:procent|%)", re.IGNORECASE)
_VAGUE = frozenset("""
    flera fler några olika många alla samtliga vissa ett en två tre fyra fem sex sju åtta nio tio varje varenda
    någon något
""".split())


# "elever i årskurs 6", "boende på våning 3": a numbered class, floor or zone after a plural says which ones
_NUMBERED_AFTER_RE = re.compile(r"\s+(?:på|i|från|ur|vid)\s+[a-zåäö]+\s+\d{1,2}\b(?![,.]?\d|\s*(?:%|procent|kr|km|m\b|meter))")


def _only_vague(asked: str, text: str) -> bool:
    """Every mention of the asked word in the text is counted or quantified, not named: "tre vägsträckor",
    "på flera språk", "120 kommunala lekplatser" say how many, not which."""
    tokens = list(re.finditer(r"[\w-]+", text.lower()))
    words = [t.group() for t in tokens]
    mentions = [i for i, w in enumerate(words) if stem(w) == asked or same_word(asked, stem(w))]
    if not mentions:
        # … else its kinds, which name one unless counted or left vague: "vit flugsvamp" names a mushroom,
        # "fler livsmedelsbutiker" no shop
        kinds = [i for i, w in enumerate(words)
                 if len(asked) >= 5 and len(stem(w)) >= len(asked) + 3 and stem(w).endswith(asked)]
        return bool(kinds) and all(any(w in _VAGUE or w.isdigit() for w in words[max(0, i - 2):i]) for i in kinds)
    if asked in _DAY_PARTS and re.search(rf"\b{_WEEKDAY_NAME}\b", text, re.IGNORECASE):
        return False  # "Vilka kvällar …?" is answered by "tisdagar och torsdagar kl. 17–21"
    if _proper_compound(asked, text):
        return False  # "Tovning i skolan | … i Ekbackeskolan": the name says which school

    def vague(i: int) -> bool:
        after = text[tokens[i].end():]
        before = text[:tokens[i].start()].rstrip()
        if re.match(r"\s*\|", after) and (not before or before.endswith("|")):
            return True  # a table cell that is the word alone ("Idrottsplatser | …") names a kind, an area
        if re.match(r"\s*(?:\w+\s+)?:", after):
            return False  # "fyra stora utmaningar: …" goes on to name them
        if re.match(r"\s+(?:på|om)\s+(?:(?:högst|minst|upp\s+till|cirka|ca|omkring|drygt|nästan)\s+)?\d", after):
            return False  # "en hastighet på högst 50 megabit": the figure says which
        if re.match(r"\s*[\"”“«»']\s*[^\W\d_]", after):
            return False  # "pjäsen ”Räven som tappade sin svans”": a title in quotes says which
        if _lists_after_plural(words[i], after):
            return False  # "i de ursprungliga färgerna, vitt med blå eller gröna dörrar" goes on to name them
        if _DEFINITE_PLURAL_RE.search(words[i]) \
                and not re.match(r"\s*\(|\s+[A-ZÅÄÖ]|\s+(?:är|var|blir|blev)\b", after):
            return True  # "samarbetar med trafikskolorna": the known ones, none named
        base = words[i][:-1]
        if words[i].endswith("s") and (stem(base) == asked or same_word(asked, stem(base))) \
                and re.match(r"\s+[a-zåäö]", after):
            return True  # a genitive, "företagens behov", qualifies something else
        if re.match(r"\s+(?:och|samt)\s+(?:i|vid|på|längs|inom|utanför|nära)\b", after):
            return True  # "redskap i parker och vid motionsspår": places of a kind, none named
        if re.match(r"\s+(?:och|samt)\s+[a-zåäö]+(?:er|ar|or|na)\b", after) and (i == 0 or words[i - 1] not in ("de", "alla")):
            return True  # "visningar på museer och konsthallar": kinds of places, none named
        if re.search(r"\b(?:lista|listor|förteckning|sammanställning|förslag)\s+(?:över|på|med|till)$", before,
                     re.IGNORECASE):
            return True  # "ta fram en lista över trädarter som passar": a list still to be made names none
        if i > 0 and words[i - 1] in ("de", "den", "det") and re.match(r"\s+(?:där|som|vars)\b", after):
            return False  # "de hållplatser där flest skolbarn väntar": the clause says which ones
        place = re.match(r"\s+(?:vid|i|på|längs|utanför|nära|mellan|norr\s+om|söder\s+om)\s+([A-ZÅÄÖ][\wåäö-]*)", after)
        if place and place.group(1).lower() not in MUNICIPALITY_WORDS:
            return False  # "fågeltornet vid Vramsån": a place with a name says which ("en gata i Malmö" does not)
        if _NUMBERED_AFTER_RE.match(after):
            return False  # "elever i årskurs 6": a numbered class, floor or zone says which
        if words[i].endswith(("ar", "er", "or")) and len(words[i]) >= len(asked) + 2 \
                and re.match(r"\s+(?:på|i|under|för|med|inom|längs|vid)\s+[a-zåäö]", after):
            return True  # "på kommunala parkeringar på söndagar": an indefinite plural, none named
        if re.match(r"\s+(?:från|i|inom|över)\s+(?:hela|olika|flera|många|alla)\b", after):
            return True  # "spelmanslag från hela Skåne": where they come from, not which
        # within the sentence: a record's next field ("Uppdragstagare: …") names nothing of this one
        rest = re.sub(r"\btill och med\b", " ", re.split(r"[.!?](?:\s|$)|\n", after, maxsplit=1)[0])
        if any(m.group(1).lower() not in MUNICIPALITY_WORDS for m in _NAMED_PLACE_RE.finditer(rest)):
            return False  # "trappan ner till stranden vid Östra klinten": a named place in the clause says which
        if not re.search(r"[,:](?!\d)|\b(?:och|samt)\b", rest) and not re.match(r"\s+[A-ZÅÄÖ]", after):
            return True  # "vid de största festivalerna", "avtal med sotningsföretag som …": never named
        return any(w in _VAGUE or w.isdigit() for w in words[max(0, i - 2):i])

    return all(vague(i) for i in mentions)


# A place named by a capitalised word after a place preposition ("vid Östra klinten"); a municipality alone
# ("festivalerna i Lund") still leaves which one open
_NAMED_PLACE_RE = re.compile(r"\b(?:vid|på|längs|utanför|nära)\s+([A-ZÅÄÖ][\wåäö-]+)")


def has_money(text: str) -> bool:
    """An amount of money: "300 000 kronor", "2 kr", "1,5 mnkr"."""
    return bool(_MONEY_RE.search(text))


def has_time(text: str) -> bool:
    """A year, month, season, term or quarter: what "När …?" asks for."""
    return bool(_TIME_RE.search(text))


# "nyplanterade", "nybyggda", "nedblåsta", "försvunna": a participle that narrows the noun after it
_NEW_PARTICIPLE_RE = re.compile(r"ny\w{3,}(?:de|da|ta|te|na)$|\w{4,}(?:ade|dda|da|ta|nna)$")  # "nedblåsta träd"


_ROUGHLY_RE = re.compile(r"^\s*(?:ungefär|cirka|ca\.?|omkring|roughly|approximately|about)\s+(?=hur|how)",
                         re.IGNORECASE)


def question_shape(question: str) -> QuestionShape:
    """The asked noun follows the question word ("Vilka kommuner"), a copula ("Vad är syftet med …")
    or "Hur många" ("Hur många invånare")."""
    question = _ROUGHLY_RE.sub("", question)  # "Ungefär hur många …?" asks how many
    tokens = re.findall(r"[\wÅÄÖåäö:-]+", question.lower())
    if len(tokens) > 2 and tokens[0] in _PREPOSITIONS and tokens[1] in ("vilka", "vilken", "vilket"):
        tokens = tokens[1:]  # "Vid vilka busshållplatser …?" asks which stops, as "Vilka busshållplatser …?"
    if len(tokens) < 2:
        return QuestionShape()
    if _WHEN_RE.match(question.strip()):
        return QuestionShape(when=True)
    quantity = bool(_QUANTITY_RE.match(question.strip()))
    rest: list[str] = []
    listing = False
    if tokens[0] in ("vilka", "vilken", "vilket") and tokens[1] not in _COPULA and tokens[1] not in _SUBJECT_VERBS \
            and not (len(tokens) > 2 and tokens[2] in _VERB_ONLY_PARTICLES) \
            and not (tokens[0] == "vilka" and len(tokens) > 2 and tokens[2] in _PREPOSITIONS
                     and _agent_question(question)):  # "Vilka kör hem …?", "Vilka stänger av …?" ask who
        # "Vilka tre vägsträckor …?": the number says how many, the noun what
        # … and "Vilka fler språk …?" asks which languages more
        listing = tokens[0] == "vilka"
        rest = tokens[2:3] if tokens[1] in _NUMBER_WORDS or tokens[1] in _MORE else tokens[1:2]
        if len(tokens) > 2 and (tokens[1] in NARROWING_ADJECTIVES or _ADJECTIVE_RE.fullmatch(tokens[1])) \
                and tokens[2] not in STOP_WORDS and tokens[2] not in _COPULA and tokens[2] not in _SUBJECT_VERBS \
                and tokens[2] not in IRREGULAR_VERB_FORMS and not _REGULAR_PAST_RE.fullmatch(tokens[2]):
            rest = tokens[2:3]  # "Vilka giftiga växter …?" asks which plants, "Vilket gammalt hus …?" which house
    elif tokens[0] in ("vad", "vilka", "vilken", "vilket", "hur", "vem") and tokens[1] in _COPULA:
        rest = tokens[2:]
        if rest and rest[0] in ("det", "den", "de"):
            rest = rest[1:]
        listing = tokens[0] == "vilka"
    elif tokens[0] == "hur" and len(tokens) > 2 and tokens[2] in _COPULA:
        rest = tokens[3:]  # "Hur stor är budgeten …?"
    elif quantity and tokens[0] == "hur":
        # "Hur mycket gammal båtbottenfärg …?": the adjective narrows, the noun after it is asked for
        # ("Hur många unga ekar …?"; but "Hur många unga deltog?" counts young people)
        narrowed = len(tokens) > 3 and (tokens[2] in NARROWING_ADJECTIVES or _NEW_PARTICIPLE_RE.match(tokens[2])
                                         or tokens[2] in ("ung", "unga", "ungt")
                                         and not _REGULAR_PAST_RE.fullmatch(tokens[3])
                                         and tokens[3] not in IRREGULAR_VERB_FORMS)
        rest = tokens[2:4] if narrowed else tokens[2:3]
    elif tokens[0] == "which" and tokens[1] not in _ENGLISH_FIELD_NOUNS and tokens[1] not in _ENGLISH_AUXILIARIES:
        rest = tokens[1:2]  # "Which company supplies …?": a company must be named
    phrase = []
    for word in rest:
        if word in _PREPOSITIONS or word in STOP_WORDS:
            break
        phrase.append(word)
    # "Hur mycket mer …?": a comparative asks for a difference, it names no thing
    words = [w for w in phrase if not w.endswith(":s") and w not in ("mer", "mera", "mindre", "fler", "färre")]
    if words and words[-1] in IRREGULAR_VERB_FORMS:
        words = []  # "Hur många kom …?", "Vilka går runt …?": a verb, no thing is asked for
    asked = stem(words[-1]) if words and words[-1] not in GENERIC_WORDS else None
    count = bool(re.match(r"\s*(?:hur\s+många|how\s+many)\b(?!\s+(?:procent|percent))", question, re.IGNORECASE))
    if any(w in ("antal", "antalet") for w in words[:-1]):
        quantity = count = True  # "Vilket var det högsta antalet cyklister …?" asks how many
    # "Hur många har krävt ersättning …?" counts people; "Hur många kronor …?" is an amount
    money = quantity and bool(_MONEY_QUESTION_RE.search(question)) and not (
        count and not re.match(r"\s*(?:hur\s+många|how\s+many)\s+(?:kronor|miljoner|miljarder|tusen|euro|dollars?)\b",
                               question, re.IGNORECASE)) \
        or bool(_PAY_QUESTION_RE.match(question.strip())) or bool(_INCOME_QUESTION_RE.match(question.strip()))
    return QuestionShape(asked, listing, quantity, money=money,
                         outcome=bool(_OUTCOME_RE.match(question.strip())),
                         count=count,
                         reason=bool(_REASON_QUESTION_RE.match(question.strip())))


# A number that labels a period or an item ("Kv 1", "Q1", "Vt 2028", "§ 4", "kl. 13"), not an amount.
_LABEL_NUMBER_RE = re.compile(r"(?:\b(?:kv|q|vt|ht|kl|nr|punkt|kvartal|årskurs|åk)\.?\s*|§\s*)\d+(?:\s*[–-]\s*\d+)?\b"
                              r"|\b\d+\s*[–-]\s*\d+\s*år\b"  # "årskurs 1–3", "unga 16–24 år": no count
                              # "den 30 september 2327": a date
                              rf"|\b\d{{1,2}}\s+(?:{'|'.join(_MONTH_NAMES)})(?:\s+\d{{4}})?\b"
                              # "Maj–oktober 1850", "våren 1912", "hela 2323": a year, whichever century
                              rf"|\b(?:{'|'.join(_MONTH_NAMES)}|"
                              r"våren|sommaren|hösten|vintern|hela|år|året|sedan|inför)"
                              r"\s+\d{4}\b",
                              re.IGNORECASE)


def has_quantity(text: str) -> bool:
    """A number that is not a year ("100 000", "35 procent", "tre platser") nor a label ("Kv 1", "§ 4")."""
    if _LIMITED_ONE_RE.search(text):
        return True
    for token in re.findall(r"\w+", _LABEL_NUMBER_RE.sub(" ", text).lower()):
        if token in _NUMBER_WORDS or (token.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", token)):
            return True
    return False


# An infinitive ends in a vowel, not in a definite plural: "använda", "hyra", "gå", not "invånarna".
_INFINITIVE_RE = re.compile(r"^(?!.*(?:rna|ena)$).*[aeå]$")
_VERB_PARTICLES = frozenset("fram upp ut in bort ner ned undan".split())
_MODAL_INFINITIVES = frozenset("få kunna behöva vilja våga orka hinna slippa".split())
_COST_VERBS = frozenset("kostar kostade kosta".split())
_MORE = frozenset("mer fler flera ytterligare".split())  # "vilka fler språk": a degree, the languages are asked
_TOPIC_PREPOSITIONS = frozenset("om för med av i inom på till kring mellan hos från vid längs angående via ur".split())
# English questions: their prepositions open a topic too, their articles do not end one.
_ENGLISH_TOPIC_PREPOSITIONS = frozenset("about of on in for with regarding concerning at from".split())
_ENGLISH_DETERMINERS = frozenset("the a an this that these those its their our your what which whose".split())
_ENGLISH_AUXILIARIES = frozenset("is are was were has have had will would can could should shall may might must did "
                                 "does do".split())
# "… at the new sites": the sites are the topic; "new" only narrows it
_ENGLISH_ADJECTIVES = frozenset("new old big large small little whole other first next own".split())
_ADJECTIVE_ENDINGS = ("iga", "igt", "isk", "iska", "iskt", "liga", "ligt", "samma", "samt", "ala", "ande", "ende")
# "i dag", "i år", "på sikt": time adverbs, not a topic after a preposition.
_TIME_WORDS = frozenset(_MONTH_NAMES) | frozenset("""
    dag dagsläget år året åren fjol morgon går kväll höst vår sommar vinter sikt tiden
    möte mötet mötena sammanträde sammanträdet sammanträdena
    morgonen kvällen natten förmiddagen eftermiddagen helgen helger vardagar dygn dygnet timme timmar timmen
    dagar vecka veckan veckor månad månaden månader kvartal kvartalet minuter datum datumet somras våras höstas vintras
    dagtid kvällstid nattetid helgtid slutet början utgången
""".split())  # … nor months, parts of the day, spans of time or the meeting itself ("på sammanträdet den 22 februari")
_YEAR_RE = re.compile(r"\d{4,8}")
_POSSIBLE_VERBS = frozenset("gå går gick gått".split())
_IDIOMS = frozenset({("på", "plats"), ("i", "gång"), ("på", "gång"), ("i", "tid"), ("i", "land"), ("i", "stället"),
                     ("på", "grund"), ("i", "telefonen"), ("i", "telefon"), ("på", "telefon"),
                     ("sig", "hem"), ("i", "rad"), ("på", "väg"), ("i", "fortsättningen"), ("i", "jorden"),
                     ("i", "följd")})  # "på grund av mullvadarna": the moles are the topic


# The collaboration that every document is of: "Hur mycket pengar har samarbetet …?" names no passage.
_COLLABORATION_STEMS = frozenset(stem(w) for w in ("samarbetet", "malmölundregionen", "mlr"))


def document_words(hits: list[SearchHit]) -> frozenset[str]:
    """Stems of the words that name the retrieved documents: title, document type, years, and the
    collaboration whose documents they are."""
    out: set[str] = set(_COLLABORATION_STEMS) if hits else set()
    for hit in hits:
        for word in content_words(f"{hit.title} {hit.doc_type}"):
            if word not in ("exempel", "fiktiv", "fiktiva", "fiktivt"):
                out.add(stem(word))
    return frozenset(out)


_SWEDISH_AUXILIARIES = frozenset("fick kommer bör brukar borde lär".split())


def _who_verb(question: str) -> set[str]:
    """The verb of an English "Who <verb> …?": what the question asks about its subject."""
    tokens = re.findall(r"[\w-]+", question.lower())
    return {tokens[1]} if len(tokens) > 2 and tokens[0] == "who" and tokens[1] not in _ENGLISH_AUXILIARIES else set()


def _asked_thing(question: str, glossary) -> list[str]:
    """The words of the thing an English "Who is in charge of …?" asks about, up to any preposition or
    clause and without the deed that opens it ("recruiting part-time firefighters" → part-time,
    firefighters; "the app where residents report …" → app)."""
    topic = is_responsibility_question(question)
    tokens = re.findall(r"[\w-]+", topic.lower()) if topic else []
    if tokens and glossary.is_verb_form(tokens[0]):
        tokens = tokens[1:]
    words = []
    for word in tokens:
        if word in _ENGLISH_TOPIC_PREPOSITIONS or word in ("where", "which", "that", "who", "whose", "when", "to"):
            break
        words.extend(content_words(word.replace("-", "")))  # "part-time" as one word: "time" alone is no part of it
    return words


def _about_words(question: str) -> set[str]:
    """The words right after "about"/"regarding"/"concerning" (past an article): what an English
    question is about ("… decide about the opera house?")."""
    return set(re.findall(r"\b(?:about|regarding|concerning)\s+(?:(?:the|a|an)\s+)?([\w-]+)", question.lower()))


def _swedish_who_verb(question: str, index) -> set[str]:
    """The verb of "Vem <verb> …?" when the documents use it in some form: "Vem justerade protokollet?"
    is not answered by the date of the next meeting. A verb they never use ("Vem skrev …?" against
    "Antecknare: …") decides nothing; responsibility verbs are left to the responsibility rules."""
    tokens = re.findall(r"[\w-]+", question.lower())
    if tokens[1:4] == ["håller", "på", "att"]:
        tokens = tokens[:1] + tokens[4:]  # "Vem håller på att skanna …?" asks who scans
    if len(tokens) > 3 and tokens[0] in ("vilken", "vilket", "vilka") and re.search(r"(?:ade|de|te)s?$", tokens[2]) \
            and tokens[2] not in STOP_WORDS and tokens[2] not in GENERIC_WORDS and not is_responsibility_question(question):
        # "Vilken kommun saknades vid sammanträdet?": what happened is asked, in the past tense
        return {tokens[2]} if index is not None and len(index.term_idf) and _known(stem(tokens[2]), index) else set()
    if len(tokens) > 3 and tokens[0] == "var" and _SHORT_PRESENT_RE.fullmatch(tokens[1]) \
            and tokens[1] not in _WHERE_FRAME_VERBS and tokens[1] not in STOP_WORDS and tokens[1] not in GENERIC_WORDS:
        # "Var köper fritidsgårdarna bambu …?": where the deed is done, not where the bamboo is used (a deed no
        # document tells of is nowhere told)
        return {tokens[1]}
    if len(tokens) > 3 and tokens[0] == "hur" and tokens[2] in ("man", "jag", "vi", "ni", "du") \
            and _SHORT_PRESENT_RE.fullmatch(tokens[1]) and tokens[1] not in STOP_WORDS \
            and tokens[1] not in GENERIC_WORDS and tokens[1] not in _SWEDISH_AUXILIARIES \
            and tokens[1] not in _WHERE_FRAME_VERBS and tokens[1] not in _LIGHT_VERBS:
        # "Hur anmäler man sig till en trädvandring?" is answered by how one signs up, not by the walks
        return {tokens[1]} if index is not None and len(index.term_idf) and _known(stem(tokens[1]), index) else set()
    verb = action_verb(question)  # "Vem ska utvärdera kampanjen?"
    if verb is None and (len(tokens) <= 2 or tokens[0] != "vem" or tokens[1] in STOP_WORDS
                         or tokens[1] in _SWEDISH_AUXILIARIES or tokens[1] in GENERIC_WORDS
                         or is_responsibility_question(question)):
        return set()
    verb = verb or tokens[1]
    if verb.startswith(PAYING_VERBS):
        return {verb}  # "Vem bekostar halmfigurerna?": whoever pays is told in words of paying, or nowhere
    return {verb} if index is not None and len(index.term_idf) and _known(stem(verb), index) else set()


def _where_subject(question: str) -> set[str]:
    """The thing "Var hålls bokfesten …?" asks the place of: a sentence naming a place and not the thing ("Nästa
    möte hålls … i Malmö") tells where something else is."""
    m = re.match(r"^\s*var\s+(?:[^\W\d_]+\s+){1,2}?([^\W\d_]{4,}(?:en|et|na|n|t))\b", question, re.IGNORECASE)
    if not m or m.group(1).lower() in STOP_WORDS or m.group(1).lower() in _CLAUSE_SUBJECTS:
        return set()
    return {m.group(1).lower()}


# "Hur gör man sig av med …?", "Hur håller man …?": verbs that say little of the deed asked about
_LIGHT_VERBS = frozenset("gör får tar håller blir ser vet kan ska bör sköter".split())

# "Var ligger …?", "Var hålls …?" ask for the place alone: "Drakfestivalen på Lomma strand" answers
_WHERE_FRAME_VERBS = frozenset("ligger finner hittar placeras anordnas arrangeras samlas träffas möts startar kommer går tar hamnar "
                               "slutar börjar".split())


def _per_words(question: str, shape: QuestionShape) -> set[str]:
    """"Hur mycket flis får varje hushåll hämta?" asks an amount per household, "Vad tjänar en lärling i
    månaden?" one per month: a total names neither."""
    rates = {m.group(1).lower() for m in re.finditer(r"\b(?:i|per|om)\s+(månaden|veckan|timmen|timme|dygnet|dygn)\b",
                                                     question, re.IGNORECASE)
             # "Vilken kväll i veckan …?" asks which one of the week, not how much in a week
             if not re.search(rf"\bvilk(?:en|et|a)\s+[^\W\d_]+\s+{m.group(0)}", question, re.IGNORECASE)}
    if not shape.quantity:
        return rates
    return rates | {m.group(1).lower() for m in re.finditer(r"\b(?:varje|per|each)\s+([^\W\d_]{4,})", question,
                                                            re.IGNORECASE) if m.group(1).lower() not in _TIME_WORDS}


# "Får man sälja mat och fika på loppisen?": the modal, its subject, the verb, then what the verb takes
_OBJECT_END = r"(?:på|i|vid|till|från|under|med|för|om|inom|hos|utan|efter|före|när|där|som|utanför)\b"
_PERMITTED_OBJECT_RE = re.compile(
    rf"^\s*(?:får|måste|behöver)\s+(?:man|jag|vi|du|de|ni|[^\W\d_]{{3,}}(?:arna|erna|orna|na|en|et))\s+(?:inte\s+)?"
    rf"[^\W\d_]+(?:\s+med\s+sig)?\s+(?!{_OBJECT_END})"
    rf"(?P<objects>[^?.!]+?)(?=\s+{_OBJECT_END}|\s*[?.!]|$)", re.IGNORECASE)


def _permitted_objects(question: str) -> set[str]:
    """What a permission question asks may be done with: "mat" and "fika" in "Får man sälja mat och fika på
    loppisen?". A rule that names none of them ("bilar sålde saker") is about something else."""
    m = _PERMITTED_OBJECT_RE.match(question)
    return {w for w in content_words(m.group("objects")) if len(w) >= 3} if m else set()


def _why_predicate(question: str) -> set[str]:
    """The participle that ends "Why was X delayed?": what is asked is why it happened, so a sentence on X
    that says nothing of a delay does not answer."""
    m = re.match(r"^\s*why\s+(?:was|were|is|are|has|have|had)\b.*\b([a-z]{3,}ed)\W*$", question, re.IGNORECASE) \
        or _SWEDISH_WHY_PREDICATE_RE.match(question)
    return {next(g for g in m.groups() if g).lower()} if m else set()


# "Varför har det dröjt med X?", "Varför är X försenat?": the same in Swedish, the impersonal supine or the
# participle that ends the question
_SWEDISH_WHY_PREDICATE_RE = re.compile(r"^\s*varför\s+(?:(?:har|hade)\s+det\s+([^\W\d_]{3,}t)\b"
                                       r"|(?:är|var|blev|blir)\b.*\s([^\W\d_]{3,}(?:ad|at|ade|d|t))\W*$)",
                                       re.IGNORECASE)


_KIND_QUESTION_RE = re.compile(r"^\s*vad\s+(?:är|var|blir)\s+(?:det|de|den)\s+för\s+(?:sorts?\s+|slags\s+)?[^\W\d_]+|"
                               r"^\s*vad\s+för\s+(?:sorts?\s+|slags\s+)?[^\W\d_]+", re.IGNORECASE)


def topic_words(question: str) -> set[str]:
    """The words a question is about: those after a preposition ("… om vindkraft", "… i Turismnätverket").

    Each must be in the answer; a sentence that matches the rest of the question answers another one."""
    # "Vad är det för växter på öarna?" asks what kind: the answer names kinds ("svärdsliljor och starr"),
    # not the word "växter"
    question = _KIND_QUESTION_RE.sub("Vad ", question)
    tokens = re.findall(r"[\wÅÄÖåäö-]+|[,;]", question.lower())
    out: set[str] = set(_who_verb(question))  # "Who chairs …?": "chairs" must be there as "ordförande"
    # "Finns det parkering …?", "Går det någon buss …?", "Vem var huvuddomare vid …?": the thing or role asked about
    if (thing := _EXISTENCE_THING_RE.match(question) or _ROLE_THING_RE.match(question)) \
            and thing.group(1).lower() not in STOP_WORDS and thing.group(1).lower() not in _VAGUE_THINGS:
        out.add(thing.group(1).lower())
    after = infinitive = False
    for previous, token, next_token in zip([""] + tokens, tokens, tokens[1:] + [""]):
        if infinitive:
            # "försöket med att använda tång": the infinitive after "att" is the verb, its object the topic
            infinitive = token in _MODAL_INFINITIVES  # "för att få ta upp en öppning": "ta" is the verb too
            if _INFINITIVE_RE.search(token) and token not in _TOPIC_PREPOSITIONS:
                continue
        if token in _TOPIC_PREPOSITIONS or token in _ENGLISH_TOPIC_PREPOSITIONS or token in _COST_VERBS:
            after = True  # "Vad kostar ett mobilskåp?": the thing whose cost is asked is the topic
        elif after and previous in _ENGLISH_TOPIC_PREPOSITIONS and previous not in _TOPIC_PREPOSITIONS \
                and token.endswith("ing") and len(token) >= 6 and next_token not in ("", "?"):
            continue  # "in charge of putting bird stickers on …": the deed; its object is the topic
        elif after and token == "att":
            infinitive = True
        elif after and token in _VERB_PARTICLES:
            continue  # "att hyra ut bilarna", "att ta fram en plan"
        elif after and (previous, token) in _IDIOMS:
            after = False  # "har kommit på plats", "är i gång", "vänta i telefonen innan …": how, not what
        elif after and token in _POSSIBLE_VERBS and next_token == "att":
            continue  # "för att det ska gå att dra spår": "gå att" says it can be done; the topic follows
        elif after and token in _ENGLISH_DETERMINERS:
            continue
        elif after and (token == "gruppen" or token == "group" and previous in ("the", "this", "our", "your")):
            after = False  # "the next meeting of the group": the group talked about, no topic of its own
        elif after and (token in ("mest", "minst", "flest", "mindre") or token in _MORE):
            continue  # "vid den mest bullriga padelbanan": a degree; the court is the topic
        elif token in (",", ";") or _YEAR_RE.fullmatch(token) or token in GENERIC_WORDS or token in _TIME_WORDS:
            after = False
        elif after and (token in _NUMBER_WORDS or token.isdigit()):
            continue  # "inom två dygn": a number says how much of what follows
        elif after and token.endswith("stans"):
            continue  # "någon annanstans", "ingenstans": a place left unnamed
        elif after and token not in STOP_WORDS:
            adjective = token in NARROWING_ADJECTIVES or token in _ENGLISH_ADJECTIVES
            if not adjective:  # "av de nya träden": "nya" only narrows, the trees are asked
                out.add(token)  # the first word of the phrase; what follows may be the question's verb
            # … unless it is an adjective: "om ett gemensamt äldreboende" is about the äldreboende
            after = adjective or token.endswith(_ADJECTIVE_ENDINGS)
    return out


_EXISTENCE_THING_RE = re.compile(r"^\s*(?:finns|fanns|går|gick)\s+det\s+(?:(?:någon|något|några|en|ett)\s+)?"
                                 r"(?:(?:ny|nya|nytt|gemensam|gemensamt|gemensamma|egen|eget|egna|särskild|särskilt|"
                                 r"särskilda|[^\W\d_]{3,}(?:ig|iga|igt|lig|liga|ligt|isk|iska|iskt))\s+)?"
                                 r"([^\W\d_][\w-]{2,})\b(?!\s+att\b)", re.IGNORECASE)  # the noun past an adjective
_ROLE_THING_RE = re.compile(r"^\s*vem\s+(?:är|var|blir|blev)\s+(?!ansvarig)([^\W\d_]{4,})\s+(?:på|för|i|vid|till|av|hos)\s",
                            re.IGNORECASE)
# "Finns det möjlighet att …?", "Finns det plats för …?": what the answer says in other words
_VAGUE_THINGS = frozenset("att möjlighet möjligheter plats platser risk behov chans tid pengar anledning något "
                          "några någon inga ingen".split())


_MUNICIPALITY_GENITIVES = frozenset(m + "s" for m in MUNICIPALITY_WORDS if not m.endswith("s"))
_LOCATIVE = frozenset("i på vid längs från till utanför nära mellan".split())
_COLLABORATION = frozenset("malmölundregionen malmölundregionens mlr regionen".split())


def _names_something(text: str) -> bool:
    """A capitalised word past the first that is not one of the municipalities, a field's label
    ("Tidsplan:") or a group: a name of its own."""
    tokens = list(re.finditer(r"[\w-]+", text))
    for i, m in enumerate(tokens[1:], 1):
        word, low = m.group(), m.group().lower()
        before = text[tokens[i - 1].end():m.start()].strip()
        opening = before in (".", ":", "|", "–", "-")  # a sentence's, a field's or a cell's first word
        label = re.match(rf"{_LABEL_TEXT}:", text[m.start():]) is not None
        if word[:1].isupper() and low not in MUNICIPALITY_WORDS and low not in _MUNICIPALITY_GENITIVES \
                and low not in _COLLABORATION and not opening and not label and not _is_group_word(word):
            return True
    return False


_MUNICIPALITY_COUNT_RE = re.compile(rf"\b(?:\d+|{_NUMBER_WORD_ALTERNATION}|alla|samtliga)\s+(?:[^\W\d_]+\s+)?"
                                    r"(?:medlems|skåne|grann)?kommun(?:er|erna)?\b|"
                                    rf"\b(?:\d+|{_NUMBER_WORD_ALTERNATION})\s+av\s+(?:de\s+)?"
                                    rf"(?:\d+|{_NUMBER_WORD_ALTERNATION})\b", re.IGNORECASE)


def names_municipalities(text: str) -> bool:
    """The text names a member municipality, or all of them ("samtliga kommuner", "alla")."""
    return bool(_municipalities_in(text)) or bool(re.search(r"\b(?:samtliga|alla)\b", text, re.IGNORECASE))


def _municipalities_in(text: str) -> set[str]:
    """The member municipalities a text names, genitives ("Lunds") as the name."""
    words = {w.lower() for w in re.findall(r"[\wÅÄÖåäö]+", text)}
    return (words & MUNICIPALITY_WORDS) | {w[:-1] for w in words & _MUNICIPALITY_GENITIVES}


def place_words(question: str) -> set[str]:
    """Places the question is about: the member municipalities wherever named ("… i Höör", "Hur många
    invånare har Vellinge?") and capitalised names after a place preposition ("… längs Sydkustleden").

    They are rarely rare in the documents (every list of the twelve municipalities names them), so
    rarity cannot decide whether they must be in the answer: a sentence about the region or another
    municipality answers another question."""
    tokens = re.findall(r"[\wÅÄÖåäö-]+", question)
    out: set[str] = set()
    for i, token in enumerate(tokens):
        low = token.lower()
        if low in _COLLABORATION:
            continue
        if low in MUNICIPALITY_WORDS or (low.endswith("s") and low[:-1] in MUNICIPALITY_WORDS):
            out.add(low)
        elif i > 0 and token[:1].isupper() and tokens[i - 1].lower() in _LOCATIVE:
            out.add(low)
    return out


def _table_header(passage: str, row: str) -> str:
    """The first line of the table (consecutive "|" lines) that holds the row, or ""."""
    header = ""
    for line in (line.strip() for line in passage.splitlines()):
        if "|" not in line:
            header = ""
            continue
        header = header or line
        if row in line:
            return header
    return ""


# "Får man …?", "Kan förtroendevalda …?", "Behöver barnen …?", "Tar miljöbilen emot …?": whether something is
# allowed or possible
_CONDITION_QUESTION_RE = re.compile(r"^\s*(?:får|kan|behöver|måste|tar|tillåts)\s+\w", re.IGNORECASE)


def _condition_words(question: str, index, naming: frozenset[str]) -> set[str]:
    """A question whether something is allowed or possible asks about every rare word it has: "Tar
    miljöbilen emot gamla bildäck?" is not answered by what the bus does take, without the tyres."""
    if not _CONDITION_QUESTION_RE.match(question):
        return set()
    # the things asked about, not what is done with them ("sälja", "parkera", "läsa") nor how ("direkt")
    words = {w for w in re.findall(r"[\wåäö-]+", question.lower())[1:]
             if w not in STOP_WORDS and w not in GENERIC_WORDS and w not in NARROWING_ADJECTIVES and len(w) >= 4
             and not _INFINITIVE_RE.search(w) and not _SHORT_PRESENT_RE.fullmatch(w) and w not in _ADVERBS}
    return rare_words(words - naming, index)


_ADVERBS = frozenset("direkt kvar också ännu redan fortfarande själv själva gratis alltid ofta".split())

# "Hur många av de boende har demens?": the part counted is the one having something
_PARTITIVE_HAVING_RE = re.compile(r"^\s*hur\s+många\s+av\s+.+?\s(?:har|hade)\s+(?P<what>[^\W\d_]{4,})", re.IGNORECASE)
_SUPINE_RE = re.compile(r"(?:at|it|tt|ts|dd)$")


def _partitive_condition(question: str, index) -> set[str]:
    """What the part a question counts has ("demens"): a number of the whole ("vid 16 boenden") or a sentence
    about the residents without it does not answer how many of them have it."""
    m = _PARTITIVE_HAVING_RE.match(question)
    if not m or _SUPINE_RE.search(m.group("what").lower()) or m.group("what").lower() in STOP_WORDS:
        return set()  # "… har öppnat", "… har fått": a perfect tense, its deed told in the answer's own words
    return rare_words({m.group("what").lower()}, index)


def rare_words(words: set[str], index) -> set[str]:
    """The words the documents never use or use in few passages; common ones ("samarbetet") are the
    documents' own subject and need not be repeated by a sentence that answers."""
    if index is None or not len(index.term_idf):
        return set(words)
    top = float(index.term_idf.max())
    out = set()
    for word in words:
        j = index.term_index.get(stem(word))
        if j is None or float(index.term_idf[j]) >= RARE_IDF_SHARE * top:
            out.add(word)
    return out


# Asked things whose answer does not name them: "Vilken roll har …?" → "… ansvarar för …".
_ANSWER_NEED_NOT_NAME = tuple(stem(w) for w in """
    grupp roll tid tidsplan datum dag status kommun år period typ sort slag del sätt uppgift ansvar läge
    anledning skäl orsak andel mängd nivå gräns ålder avstånd organ material temperatur
    """.split())


# words that end like one of those without being a compound of it
_FALSE_HEADS = ("medel", "handel", "kontroll",
                "manslag", "bollslag", "idrottslag", "arbetslag", "tävlingslag")  # teams ("lag"), no kinds ("slag")


def needs_no_name(asked: str | None) -> bool:
    """The asked thing is one of those, or a compound ending in one: "arbetstid", but not
    "desinfektionsmedel" (no "del") nor "vår" (no "år")."""
    return bool(asked) and any(asked == w or asked.endswith(w) and len(asked) - len(w) >= 3
                               and not asked.endswith(_FALSE_HEADS) for w in _ANSWER_NEED_NOT_NAME)
# What an activity record's fields give: "Vilka kommuner/grupper/aktiviteter …?" may be answered by one.
_RECORD_FIELDS = frozenset(stem(w) for w in """
    kommun kommuner grupp grupper aktivitet aktiviteter insats insatser åtgärd åtgärder område områden
    deltagare ansvarig ansvariga status period tid tider
    """.split())


_DAY_RE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTH_ALTERNATIVES})\b|\b(?:19|20)\d\d-\d\d-\d\d\b", re.IGNORECASE)
_STATUS_NEGATION_RE = re.compile(r"\b(?:ej|inte)\s+(?:påbörjad|påbörjat|startad|startat|klar|klart)\b", re.IGNORECASE)
_DAY_PARTS = frozenset(stem(w) for w in "dag dagar kväll kvällar morgon morgnar eftermiddag eftermiddagar "
                                            "förmiddag förmiddagar natt nätter".split())
_WEEKDAY_NAME = r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en|arna)?"  # "tisdagar", "fredagen"
_WEEKDAY_RE = re.compile(rf"\b(?:{_WEEKDAY_NAME}|(?:vardag|helgdag|veckodag)(?:ar|en|arna)?)\b|"
                         r"\b(?:dagligen|varje\s+dag|alla\s+dagar|helger(?:na)?)\b", re.IGNORECASE)
_CLOCK_RE = re.compile(r"\b(?:klockan|kl\.?)\s*\d|\b\d{1,2}[.:]\d\d\b", re.IGNORECASE)
# Who was not at a meeting: "… utom Lomma", "Höör hade anmält förhinder"
_ABSENCE_RE = re.compile(r"\b(?:inte|ej|utom|förutom|frånvarande|saknades|saknas|förhinder|anmält\s+förhinder|"
                         r"avstod|ingen|inga|deltog\s+inte)\b", re.IGNORECASE)


def _which_word(question: str) -> str | None:
    """The "vilken/vilket/vilka/which" that opens a question, also after a preposition ("Vid vilka …")."""
    m = re.match(r"\s*(?:\w+\s+)?(vilk(?:en|et|a)|which)\b", question, re.IGNORECASE)
    return m.group(1).lower() if m else None


def _without(numbers: set[str], text: str) -> str:
    """The text without the given numbers."""
    return re.sub(r"\b\d+\b", lambda m: " " if m.group() in numbers else m.group(), text) if numbers else text


_MONEY_FRAME = frozenset("pengar kronor belopp summa summan beloppet".split())
# "… innan planperioden är slut?": the plan's goal, which the plan gives as "till 2331" or "ska"; "för de tre
# åren": the plan's period, which it gives as "2330–2332"
_PLAN_PERIOD_RE = re.compile(r"\b(?:innan|före|till|vid|mot)\s+(?:slutet\s+(?:av|på)\s+)?"
                             r"(?:plan|verksamhetsplane|verksamhets)?perioden(?:s\s+slut|\s+(?:är|har\s+gått)\s+(?:slut|över|ut))?|"
                             r"\b(?:för|under|på)\s+(?:de|alla)\s+(?:två|tre|fyra|fem|\d)\s+åren\b",
                             re.IGNORECASE)
# "Hur mycket pengar finns det sammanlagt …?": a total is what an amount is, the answer need not say so
_TOTAL_FRAME = frozenset("sammanlagt totalt sammantaget".split())
_TIME_FRAME = frozenset("""månad månader månaden vecka veckor datum datumet tid tiden tidpunkt period perioden år året
    del delen säsongen""".split())  # "Under vilken del av året …?" asks for a time of the year


# "Hur varmt …?", "Hur ofta …?": the word after "hur" names the measure a demand (see _DEMANDS) asks for
_MEASURE_RE = re.compile(r"^\s*hur\s+(varm|varmt|varma|kall|kallt|kalla|het|hett|ofta|hög|högt|höga|låg|lågt|låga|"
                         r"tjock|tjockt|tjocka|djup|djupt|djupa|bred|brett|breda|tung|tungt|tunga|gammal|gamla|sent|tidigt|"
                         r"grov|grovt|grova)\b",
                         re.IGNORECASE)


# "Vilken åldersgräns gäller …?", "På vilket avstånd …?": the measure asked for, which the answer gives as "över
# 55 år", "10 meter" (the demands see to it that it does)
_MEASURE_NOUN_RE = re.compile(r"\b(?:vilken|vilket)\s+(åldersgräns|åldersgränsen|ålder|\w*avstånd|temperatur|vikt)\b",
                              re.IGNORECASE)


# "den högsta tillåtna temperaturen": a limit, which "inte får bli varmare än 80 grader" gives in its own words
_LIMIT_FRAME_RE = re.compile(r"\b(högsta|lägsta|största|minsta|maximala|minimala)\s+(?:(tillåtna)\s+)?"
                             r"(temperaturen|temperatur|vikten|åldern|hastigheten|djupet|höjden)\b", re.IGNORECASE)


# "1 730 kaniner har fångats", "286 fåglar hämtades": a count of what was done, not of what there is
_EVENT_COUNT_RE = re.compile(r"\d[\d\s]*\s+(?:[^\W\d_]+\s+){1,2}(?:har\s+|hade\s+)?(?:nu\s+)?"
                             r"[^\W\d_]+(?:ats|its|tts|ades|des|tes)\b|"
                             # a status: "146 mottagare utlånade", "318 mullvadar fångade"
                             r"\d[\d\s]*\s+[^\W\d_]+\s+[^\W\d_]{3,}(?:ade|da|de|ta|te|na)\b(?!\s+\w)|"
                             # what befell them: "biodlarna har förlorat två bisamhällen"
                             rf"\b(?:har|hade)\s+(?:[^\W\d_]+\s+)?[^\W\d_]{{3,}}(?:at|it|tt)\s+"
                             rf"(?:\d|(?:{_NUMBER_WORD_ALTERNATION})\b)", re.IGNORECASE)
_SHARE_QUESTION_RE = re.compile(r"^\s*hur\s+stor\s+(?:del|andel)\b|^\s*(?:what|which)\s+(?:share|proportion|"
                                r"percentage|part)\b|^\s*how\s+much\s+of\b", re.IGNORECASE)


def frame_words(shape: "QuestionShape", question: str = "") -> frozenset[str]:
    """Words that only say what kind of answer is wanted, once the shape demands it: an amount of
    money for "Hur mycket pengar …?", a time for "Under vilka månader …?", a temperature for "Hur
    varmt …?" (the answer says "24,6 grader", not "varmt")."""
    measure = _MEASURE_RE.match(question) or _MEASURE_NOUN_RE.search(question)
    # "Hur lång tid dröjer det …?": a span of time asked for, which the demands see to
    span = frozenset({"lång", "tid"}) if re.match(r"\s*hur\s+lång\s+tid\b", question, re.IGNORECASE) else frozenset()
    share = _SHARE_QUESTION_RE.match(question)
    # "Vad kommer anmälan att kosta från nästa år?": the future and a year told from today are how the
    # question is put; the documents say "från den 1 januari 2325"
    tense = frozenset({"kommer"} if _FUTURE_RE.search(question) else ()) \
        | frozenset(w.lower() for m in _RELATIVE_YEAR_RE.finditer(question) for w in m.groups())
    return (_MONEY_FRAME if shape.money else frozenset()) | (_TIME_FRAME if shape.when else frozenset()) \
        | (_TOTAL_FRAME if shape.quantity else frozenset()) \
        | _plan_period_words(question) \
        | (frozenset({measure.group(1).lower()}) if measure else frozenset()) \
        | (frozenset({"del", "delen", "andel", "andelen"}) if share else frozenset()) | tense \
        | (_COMPLETION_WORDS if _PART_QUESTION_RE.match(question) else frozenset()) | span \
        | frozenset(w.lower() for m in _LIMIT_FRAME_RE.finditer(question) for w in m.groups() if w)


# "Hur många av badbryggorna är färdiga?" asks for the part done: "9 av 15 badbryggor är renoverade" says it
# in the deed's own word
_COMPLETION_WORDS = frozenset("färdig färdiga färdigt klar klara klart".split())


def _plan_period_words(question: str) -> frozenset[str]:
    """The words of "innan planperioden är slut", "för de tre åren": the plan's goal or period."""
    period = _PLAN_PERIOD_RE.search(question)
    return frozenset(w.lower() for w in re.findall(r"[\w-]+", period.group())) if period else frozenset()


_FUTURE_RE = re.compile(r"\bkommer\s+(?:[\w-]+\s+){0,3}?att\b", re.IGNORECASE)
_RELATIVE_YEAR_RE = re.compile(r"\b(nästa|förra|i)\s+(år|året)\b", re.IGNORECASE)


_COUNT_RE = re.compile(rf"\b(?:\d[\d\s]*(?:[,.]\d+)?|{_NUMBER_WORD_ALTERNATION}|{_LIMITED_ONE})"
                       r"(?:\s+av\s+\d[\d\s]*)?\s+((?:(?!(?:i|på|av|för|med|om|till|från|vid|hos|under|efter|mot|per)\b)"
                       r"[^\W\d_][\w-]*\s*){1,3})", re.IGNORECASE)


# "färgerna": a definite plural, which a list after it names ("restauranger, pizzerior och storkök" is
# a list of things alike, not of kinds)
_DEFINITE_PLURAL_RE = re.compile(r"(?:arna|erna|orna|rna)$", re.IGNORECASE)
# A list right after a word: ", vitt med blå eller gröna dörrar", ": ek, bok och lind"
# (", där man klättrar …, " opens a clause, not a list)
_LIST_AFTER_RE = re.compile(r"\s*[,:(–](?!\s*(?:där|som|när|eftersom|så|men|vilket|vilka|med|för|att)\b)\s*"
                            r"[^,|.]{2,40}(?:,|\s+(?:och|eller)\s)")


# … or without a comma, names that are no verb ("växterna liljekonvalj och tidlösa", not "växterna växer och …")
_APPOSED_LIST_RE = re.compile(r"\s+([^\W\d_]{3,})(?<!r)(?<!de)(?<!te)(?:,\s*[^\W\d_]{3,})*\s+(?:och|eller)\s+"
                              r"[^\W\d_]{3,}")


def _lists_after_plural(word: str, after: str) -> bool:
    """A definite plural followed by the list that names its members."""
    if not _DEFINITE_PLURAL_RE.search(word):
        return False
    apposed = _APPOSED_LIST_RE.match(after)
    return bool(_LIST_AFTER_RE.match(after) or apposed and apposed.group(1).lower() not in STOP_WORDS)


# "djur som elefanter och tigrar", "redskap, till exempel räfsor och spadar": kinds given as examples
_EXAMPLES_AFTER_RE = re.compile(r"\s+(?:som|såsom|till\s+exempel|t\.\s?ex\.|bland\s+annat)\s+(?:till\s+exempel\s+)?"
                                rf"(?=([^\W\d_]+)){EXAMPLE_LIST}\s*[^\W\d_]{{3,}}", re.IGNORECASE)


def _lists_after(scorer: "TermScorer", slot, text: str) -> bool:
    """The text names the slot's thing and lists its kinds right after it: "färgerna, vitt med blå eller
    gröna dörrar", "vilda djur som elefanter och tigrar"."""
    def listed(after: str, word: str) -> bool:
        if _lists_after_plural(word, after):
            return True
        if _NUMBERED_AFTER_RE.match(after):
            return True  # "elever i årskurs 6"
        examples = _EXAMPLES_AFTER_RE.match(after)
        return bool(examples) and examples.group(1).lower() not in STOP_WORDS  # not "djur som har …"
    return any(scorer.names_head(slot, m.group(), False) and listed(text[m.end():m.end() + 80], m.group())
               for m in re.finditer(r"[^\W\d_][\w-]*", text))


def _counts(scorer: "TermScorer", slot, text: str) -> bool:
    """A number in the text counts the slot's thing: it names it within the few words after the number
    ("320 villaägare", "57 av 140 övergångsställen", "1 730 vilda kaniner"), or the text gives its number
    ("antalet arter … ökat till 23")."""
    if re.search(r"\bantal", text, re.IGNORECASE) and scorer.names_head(slot, text, True):
        return True
    return any(scorer.names_head(slot, m.group(1), True) for m in _COUNT_RE.finditer(text))


# "Hur många försvunna/skadade/anställda …?": an adjective used as a noun counts people
_PEOPLE_ADJECTIVE_RE = re.compile(r"[^\W\d_]{3,}(?:nna|ade|dda|da|ta|lösa|sjuka)|äldre|unga|yngre|ensamma",
                                  re.IGNORECASE)  # "Hur många äldre …?" ~ "omkring 14 000 personer"
_PERSON_NOUNS = ("personer", "människor", "individer")
_PEOPLE_COUNT_RE = re.compile(rf"\b\d[\d\s]*\s+(?:{'|'.join(_PERSON_NOUNS)})\b", re.IGNORECASE)


# People counted by what they did or were: any of them are the "personer" a question counts
_HUMANS_COUNT_RE = re.compile(rf"\b\d[\d\s]*\s+(?:{'|'.join(_PERSON_NOUNS)}|deltagare|besökare|åhörare|åskådare|"
                              r"invånare|gäster|medlemmar|elever|brukare|anställda|medarbetare)\b", re.IGNORECASE)


def _counts_people(word: str, text: str) -> bool:
    """The question counts people by what befell them ("Hur många försvunna …?") and the text counts
    persons ("11 personer har hittats"), or it counts persons ("Hur många personer har deltagit …?") and
    the text counts people of some kind ("480 deltagare")."""
    if (word or "").lower() in _PERSON_NOUNS:
        return bool(_HUMANS_COUNT_RE.search(text))
    return bool(_PEOPLE_ADJECTIVE_RE.fullmatch(word or "")) and bool(_PEOPLE_COUNT_RE.search(text))


_COUNT_OF_RE = re.compile(rf"\b(?:\d[\d\s]*|{_NUMBER_WORD_ALTERNATION})\s+([^\W\d_]+)\s+"
                          r"(?:på|om|av|över|mot|för|från|med)\s+((?:[^\W\d_][\w-]*\s*){1,2})", re.IGNORECASE)


def _counts_other(scorer: "TermScorer", slot, text: str) -> bool:
    """A number counts something of the slot's thing: "64 klagomål på vattenskotrar"."""
    return any(scorer.names_head(slot, m.group(2), True) and not scorer.names_head(slot, m.group(1), True)
               for m in _COUNT_OF_RE.finditer(text))


# A number and the one or two words after it: "64 mårdhundar avlivade", "85 nya träd", "1 150 lån". Unlike
# _COUNT_RE it keeps a preposition after the number, which says that the thing counted is named elsewhere.
_NUMBER_NOUN_RE = re.compile(r"(?:(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?|"
                             rf"\b(?:{_NUMBER_WORD_ALTERNATION}|{_LIMITED_ONE}))"
                             r"\s+([a-zåäö]+)(?:\s+([a-zåäö]+))?", re.IGNORECASE)


_ANY_PEOPLE = frozenset(_PERSON_NOUNS) | {"deltagare"}
_TIME_MEASURES = frozenset("sekunder minuter minut timmar timme dagar dag dygn veckor vecka månader månad år"
                           .split())
_MEASURES = _TIME_MEASURES | frozenset("""kr kronor miljoner miljarder tusen km kilometer m meter mil cm mm
    centimeter millimeter kg kilo ton gram liter kubikmeter kvadratmeter hektar grader decibel""".split())


def _counts_only_others(scorer: "TermScorer", slot, text: str, proxies: set[str] = frozenset()) -> bool:
    """Every number of the text counts something else: "Hur många jägare …?" is not answered by "64
    mårdhundar avlivade och 11 Judasdjur ute". A number with no thing after it may count anything, and
    one counting a thing the question's verb takes ("Sju avtal" for "… har skrivit avtal") stands in."""
    counts, measured = [], False
    for m in _NUMBER_NOUN_RE.finditer(text):
        word = m.group(1)
        if word in _MEASURES and scorer.names_head(slot, word, True):
            return False  # "Hur många kilometer …?": "150 kilometer vägkant" gives the measure asked for
        measured = measured or word in _MEASURES
        if word in _MONTH_NAMES or word in _MEASURES:
            continue  # "Uppföljt den 10 november", "30 km/tim": a date or a measure counts no thing
        if word in ("procent", "promille"):
            return False  # "31 procent av bilisterna": a share, which _share_of judges
        if word == "av" and re.match(r"\s*\d", text[m.end():]):
            continue  # "8 300 av 20 000 bilder": the whole's count names the thing, next
        if word in STOP_WORDS or word in _ANY_PEOPLE:
            # "11 av 18 räknare", "från 73 till 41": a number whose thing is elsewhere; "38 deltagare" may be
            # the adults asked about
            return False
        if stem(word) in proxies:
            return False
        counts.append(f"{word} {m.group(2) or ''}")
    if not counts:
        return measured  # "Hur många frivilliga …?" is not answered by "har arbetat 1 200 timmar"
    return not any(scorer.names_head(slot, c, True) or _same_head(slot.stem, c) for c in counts)


def _amount_of_others(scorer: "TermScorer", slot, text: str, row: bool = False) -> bool:
    """The text's numbers count other things and measure nothing, and it does not name the thing: "Hur
    mycket snö …?" is not answered by "två sporthallar fick stängas i en vecka", but by "40 centimeter",
    "148 ton skräp" or "2,3 ton"."""
    counted = False
    for m in _NUMBER_NOUN_RE.finditer(text):
        word = m.group(1).lower()
        if word in _MEASURES and word not in _TIME_MEASURES or word in ("procent", "promille"):
            return False
        if scorer.names_head(slot, f"{word} {m.group(2) or ''}", True) or _same_head(slot.stem, word):
            return False
        if word not in _MONTH_NAMES and word not in _TIME_MEASURES and word not in STOP_WORDS:
            counted = True
    # … unless the sentence names the thing too: "52 000 tallrikar, muggar och bestick av engångsmaterial"
    # (a record's row names it in its description, apart from the count in its status)
    if row:
        return counted
    return counted and not scorer.slot_share(slot, scorer.terms(text), set()) \
        and not any(_same_head(slot.stem, word) for word in content_words(text))


def _same_head(asked: str, counted: str) -> bool:
    """Words ending or opening alike, which the corpus may not split or relate: "lövsäckar" ~ "10
    papperssäckar", "grävningar" ~ "74 grävarbeten"."""
    def shared(a: str, b: str) -> int:
        return next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))

    return len(asked) >= 6 and any(len(st) >= 6 and (shared(asked, st) >= 4 or shared(asked[::-1], st[::-1]) >= 4)
                                   for st in (stem(w) for w in counted.split()))


def _date_words(hit: SearchHit) -> str:
    """The date of a passage's document as a question says it ("den 14 mars 2035" for minutes of
    2035-03-14), so that naming the meeting's date does not count against its sentences."""
    m = re.search(r"\b([12]\d\d\d)-(\d\d)-(\d\d)\b", f"{hit.date or ''} {hit.title}")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return ""
    return f"{int(m.group(3))} {_MONTH_NAMES[int(m.group(2)) - 1]} {m.group(1)}"


def select_units(question_words: dict[str, float], index, hits: list[SearchHit], embedder=None,
                 question: str = "", replaced: frozenset[str] = frozenset(),
                 variants: dict[str, list[tuple[str, ...]]] | None = None,
                 tie_breaker=None, floor: float = MIN_SUPPORT,
                 thing: frozenset[str] = frozenset()) -> list[tuple[Unit, float]]:
    """Best answering sentences with their support, best first (at most MAX_SENTENCES).

    Support is the smaller of the overall and the focus share, so a sentence that only shares the
    question's place names ("Hur många invånare har Höör?") does not count as an answer."""
    # A document's title line names the document; it answers nothing ("When will the plan … be evaluated?").
    units = [u for rank, hit in enumerate(hits, 1) for u in passage_units(hit.text, rank)
             if u.text.strip(" .") != hit.title.strip(" .")]
    if not units:
        return []
    # "151 av dem har hämtats …" counts what the sentence before names: the two are read as one
    units = [_with_antecedent(u, units) if _PARTITIVE_RE.match(u.text) or _SAME_TIME_RE.match(u.text) else u
             for u in units]
    shape = question_shape(question)
    doc_dates = [_date_words(hit) for hit in hits]  # "14 mars 2035" for minutes of 2035-03-14, else ""
    # a plan "2340–2342" speaks of its own years: a sentence of it that names none is not about 2343
    plan_years = [hit.title if hit.doc_type in PLAN_TYPES else "" for hit in hits]
    # minutes are one body's: "When does the theme group for … meet next?" names them by their title
    bodies = [hit.title if shape.when and hit.doc_type in ("protokoll", "minnesanteckningar") else "" for hit in hits]
    which = _which_word(question)
    if shape.asked and not needs_no_name(shape.asked) and index is not None \
            and len(index.term_idf) and not _known(shape.asked, index) and which in ("vilken", "vilket", "vilka") \
            and shape.asked not in _INSTANCES and not _known_compound(shape.asked, question, index) \
            and not _known_head(shape.asked, index) \
            and not any(_known(stem(option[0]), index) for word, options in (variants or {}).items()
                        if stem(word) == shape.asked for option in options if len(option) == 1):
        # "Vilket it-företag …?": no document ever names such a thing, so none says which ("Vilket misstag
        # …?" is named by a synonym, "felen")
        return []
    scorer = asked_slot = None  # lexical questions only: the word scorer and the slot of the thing asked for
    asked_months = set(re.findall(rf"\b(?:{'|'.join(_MONTH_NAMES)})\b", question.lower()))
    if embedder is not None:  # an English question: lexical overlap with Swedish text means little
        units = units[:ENGLISH_UNITS]  # embedding sentences costs time; the best passages come first
        vectors = embedder.embed_passages([" ".join(f"{u.heading}. {u.text}".split()[:40]) for u in units])
        sims = vectors @ embedder.embed_query(question)
        support = [float(s) for s in sims]
    else:
        if shape.money:  # "Vad kostar det att hyra en badhytt?": "Hyran är 2 900 kronor" says what it costs
            variants = {**(variants or {}), **{w: [*(variants or {}).get(w, []), ("kronor",)]
                                               for w in question_words if w in _COST_VERBS}}
        scorer = TermScorer(question_words, index, proper_names(question), replaced, variants,
                            document_words(hits), frame_words(shape, question))
        earlier = {id(u): " ".join(v.text for v in units if v.source == u.source and v.heading == u.heading
                                   and v.position < u.position) for u in units}
        # the meeting's date counts only for a question that names a month ("… den 14 mars?"): its day
        # number is no count ("4 november" is not "i fyran")
        dates = doc_dates if asked_months else [""] * len(hits)
        support = [min(scorer.score(u.text, f"{u.heading} {dates[u.source - 1]} {bodies[u.source - 1]}",
                                    earlier[id(u)]))
                   for u in units]
        # "Vilket företag …?", "Hur många turistbyråer …?": the answer names the thing asked for (in
        # some form, as part of a compound or through a synonym); "Vilka museer …?" is not answered by a
        # plan's record, whose fields name no museums. Words whose answer need not repeat them are exempt.
        # "Hur många gånger …?" is answered by "486 utryckningar": any count of events
        asked_slot = next((sl for sl in scorer.slots if sl.stem == shape.asked), None) \
            if shape.asked and not needs_no_name(shape.asked) and shape.asked != "gång" else None
        if asked_slot and (shape.count or which):
            # a count may name the thing by its head alone: "Hur många lövsäckar …?" ~ "18 000 säckar"
            support = [0.0 if not (scorer.names_head(asked_slot, f"{u.text} {u.heading}", shape.count) and (
                                       shape.count or scorer.slot_share(asked_slot, scorer.terms(u.text),
                                                                        scorer.terms(u.heading))))
                       and not names_instance(asked_slot.stem, u.text)
                       and not _described_compound(asked_slot.word, content_words(u.text))
                       and not (shape.count and _counts_people(asked_slot.word, u.text)) else v
                       for u, v in zip(units, support)]
        if asked_slot and which and not shape.count:
            # "Vilket företag har byggt pumpbanorna?" is not answered by "… lokaler för företag": a sentence
            # with the thing asked for and nothing else of the question is about some other one
            # (the object after the verb; words naming the document, "Vilka utmaningar lyfter verksamhetsplanen
            # 2027–2030?", say where, not what)
            others = (_object_after_verb(question, asked_slot.word) & {sl.word for sl in scorer.slots}) \
                - scorer.document_words
            if others:
                support = [0.0 if scorer.missing(others, u.text, u.heading, earlier[id(u)]) == others else v
                           for u, v in zip(units, support)]
        # "Hur många markägare har skrivit avtal …?": what the question's verb takes may be counted instead
        # (only in the main clause: "… för att klippa loss fåglar" says what for, and "63 fåglar" counts no
        # volunteers)
        main_clause = re.split(r"\b(?:för\s+att|efter\s+att|innan|att|som|när|eftersom)\b", question, 1,
                               flags=re.IGNORECASE)[0]
        proxies = {stem(w) for w in content_words(main_clause)} - {stem(w) for w in topic_words(question)}
        if asked_slot and shape.count:
            # "Hur många vattenskotrar …?" is not answered by "64 klagomål på vattenskotrar": the number
            # counts something said of the thing, not the thing
            support = [0.0 if (_counts_other(scorer, asked_slot, u.text) and not _counts(scorer, asked_slot, u.text)
                               or _counts_only_others(scorer, asked_slot, u.text, proxies)
                               and not _counts_people(asked_slot.word, u.text))
                       and not _share_of(shape.asked, u.text) else v for u, v in zip(units, support)]
        elif asked_slot and shape.quantity and not shape.money:
            # "Hur mycket snö låg på taken?" is not answered by "två sporthallar fick stängas": an amount is
            # a measure ("40 centimeter") or a number of the thing itself
            support = [0.0 if _amount_of_others(scorer, asked_slot, u.text, bool(u.record or "|" in u.text)) else v
                       for u, v in zip(units, support)]
        if asked_slot and shape.listing and shape.asked not in _RECORD_FIELDS:
            # "Vilka museer …?" is not answered by a row of fields, unless its text lists the thing asked
            # ("Ommålning av badhytterna i de ursprungliga färgerna, vitt med blå eller gröna dörrar")
            support = [0.0 if (u.record or "|" in u.text) and not _lists_after(scorer, asked_slot, u.text) else v
                       for u, v in zip(units, support)]
        required = rare_words(topic_words(question) - scorer.document_words, index) | place_words(question) \
            | _swedish_who_verb(question, index) | _condition_words(question, index, scorer.document_words) \
            | _per_words(question, shape) | _partitive_condition(question, index) | _where_subject(question)
        if needs_no_name(shape.asked):
            # "På vilket avstånd …?" is answered by "10 meter från …", which need not say "avstånd"
            required = {w for w in required if stem(w) != shape.asked}
        if required:
            # A topic word the sentence lacks ("Vad beslutade styrelsen om vindkraft?") leaves no support;
            # its headings count, up to the passage's section ("§ 7 Yttrande över … biljettsystem"). What
            # came of a proposal is decided about the item as a whole: its decision need not repeat it.
            assignment_asked = bool(_ASSIGNMENT_RE.search(question))
            support = [0.0 if scorer.missing(required, u.text,
                                             _context(u, hits[u.source - 1], shape, assignment_asked),
                                             earlier[id(u)])
                       - ({asked_slot.word} if asked_slot and names_instance(asked_slot.stem, u.text) else set())
                       else v for u, v in zip(units, support)]
        predicate = _why_predicate(question)
        if predicate:
            # "Varför har det dröjt …?" is answered where the delay or its cause is told, not by the cost or the
            # decision after it
            support = [0.0 if scorer.missing(predicate, u.text, u.heading) and not _CAUSE_RE.search(u.text) else v
                       for u, v in zip(units, support)]
        objects = _permitted_objects(question) & {slot.word for slot in scorer.slots}
        if objects:
            support = [0.0 if scorer.missing(objects, u.text, u.heading, earlier[id(u)]) == objects else v
                       for u, v in zip(units, support)]
        if thing & set(question_words):
            # "Who is in charge of recruiting part-time firefighters?" is not answered by the campaign to
            # recruit teachers: the sentence (or its heading) must name some part of the thing asked about
            support = [0.0 if thing & set(question_words) <= scorer.missing(thing, u.text, u.heading, earlier[id(u)])
                       else v for u, v in zip(units, support)]
    who_is = bool(re.match(r"\s*(?:vem\s+(?:är|var|blir|blev)|who\s+(?:is|was|will\s+be)\s+the)\b", question,
                           re.IGNORECASE))
    person_asked = bool(re.match(r"\s*(?:vilken\s+person|vilka\s+personer|which\s+(?:person|people))\b", question,
                                 re.IGNORECASE))
    # "Vilken/Vem …?" presupposes that something happened; a refusal names what did not.
    never_asked = bool(re.search(r"\b(?:aldrig|never)\b", question, re.IGNORECASE))
    # "Hur många burkar får man ta med per kväll?": a rate, which a total ("4 300 burkar") does not give
    rate_asked = shape.quantity and bool(re.search(r"\bper\s+[^\W\d_]{3,}", question, re.IGNORECASE))
    # "Vilken sorts borr …?": a kind of drill, which "borrar små hål" does not name
    kind_of = re.search(r"\bvilk(?:en|et|a)\s+(?:sorts|sorters|slags|typ\s+av|typer\s+av)\s+([^\W\d_][\w-]{2,})", question,
                        re.IGNORECASE)
    # "Vilken är den äldsta äppelsorten …?": which one is the oldest, which a list of old sorts does not say
    # (the highest or the largest of a measure is given as "upp till 40 ppm", "som mest 32 millimeter")
    superlative = re.match(r"\s*vilk(?:en|et|a)\b.*?\b(?:den|det|de)\s+(?!högsta|lägsta|största|minsta)"
                           r"([a-zåäö]{3,}sta)\b", question, re.IGNORECASE)
    refusal = bool(re.match(r"\s*(?:vilk(?:en|et|a)|vem)\b", question, re.IGNORECASE)) and not _NEGATION_RE.search(question)
    meeting_month = bool(re.search(rf"\b(?:mötet|möte|sammanträdet|sammanträde|meeting)\s+(?:den\s+\d+\s+|i\s+|in\s+)?"
                                   rf"(?:{'|'.join(_MONTH_NAMES)})\b", question.lower()))
    # what the question demands of every sentence that answers it (see _DEMANDS)
    demands = [satisfied for asks, satisfied in _DEMANDS if asks.search(question)]
    decision_asked = bool(_DECISION_QUESTION_RE.search(question))
    # … and "Hur ska träden skyddas mot harar?" by what was decided, not by what the hares did
    how_should = bool(_HOW_SHOULD_RE.match(question))
    permission_asked = bool(_PERMISSION_QUESTION_RE.search(question)) or how_should
    # "När är nästa möte?" without a body: the latest minutes name the meeting still to come
    latest_minutes = max((h.date for h in hits if h.date and h.doc_type in ("protokoll", "minnesanteckningar")),
                         default=None) if _NEXT_MEETING_RE.search(question) else None
    # "Hur många kaniner finns det?", "Hur många döva bor i Tomelilla?": how many there are, not how many were served
    existence_asked = bool(re.match(r"\s*hur\s+många\b.*\b(?:finns|bor|lever)\b", question, re.IGNORECASE))
    purpose_asked = shape.reason and (field_question(question) or ("",))[0] != "orsak"
    # "Hur många robotar ska vara i gång till 2326?" asks for a goal, not for how many there are
    goal_asked = bool(re.search(r"\b(?:ska|skall|kommer\s+att)\b", question, re.IGNORECASE))
    # "Hur många sopbilar har fått värmekamera?" asks how far the work has come: "19 av 48 sopbilar"
    # "Hur många kommuner ingår …?" is answered by a count of municipalities or by their names
    municipalities_counted = shape.count and shape.asked == "kommun"
    # … and "Hur länge håller musten?" how long a thing lasts, which no activity's period says
    waiting_asked = bool(re.match(r"\s*hur\s+länge\s+(?:(?:brukar|får|fick|måste|behöver)\s+"
                                  r"(?:man|jag|du|vi|de|invånarna)\b|(?:håller|räcker)\b(?!\s+på\b))",
                                  question, re.IGNORECASE))
    # "Hur många glasålar sattes ut?", "How many eels were released?": what was done, not the plan's goal
    done_asked = shape.count and not goal_asked and bool(_DONE_QUESTION_RE.search(question))
    part_asked = bool(_PART_QUESTION_RE.match(question)
                      or shape.count and not goal_asked and _SO_FAR_RE.search(question))
    which_one = which in ("vilken", "vilket") and not shape.count \
        and not needs_no_name(shape.asked)
    # "Vad heter runologen …?": the one whose name is asked, which "granskas av en runolog" does not name
    name_of = re.match(r"\s*vad\s+(?:heter|hette|kallas)\s+(?:den\s+|det\s+)?([^\W\d_]{4,})", question, re.IGNORECASE)
    # … and "Vem är sångledare på …?" the one holding the role, which "med en sångledare" does not name
    role_of = re.match(r"\s*vem\s+(?:är|var|blir|blev)\s+(?!ansvarig)([^\W\d_]{4,})\s+(?:på|för|i|vid|till|av|hos)\s",
                       question, re.IGNORECASE)
    role = role_of.group(1).lower() if role_of else None
    named = stem(name_of.group(1).lower()) if name_of else None
    question_years = {str(year) for span in _year_spans(question) for year in set(span)}
    asked_years = _years(question)  # spans filled in: "planen 2027–2030" asks about 2029 too
    given_numbers = set(re.findall(r"\b\d+\b", question))  # "personer över 75 år": 75 is no answer
    asked_places = _municipalities_in(question)
    # "Var i Trelleborg …?", "Var ligger snöupplaget i Kristianstad?": a place inside a municipality
    place_within = bool(re.match(r"\s*(?i:var)\s+i\s+[A-ZÅÄÖ]|\s*(?i:var\s+(?:ligger|finns|står))\b.*\bi\s+[A-ZÅÄÖ]",
                                 question))
    opening = {}  # first unit under each heading of each passage
    for unit in units:
        opening.setdefault((unit.source, unit.heading), unit)
    ranked = []
    for unit, value in zip(units, support):
        words = len(unit.text.split())
        # The ranking already judged the passages; among equals prefer early, concise sentences.
        bonus = 0.05 / unit.source - 0.004 * unit.position - 0.002 * max(0, words - 35)
        if unit.block:
            value *= BLOCK_WEIGHT  # lists of facts answer a question only when little else does
        listed = municipalities_counted and len(_municipalities_in(unit.text)) >= 2
        if shape.quantity and not has_quantity(_without(given_numbers, unit.text)) and not listed:
            value = 0.0  # "Hur många …?" is not answered by a sentence without a number (but the question's)
        if municipalities_counted and not listed and not _MUNICIPALITY_COUNT_RE.search(unit.text):
            value = 0.0  # "Hur många kommuner …?" is not answered by "100 000 människor pendlar mellan kommunerna"
        counted = _MONEY_RE.sub(" ", _PERCENT_RE.sub(" ", _without(given_numbers, unit.text)))
        if shape.asked != "år":
            counted = _AGE_LIMIT_RE.sub(" ", counted)  # "invånare över 75 år" counts nobody
        if (shape.count or shape.when or which_one) and len(asked_places) == 1 and ("|" in unit.text or unit.record) \
                and len(_municipalities_in(unit.text)) >= 2:
            # "Hur många brunnar i Svedala …?", "När öppnar parkourparken i Lund?", "Vilken idrottshall i
            # Staffanstorp …?": a row for several municipalities gives their total, the whole work's period, none
            # of one municipality's places
            value = 0.0
        if never_asked and not _NEVER_ANSWER_RE.search(unit.text):
            value = 0.0  # "Hur många mejl besvarades aldrig?" is not answered by "58 procent besvarades inom …"
        if shape.count and not has_quantity(counted) and not _share_of(shape.asked, unit.text) and not listed:
            # "Hur många viltolyckor …?" is not answered by "ökat med 40 procent", but "Hur många elever
            # …?" is by "95 procent av eleverna"
            value = 0.0
        if (shape.listing and not unit.listing or which_one) and shape.asked and shape.asked != "kommun" \
                and _only_vague(shape.asked, unit.text) and not (which_one and _names_make(unit.text)):
            # "Vilka tre vägsträckor …?" is not answered by "föreslå tre vägsträckor", "Vilken app …?" by "en app";
            # but "Vilken traktor vann?" is by "37 traktorer tävlade … vanns av en Fordson"
            value = 0.0
        if which_one and shape.asked and (unit.record or "|" in unit.text) and not _mentions(shape.asked, unit.text) \
                and unit.heading and _only_vague(shape.asked, unit.heading):
            value = 0.0  # "Vilken kyrkogård …?" is not answered by a record under the heading "Kyrkogårdar"
        if name_of and _PERSON_ROLE_RE.fullmatch(name_of.group(1)) and not _PERSON_RE.search(unit.text) \
                and not re.search(rf"\b{re.escape(name_of.group(1))}\s+[A-ZÅÄÖ]", unit.text, re.IGNORECASE):
            value = 0.0  # "Vad heter föraren som vann?" asks for a person, which "vanns av en Fordson" names not
        if named and _only_vague(named, unit.text):
            value = 0.0  # "Vad heter runologen …?" is not answered by "granskas av en runolog"
        if role and re.search(rf"\b(?:en|ett)\s+{re.escape(role)}\b", unit.text, re.IGNORECASE) \
                and _only_vague(stem(role), unit.text):
            value = 0.0  # "Vem är sångledare på …?" is not answered by "med en sångledare"
        if existence_asked and _EVENT_COUNT_RE.search(unit.text) \
                and not re.search(r"\b(?:finns|bor|lever|invånare)\b", unit.text, re.IGNORECASE):
            value = 0.0  # "Hur många kaniner finns det?" is not answered by "1 730 kaniner har fångats"
        if shape.money and not has_money(unit.text):
            value = 0.0  # "Vad kostar …?" is not answered by "två kommuner"
        if shape.asked == "år" and not shape.quantity and not re.search(r"\b(?:1[89]|2\d)\d\d\b", unit.text):
            value = 0.0  # "Vilket år …?" is not answered by a sentence without a year ("Hur många år …?" by one)
        if superlative and not re.search(rf"\b{superlative.group(1)[:-2]}", unit.text, re.IGNORECASE):
            value = 0.0
        if rate_asked and not _RATE_RE.search(unit.text):
            value = 0.0
        if kind_of and not _names_kind(kind_of.group(1), unit.text):
            value = 0.0
        if refusal and _REFUSAL_RE.search(unit.text):
            value = 0.0  # "Vilken festival fick stöd?" is not answered by the refused application
        if shape.asked == "kommun" and not shape.quantity and not names_municipalities(unit.text):
            value = 0.0  # "Vilka kommuner …?" is not answered by "två av kommunerna"
        if shape.asked and ("|" in unit.text or unit.record) and not (
                (shape.asked in ("tid", "datum") or needs_no_name(shape.asked)) and (demands or shape.asked == "år")) \
                and not any(
                _mentions(shape.asked, t) for t in (unit.text, unit.heading,
                                                    _table_header(hits[unit.source - 1].text, unit.text))) \
                and not _proper_compound(shape.asked, unit.text) \
                and not (shape.count and not goal_asked and asked_slot and _counts(scorer, asked_slot, unit.text)):
            # A table row or a labelled record holds only its fields: "Vilka företag …?", "Vad blev
            # resultatet …?" ask for something neither the row nor its header names; but "Hur många
            # vassbalar …?" is answered by "610 balar lämnade", a count of the thing by its head (a count
            # done so far, not the goal "Hur många … ska byggas?" asks for), and "Vilken skola …?" by a
            # row naming "Vallgårdsskolan".
            value = 0.0
        doc_date = doc_dates[unit.source - 1]
        if asked_months and doc_date and not asked_months & (
                set(doc_date.split()) | (set() if meeting_month else
                                         set(re.findall(r"\w+", hits[unit.source - 1].text.lower())))):
            # "… sammanträdet i juni?" is not answered by the minutes of a meeting in March, even where
            # they name the next meeting in June; "stormen i januari" may be named by the item's other
            # sentences
            value = 0.0
        if meeting_month and question_years and doc_date and not question_years & {doc_date[-4:]}:
            value = 0.0  # "sammanträdet den 14 mars 2035" is no meeting of March 2026
        if not all(satisfied(unit.text) for satisfied in demands):
            value = 0.0  # "Vilket datum …?" is not answered by "i december", "Vad hette X?" by "leverantören"
        if asked_years and _other_years(asked_years,
                                        f"{unit.text} {unit.heading} {doc_date} {plan_years[unit.source - 1]}"):
            value = 0.0  # "… sommaren 2072?" is not answered by "… sommaren 2071"
        if "|" in unit.text and is_header_row(unit.text.split("|")):
            value = 0.0  # "Aktivitet | Ansvarig | Tid | Status" names the columns, it answers nothing
        if shape.reason and (unit.record or "|" in unit.text) and not (purpose_asked and unit.record
                                                                       and _REASON_RE.search(unit.text)):
            # "Varför avbröts X?": a record gives X's status, never why; but its description may say what
            # X is for ("Nät läggs över sandlådorna, så att katter inte …")
            value = 0.0
        if waiting_asked and (unit.record or "|" in unit.text) and not _DURATION_RE.search(unit.text):
            # "Hur länge brukar man stå i kö …?": a record's period is the activity's, not the wait (but its
            # description may tell how long: "Teleskop som lånas ut i två veckor åt gången")
            value = 0.0
        if place_within and (unit.record or "|" in unit.text):
            value = 0.0  # "Var i Trelleborg startar X?": a record names the municipality, no place in it
        if question_years and doc_date and not any(
                int(y) >= int(doc_date[-4:]) - 1 or y in unit.text for y in question_years):
            # Minutes of 2038 that do not name 2036 say nothing of "sommaren 2036" (they may well report
            # on the year before their own without naming it).
            value = 0.0
        if who_is and not _names_someone(unit.text, question):
            value = 0.0  # "Vem är miljöinspektören …?" asks for a name, not that there is one
        if person_asked and not _PERSON_RE.search(unit.text):
            value = 0.0  # "Vilken person fick …?" is answered by a person's name, not by "Lund och Eslöv"
        if done_asked and _GOAL_SENTENCE_RE.search(unit.text) and not _SO_FAR_RE.search(unit.text):
            bonus -= SHAPE_TIER / 2  # "Minst 100 000 glasålar ska sättas ut" is the goal, not what was done
        if value >= floor and fits_shape(shape, unit, opening[(unit.source, unit.heading)] is unit, goal_asked,
                                         part_asked):
            bonus += SHAPE_TIER
        elif value >= floor and decision_asked and _DECISION_RE.search(unit.text):
            bonus += SHAPE_TIER
        elif value >= floor and permission_asked and _NORM_RE.search(unit.text):
            bonus += SHAPE_TIER  # "Får man ha hunden lös …?" is answered by the rule, not by what dogs did
        if value >= floor and latest_minutes and hits[unit.source - 1].date == latest_minutes \
                and _NEXT_MEETING_RE.search(unit.text):
            bonus += SHAPE_TIER / 2  # minutes of March name the meeting in May; those of November the next one
        ranked.append((unit, value, value + bonus))
    ranked.sort(key=lambda item: -item[2])
    if tie_breaker is not None and len(ranked) > 1:
        ranked = _break_ties(ranked, tie_breaker, question)
    chosen: list[tuple[Unit, float]] = [(ranked[0][0], ranked[0][1])]
    for unit, value, _ in ranked[1:]:
        if len(chosen) == MAX_SENTENCES or value < 0.75 * chosen[0][1]:
            break
        if unit.text != chosen[0][0].text:
            chosen.append((unit, value))
    if shape.reason and not _REASON_RE.search(chosen[0][0].text):
        # "Varför kunde inte alla brasor tändas?": "49 anmäldes och 46 tändes." The cause follows: "Två
        # ställdes in på grund av torka …"
        best = chosen[0][0]
        cause = next((u for u in units if u.source == best.source and u.heading == best.heading
                      and 0 < u.position - best.position <= 2 and _CAUSE_RE.search(u.text)), None)
        if cause is not None and cause.text not in (u.text for u, _ in chosen):
            chosen = [chosen[0], (cause, chosen[0][1])]
    if how_should and not _NORM_RE.search(chosen[0][0].text):
        # "Hur ska träden skyddas mot harar?": "Under våren gnagde harar bort barken …" tells the harm; the
        # decision right after it says what is to be done
        best = chosen[0][0]
        rule = next((u for u in units if u.source == best.source and u.heading == best.heading
                     and 0 < u.position - best.position <= 2 and _DECISION_RE.search(u.text)), None)
        if rule is not None:
            chosen = [(rule, chosen[0][1]), chosen[0]]
    out: list[tuple[Unit, float]] = []
    for unit, value in chosen:
        unit = _with_antecedent(unit, units)
        if any(unit.text in kept.text for kept, _ in out):
            continue
        out = [(kept, v) for kept, v in out if kept.text not in unit.text]
        out.append((unit, value))
    return out


# "Får man …?", "Är det tillåtet att …?", "Can I …?": a question of what the rules allow, which a sentence
# stating a rule answers
_PERMISSION_QUESTION_RE = re.compile(
    r"^\s*(?:får|måste|behöver)\s+(?:man|jag|vi|hundar|barn)\b|^\s*är\s+det\s+(?:tillåtet|förbjudet|ok|okej)\b|"
    r"^\s*(?:can|may|must)\s+(?:i|you|we|people|one)\b|^\s*is\s+it\s+(?:allowed|permitted|forbidden|ok)\b",
    re.IGNORECASE)
_HOW_SHOULD_RE = re.compile(r"\s*hur\s+(?:ska|skall|måste|bör)\b", re.IGNORECASE)
_NEXT_MEETING_RE = re.compile(r"\b(?:nästa|kommande)\s+(?:möte|sammanträde|träff)|\bnext\s+meeting\b|\bmeets?\s+next\b",
                              re.IGNORECASE)
_NORM_RE = re.compile(r"\b(?:ska|skall|får|måste|förbjud\w*|tillåt\w*|krav\w*|regel|reglerna|regler)\b", re.IGNORECASE)


# A sentence that points back ("Det är skälet till att …", "Därför …") says its point in the one before.
_ANAPHORIC_RE = re.compile(r"^(?:det\s+är\s+(?:skälet|anledningen|orsaken)|därför|detta\s+(?:är|innebär|gör)|"
                           r"det\s+innebär|det\s+beror\s+på)\b", re.IGNORECASE)


# A share of what the sentence before counted: "151 av dem", "De flesta av dessa", "Hälften av dem".
_PARTITIVE_RE = re.compile(r"^(?:\d[\d\s]*|de\s+flesta|alla|hälften|några|ingen|inga|en|ett|två|tre|fyra|fem|sex|sju|"
                           r"åtta|nio|tio)\s+av\s+(?:dem|dessa|de)\b", re.IGNORECASE)


# "Under den tiden delades 210 000 liter vatten ut": when, and where, the sentence before says
_SAME_TIME_RE = re.compile(r"^(?:under\s+(?:den\s+tiden|samma\s+(?:tid|period)|dessa\s+\w+)|samtidigt)\b",
                           re.IGNORECASE)


def _with_antecedent(unit: Unit, units: list[Unit]) -> Unit:
    """The unit, preceded by the sentence it points back to when it opens with an anaphor."""
    if not (_ANAPHORIC_RE.match(unit.text) or _PARTITIVE_RE.match(unit.text) or _SAME_TIME_RE.match(unit.text)) \
            or unit.record or unit.block:
        return unit
    before = next((u for u in units if u.source == unit.source and u.position == unit.position - 1
                   and u.heading == unit.heading and not u.record and not u.block), None)
    if before is None:
        return unit
    return Unit(f"{before.text} {unit.text}", unit.heading, unit.source, before.position, item=unit.item)


# "en Fordson", "ett Saab": a thing named by its make or model after an indefinite article
_MAKE_RE = re.compile(r"\b(?:en|ett|vanns\s+av|har\s+vunnits\s+av|togs\s+hem\s+av)\s+([A-ZÅÄÖ][a-zåäöé]+)\b")


def _names_make(text: str) -> bool:
    """The text names a thing by its make ("vanns av en Fordson") or the winner by its name ("vanns av
    Pinnbrytarna"), not by a place or a month."""
    return any(m.group(1).lower() not in MUNICIPALITY_WORDS and m.group(1).lower() not in _MONTH_NAMES
               and not _is_group_word(m.group(1)) for m in _MAKE_RE.finditer(text))


# "föraren", "geologen", "ordföranden", "kursledaren": one person, whose name "Vad heter …?" asks for
_PERSON_ROLE_RE = re.compile(r"[^\W\d_]{2,}(?:aren|(?<!k)ören|isten|logen|chefen|mannen|kvinnan)|ordföranden",
                             re.IGNORECASE)


def _names_someone(text: str, question: str) -> bool:
    """The text names a person or body the question does not: a capitalised word after its first, or a
    group's name."""
    asked = {w.lower() for w in re.findall(r"[\w-]+", question)}
    # a capital after a label's colon or dash, a full stop or a cell border opens a phrase, names no one
    opening = {m.end() for m in re.finditer(r"(?:^|[.:;|–—!?]\s+|\[\d+\]\s*)", text)}
    return any((m.group()[:1].isupper() and m.start() not in opening or _is_group_word(m.group()))
               and m.group().lower() not in asked for m in re.finditer(r"[\w-]+", text))


def _names_agent(text: str, question: str) -> bool:
    """The text names someone who may do something, as a "who" question asks: a group or body, a person
    ("Maria Björk"), or a long name of its own ("Sjöisborrningsmätningsvakten"); a lake ("Kärrmosjön") or
    a street does not."""
    asked = {w.lower() for w in re.findall(r"[\w-]+", question)}
    # "Samrådsgruppen beslutar att de ska uppvaktas": the body that decides is not the one that does it
    text = _DECIDER_RE.sub(" ", text)
    if _PERSON_RE.search(text):
        return True
    # a capital after a describing label opens a phrase, names no one ("Syfte och innehåll – Rondellernas …")
    opening = {m.end() for m in _DESCRIBING_LABEL_RE.finditer(text)}
    return any((_is_group_word(m.group()) or len(m.group()) >= 12 and m.group()[:1].isupper()
                and m.start() not in opening)
               and m.group().lower() not in asked and m.group().lower() not in MUNICIPALITY_WORDS
               for m in re.finditer(r"[\w-]+", text))


# The labels that describe an item, and those that name it ("Aktivitet: …", "Det här gör vi: …")
_DESCRIBING_LABEL_RE = re.compile(
    r"\b(?:" + "|".join(sorted((label.replace(" ", r"\s+") for label in _DESCRIPTION_LABELS
                                | {"aktivitet", "insats", "åtgärd", "uppdrag", "det här gör vi"}), key=len, reverse=True))
    + r")\s*[:–—-]\s*", re.IGNORECASE)
_DECIDER_RE = re.compile(r"\b[\w-]+\s+(?:beslutar|beslutade|beslöt|har\s+beslutat)\s+att\b")


def _known(stem_: str, index) -> bool:
    """Some form of the word occurs in the documents."""
    return stem_ in index.term_index or _inflected_term(stem_, index) is not None


def _compound_splits(word: str, known: Callable[[str], bool]):
    """(first part, head) of each way to cut the word after a first part that `known` takes (a linking "s"
    dropped), with a head of four letters or more: "brunnsägare" → ("brunns", "ägare")."""
    for cut in range(3, len(word) - 3):
        first, head = word[:cut], word[cut:]
        if len(head) >= 4 and (known(stem(first)) or first.endswith("s") and known(stem(first[:-1]))):
            yield first, head


def _described_compound(word: str, text_words: list[str]) -> bool:
    """The text names a compound's thing by another compound of its head and its first part as a word of
    its own: "brunnsägare" ~ "fastighetsägare som har egen brunn"."""
    stems = {stem(w) for w in text_words}
    return any(len(w) >= len(head) + 3 and w.endswith(head)
               for _, head in _compound_splits(word, stems.__contains__) for w in text_words)


def _known_head(stem_: str, index) -> bool:
    """The word ends compounds of the documents, which name kinds of it: "svamp" in "flugsvamp"."""
    return len(stem_) >= 5 and any(len(w) >= len(stem_) + 3 and w.endswith(stem_) for w in index.word_freq)


def _known_compound(stem_: str, question: str, index) -> bool:
    """The asked word is a compound of words the documents use, its last part ending one of their own
    compounds: "brunnsägare" is "brunn" and "ägare", as in "fastighetsägare"."""
    word = next((w for w in content_words(question) if stem(w) == stem_), "")
    if _names_generic_kind(word, index.word_freq):
        return True
    return any(len(w) >= len(head) + 3 and w.endswith(head)
               for _, head in _compound_splits(word, index.term_index.__contains__) for w in index.word_freq)


def _context(unit: Unit, hit: SearchHit, shape: QuestionShape, assignment_asked: bool = False) -> str:
    """Where a required word may stand besides the unit: its heading and the passage's section, or the
    whole passage for a decision in minutes (an assignment too, when the question asks for one) and for
    the decision that answers "Hur gick det med …?"."""
    minutes = hit.doc_type in ("protokoll", "minnesanteckningar")
    if (shape.outcome or minutes) and (_DECISION_RE.search(unit.text)
                                       or assignment_asked and _ASSIGNMENT_RE.search(unit.text)):
        return hit.text  # a decision is about its item as a whole ("nästa körfestival", of the school choirs)
    # minutes are of one body's meeting: "… at the steering committee meeting" is in their title; a plan's
    # title gives its period ("… till slutet av planperioden" ~ "Verksamhetsplan … 2342–2344")
    title = hit.title if minutes else " ".join(_PERIOD_SPAN_RE.findall(hit.title)) if hit.doc_type in PLAN_TYPES else ""
    # a table row's column headings say what its cells are: "Who coordinates …?" ~ "Samordnas av"
    header = _table_header(hit.text, unit.text) if "|" in unit.text else ""
    return f"{unit.heading} {hit.section or ''} {title} {header}"


_AGE_RE = re.compile(r"\b\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?år\b|\bålder|\bfyllt\b|\bmyndig|\bårskurs", re.IGNORECASE)
_YEAR_SPAN_RE = re.compile(r"\b([12]\d{3})(?:\s*[–-]\s*([12]\d{3}))?\b")
# A number is a year by its place: "under 2328", "hela 2330", "maj 2329" (a count would be written "2 328")
_YEAR_CUE_RE = re.compile(rf"\b(?:år|året|under|hela|sedan|inför|för|till|från|före|efter|våren|sommaren|hösten|"
                          rf"vintern|in|for|during|since|by|until|{'|'.join(_MONTH_NAMES)})\s+$", re.IGNORECASE)


def _year_spans(text: str) -> list[tuple[int, int]]:
    """The years and spans of years a text names: any 19xx or 20xx, and another four-digit number where
    its place makes it a year ("2328–2331", "under 2328", "2329-11-18") and no noun follows it."""
    spans = []
    for m in _YEAR_SPAN_RE.finditer(text):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if not (1900 <= first <= 2099 or m.group(2) or re.match(r"-\d\d-\d\d\b", text[m.end():])):
            follower = re.match(r"\s+([^\W\d_]+)", text[m.end():])
            if not _YEAR_CUE_RE.search(text[max(0, m.start() - 12):m.start()]) or follower and (
                    follower.group(1).lower() not in STOP_WORDS and follower.group(1).lower() not in _MONTH_NAMES):
                continue  # "till 2500 deltagare" counts people
        spans.append((first, last))
    return spans


def _years(text: str) -> set[int]:
    """The years a text names, spans filled in ("2066–2069")."""
    named: set[int] = set()
    for first, last in _year_spans(text):
        named.update(range(first, max(first, last) + 1) if last - first <= 50 else (first, last))
    return named


def _other_years(asked: str | set[int], text: str) -> bool:
    """The text names years and none of those asked about ("sommaren 2072" against "sommaren 2071"); the
    question itself, or its years once read (a span holds every year in it)."""
    named = _years(text)
    return bool(named) and not (_years(asked) if isinstance(asked, str) else asked) & named


# a unit may be in the genitive: "100 meters avstånd", "500 kvadratmeters yta"
_AREA_RE = re.compile(r"\d\s*(?:kvadratmeters?|m2|m²|kvm|hektars?|ha)\b", re.IGNORECASE)
_WEIGHT_RE = re.compile(r"\d\s*(?:kg|kilo(?:gram)?|ton|gram|g)\b|\bväger\b|\bvikt", re.IGNORECASE)
_LENGTH_RE = re.compile(r"\d\s*(?:meters?|m|km|kilometers?|mil|cm|centimeters?|mm|millimeters?)\b|\b(?:kilo)?meters?\b",
                        re.IGNORECASE)


# A place: a preposition of place before a name ("på Lomma strand", "i Lund") or a word for a place ("i
# stadsbiblioteket", "vid den nya skolan"); "i korthet", "i maj" and "i årskurs 5" name none
_PLACE_HEADS = ("bibliotek", "skol", "park", "torg", "strand", "hall", "gård", "hus", "center", "centrum", "plats",
                "kyrk", "stadion", "bad", "arena", "muse", "teater", "äng", "skog", "sjö", "hamn", "station", "kontor",
                "lokal", "rum", "sal", "aula", "gata", "gatan", "väg", "by", "stad", "område", "scen", "kafé", "café",
                "fält", "plan", "backe", "bana", "boend", "klinik", "kommun")
_PLACE_RE = re.compile(rf"\b(?i:i|på|vid|utanför|längs|bredvid|nära|framför|mellan|hos|runt)\s+"
                       rf"(?:[A-ZÅÄÖ][^\W\d_]+|(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]*(?:{'|'.join(_PLACE_HEADS)})[^\W\d_]*)")

# Questions that ask for one kind of thing, and what a sentence must hold to give it.
_SINGLE_RE = re.compile(r"\b(?:en|ett)\s+enda\b|\ba\s+single\b", re.IGNORECASE)
# a rate: "50 kronor per kväll", "tre kvällar per säsong", "två veckor i taget"
_RATE_RE = re.compile(r"\b(?:per|varje|vardera|styck|stycket|i\s+taget|åt\s+gången|om\s+dagen|om\s+året|"
                      r"i\s+veckan|i\s+månaden|i\s+timmen|om\s+dygnet)\b|à\s|/\s*(?:st|år|dag|vecka|h|person)\b",
                      re.IGNORECASE)
# "trappor av borstmattor", "flätas av vass": a thing or a deed and what it is made of (not "av en …", "av
# eleverna", "av Lund")
_MADE_OF_RE = re.compile(r"\b[^\W\d_]{3,}\s+av\s+(?!(?:en|ett|de|den|det|dem|denna|detta|alla|flera|många|oss|"
                         r"kommun\w*|regionen|\w+(?:arna|erna|orna|na))\b)[a-zåäö]{3,}")
_KIND_WORDS_RE = re.compile(r"\b(?:sort|sorten|sorter|typ|typen|typer|modell|modellen|märke|märket|fabrikat)\b",
                            re.IGNORECASE)


def _names_kind(noun: str, text: str) -> bool:
    """The text names a kind of the noun: a compound ending in it ("spiralborr") or a word for a kind
    ("av typen …", "modell …")."""
    return bool(_KIND_WORDS_RE.search(text)) or _closes_compound(stem(noun.lower()), text)


def _without_dated_labels(text: str) -> str:
    """The text without labels holding a date ("Avstämning 15 oktober: Klart", "Uppföljning 20 september –
    Planeras"): the day of the check, not of the thing checked."""
    return re.sub(rf"\b\d{{1,2}}\s+(?:{_MONTH_ALTERNATIVES})\s*(?::|–\s)", " ", text, flags=re.IGNORECASE)


_DEMANDS: tuple[tuple[re.Pattern, Callable[[str], bool]], ...] = (
    # "Är det förbjudet att mata svanarna?" is answered by a rule, not by what was done with the swans
    (re.compile(r"^\s*är\s+det\s+(?:tillåtet|förbjudet)\b|^\s*is\s+it\s+(?:allowed|permitted|forbidden)\b",
                re.IGNORECASE),
     lambda text: bool(re.search(r"\b(?:förbjud\w*|förbud\w*|tillåt\w*|får|fick|måste|tillstånd\w*)\b", text,
                                 re.IGNORECASE))),
    # "När hölls det förra sammanträdet?" is not answered by the next one
    (re.compile(r"\b(?:förra|föregående)\s+(?:sammanträde|möte)", re.IGNORECASE),
     lambda text: not re.search(r"\bnästa\s+(?:sammanträde|möte)", text, re.IGNORECASE)),
    # "Vilket datum i december …?" is not answered by "i december"
    (re.compile(r"\b(?:vilket\s+datum|what\s+date)\b", re.IGNORECASE),
     lambda text: bool(_DAY_RE.search(_without_dated_labels(text)))),
    # "Vilka dagar töms containrarna?" is answered by a weekday or a date, not by who empties them
    (re.compile(r"\b(?:vilken\s+dag|vilka\s+dagar|which\s+days?)\b", re.IGNORECASE),
     lambda text: bool(_DAY_RE.search(_without_dated_labels(text)) or _WEEKDAY_RE.search(text)
                       or re.search(r"\b[a-zåäö]{3,}dagen\b", text, re.IGNORECASE))),  # "på luciadagen"
    # … but "Vilken veckodag övar orkestern?" by a weekday alone: "den 14 juni" says nothing of the week
    (re.compile(r"\b(?:vilken\s+veckodag|vilka\s+veckodagar|what\s+day\s+of\s+the\s+week|which\s+weekdays?)\b",
                re.IGNORECASE),
     lambda text: bool(_WEEKDAY_RE.search(text))),
    # "Vilka tider är bastun öppen?" is not answered by "Okt 2043–mar 2044", "Vilken tid öppnar …?" by a season
    (re.compile(r"\b(?:vilka\s+tider|vilket\s+klockslag|hur\s+dags|what\s+time|opening\s+hours|öppettider(?:na)?)\b|"
                r"^\s*vilken\s+tid\s+(?:öppna|stäng|börja|slutar|starta|avgå|går|kommer|hämta|töm|tänd|släck)|"
                r"^\s*vilken\s+tid\s+på\s+(?:dagen|dygnet|kvällen|morgonen|natten|förmiddagen|eftermiddagen)\b",
                re.IGNORECASE),  # … but "Vilken tid gäller för …?" asks for the period
     lambda text: bool(_CLOCK_RE.search(text))),
    # "Hur gamla är handpumparna?" asks for an age or a time of building, not that they are old
    (re.compile(r"^\s*hur\s+(?:gamla|gammalt)\b", re.IGNORECASE),
     lambda text: bool(_AGE_RE.search(text) or re.search(r"\b\d{3,4}-talet|\b(?:1[0-9]|20)\d\d\b", text))),
    # "Var hålls bokfesten?" asks for a place: "med en gemensam bokfest i maj" names a month, and a record's list
    # of municipalities those taking part
    (re.compile(r"^\s*var\s+(?:hålls|hölls|äger\s+rum|ägde\s+rum|ordnas|anordnas|arrangeras|sker|skedde|genomförs|"
                r"ska\s+(?:\w+\s+){1,3}(?:hållas|ordnas|anordnas|arrangeras|ske|genomföras))\b", re.IGNORECASE),
     lambda text: bool(_PLACE_RE.search(text))),
    # "Vilka kommuner var inte med …?" is not answered by where the next meeting is
    (re.compile(r"^\s*(?:vilk(?:a|en|et)|vem|vilka\s+\w+)\b.*\b(?:inte|ej)\s+(?:med|närvarande|representerad\w*|"
                r"på\s+plats)\b|.*\b(?:saknades|frånvarande)\b", re.IGNORECASE),
     lambda text: bool(_ABSENCE_RE.search(_STATUS_NEGATION_RE.sub(" ", text)))),
    # "Vad hette leverantören …?": "… eftersom leverantören har gått i konkurs" says who failed, not its name
    (re.compile(r"^\s*(?:vad|hur)\s+(?:heter|hette|kallas|kallades)\b|^\s*what\s+(?:is|was)\s+the\s+name\b",
                re.IGNORECASE),
     lambda text: _names_something(text)),
    # "Vem vann turneringen?": a plan's record of the tournament names its organiser, not a winner
    (re.compile(r"\b(?:vann|vinner|vinnare|vinnaren|segrade|won|wins|winner)\b", re.IGNORECASE),
     lambda text: bool(re.search(r"\b(?:vann|vanns|vinn\w*|vunn\w*|segr\w*|won|winner\w*)\b", text, re.IGNORECASE))),
    # "Hur gammal måste man vara …?": "38 aktiva nattvandrare" gives no age
    (re.compile(r"^\s*hur\s+gammal|\bvilken\s+ålder|\båldersgräns|\bhow\s+old\b", re.IGNORECASE),
     lambda text: bool(_AGE_RE.search(text))),
    # "Hur lång tid tar det att bygga ett uteklassrum?" asks for a span of time
    (re.compile(r"^\s*hur\s+lång\s+tid\b|^\s*how\s+long\s+(?:does|did|will|is)\b", re.IGNORECASE),
     lambda text: bool(_DURATION_RE.search(text))),
    # "Vad kostar det att skanna en enda ritning?" asks for a price per piece, not the total ("En enda
    # planta kan bilda 60 000 frön" gives one)
    (_SINGLE_RE,
     lambda text: bool(re.search(r"\b(?:per|styck|stycket|varje|vardera|à|each)\b|/\s*st\b", text, re.IGNORECASE)
                       or _SINGLE_RE.search(text))),
    # "Hur stor del av gruset går att lägga ut igen?" asks for a share (or of a budget, an amount): "1 700 ton
    # av gruset" gives none
    (_SHARE_QUESTION_RE,
     lambda text: bool(_PERCENT_RE.search(text) or _MONEY_RE.search(text)  # "Hur stor del av budgeten …?"
                       or re.search(r"\b(?:hälften|halva|en\s+tredjedel|en\s+fjärdedel|"
                                                           r"\w+delar|\d+\s+av\s+\d+)\b", text, re.IGNORECASE))),
    # "Hur snabbt ska vägarna vara farbara?" asks for a span or a time: "ska snabbt bli farbara" gives none
    (re.compile(r"^\s*hur\s+(?:snabbt|fort|tidigt|sent)\b|^\s*how\s+(?:quickly|fast|soon|early|late)\b",
                re.IGNORECASE),
     lambda text: bool(_DURATION_RE.search(text) or _DAY_RE.search(text) or _CLOCK_RE.search(text)
                       or re.search(r"\bkm/h|\bkilometer\s+i\s+timmen", text, re.IGNORECASE))),
    # "Hur långa blir tunnlarna?", "Hur långt måste eleven ha till skolan?": a length (or, "Hur lång är
    # utbildningen?", a span of time), not the row about the tunnels; "Hur långt har man kommit" asks the state
    (re.compile(r"^\s*hur\s+(?:lång|långa|långt)\b(?!\s+tid\b)(?!.*\bkommit\b)", re.IGNORECASE),
     lambda text: bool(_LENGTH_RE.search(text) or _DURATION_RE.search(text))),
    # "På vilket avstånd från tröskverket …?" asks for a length: "minst 10 meter från tröskverket"
    (re.compile(r"\b(?:vilket|vilka|vilket\s+minsta|hur\s+stort|hur\s+långt)\s+\w*avstånd|\bwhat\s+distance\b",
                re.IGNORECASE),
     lambda text: bool(_LENGTH_RE.search(text))),
    # "Hur tjock måste isen vara?", "Hur djup är sjön?": a measure, not the row about measuring the ice
    (re.compile(r"^\s*hur\s+(?:tjock|tjockt|tjocka|djup|djupt|djupa|bred|brett|breda|tunn|tunt|tunna|grov|grovt|grova)\b|"
                r"^\s*how\s+(?:thick|deep|wide|broad)\b", re.IGNORECASE),
     lambda text: bool(_LENGTH_RE.search(text))),
    # "Hur stora är skyltarna?" asks for a size, not a count of them nor their price …
    (re.compile(r"^\s*hur\s+(?:stor|stora|stort)\s+(?:är|var|blir|blev|ska)\b(?!\s+(?:[^\W\d_]+\s+){0,3}?"
                rf"(?:{_MONEY_NOUNS}))|^\s*how\s+(?:big|large)\s+(?:is|are)\b(?!\s+(?:[a-z]+\s+){{0,3}}?(?:{_ENGLISH_MONEY_NOUNS}))",
                re.IGNORECASE),
     lambda text: bool(_LENGTH_RE.search(text) or _AREA_RE.search(text) or _PERCENT_RE.search(text)
                       or _WEIGHT_RE.search(text)  # "Hur stor var den tyngsta tryffeln?": "vägde 340 gram"
                       or re.search(r"\bstorlek|\bformat", text, re.IGNORECASE))),
    # … but "Hur stor är budgeten?" asks for an amount
    (re.compile(rf"^\s*hur\s+(?:stor|stora|stort)\s+(?:är|var|blir|blev|ska)\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{_MONEY_NOUNS})|"
                rf"^\s*how\s+(?:big|large)\s+(?:is|are)\s+(?:[a-z]+\s+){{0,3}}?(?:{_ENGLISH_MONEY_NOUNS})", re.IGNORECASE),
     lambda text: bool(_MONEY_RE.search(text) or _PERCENT_RE.search(text))),
    # "Hur länge kan en drönare flyga?" asks for a span or an end: "tre månader", "Okt 2304–mars 2305",
    # "till den 15 september", "hela terminen"; "efter fyra timmars sökande" or "sedan januari" give none
    (re.compile(r"^\s*hur\s+länge\b(?!\s+sedan\b)", re.IGNORECASE),
     lambda text: bool(_DURATION_RE.search(text) or _UNTIL_RE.search(text))),
    # "Hur stor yta har rengjorts?" asks for an area: "70 tuggummin per kvadratmeter" gives none
    (re.compile(r"^\s*hur\s+(?:stor|stora|stort)\s+(?:yta|areal|markyta|golvyta)\b|^\s*hur\s+många\s+kvadratmeter\b|"
                r"^\s*how\s+(?:large|big)\s+an?\s+area\b|^\s*how\s+many\s+square\s+met", re.IGNORECASE),
     lambda text: bool(_AREA_RE.search(re.sub(r"\bper\s+kvadratmeter\b", " ", text, flags=re.IGNORECASE)))),
    # "Varifrån kommer sanden?" asks for an origin: "Klart, 95 nät monterade" gives none
    (re.compile(r"^\s*varifrån\b|^\s*var\b.*\bifrån\b|^\s*where\s+does\b.*\bcome\s+from\b", re.IGNORECASE),
     lambda text: bool(re.search(r"\b(?:från|ifrån|levere\w*|köp\w*|hämta\w*|tillverka\w*)\b", text, re.IGNORECASE))),
    # "Vilken är den högsta tillåtna temperaturen …?" is answered by "inte varmare än 80 grader"
    (re.compile(r"^\s*(?:vilken|vilket|vad\s+är)\b[^?]*?temperatur|^\s*what\s+(?:is\s+the\s+)?[a-z ]*temperature",
                re.IGNORECASE),
     lambda text: bool(re.search(r"\d\s*(?:grader|°|plusgrader|minusgrader|kelvin)", text, re.IGNORECASE))),
    # "Av vilket material byggs trapporna?" is answered by "trappor av borstmattor", which never says "material"
    (re.compile(r"\b(?:vilket|vilka)\s+material\b|\bwhat\s+materials?\b", re.IGNORECASE),
     lambda text: bool(_MADE_OF_RE.search(text))),
    # "Hur mycket väger ett sedumtak?" asks for a weight, not a price
    (re.compile(r"^\s*hur\s+(?:mycket|lite)\s+väger\b|^\s*hur\s+tung|\bvilken\s+vikt\b|\bhow\s+heavy\b|"
                r"\bhow\s+much\s+(?:does|do|did)\b.*\bweigh", re.IGNORECASE),
     lambda text: bool(_WEIGHT_RE.search(text))),
    # "Hur ofta ska det vara grovsopsdag?" asks for a frequency: "två gånger per år", "var tionde minut"
    (re.compile(r"^\s*hur\s+ofta\b(?!\s+(?:har|hade)\b)|^\s*how\s+often\b(?!\s+(?:has|have|had)\b)", re.IGNORECASE),
     lambda text: bool(_FREQUENCY_RE.search(text))),
    # "Hur ofta har racketarna lånats?" asks how many times so far: "har lånats 1 150 gånger" answers it
    (re.compile(r"^\s*hur\s+ofta\s+(?:har|hade)\b|^\s*how\s+often\s+(?:has|have|had)\b", re.IGNORECASE),
     lambda text: bool(_FREQUENCY_RE.search(text) or re.search(r"\d\s+gånger\b", text, re.IGNORECASE))),
    # "Hur högt var ljudet?" asks for a measure: "85 decibel", not "när ljudet blir för högt"
    # (a fee's or a budget's level is money, which the question's shape asks for)
    (re.compile(rf"^\s*hur\s+(?:hög|högt|höga|låg|lågt|låga)\b(?!.*\b{_MONEY_NOUNS})|"
                rf"^\s*how\s+(?:high|loud|low)\b(?!.*\b{_ENGLISH_MONEY_NOUNS})", re.IGNORECASE),
     lambda text: bool(_LEVEL_RE.search(text))),
    # "Hur varmt är vattnet?" asks for a temperature
    (re.compile(r"^\s*hur\s+(?:varm|varmt|kall|kallt|het|hett)\b|\bvilken\s+temperatur|\bhow\s+(?:hot|warm|cold)\b",
                re.IGNORECASE),
     lambda text: bool(re.search(rf"(?:\d|\b(?:{_NUMBER_WORD_ALTERNATION}))\s*(?:grader|°)|\b(?:minus|plus)grader",
                                 text, re.IGNORECASE))),  # "kallare än plus två grader"
)


# "Vad beslutade rådet om verktygen?": the decision comes before the plan's row on the tools (decisions
# are worded too many ways for any other sentence to be ruled out)
_DECISION_QUESTION_RE = re.compile(r"^\s*vad\s+(?:beslutade|beslöt|beslutades|bestämde|bestämdes|har\s+\w+\s+(?:beslutat|bestämt)|"
                                   r"blev\s+beslutet)\b|\benligt\s+beslutet\b|"
                                   r"^\s*what\s+did\s+.+\s+decide\b", re.IGNORECASE)
# "Hur mycket fick kommunerna in när bilarna såldes?": what came in is money
_INCOME_QUESTION_RE = re.compile(r"^hur\s+mycket\s+(?:fick|får|fått|har|hade)\s+(?:\S+\s+){1,3}?in\b", re.IGNORECASE)
# "Vad får hushållen betala för …?": an amount, though no "Hur mycket" asks for it
_PAY_QUESTION_RE = re.compile(r"^vad\s+(?:får|ska|måste|behöver|fick|skulle)\s+.+\s+betala\b", re.IGNORECASE)
_AGE_LIMIT_RE = re.compile(r"\b(?:över|under|från|minst|högst|upp\s+till)\s+\d+\s*år\b", re.IGNORECASE)
_UNTIL_RE = re.compile(rf"[–-]\s*(?:\d|(?:{'|'.join(_MONTH_NAMES)})\b)|"
                       rf"\b(?:till|tills|fram\s+till|t\.\s?o\.\s?m\.?|senast)\s+(?:och\s+med\s+)?"
                       rf"(?:den\s+|kl\.\s*|klockan\s+)?"
                       rf"(?:\d|(?:{'|'.join(_MONTH_NAMES)})\b|(?:sommaren|vintern|hösten|våren|årsskiftet|nyår))|"
                       r"\bhela\s+(?:året|terminen|sommaren|vintern|hösten|våren|perioden|säsongen|\d{4})\b",
                       re.IGNORECASE)
_DURATION_RE = re.compile(r"\b(?:\d+(?:[,.]\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|ett\s+par)\s+"
                          r"(?:sekunder|sekund|minuter|minut|timmar|timme|dygn|dagar|dag|veckor|vecka|månader|månad|"
                          r"år|arbetsdagar)\b|"
                          # "för minst 72 timmars drift", not "efter fyra timmars sökande"
                          r"\b(?:för|minst|högst)\s+(?:minst\s+|högst\s+)?\d+\s+"
                          r"(?:timmars|dygns|dagars|veckors|månaders|minuters|års)\b|"
                          r"\b(?:halvår|halvtimme|kvart)\b", re.IGNORECASE)
_PERIODS = (r"(?:\w*dag|dygn|veck|månad|år|kvartal|termin|halvår|timm|minut|sommar|vinter|vår|höst|säsong|morgon|"
            r"kväll|natt|helg)\w*")  # "varje morgon" is a frequency too
# a level: a number with its unit ("85 decibel", "1 200 ppm", "2,5 meter"), not a count of things
_LEVEL_RE = re.compile(r"\d(?:[\d\s]*\d)?\s+[^\W\d_]+\s+per\s+[^\W\d_]+|"  # "4 200 pollenkorn per kubikmeter"
                       r"\d(?:[\d\s]*\d)?(?:[,.]\d+)?\s*(?:decibel|db|dba|db\(a\)|ppm|grader|°|procent|%|"
                       r"(?:centi|milli|kilo|deci)?meter|m|cm|mm|km|"
                       r"ton|kg|kilo|liter|mikrogram|µg|mg|mbit|kbit|gbit|knop|km/h)(?![\w])|"
                       r"\bph\b[^.\d]{0,30}\d|"  # "pH-värdet ska vara minst 6,0"
                       # "40 gånger högre än riktvärdet": a level against a limit
                       rf"(?:\d|\b(?:{_NUMBER_WORD_ALTERNATION}))\s+gånger\s+(?:högre|lägre|större|mindre)\b|"
                       r"\bdubbelt\s+så\s+(?:hög|högt|höga|stor|stort|stora)\b", re.IGNORECASE)
_FREQUENCY_RE = re.compile(
    rf"\bgång(?:er)?\s+(?:per|i|om|varje|var|vart|varannan|vartannat)\b|\b(?:varje|per|varannan|vartannat)\s+{_PERIODS}|"
    rf"\b(?:var|vart)\s+(?:\w+\s+)?{_PERIODS}|\b(?:om|i)\s+(?:timmen|dagen|dygnet|året|veckan|månaden|kvartalet|terminen)\b|"
    r"\bpå\s+(?:varje\s+)?(?:hel(?:a)?|halv(?:a)?)\s+(?:och\s+halv(?:a)?\s+)?timm(?:e|en)\b|"  # "på hel och halv timme"
    r"\b(?:dagligen|veckovis|månatligen|månadsvis|årligen|årsvis|löpande|kontinuerligt|ständigt)\b",
    re.IGNORECASE)
_SHARE_OF_RE = re.compile(r"\d+(?:[,.]\d+)?\s*(?:procent|%)\s+av\s+(?:de\s+|alla\s+)?([^\W\d_]+)", re.IGNORECASE)


def _share_of(asked: str | None, text: str) -> bool:
    """The text gives a share of the asked thing: "95 procent av eleverna" for "Hur många elever …?"."""
    return bool(asked) and any(_mentions(asked, m.group(1)) for m in _SHARE_OF_RE.finditer(text))


# Asked kinds that an answer names by an instance rather than the word: "Hos vilken myndighet …?" →
# "… hos länsstyrelsen".
_INSTANCES = {
    stem("myndighet"): re.compile(r"\b\w+(?:verket|styrelsen|myndigheten|inspektionen|kassan)\b|"
                                  r"\b(?:polisen|kustbevakningen|regeringen|tullverket)\b", re.IGNORECASE),
    # "Mellan vilka månader …?" is answered by "från december 2304 till mars 2305"
    stem("månader"): re.compile(rf"\b(?:{'|'.join(_MONTH_NAMES)})\b", re.IGNORECASE),
    stem("veckodagar"): re.compile(rf"\b{_WEEKDAY_NAME}\b", re.IGNORECASE),
    # "På vilka språk …?" is answered by "på arabiska och bosniska"
    stem("språk"): re.compile(r"\bpå\s+(?:lätt\s+)?[a-zåäö]{2,}(?:iska|ska|esiska|inja)\b", re.IGNORECASE),
}


_NAMED_KINDS = (stem("språk"), stem("myndighet"))


def names_instance(asked: str | None, text: str) -> bool:
    pattern = _INSTANCES.get(asked or "")
    return bool(pattern and pattern.search(text)) or _proper_compound(asked or "", text)


_NOUN_ENDINGS = ("", "a", "an", "en", "et", "n", "or", "orna", "er", "erna", "ar", "arna", "s", "ans", "ens", "ets")


def _proper_compound(asked: str, text: str) -> bool:
    """A name within a sentence that ends in the asked word: "i Vallgårdsskolan" names a school, where a
    sentence's first word ("Grundskolan …") may be no name."""
    if len(asked) < 4:
        return False
    for m in re.finditer(r"\b[A-ZÅÄÖ][a-zåäö]{2,}", text):
        before = text[:m.start()].rstrip()
        word = m.group().lower()
        if before and before[-1] not in ".!?:|" and any(
                word.endswith(asked + ending) and len(word) >= len(asked + ending) + 3 for ending in _NOUN_ENDINGS):
            return True
    return False


def _mentions(asked: str, text: str) -> bool:
    """The text has a form of the asked word."""
    return any(t == asked or same_word(asked, t) for t in (stem(w) for w in content_words(text)))


# "Hur många av dammarna …?" asks for a part of a whole, which "7 av 15" gives
_PART_QUESTION_RE = re.compile(r"^\s*(?:hur\s+många\s+av|how\s+many\s+of)\b", re.IGNORECASE)
# a past or perfect tense in a question: "sattes ut", "har de frivilliga räknat", "were released"
_DONE_QUESTION_RE = re.compile(r"\b(?:har|hade)\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]{3,}(?:at|it|tt|ts|dd)\b|"
                               r"\b[^\W\d_]{3,}(?:ades|des|tes)\b|\b(?:were|was|did|have\s+been|has\s+been)\b",
                               re.IGNORECASE)
_GOAL_SENTENCE_RE = re.compile(r"\b(?:ska|skall)\b", re.IGNORECASE)
_SO_FAR_RE = re.compile(r"\b(?:har|hittills)\s+(?:\w+\s+)?(?:fått|\w{3,}(?:ats|its|tts|dd|tt))\b", re.IGNORECASE)
_PART_OF_WHOLE_RE = re.compile(r"\b\d[\d\s]*(?:,\d+)?\s+av\s+(?:totalt\s+|de\s+|alla\s+)?\d", re.IGNORECASE)


def fits_shape(shape: QuestionShape, unit: Unit, opens_section: bool, goal_asked: bool = False,
               part_asked: bool = False) -> bool:
    """The unit has the form the question asks for. A ranking cue only, never support: it cannot turn
    an abstention into an answer."""
    if part_asked and _PART_OF_WHOLE_RE.search(unit.text):
        return True  # "Hur många av dammarna är klara?": "7 av 15 dammar är grävda"
    if shape.when:
        return has_time(unit.text)
    if shape.reason:
        return bool(_REASON_RE.search(unit.text) or _REASON_HEADING_RE.search(unit.heading))
    if shape.outcome and _DECISION_RE.search(unit.text):
        return True  # what came of a proposal is what was decided
    if not shape.asked:
        return False
    if opens_section and unit.heading and len(unit.heading.split()) <= 3 and _mentions(shape.asked, unit.heading) \
            and not (shape.count and goal_asked):  # a section opens with the count now, not the goal
        return True  # "Vad är syftet …?": a section headed "Syfte" opens with the purpose
    # "Vilka kommuner …?": "… mellan kommunerna Burlöv, Eslöv, Höör …", or a lead-in with its list
    return shape.listing and _mentions(shape.asked, unit.text) and (unit.listing or unit.text.count(",") >= 2)


def _break_ties(ranked: list[tuple[Unit, float, float]], embedder, question: str):
    """Among sentences nearly as well supported as the best, let meaning decide (the embedding model)."""
    best = ranked[0][2]
    close = [r for r in ranked[:TIE_UNITS] if r[2] >= best - TIE_MARGIN]
    if len(close) < 2:
        return ranked
    vectors = embedder.embed_passages([" ".join(f"{r[0].heading}. {r[0].text}".split()[:40]) for r in close])
    sims = vectors @ embedder.embed_query(question)
    rescored = sorted(((u, v, key + TIE_WEIGHT * float(sim)) for (u, v, key), sim in zip(close, sims)),
                      key=lambda item: -item[2])
    return rescored + [r for r in ranked if r not in close]


def replaced_words(analyzed) -> frozenset[str]:
    """Misspelt query words; their corrections are among the words."""
    return frozenset(getattr(analyzed, "corrections", {}) or {})


def synonym_variants(assistant: "Assistant", analyzed, question: str = "") -> dict[str, list[tuple[str, ...]]]:
    """For each word of the question, the synonyms (from prompts/synonyms.txt) that may replace it, its
    phrases' among them ("summer" of "summer jobs" may be found as "sommarjobb")."""
    synonyms = assistant.retriever.analyzer.synonyms
    out = {w: synonyms.expansions([w]) for w, weight in analyzed.words.items()
           if weight >= 1.0 and synonyms.expansions([w])}
    for owners, variant in synonyms.matches(re.findall(r"[\w-]+", question.lower())):
        if len(owners) > 1:
            for w in owners:
                if analyzed.words.get(w, 0) >= 1.0 and variant not in out.setdefault(w, []):
                    out[w].append(variant)
    return out


def _as_source(n: int, hit: SearchHit) -> Source:
    return Source(n=n, **hit.model_dump())


def _abstain(question: str, hits: list[SearchHit]) -> Answer:
    sources = [_as_source(i, h) for i, h in enumerate(hits[:SOURCES], 1)]
    return Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, sources=sources)


# "Vilket företag levererar låsen?", "Which company runs …?": a company's name is asked for
_COMPANY_QUESTION_RE = re.compile(
    r"^\s*(?:vilket|vilken|vilka)\s+(?:\w*företag(?:en)?|\w*bolag(?:en)?|\w*firma|\w*firmor|leverantör(?:er)?|åkeri(?:er)?|"
    r"entreprenör(?:er)?|konsult(?:er)?)\b|^\s*which\s+(?:company|companies|firm|supplier|contractor)\b",
    re.IGNORECASE)
# … and a sentence names one when it says AB, Oy or Ltd, or calls someone a company, a supplier or a contractor
_COMPANY_NAMED_RE = re.compile(r"\b(?:AB|HB|KB|Oy|Ltd|Inc|A/S|ASA|GmbH)\b|"
                               r"(?i:företag|bolag|firma|firman|leverantör|entreprenör|konsult)")


# "Vem har smitt staketet?", "Vem tillverkar markankarna?": the maker of a thing, whom the group that runs the
# activity is not, unless the answer tells of the making (a group may well build or sew as its activity:
# "Vem snickrar bänkar av lastpallar?")
_MAKING = r"(?:tillverka\w*|formg\w*|designa\w*|smider|smidde|smitt|smidit|gjuter|göt|gjutit)"
_MAKER_QUESTION_RE = re.compile(rf"^\s*(?:vem|vilka|vilken\s+\w+)\s+(?:har\s+|hade\s+)?{_MAKING}\b|"
                                r"^\s*who\s+(?:has\s+|had\s+)?(?:made|makes|manufactur\w+|design\w+|forged|built)\b(?!\s+sure)",
                                re.IGNORECASE)
_MADE_RE = re.compile(rf"\b{_MAKING}\b|\btillverkning\w*|\bsmed\w*", re.IGNORECASE)

# "Vilken veterinär tar hand om …?": the kind of one who does it; "Vilken grupp …?" asks for a group
_AGENT_KIND_RE = re.compile(r"^\s*(?:vilken|vilket)\s+([^\W\d_]{3,})\s", re.IGNORECASE)
_GROUP_KINDS = tuple(set(_GROUP_STEMS) | {stem(w) for w in """råd team forum organ enhet kommitté instans
    förvaltning funktion kommun aktör organisation avdelning myndighet part lag""".split()})


def _other_kind_than_group(question: str, answer: Answer) -> bool:
    """A group answers a question asking for another kind of agent ("Vilken veterinär …?") whose kind
    the answer never names."""
    m = _AGENT_KIND_RE.match(question)
    if not m or not answer.groups:
        return False
    kind = stem(m.group(1).lower())
    if m.group(1).lower() in STOP_WORDS or any(kind.endswith(g) for g in _GROUP_KINDS):
        return False
    named = any(t == kind or same_word(kind, t) or len(kind) >= 4 and t.endswith(kind)
                for t in (stem(w) for w in content_words(answer.answer)))
    return not named or _only_vague(kind, answer.answer)  # "… tillsammans med en konstnär" names none


# "Vem kommer och hämtar riset?" asks who fetches it: the coming is part of the fetching
_COMES_AND_RE = re.compile(r"^(\s*(?:vem|vilka|vilken\s+\w+))\s+(?:kommer|går|åker|cyklar)\s+och\s+(?=\w)",
                           re.IGNORECASE)


def compose_answer(assistant: "Assistant", question: str, context: str | None = None) -> Answer:
    plain = _COMES_AND_RE.sub(r"\1 ", question or "")
    answer = _compose_answer(assistant, plain, context)
    if plain != question:
        answer = answer.model_copy(update={"question": question})
    if not answer.abstained and ((_COMPANY_QUESTION_RE.search(answer.question)
                                  or _MAKER_QUESTION_RE.search(answer.question) and not _MADE_RE.search(answer.answer))
                                 and not _COMPANY_NAMED_RE.search(answer.answer)
                                 or _other_kind_than_group(answer.question, answer)):
        # the group that runs the activity is not the company that does the work, nor a veterinarian
        return Answer(question=answer.question, answer=ABSTAIN_TEXT, abstained=True, sources=answer.sources)
    return answer


def _compose_answer(assistant: "Assistant", question: str, context: str | None = None) -> Answer:
    question = (question or "").strip()
    if not question:
        return Answer(question=question, answer=EMPTY_TEXT, abstained=True, sources=[])

    topic = is_responsibility_question(question)
    if topic:
        answer = _responsibility_answer(assistant, question, topic, loose=False)
        if answer is not None:
            return answer
    answer = _passage_answer(assistant, question, context, bool(topic))
    if answer.abstained and topic:
        # No record matched word for word and no sentence answers: a record worded differently may, or
        # the record whose own passage the search found.
        return _responsibility_answer(assistant, question, topic, loose=True) \
            or _passage_record_answer(assistant, question) or answer
    agent = None if topic else _agent_question(question)
    if agent and (answer.abstained or not _names_agent(answer.answer, question)):
        # "Vilka utbildar samtalsledarna …?": no sentence says so, but the record of the training does,
        # provided that it names the deed ("Utbildning för …"); the group's record is then the answer
        asked = f"Vilken grupp ska {agent[0]} {agent[1]}"
        # no record matched word for word: one worded differently may ("mäter röken från vedkaminerna" ~
        # "Mätning av partiklar … med många vedspisar och kaminer"), held to the object below all the same
        found = _responsibility_answer(assistant, asked, agent[1], loose=False)
        shown = found.answer if found is not None else ""
        if found is None and (found := _responsibility_answer(assistant, asked, agent[1], loose=True)) is not None:
            # … though not by an aside of its title ("pollare, som bara sänks för … sophämtning"), and in the
            # place asked about ("… kommunhuset i Eslöv")
            shown = " ".join(f"{g.name} {without_aside(g.activity or '')}" for g in found.groups)
            if any(place not in shown.lower() for place in place_words(question)):
                found = None
        activity = without_aside(found.groups[0].activity or "") if found is not None and found.groups else None
        # a group's name may say what it handles: "röken" in "Vedrökspartikelmätningsteamet"
        group_name = found.groups[0].name.lower() if found is not None and found.groups else ""
        if found is not None and any(_mentions(stem(w), shown)
                                     or activity and _in_compound(stem(w), activity)
                                     or len(stem(w)) >= 3 and stem(w) in group_name[1:]
                                     for w in _object_words(agent[1], agent[2])):
            return found.model_copy(update={"question": question})
    if not topic and (agent or _WHO_RE.match(question) and not _PAST_DEED_RE.match(question)) \
            and (answer.abstained or not _names_agent(answer.answer, question)):
        # "Vem sår blommor i rondellerna?" answered by a line naming nobody: the activity it is about names
        # its group
        found = _passage_record_answer(assistant, question, agent[0] if agent else asked_verb(question))
        if found is not None:
            return found
    if (agent or _SWEDISH_WHO_DOES_RE.match(question)) and not answer.abstained \
            and not _names_agent(answer.answer, question) and not _ROLE_RE.search(answer.answer):
        # "Vem kollar isen …?" is not answered by "Varje vinter går människor genom isen …": it names no one
        # (a role, "kommunstyrelsens ordförande", is someone)
        return Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, sources=answer.sources)
    if answer.abstained:
        return _field_answer(assistant, question) or answer
    # "Vad är läget för X?" answered by a sentence about X that gives no status, "Vilka kommuner deltar i
    # X?" by one naming a single municipality in passing: X's record gives the field.
    return _field_answer(assistant, question, unless_in=answer.answer) or answer


_WHO_RE = re.compile(r"^\s*(?:vem|who)\b", re.IGNORECASE)
# "Vem räddade personen …?", "Vem skänkte pianot …?": a deed done once, whose doer the record or report of
# the activity around it does not name
_PAST_DEED_RE = re.compile(r"^\s*vem\s+[a-zåäö]{3,}(?:de|te)\b", re.IGNORECASE)
# "Vem kommer och plockar ner …?": who does something (not "Vem är …?", "Vem skrev …?", which a name answers)
_SWEDISH_WHO_DOES_RE = re.compile(r"^\s*vem\s+(?!är\b|var\b|blir\b|blev\b|skrev\b|förde\b|justerade?\b)\w+",
                                  re.IGNORECASE)
_ROLE_RE = re.compile(r"(?i:ordförande|direktör|chef(?:er|en|erna)?\b|samordnare|sekreterare|handläggare|ledamot|"
                      r"ledamöter|representant|tjänsteperson|politiker|förtroendevald)")


# Share of a "who" question's words (by their rarity) that a record's own lines must hold for the record
# the search found to answer it.
PASSAGE_RECORD_COVERAGE = 0.4


def _question_coverage(index, question: str, agent_verb: str | None) -> Callable[[str], float]:
    """Share of the question's idf mass a text holds: each content word (English ones through the glossary)
    by its stem or a compound part; a word the documents never use counts with the highest idf, so a
    question about something no document names is not covered. The asking verb ("Vem fixar …") is left
    out: the record names the deed in its own words."""
    asked = is_responsibility_question(question) or question
    words = [w for w in query_words(asked) if w != agent_verb and w not in STOP_WORDS]
    described = clause_words(asked)
    max_idf = float(index.term_idf.max()) if len(index.term_idf) else 1.0
    weights = {}
    for w in dict.fromkeys(words):
        j = index.term_index.get(stem(w))
        # a description the documents never use says little ("kaninerna som förstör blommorna")
        weights[w] = float(index.term_idf[j]) if j is not None else max_idf * (CLAUSE_WEIGHT if w in described else 1.0)
    total = sum(weights.values())

    def cover(text: str) -> float:
        if not total:
            return 0.0
        words = content_words(text)
        held = {t for word in words for t in index.word_terms(word)}
        # "fyller hundra" is held by "fyller 100 år"
        held |= {t for w, digits in _NUMBER_DIGITS.items() if digits in words for t in index.word_terms(w)}
        return sum(wt for w, wt in weights.items() if set(index.word_terms(w)) & held) / total

    return cover


def _passage_record_answer(assistant: "Assistant", question: str, agent_verb: str | None = None) -> Answer | None:
    """A "who" question worded unlike every record: the best passage for it is an activity's own row or
    item (or an assignment's sentence) whose lines hold most of the question, and that record's group is
    the answer, cited to that passage."""
    response = assistant.search(question, k=SOURCES)
    if not response.results:
        return None
    hit = response.results[0]
    activities = [ActivityRecord.from_metadata(r) for r in assistant.records("activity")]
    decisions = [Decision.from_metadata(r) for r in assistant.records("decision")]
    cover = _question_coverage(assistant.retriever.index(), question, agent_verb)
    found = record_in_passage(question, hit.text, hit.doc_id, activities, decisions, cover)
    if found is None or found[2] < PASSAGE_RECORD_COVERAGE:
        return None
    group, record, _ = found
    source = _as_source(1, hit)
    report = next((u.text for u in passage_units(hit.text, 1) if u.text.casefold().startswith(group.casefold())),
                  None) if isinstance(record, ActivityRecord) and record.doc_id != hit.doc_id else None
    if report:  # minutes where the group reports on its work: that sentence is the evidence
        activity, line = record.title, f"{report} [1]"
    elif isinstance(record, ActivityRecord):
        activity, line = record.title, f"{group} – ansvarig för: {record.title} [1]"
    else:
        activity, line = record.task, f"{record.text} [1]"
    return Answer(question=question, answer=line, abstained=False, sources=[source],
                  groups=[GroupRef(name=group, activity=activity, source_n=1)])


_AGENT_RE = re.compile(r"^\s*(vem|vilka)\s+([a-zåäö]{4,}(?:ar|er|ir|yr|år)|[a-zåäö]{2,})\s+(\w.*?)[\s?!.]*$",
                       re.IGNORECASE)
_REGULAR_PRESENT_RE = re.compile(r"[a-zåäö]{4,}(?:ar|er|ir|yr|år)")
# "Vem fixar …", "Vem kör …": after "vem" only a verb
_SHORT_PRESENT_RE = re.compile(r"[a-zåäö]{2,}(?:ar|er|ir|yr|år)|[a-zåäö]{1,2}(?:ör|är)")
_AGENT_PARTICLES = frozenset("ut upp in fram ihop igång till bort av på runt emot omkring".split())
# Particles that are no prepositions: before one stands a verb, whatever its form ("Vilka kör hem …?")
_VERB_ONLY_PARTICLES = frozenset("ut upp hem bort fram ihop igång runt iväg tillbaka".split())
# Subjects that open a clause: "om det …", "om man …" is "whether", so the word before "om" is a verb.
_CLAUSE_SUBJECTS = frozenset("det den de man någon något några alla vi ni han hon".split())
_ARTICLES = ("den", "det", "de", "en", "ett")


# a regular verb's past: "spelade", "byggde", "köpte"
_REGULAR_PAST_RE = re.compile(r"[a-zåäö]{3,}(?:ade|de|te)")


def _agent_question(question: str) -> tuple[str, str, str] | None:
    """(verb, what, its object) of "Vem/Vilka <verb> X?" ("Vilka utbildar samtalsledarna på …?"): any
    present-tense verb but an auxiliary. After "Vilka" the word may be a plural noun instead ("Vilka
    parker i Lund …", "Vilka museer ingår …"): then a preposition, a verb or a passive follows it."""
    m = _AGENT_RE.match(question)
    if not m or field_question(question):
        return None  # "Vilka kommuner delar på X?" asks for a field of X's record, not who does something
    who, verb, rest = m.group(1).lower(), m.group(2).lower(), m.group(3)
    words = re.findall(r"[\wåäöÅÄÖ-]+", rest.lower())
    following = words[0] if words else ""
    # "Vilka kör båten …?": a definite noun right after the word is its object, as a plural noun ("kör",
    # choirs) would be followed by its verb
    definite_object = len(following) >= 4 and following.endswith(("en", "et", "na")) and following not in STOP_WORDS
    short_verb = _SHORT_PRESENT_RE.fullmatch(verb) and (who == "vem" or following in _AGENT_PARTICLES
                                                        or following in _ARTICLES or definite_object)
    if not (_REGULAR_PRESENT_RE.fullmatch(verb) or short_verb or following in _VERB_ONLY_PARTICLES) \
            and verb not in IRREGULAR_VERB_FORMS:
        return None  # "Vilka bär …", "Vem tar …": a strong verb's form is known by name
    # "Vilka lär de frivilliga att elda …?": "lär" with an object teaches; before an infinitive it only guesses
    teaches = verb == "lär" and (following in _ARTICLES or definite_object or following == "ut")
    if (verb in _SWEDISH_AUXILIARIES and not teaches) or verb in STOP_WORDS or verb in GENERIC_WORDS \
            or verb in NOT_THE_OWNER:
        return None
    # "Vilka testar om det finns …?", "Vilka kollar att livbojarna finns kvar?": a verb takes the clause,
    # as a plural noun takes an infinitive ("Vilka planer att bygga …")
    after = words[1] if len(words) > 1 else ""
    whether = following in ("om", "att") and (after in _CLAUSE_SUBJECTS or (
        following == "att" and len(after) >= 5 and after.endswith(("en", "et", "na")) and after not in STOP_WORDS))
    # "Vilka lagar de gamla murarna?": a plural noun after "Vilka" is followed by its verb, never by an article
    determined = (following in _ARTICLES or definite_object) and short_verb
    # "Vilka anlägger trädgårdar …?": a particle before a strong verb's present ("an|lägger") is a verb, no noun
    compound_verb = verb.endswith("r") and verb not in IRREGULAR_VERB_FORMS and bool(verb_lemmas(verb))
    if who == "vilka" and not whether and not determined and not compound_verb and (following in _PREPOSITIONS and _has_finite_verb(words)
                           or following in STOP_WORDS - _AGENT_PARTICLES - _PREPOSITIONS
                           or following in _SUBJECT_VERBS or following in IRREGULAR_VERB_FORMS
                           or _REGULAR_PRESENT_RE.fullmatch(following) or following.endswith("s")
                           or _REGULAR_PAST_RE.fullmatch(following)):
        # "Vilka parker i Lund har …?", "Vilka blåsorkestrar spelade …?": the plural noun's clause has a verb
        # of its own
        return None
    particles = _AGENT_PARTICLES | _VERB_ONLY_PARTICLES
    obj = next((w for w in words if w not in STOP_WORDS and w not in particles), None)
    return (verb, rest, obj) if obj else None


# Words that open a subordinate clause: a verb after one is not the main clause's.
_SUBORDINATORS = frozenset("att som där när eftersom medan innan tills".split())


def _has_finite_verb(words: list[str]) -> bool:
    """The main clause has a verb of its own: "Vilka delar av planen gäller …" (while "Vilka stänger av
    gatorna så att barnen kan leka?" has none before "så att", so "stänger" is its verb)."""
    previous = ""
    for word in words:
        if word in _SUBORDINATORS:
            return False
        if word in _SUBJECT_VERBS or word in _COPULA or word in IRREGULAR_VERB_FORMS \
                or word in ("finns", "fanns", "gäller", "gällde"):
            return True
        # "… i Vellinge räknas till …", "… i Lund renoverades": a passive or a past tense
        if len(word) >= 6 and word.endswith(("as", "ades", "ade")) and previous not in _PREPOSITIONS:
            return True
        # "… i Skåne samarbetar": a present tense, unless it is a preposition's noun ("av parker")
        # … but "pasta och konserver": a word after "och" carries on the list of nouns before it
        if _REGULAR_PRESENT_RE.fullmatch(word) and previous not in _PREPOSITIONS \
                and previous not in ("de", "den", "det", "en", "ett", "alla", "och", "eller"):
            return True
        previous = word
    return False


def _object_words(rest: str, first: str) -> list[str]:
    """The words of the object a "Vem/Vilka <verb> …?" question names, up to its first preposition or
    clause ("ut den smutsiga sanden där barnen leker" → smutsiga, sanden); the first content word when
    none stands before one."""
    words = []
    # "att livbojarna finns kvar …": the clause a verb takes is its object
    for word in re.findall(r"[\wåäöÅÄÖ-]+", re.sub(r"^(?:att|om)\s+", "", rest.lower())):
        if word in _PREPOSITIONS or word in ("där", "som", "när", "att", "så", "om"):
            break
        if word not in STOP_WORDS and word not in _AGENT_PARTICLES:
            words.append(word)
    return words[:4] or [first]


def _in_compound(asked: str, text: str) -> bool:
    """The text has a compound that the asked word opens ("livbojarna", stem "livboj", in "Livbojsskåp") or
    closes ("djupet" in "vattendjupet")."""
    return len(asked) >= 5 and any(len(w) >= len(asked) + 3 and w.startswith(asked) for w in content_words(text)) \
        or len(asked) >= 4 and _closes_compound(asked, text)


def _closes_compound(asked: str, text: str) -> bool:
    """A word of the text is a compound ending in the asked stem: "spiralborr" for "borr"."""
    return any(len(s) >= len(asked) + 3 and s.endswith(asked) for s in (stem(w) for w in content_words(text)))


def _tells_progress_only(status: str) -> bool:
    """A status that counts how far the work has come ("11 av 30 fasader") or gives a state and a date, and
    names nothing missing ("Ej påbörjat, markägaren har inte svarat; … den 1 december" says why)."""
    if _CAUSE_RE.search(status):
        return False
    if _PART_OF_WHOLE_RE.search(status):
        return True
    return bool(re.match(r"\s*(?:ej\s+påbörja|inte\s+påbörja|pågår|klar)\D*\d", status, re.IGNORECASE)) \
        and not re.search(r"\b(?:inte|ej|saknas|saknar|väntar|stoppa\w*)\b", status.split(",", 1)[-1], re.IGNORECASE)


_FIELD_LABELS_SHOWN = {"status": "status", "orsak": "status", "antal": "status", "period": "tid",
                       "kommuner": "deltagande kommuner"}


def _field_answer(assistant: "Assistant", question: str, only: str | None = None,
                  unless_in: str | None = None) -> Answer | None:
    """"Vad är läget för X?", "Vilka kommuner deltar i X?" from the activity records: a table row or list
    item the question words differently still holds the field. `only` limits it to one field;
    `unless_in` is an answer already found, kept (None returned) when it already gives the value."""
    asked = field_question(question)
    if asked is None or (only and asked[0] != only):
        return None
    field_name, topic = asked
    if field_name == "period" and unless_in is not None and has_time(unless_in):
        return None  # "När hålls X?" answered by a sentence with its date: the plan's period says less
    if field_name == "antal" and unless_in is not None and has_quantity(unless_in):
        return None  # "Hur många X har …?" answered by a sentence with a number
    activities = [ActivityRecord.from_metadata(r) for r in assistant.records("activity")]
    # "När hålls nästa möte i rådet?" is no activity's: a period is only given for an activity the words name
    record = find_activity(topic, activities, loose=field_name != "period")
    if record is None and field_name != "period":
        record = _activity_found(assistant, question, activities)
    value = None
    if record is not None:
        value = {"status": record.status, "orsak": record.status, "antal": record.status,
                 "period": record.period}.get(field_name, ", ".join(record.municipalities) or None)
    if field_name == "antal" and value and not _status_counts(topic, value, question):
        return None  # a status that counts something else, or nothing, does not say how many
    if field_name == "orsak" and value and len(value.split()) < 3:
        return None  # "Försenad" alone says that it is late, not why
    if field_name == "orsak" and value and _tells_progress_only(value):
        return None  # "Försenat, 11 av 30 fasader klara", "Ej påbörjat, start den 20 oktober" tell how far, not why
    if field_name == "orsak" and unless_in is not None and _CAUSE_RE.search(unless_in):
        return None  # "… försenad eftersom entreprenören gick i konkurs" says why; a status may not
    if not value or (unless_in is not None and value.lower() in unless_in.lower()):
        return None
    reporter = reporting_group(unless_in) if unless_in is not None and field_name == "status" else None
    owners = {group_key(r.responsible) for r in activities if r.responsible}
    if reporter and record.responsible and group_key(reporter) in owners - {group_key(record.responsible)}:
        return None  # the answer is another group's report on its own work, which this record is not
    hit = assistant.record_passage(record.doc_id, record.page, record.title) if record.doc_id else None
    if hit is None:
        return None
    source = _as_source(1, hit)
    counted = field_name == "kommuner" and re.match(r"\s*hur\s+många\b", question, re.IGNORECASE)
    count = f" ({len(record.municipalities)} kommuner)" if counted else ""  # "Hur många kommuner deltar i X?"
    text = f"{record.title} – {_FIELD_LABELS_SHOWN[field_name]}: {value}{count} [1]"
    return Answer(question=question, answer=text, abstained=False, sources=[source])


# the ending of a supine or participle, so that "samlats" and "insamlade" meet at "saml"
_PARTICIPLE_END_RE = re.compile(r"(?:ats|its|ts|at|it|tt|t|ade|ad|de|da|ta|na|d)$")
_PARTICLE_PREFIXES = ("in", "ut", "upp", "mot", "emot", "av", "bort", "till", "fram", "på", "om", "över", "ned", "ner")


def _verb_root(word: str) -> str:
    return _PARTICIPLE_END_RE.sub("", word.lower(), count=1)


_AUXILIARY_WORDS = frozenset("har hade ska skall kommer att är var blir blev kan kunde".split())


def _object_after_verb(question: str, asked: str) -> set[str]:
    """The words after the asked thing but its finite verb: "Vilka utmaningar lyfter verksamhetsplanen?" →
    {"verksamhetsplanen"}; after an auxiliary the next word may be the subject ("Vilka färger ska
    badhytterna målas om i?"), so all are kept: "Vilket företag har byggt pumpbanorna?" → {"byggt",
    "pumpbanorna"}."""
    words = re.findall(r"[^\W\d_][\w-]*", question.lower())
    if asked not in words:
        return set()
    rest = words[words.index(asked) + 1:]
    auxiliaries = next((i for i, w in enumerate(rest) if w not in _AUXILIARY_WORDS), len(rest))
    return {w for w in rest[auxiliaries or 1:] if w not in STOP_WORDS}


def _status_counts(topic: str, status: str, question: str) -> bool:
    """Whether a status gives the number a question asks: "Hur många tjänstemobiler har samlats in?" by
    "1 380 mobiler insamlade" (the compound's last part counted, the verb's participle). A status that
    counts other things ("85 gödselpåsar utdelade" for complaints from riders), says another deed
    ("310 av 700 lock lagade" for stolen lids) or not the place asked about counts nothing asked."""
    words = topic.lower().split()
    wanted = stem(words[0])
    if not any(s == wanted or same_word(s, wanted) or len(s) >= 4 and wanted.endswith(s)
               for s in (stem(w) for m in _COUNT_RE.finditer(status) for w in content_words(m.group(1)))):
        return False
    if any(place not in status.lower() for place in place_words(question)):
        return False
    after = words[words.index("har") + 1:] if "har" in words else words[words.index("hade") + 1:]
    verb = next((w for w in after if _PARTICIPLE_END_RE.search(w) and w not in STOP_WORDS), None)
    if verb is None:
        return False
    root = _verb_root(verb)
    return len(root) >= 3 and any(
        r == root or r.endswith(root) and r[:-len(root)] in _PARTICLE_PREFIXES
        for r in (_verb_root(w) for w in content_words(status)))


def _activity_found(assistant: "Assistant", question: str,
                    activities: list[ActivityRecord]) -> ActivityRecord | None:
    """The activity whose own item or row the search put first, when its lines hold enough of the question
    ("Varför har isräddningsskåpen inte kommit upp?" against "Röda skåp med isdubbar …")."""
    response = assistant.search(question, k=SOURCES)
    if not response.results:
        return None
    hit = response.results[0]
    cover = _question_coverage(assistant.retriever.index(), question, None)
    found = activity_in_passage(hit.text, hit.doc_id, activities)
    if found is not None:
        return found[0] if cover(hit.text) >= PASSAGE_RECORD_COVERAGE else None
    # minutes reporting on the work of one activity's group
    record = reported_activity(hit.text, activities, cover)
    return record if record is not None and ITEM_SHARE * cover(hit.text) >= PASSAGE_RECORD_COVERAGE else None


def _passage_answer(assistant: "Assistant", question: str, context: str | None, responsibility: bool) -> Answer:
    """The best sentences of the retrieved passages, or an abstention."""

    query = f"{context} {question}" if context else question
    response, retrieval = assistant.retrieve(query, k=SOURCES)
    hits = response.results
    if not hits:
        return _abstain(question, hits)
    analyzed = retrieval.analysis
    index = assistant.retriever.index()
    words, embedder, threshold = analyzed.words, None, MIN_SUPPORT
    variants = synonym_variants(assistant, analyzed, question)
    thing: list[str] = []  # what an English "Who is in charge of …?" asks about
    if getattr(analyzed, "english", False):
        # English against Swedish text: the translated words carry the lexical evidence; without any,
        # only a close semantic match counts. A word with a translation, alone ("tourism" → "turism") or
        # in a phrase ("young people" → "unga"), keeps its slot.
        names = proper_names(question)
        words = {w: weight for w, weight in analyzed.words.items() if index.has_word(w) or w in variants}
        # "pen-pal" is one word: its parts count as asked only when the joined word is not understood
        joined = {part: "".join(token.split("-")) for token in re.findall(r"\w+(?:-\w+)+", question.lower())
                  for part in token.split("-")}
        asked = [w for w, weight in analyzed.words.items() if weight >= 1.0 and w not in names
                 and joined.get(w) not in words]
        understood = [w for w in asked if index.has_word(w) or w in variants]
        thing = [w for w in _asked_thing(question, assistant.retriever.analyzer.synonyms) if w in asked]
        if set(asked) - set(understood) & (_who_verb(question) | _about_words(question)) \
                or thing and not set(thing) & set(understood):
            # "Who won the tender …?", "… about the opera house?", "Who is in charge of recruiting part-time
            # firefighters?": what is asked about is words we cannot read, so no sentence can be shown to
            # be about it
            return _abstain(question, hits)
        if not asked or len(understood) < 0.5 * len(asked):
            embedder, threshold = assistant.retriever.embedder, MIN_DENSE_SUPPORT
    chosen = select_units(words, index, hits, embedder=embedder, question=question,
                          replaced=replaced_words(analyzed), variants=variants,
                          tie_breaker=assistant.retriever.embedder if embedder is None else None, floor=threshold,
                          thing=frozenset(thing) if getattr(analyzed, "english", False) else frozenset())
    if not chosen or chosen[0][1] < threshold:
        return _abstain(question, hits)
    # Shortest sufficient answer first: the best sentence leads, a nearly as good one may follow.
    text = " ".join(f"{unit.text} [{unit.source}]" for unit, _ in chosen)
    sources = [_as_source(i, h) for i, h in enumerate(hits, 1)]
    groups = _prose_groups(question, chosen, hits) if responsibility else []
    if responsibility and not groups and not any(_PERSON_RE.search(unit.text) for unit, _ in chosen):
        return _abstain(question, hits)  # "Vem ansvarar för turismen?" is not answered by a sentence naming nobody
    return Answer(question=question, answer=text, abstained=False, sources=sources, groups=groups)


# Two capitalised words, not opening a sentence ("Kommunerna Lund …"), unless a municipality in
# brackets follows as minutes write people: "Johan Bergström (Staffanstorp) utsågs …".
# (not "Östra Torpa", "Lilla Ekevallen": a place whose first word says where or how big)
_PERSON_RE = re.compile(r"(?<!^)(?<![.!?]\s)\b(?!(?:Östra|Västra|Norra|Södra|Lilla|Stora|Gamla|Nya|Övre|Nedre)\s)"
                        r"[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]+\b|"
                        r"\b[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]+\s+\([A-ZÅÄÖ][a-zåäöé]+\)")


# Definite nouns that end a group's or body's name ("Kulturchefsgruppen", "Stadsbyggnadskontoret").
BODY_HEADS = (*GROUP_HEADS, "kontoret", "enheten", "förvaltningen")
_STANDALONE_BODIES = frozenset({"styrelsen", "sekretariatet", "kansliet"})  # "gruppen" alone refers back
_NOT_AGENT = frozenset("till av för med i hos från om inom mellan under vid på åt kring än utanför längs runt bland nära genom (".split())  # "Maria Björk (Skurup)"
_JOINS = frozenset({",", "och", "samt"})


def _is_group_word(word: str) -> bool:
    low = word.lower()
    if low in _STANDALONE_BODIES or low in MUNICIPALITY_WORDS or low in _MUNICIPALITY_GENITIVES:
        return True
    return any(low.endswith(head) and len(low) >= len(head) + 3 for head in BODY_HEADS)


_DUTY_STEMS = frozenset(stem(w) for w in "sköter håller ansvarar leder driver samordnar ordnar organiserar".split())


def named_groups(sentence: str, question: str = "") -> list[str]:
    """The group or body a sentence says does something, as written: the agent of a passive ("… leds av
    kulturchefsgruppen") or else the first one outside a prepositional phrase ("Kulturchefsgruppen leder
    …", "Lomma och Vellinge får i uppdrag …"). Parties joined by "och" or a comma stay one entry: the
    responsibility is shared. A group the question itself names is the topic, not the answer."""
    tokens = list(re.finditer(r"[^\W\d_][\w-]*|[,;:.()]", sentence))
    asked = {w.lower() for w in re.findall(r"[\w-]+", question)}
    spans: list[tuple[int, int]] = []  # token ranges of mentions, coordinated ones merged

    # "Vem samordnar återbruket?" against "X leder färdtjänsten, och Y samordnar återbruket": the party
    # right before the asked verb does it.
    verbs = {stem(w) for w in re.findall(r"[\w-]+", question.lower())[1:3] if len(w) >= 5}
    question_stems = {stem(w) for w in re.findall(r"[\w-]+", question.lower()) if len(w) >= 4} - {"grupp", "enhet"}

    def named_subject(i: int) -> bool:
        """A long capitalised compound right before the asked verb ("Vardagsstödsamordningsnoden håller i
        kontakterna"): a body's name whatever its ending."""
        word = tokens[i].group()
        if not (len(word) >= 12 and word[:1].isupper() and word.isalpha() and word.lower() not in MUNICIPALITY_WORDS
                and i + 1 < len(tokens)):
            return False
        following = stem(tokens[i + 1].group().lower())
        # "Vilken grupp sköter kontakterna?" against "X håller i kontakterna": verbs of running a thing are one
        return following in question_stems or (following in _DUTY_STEMS and bool(question_stems & _DUTY_STEMS))

    def party(i: int) -> int:
        """The end of the party named at token i, or i when none is."""
        if i >= len(tokens) or not (_is_group_word(tokens[i].group()) or named_subject(i)):
            return i
        low = tokens[i].group().lower()
        if i + 1 < len(tokens) and tokens[i + 1].group().lower() in ("stad", "kommun") and \
                (low in MUNICIPALITY_WORDS or low in _MUNICIPALITY_GENITIVES):
            return i + 2  # "Malmö stad", "Lunds kommun"
        return i if low in _MUNICIPALITY_GENITIVES else i + 1  # "Lunds universitet": another party

    i = 0
    while i < len(tokens):
        end = party(i)
        if end == i:
            i += 1
            continue
        while end < len(tokens) and tokens[end].group().lower() in _JOINS and party(end + 1) > end + 1:
            end = party(end + 1)
        spans.append((i, end))
        i = end
    spans = [(a, b) for a, b in spans
             if not all(t.group().lower() in asked or t.group().lower() in _JOINS for t in tokens[a:b])]

    def before(a: int, back: int) -> str:
        return tokens[a - back].group().lower() if a - back >= 0 else ""

    passive = [(a, b) for a, b in spans if before(a, 1) == "av" and before(a, 2).endswith("s")]
    active = [(a, b) for a, b in spans if before(a, 1) not in _NOT_AGENT]
    doing = [(a, b) for a, b in active if b < len(tokens) and len(stem(tokens[b].group().lower())) >= 4
             and stem(tokens[b].group().lower()) in verbs]
    if doing and not passive:
        active = doing
    if len(active) > 1 and not passive:
        # "X samordnar bytet till LED, och Y samordnar arbetet med skolvalet": the party whose clause
        # holds the question's subject
        wanted = {stem(w) for w in content_words(question)} - verbs
        starts = sorted(a for a, _ in spans)

        def overlap(span: tuple[int, int]) -> int:
            stop = next((a for a in starts if a > span[0]), len(tokens))
            return len(wanted & {stem(t.group().lower()) for t in tokens[span[1]:stop]})

        active = sorted(active, key=lambda span: -overlap(span))
    out = []
    for a, b in passive[:1] or active[:1]:
        if b - a == 1:
            out.append(canonical_group(tokens[a].group()))
        else:
            text = sentence[tokens[a].start():tokens[b - 1].end()]
            out.append(text[:1].upper() + text[1:])
    return out


def _prose_groups(question: str, chosen: list[tuple[Unit, float]], hits: list[SearchHit]) -> list[GroupRef]:
    """For "Vem leder …?" answered from the text: the group a labelled record's responsible field or a
    table's responsible column gives ("Ansvarig grupp: Balansträningsinstruktörerna", whatever the
    name's ending), or else the one the cited sentence names."""
    for unit, _ in chosen:
        text = unit.text
        if unit.record:
            # the record's lines were joined with full stops: each opens a line again, so that a label no list
            # holds ("Omfattar: Vellinge, Lomma") ends the group's name before it
            fields = parse_fields(re.sub(rf"\.\s+(?=[A-ZÅÄÖ]{_LABEL_TEXT}:)", ".\n", text))[1]
            if responsible := fields.get("responsible"):
                return [GroupRef(name=canonical_group(responsible), activity=None, source_n=unit.source)]
            if fields.get("municipalities"):  # "Gäller kommunerna: Malmö, Trelleborg" take part, do not lead
                text = text.replace(fields["municipalities"], "")
        if "|" in unit.text:
            cells = [c.strip() for c in unit.text.split("|")]
            header = _table_header(hits[unit.source - 1].text, unit.text)
            column = (header_map(header.split("|")) or {}).get("responsible") if header else None
            if column is not None and column < len(cells) and cells[column]:
                return [GroupRef(name=canonical_group(cells[column]), activity=None, source_n=unit.source)]
            # no header: the cell that is a group's name, not the one listing the municipalities
            named = [c for c in cells if len(c.split()) == 1 and _is_group_word(c) and c.lower() not in MUNICIPALITY_WORDS] \
                or [c for c in cells if looks_like_group_name(c)][:1]
            if named:
                return [GroupRef(name=canonical_group(named[0]), activity=None, source_n=unit.source)]
        names = named_groups(text, question)
        if names:
            return [GroupRef(name=name, activity=None, source_n=unit.source) for name in names]
    return []


def _body_sentence(question: str, group: str, hit: SearchHit, index) -> str | None:
    """The sentence of the passage that names the body and best answers the question, if any does."""
    name_stem = stem(content_words(group)[0]) if content_words(group) else group.casefold()
    scorer = TermScorer({w: 1.0 for w in content_words(question)}, index, proper_names(question))
    best, best_support = None, 0.0
    for unit in passage_units(hit.text, 1):
        if not any(stem(w).startswith(name_stem[:8]) for w in content_words(unit.text)):
            continue
        support = min(scorer.score(unit.text, unit.heading))
        if support > best_support:
            best, best_support = unit.text, support
    return best if best_support >= MIN_SUPPORT else None


def body_role(group: str) -> str | None:
    from ingest.structure.bodies import find_body

    body = find_body(group)
    return body.role if body else None


def _responsibility_answer(assistant: "Assistant", question: str, topic: str, loose: bool) -> Answer | None:
    """'Vem ansvarar för …?' from the activity records and decisions, each group cited to its page."""
    # "Vem ska utvärdera X?": the whole question, so that the records are held to its verb
    matches = assistant.responsible(question if action_verb(question) else topic, loose=loose).matches[:SOURCES]
    if not matches:
        return None
    sources: list[Source] = []
    groups: list[GroupRef] = []
    lines: list[str] = []
    index = assistant.retriever.index()
    for match in matches:
        hint = match.activity or body_role(match.group) or topic
        hit = assistant.record_passage(match.doc_id, match.page, hint) if match.doc_id else None
        if hit is None:
            hit = next(iter(assistant.search(f"{match.group} {topic}", k=1).results), None)
        if hit is None:
            continue
        existing = next((s for s in sources if s.passage_id == hit.passage_id), None)
        source = existing or _as_source(len(sources) + 1, hit)
        if existing is None:
            sources.append(source)
        groups.append(GroupRef(name=match.group, activity=match.activity, source_n=source.n))
        if match.quote:  # a decision in minutes: its own sentence says it best
            lines.append(f"{match.quote} [{source.n}]")
            continue
        if match.activity:
            lines.append(f"{match.group} – ansvarig för: {match.activity} [{source.n}]")
            continue
        # A body of the collaboration: quote the plan's sentence about it that answers the question.
        quoted = _body_sentence(question, match.group, hit, index)
        if quoted is None:
            groups.pop()
            if existing is None:
                sources.pop()
            continue
        lines.append(f"{quoted} [{source.n}]")
    if not lines:
        return None
    return Answer(question=question, answer="\n".join(lines), abstained=False, sources=sources, groups=groups)
