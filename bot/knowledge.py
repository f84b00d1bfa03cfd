"""Who is responsible: topic matching against activity records, decisions and the known bodies.

Matching is Swedish-aware (shared with the lexical index): NFKC and lower case, stop words, the
Snowball stemmer, and compound parts, so "kompetensförsörjning" meets "försörjning av kompetens"
and "turismen" meets "Gemensam turismstrategi".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from bot.retrieve.analysis import (NARROWING_ADJECTIVES, STOP_WORDS, Decompounder, content_words, normalize,
                                   particle_stems, stem, stem_part)
from bot.retrieve.query import ENGLISH_ARTICLES, ENGLISH_STOP, SYNONYM_WEIGHT, SynonymList
from ingest.structure.activities import ActivityRecord
from ingest.structure.bodies import BODIES, MUNICIPALITY_WORDS, Body, canonical_group, group_key, split_groups
from ingest.structure.minutes import Decision

MIN_SCORE = 0.55  # more than half of the topic must match
ADJECTIVE_WEIGHT = 0.5  # "de gamla fyrarna" asks for the lighthouses, old or not
DECIDING_BODY_WEIGHT = 0.9  # a decision without an assignee names who decided, a weaker sign of who does it

# Words of a responsibility question that say nothing about its topic.
_QUESTION_WORDS = frozenset(
    """
    ansvarar ansvara ansvarade ansvarig ansvariga ansvaret ansvar huvudansvar huvudansvarig hand tar sköter
    grupp gruppen grupper arbetsgrupp arbetsgruppen arbetsgrupper frågan frågor frågorna arbetet området
    malmölundregionen mlr regionen samarbetet
    who which what is are responsible for the of in on charge handles handle owns own group groups team
    does do works working work takes care
    ny nya nytt new
    """.split()
)

# Derivational endings stripped for a weaker match ("beredning" ~ "bereder", "digitalisering" ~ "digital").
_DERIVATIONS = ("isering", "ering", "ning", "ing", "else", "het")


@dataclass
class _Text:
    """Analysed text: stems of its content words, stems of their compound parts, weaker variants."""

    stems: frozenset[str]
    parts: frozenset[str]
    variants: frozenset[str]

    def __post_init__(self) -> None:
        self.pool = self.stems | self.parts
        self.every = self.pool | self.variants


@lru_cache(maxsize=50_000)
def _variants(s: str) -> frozenset[str]:
    return frozenset(s[: -len(suffix)] for suffix in _DERIVATIONS
                     if s.endswith(suffix) and len(s) - len(suffix) >= 4)


@lru_cache(maxsize=1)
def _glossary() -> SynonymList:
    """The lines of prompts/synonyms.txt: English entries translate, Swedish two-way lines stand in."""
    return SynonymList.from_file(None)


# "ringer runt till växlarna", "åker omkring och kollar": the verb's particle, no place
_ROUND_PARTICLE_RE = re.compile(r"\b(?:runt|omkring)\b(?=\s+(?:till|och|i|på|bland|hos|för|med|vid)\b|\s*[?.!]?\s*$)",
                                re.IGNORECASE)


# "testa hur bra servicen är": a degree after "hur" is the question's frame, the service its topic
_DEGREE_AFTER_HOW_RE = re.compile(r"\bhur\s+(?:bra|dålig|dåligt|snabbt|fort|väl|ofta|länge|långt|lång|stor|stort|stora|"
                                  r"nöjda?|säkert?|tryggt?|effektivt?|mycket|många)\b", re.IGNORECASE)


def query_words(text: str) -> list[str]:
    """The content words of a topic or question, English ones (and phrases) through the glossary, without
    the words every responsibility question has."""
    glossary = _glossary()
    text = _DEGREE_AFTER_HOW_RE.sub("hur", _ROUND_PARTICLE_RE.sub(" ", text))
    raw = [w for w in content_words(text) if w not in ENGLISH_ARTICLES]
    words = []
    i = 0
    while i < len(raw):
        # an English phrase of the glossary stands for its Swedish word: "leaf blowers" → "lövblåsare"
        if phrase := glossary.phrase_at(raw, i):
            words.extend(t for t in phrase[1] if t not in STOP_WORDS)
            i += phrase[0]
            continue
        w = raw[i]
        i += 1
        if w in ENGLISH_STOP or w in _QUESTION_WORDS or w in _PLACELESS_PREPOSITIONS:
            continue  # "to", "that", "their" in an English topic; "own" is no "ägare"; "genom" names nothing
        words.extend(t for t in glossary.translation(w) or _head_translation(glossary, w) or (w,)
                     if t not in _QUESTION_WORDS and t not in STOP_WORDS and not t.isdigit())
    return words


# Prepositions the stop words lack that name no place ("titta genom teleskop" is about the telescopes); one of
# place stays with it ("promenaden runt sjön").
_PLACELESS_PREPOSITIONS = frozenset("genom enligt inför bland".split())


@lru_cache(maxsize=8192)
def _head_translation(glossary: SynonymList, word: str) -> tuple[str, ...] | None:
    """A compound whose head has a line of its own, with the head translated: "gåsbajset" → "gåsspillning"
    ("bajs -> spillning")."""
    for i in range(3, len(word) - 3):
        target = glossary.translation(word[i:])
        if target and len(target) == 1 and " " not in target[0]:
            return (word[:i] + target[0],)
    return None


class _Analyzer:
    def __init__(self, texts: list[str]) -> None:
        vocab: Counter[str] = Counter()
        for t in texts:
            vocab.update(w for w in content_words(t) if w.isalpha())
        self.decompounder = Decompounder(vocab)

    def analyse(self, text: str) -> _Text:
        stems, parts, variants = set(), set(), set()
        for w in content_words(text):
            s = stem(w)
            stems.add(s)
            variants |= _variants(s) | particle_stems(w)  # "Upplockning av sprutor" ~ "plockar upp sprutor"
            for p in self.decompounder.split(w):
                ps = stem_part(p)
                parts.add(ps)
                variants |= _variants(ps)
        return _Text(frozenset(stems), frozenset(parts), frozenset(variants))

    def term(self, word: str, synonyms: SynonymList | None = None) -> "_Term":
        """The word as a query term; with the glossary, its two-way synonyms stand in for it."""
        s = stem(word)
        forms = {s, word}
        if len(word) > 5 and word[-1] in "ae":
            forms.add(word[:-1])  # "lärare" opens "lärarrekrytering" as "lärar"
        if len(s) >= 4 and s[-1] in "nlr" and s[-2] not in _VOWELS and s[-2] != s[-1]:
            forms.add(s[:-1] + "e" + s[-1])  # "vattnet" opens "vattentemperaturen" as "vatten", "fåglar" "fågelinfluensa"
        return _Term(s, tuple(stem_part(p) for p in self.decompounder.split(word)),
                     tuple(f for f in forms if len(f) >= 4),
                     tuple(self.term(e) for e in synonyms.equivalents(word)) if synonyms else ())


@dataclass(frozen=True)
class _Term:
    """A query word: its stem, the stems of its compound parts, forms that may open or close a compound."""

    stem: str
    parts: tuple[str, ...]
    forms: tuple[str, ...]
    equivalents: tuple["_Term", ...] = ()


_VOWELS = frozenset("aeiouyåäöé")
_FOLD_VOWELS = str.maketrans("åäö", "aao")


def _contains_part(q: str, field: _Text) -> bool:
    """The query form opens or closes a word of the field: "turism" in "turismstrategi"."""
    if len(q) < 4:
        return False
    folded = q.translate(_FOLD_VOWELS)
    for s in field.stems:
        if len(s) >= len(q) + 3 and (s.startswith(q) or s.endswith(q) or s.translate(_FOLD_VOWELS).endswith(folded)):
            return True  # … or a plural with a changed vowel closes it: "strand" in "badstränderna"
    return False


def _inside(q: str, field: _Text) -> bool:
    """The query form is a middle part of a long compound, after a linking s: "luft" in
    "Klassrumsluftkvalitetsmätningsgruppen" (a group's name often says what it does)."""
    if len(q) < 4:
        return False
    for s in field.stems:
        at = s.find(q, 1)
        while at > 0:
            if s[at - 1] == "s" and len(s) - at - len(q) >= 3:
                return True
            at = s.find(q, at + 1)
    return False


def _inflection_of(q: str, stems: frozenset[str]) -> bool:
    """Forms the stemmer leaves apart: "turismstrategin" ~ "turismstrategi", "e-arkivet" ~ "e-arkiv"."""
    if len(q) < 5:
        return False
    if any(len(s) >= 5 and abs(len(q) - len(s)) <= 2 and (q.startswith(s) or s.startswith(q)) for s in stems):
        return True
    # a plural with a changed vowel: "flaggstång" ~ "flaggstänger", "ledamot" ~ "ledamöter"
    folded = q.translate(_FOLD_VOWELS)
    return any(len(s) >= 5 and s != q and s.translate(_FOLD_VOWELS) == folded for s in stems)


def _split_by_field(q: str, field: _Text) -> bool:
    """A compound the corpus cannot split whose parts the field has: "kastanjelöv" ~ "löv under
    hästkastanjerna" (the last part a word of the field, the first opening or closing one)."""
    for i in range(4, len(q) - 2):
        if q[i:] not in field.pool:
            continue
        first = q[:i]
        for opening in {first, first[:-1] if first[-1] in "eaos" else first}:
            if len(opening) >= 4 and any(s != q and (s.startswith(opening) or s.endswith(opening))
                                         for s in field.pool):
                return True
    return False


def _term_match(term: _Term, field: _Text) -> float:
    own = _own_term_match(term, field)
    if own < 1.0 and term.equivalents:
        # "upprustningen av fyrarna" is the "renovering av fyrtorn" of a record
        return max(own, *(SYNONYM_WEIGHT * _own_term_match(e, field) for e in term.equivalents))
    return own


def _own_term_match(term: _Term, field: _Text) -> float:
    q = term.stem
    if q in field.stems:
        return 1.0
    if q in field.parts:
        return 0.9
    if _inflection_of(q, field.pool):
        return 0.9
    if any(f != q and f in field.stems for f in term.forms):
        return 0.9  # the stemmer cuts "dator" to "dat" but "datorer" to "dator"
    if any(_contains_part(f, field) for f in term.forms):
        return 0.85
    if any(_inside(f, field) for f in term.forms):
        return 0.7
    if term.parts:
        hit = sum(1 for p in term.parts if p in field.pool or _contains_part(p, field))
        if hit:
            return 0.9 * hit / len(term.parts)
    elif _split_by_field(q, field):
        return 0.8
    if _variants(q) & field.every or q in field.variants:
        return 0.8
    return 0.0


def _score(query: list[tuple[_Term, float]], fields: list[tuple[_Text, float]]) -> float:
    total = sum(w for _, w in query)
    if not total:
        return 0.0
    got = 0.0
    for term, w in query:
        got += w * max((fw * _term_match(term, f) for f, fw in fields), default=0.0)
    return got / total


def _record_group(record: ActivityRecord | Decision) -> str | None:
    if isinstance(record, ActivityRecord):
        return record.responsible
    if record.assignee:
        return record.assignee
    return record.body if record.kind == "beslut" else None


def as_written(group: str, text: str = "") -> str:
    """A shared responsibility as the document words it ("Lomma och Vellinge"), not as a list of names.

    The canonical form is a list ("A, B och C"); the decision's sentence or the plan's table row says how
    they were joined. Without such a text the canonical form stays (a cell may well say "A, B")."""
    parts = split_groups(group)
    if len(parts) < 2 or not text:
        return group
    pattern = r"\s*(?:,|och|samt|/|&)\s*".join(re.escape(p) for p in parts)
    if m := re.search(pattern, text, re.IGNORECASE):
        written = re.sub(r"\s+", " ", m.group())
        return written[:1].upper() + written[1:]
    return group


_PREPARED: dict[tuple, tuple[_Analyzer, list]] = {}


def _prepared(candidates: list[tuple[object, list[str], list[float]]]) -> tuple[_Analyzer, list]:
    """The analysed texts of the candidates, reused while the records stay the same (one index)."""
    key = tuple((tuple(texts), tuple(weights)) for _, texts, weights in candidates)
    hit = _PREPARED.get(key)
    if hit is None:
        analyzer = _Analyzer([t for _, texts, _ in candidates for t in texts])
        fields = [[(analyzer.analyse(t), w) for t, w in zip(texts, weights) if t] for _, texts, weights in candidates]
        if len(_PREPARED) >= 4:
            try:  # the oldest record set; another thread may have dropped it already
                _PREPARED.pop(next(iter(_PREPARED)), None)
            except (StopIteration, RuntimeError):
                pass
        hit = _PREPARED[key] = (analyzer, fields)
    return hit


# "lind, ek och " of "arter, som lind, ek och avenbok": words joined by commas and "och"/"eller"
EXAMPLE_LIST = r"[^\W\d_]+(?:,\s*[^\W\d_]+)*\s+(?:och|eller)\s"
# ", som bara sänks för …" describes; ", som lind, ek och avenbok, …" gives examples and goes on
_ASIDE_RE = re.compile(rf",\s+som\s+(?!{EXAMPLE_LIST})")


# Titles that open with the people doing the work ("Taxivärdar vid stationerna, som ordnar kön"): the aside
# tells their deed, which is the activity itself.
_PEOPLE_HEAD_RE = re.compile(r"^\W*[^\W\d_]*(?:värd|värdar|vakt|vakter|guide|guider|instruktör|instruktörer|"
                             r"ambassadör|ambassadörer|lots|lotsar|fadder|faddrar|volontär|volontärer|ledare|"
                             r"pedagog|pedagoger|medarbetare|frivilliga)\b", re.IGNORECASE)


def without_aside(title: str) -> str:
    """An activity's title up to an aside (", som bara sänks för … sophämtning"), which describes the thing
    the activity is about and is not that thing; a title naming people keeps it, as it tells what they do."""
    return title if _PEOPLE_HEAD_RE.match(title) else _ASIDE_RE.split(title, 1)[0]


def find_responsible(
    topic: str,
    activities: list[ActivityRecord],
    decisions: list[Decision],
    limit: int = 5,
) -> list[tuple[str, ActivityRecord | Decision | None, float]]:
    """Groups responsible for a topic, best first: (group, the record it came from or None for a body, score).

    The topic may be a whole question ("Vem ansvarar för turismen?"). Activity plans and decisions
    give the groups named in the documents; questions about the bodies themselves ("vem bereder
    styrelsens ärenden") are answered from the business plan's description of the organisation.
    """
    verb_word = action_verb(topic)
    verb = stem(verb_word or "")
    # "berätta för" -> "informera": a glossary line's words for the deed name it too
    verbs = {verb} | {stem(variant[0]) for owners, variant in _glossary().matches(re.findall(r"[\w-]+", topic.lower()))
                      if verb_word in owners and variant} if verb else set()
    # "Vem ska utvärdera kampanjen?" asks for whoever is to do that; "Vilken grupp bygger utegymmen?"
    # asks for the activity's owner, preferably one whose record says so
    planned = bool(re.search(r"\b(?:ska|skulle|kommer\s+att)\b", topic, re.IGNORECASE)) \
        or verb.startswith(_OTHER_ROLES)
    topic = is_responsibility_question(topic) or topic
    words = query_words(topic)
    if not words:
        return []
    all_stems = [stem(w) for w in content_words(topic) if not w.isdigit()]

    candidates: list[tuple[ActivityRecord | Decision | Body, list[str], list[float]]] = []
    for a in activities:
        if a.responsible:
            # a group's name often says what it does ("Namnskyltsgraveringssnickeriet" makes the name signs)
            # ", som bara sänks för sophämtning" describes the thing the activity is about; it is not that thing
            main, aside = (_ASIDE_RE.split(a.title, 1) + [""])[:2]
            candidates.append((a, [main, aside, a.area or "", a.responsible], [1.0, CLAUSE_WEIGHT, 0.7, 0.5]))
    for d in decisions:
        if _record_group(d):
            candidates.append((d, [d.task or "", d.text], [1.0, 0.8]))
    for body in BODIES:
        candidates.append((body, [*body.duties, body.role], [1.0] * len(body.duties) + [0.6]))

    analyzer, fields_per_candidate = _prepared(candidates)
    analysed = list(zip((c for c, _, _ in candidates), fields_per_candidate))

    # Rarer query terms weigh more: "turism" decides more than "gemensam".
    n = len(analysed) or 1
    query = []
    # "Vilka samordnar julmarknaderna?": the duty verb says who, the rest what; an assignment "att
    # samordna ett yttrande" shares the verb, not the subject
    duty = words[0] if len(words) > 1 and _DUTY_OPENING_RE.match(topic) else None
    described = clause_words(topic) | _english_deed(topic)
    for word in dict.fromkeys(words):
        term = analyzer.term(word, _glossary())
        df = sum(1 for _, fields in analysed if any(_term_match(term, f) > 0 for f, _ in fields))
        weight = (math.log(1 + n / (1 + df)) + 0.5) * (DUTY_VERB_WEIGHT if word == duty else 1.0) \
            * (ADJECTIVE_WEIGHT if word in NARROWING_ADJECTIVES else 1.0)
        # … unless a record uses it: then the description says which record ("ungdomarna som ska bli kolloledare")
        query.append((term, weight * (CLAUSE_WEIGHT if word in described and not df else 1.0)))

    # the thing asked about: the first word that is not the duty verb
    lead = next((term for (term, _), word in zip(query, dict.fromkeys(words)) if word != duty), None)
    results: list[tuple[str, ActivityRecord | Decision | None, float, tuple]] = []
    for cand, fields in analysed:
        if isinstance(cand, Body):
            # A body is scored by its best duty (or its role), never by a sum over all of them.
            score = max((_score(query, [(f, 1.0)]) * w for f, w in fields), default=0.0)
            if score >= MIN_SCORE:
                results.append((cand.name, None, score, (0, 0, "")))
            continue
        score = _score(query, fields)
        if isinstance(cand, ActivityRecord) and lead is not None and _term_match(lead, fields[1][0]) \
                and not any(_term_match(lead, f) for f, _ in fields[:1] + fields[2:]):
            continue  # "Vem kör sophämtningen …?": the bollards "som bara sänks för … sophämtning" are no collection
        if isinstance(cand, Decision) and not cand.assignee:
            score *= DECIDING_BODY_WEIGHT  # the body that decided about X need not be the one doing X
        if score < MIN_SCORE:
            continue
        if verb and not any(t.startswith(v[:max(5, len(v) - 2)]) for v in verbs for f, _ in fields
                            for t in f.stems | f.variants):  # "Upplockning av …" names "plocka upp"
            if planned:
                continue  # "Vem ska utvärdera kampanjen?": the campaign's owner need not be its evaluator
            score *= 0.9
        group = as_written(canonical_group(_record_group(cand) or ""), getattr(cand, "text", "") or "")
        # equal scores: the record that also has the question's weak words ("de nya bokbussarna") first
        weak = -sum(1 for s in all_stems if any(s in f.stems for f, _ in fields))
        if isinstance(cand, ActivityRecord):
            # "Fritidskort för barn …" is the activity itself; "Informationsträffar om fritidskortet" is about it
            opens = 0 if _opens_with(cand.title, query) else 1
            tie = (1, -(cand.year or 0), opens, weak, cand.title)
        else:
            tie = (2, "".join(chr(0x10FFFF - ord(c)) for c in (cand.date or "")), weak, cand.task or "")
        results.append((group, cand, score, tie))

    results.sort(key=lambda r: (-round(r[2], 6), r[3]))
    out: list[tuple[str, ActivityRecord | Decision | None, float]] = []
    seen: set[tuple[str, str]] = set()
    for group, record, score, _ in results:
        what = ""
        if isinstance(record, ActivityRecord):
            what = normalize(record.title)
        elif isinstance(record, Decision):
            what = normalize(record.task or record.text)
        key = (group_key(group), what)
        if key in seen:
            continue  # the same activity in an older plan, the same decision twice
        seen.add(key)
        out.append((group, record, round(score, 4)))
        if len(out) >= limit:
            break
    return out


# A relative clause describes the thing it follows ("kaninerna som förstör blommorna"): the record names the
# thing, seldom the description, whose words no record uses count half.
CLAUSE_WEIGHT = 0.5
# … and a clause of place or time describes it too: "kaféerna där man röker", "… när det regnar kraftigt"
_RELATIVE_RE = re.compile(r"\s(?:som|vilka|vilket|där|när|då|which|that|who|where|when)\s", re.IGNORECASE)


_CLAUSE_END_RE = re.compile(r"\s(?:i|på|vid|inom|från|till|hos|utanför|längs|runt|in|at|on|near|around)\s",
                            re.IGNORECASE)


def clause_words(topic: str) -> frozenset[str]:
    """The words of a topic's relative clause that its head does not have too. A place after the clause's
    object is taken as the head's: "kaninerna som förstör blommorna i parkerna" are rabbits in the parks."""
    parts = _RELATIVE_RE.split(f" {topic} ", maxsplit=1)
    if len(parts) < 2 or not parts[0].strip():
        return frozenset()
    clause = _CLAUSE_END_RE.split(f" {parts[1]} ", maxsplit=1)[0]
    return frozenset(query_words(clause)) - frozenset(query_words(parts[0]))


def _english_deed(topic: str) -> frozenset[str]:
    """The words of the deed that opens an English topic ("putting in the ticking sounds …"): the record
    names the thing, seldom the deed in the question's words."""
    tokens = topic.lower().split()
    if len(tokens) < 3 or not tokens[0].endswith("ing") or not _glossary().translation(tokens[0]):
        return frozenset()
    deed = tokens[:2] if tokens[1] in ("in", "up", "out", "on", "off", "down", "away") else tokens[:1]
    return frozenset(query_words(" ".join(deed))) - frozenset(query_words(" ".join(tokens[len(deed):])))


def _opens_with(title: str, query: list[tuple[_Term, float]]) -> bool:
    """The title's first word is one the question asks about."""
    first = next(iter(content_words(title)), "")
    if not first:
        return False
    return any(t.stem == stem(first) for t, _ in query)


LOOSE_MIN_COVERAGE = 0.4  # share of the topic's (idf-weighted) character 4-grams a record must hold


def _grams(text: str, translate: bool = False) -> frozenset[str]:
    """Character 4-grams of the content words, framed by word boundaries; question words and the
    municipalities (every record lists them) left out."""
    out: set[str] = set()
    for word in content_words(text):
        if translate:
            word = _glossary().translate(word) or word
        if word in _QUESTION_WORDS or word in MUNICIPALITY_WORDS or word.isdigit():
            continue
        framed = f"_{word}_"
        out.update(framed[i:i + 4] for i in range(len(framed) - 3))
    return frozenset(out)


@lru_cache(maxsize=4)
def _loose_candidates(records: tuple[tuple[str, str, int], ...]) -> tuple[list[frozenset[str]], dict[str, float]]:
    """Each record's 4-grams and the idf of every 4-gram over the records."""
    grams = [_grams(text) for text, _, _ in records]
    df = Counter(g for gs in grams for g in gs)
    n = len(grams)
    return grams, {g: math.log(1 + n / (1 + k)) for g, k in df.items()}


def find_responsible_loosely(
    topic: str, activities: list[ActivityRecord], decisions: list[Decision], by_group: bool = True
) -> tuple[str, ActivityRecord | Decision, float] | None:
    """The activity or assignment whose wording shares most of the topic's letters, when the word
    matching found none: "kravställningen kring ekologisk mat i skolköken" meets "Gemensamma krav på
    ekologiska livsmedel i skolköken", "utbildningen om specialkost" meets "Fortbildning i specialkost".

    Only a record holding at least LOOSE_MIN_COVERAGE of the topic's 4-grams, weighted by how rare
    each is among the records (words every record shares decide nothing), counts."""
    # "Vem betalar för halmbalarna …?" asks for a payer, which an activity's owner is only where it says so
    verb = stem(asked_verb(topic) or "")
    other_role = verb[:max(5, len(verb) - 2)] if verb.startswith(_OTHER_ROLES) else ""
    topic = is_responsibility_question(topic) or topic
    # a group's name may hold the deed: "Vilka utbildar de frivilliga …?" ~ "Cykelpilotutbildarlaget" (not so
    # when the activity itself is sought, by its field or its status)
    records = [(f"{a.title} {a.area or ''} {a.responsible if by_group else ''}", a)
               for a in activities if a.responsible and a.title]
    records += [(f"{d.task or ''} {d.text}", d) for d in decisions if _record_group(d)]
    query = _grams(topic, translate=True)
    if not records or not query:
        return None
    key = tuple((text, type(r).__name__, i) for i, (text, r) in enumerate(records))
    grams, idf = _loose_candidates(key)
    default = max(idf.values(), default=1.0)  # a 4-gram no record has is as rare as the rarest
    weights = {g: idf.get(g, default) for g in query}
    total = sum(weights.values())
    best, best_share = None, 0.0
    for (_, record), record_grams in zip(records, grams):
        share = sum(w for g, w in weights.items() if g in record_grams) / total
        if share > best_share:
            best, best_share = record, share
    if best is None or best_share < LOOSE_MIN_COVERAGE:
        return None
    if other_role and not any(w.startswith(other_role) for w in content_words(
            f"{getattr(best, 'title', '')} {getattr(best, 'task', '') or ''} {getattr(best, 'text', '')}")):
        return None
    group = as_written(canonical_group(_record_group(best) or ""), getattr(best, "text", "") or "")
    return group, best, round(best_share, 4)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text or "")).strip()


_ASKED_VERB_RE = re.compile(r"^\s*(?:vem|vilka|vilken\s+\w+|who|which\s+\w+)\s+(?:är\s+det\s+som\s+)?"
                            r"(?:ska\s+|skulle\s+|håller\s+på\s+att\s+)?(\w+)")


def asked_verb(question: str) -> str | None:
    """The verb a "who" question asks about: "Vem fixar …" → "fixar", "Vem är det som kollar …" → "kollar",
    "Vilken grupp ska ta fram …" → "ta"."""
    m = _ASKED_VERB_RE.match(normalize(question or ""))
    return m.group(1) if m else None


# Verbs of a "who" question that ask for someone other than the activity's owner: a role holder ("Vem är
# ordförande?", "Vem spelar läraren?"), a winner, a receiver.
NOT_THE_OWNER = frozenset("är var blir blev vann vinner vinna får fick spelar spelade is was won wins gets got chairs chaired "
                          "plays played"
                          .split())


def record_in_passage(
    question: str, passage: str, doc_id: str, activities: list[ActivityRecord], decisions: list[Decision],
    coverage: Callable[[str], float],
) -> tuple[str, ActivityRecord | Decision, float] | None:
    """The record a retrieved passage holds that a "who" question is about: "Vem sår blommor i rondellerna?"
    shares one word with the plan's title "Ängsblommor i rondellerna", but the search found the activity's
    own item, whose lines ("Rondellernas gräsmattor ersätts med ängsblommor") answer it.

    Only a passage that holds one record (its title, or a decision's text) counts; `coverage` (0–1) says
    how much of the question the record's lines hold. (group, record, coverage) or None."""
    verbs = [v for v in (action_verb(question), asked_verb(question)) if v]
    if any(stem(v).startswith(_OTHER_ROLES) or v.lower() in NOT_THE_OWNER for v in verbs):
        return None  # "Vem betalar för X?", "Vem är ordförande i X?", "Vem vann X?" are not asked of X's owner
    text = _flat(passage)
    # the body that decided about something need not be the one doing it: only assignments count
    owned = [r for r in [*activities, *decisions] if _record_group(r)
             and (isinstance(r, ActivityRecord) or r.assignee)]
    starts = _records_at(text, doc_id, owned)
    if not starts:
        return _reporter_in_passage(question, passage, activities, coverage)
    if len(starts) != 1:
        # A table of many rows: the search found the table, and word overlap alone picks the wrong row too
        # often ("arbetsplatserna" meets the "platser" of another row's status).
        return None
    at, record = starts[0]
    if _flat(_record_group(record) or "") in _flat(question):
        return None  # the question names the group already: it asks something else about it
    best = own = coverage(text[at:])
    if isinstance(record, Decision) and record.item and (item_at := text.rfind(_flat(record.item), 0, at + 1)) >= 0:
        # an assignment is about its item as a whole: "§ 114 Skyddsrummen … X redovisade … X får i uppdrag"
        best = max(best, ITEM_SHARE * coverage(text[item_at:]))
        reporter = _reporter_in_passage(question, passage, activities, coverage)
        if reporter is not None and reporter[2] > own:
            return reporter  # the assignment's own words miss the question; the group reporting on the item holds it
    if not best:
        return None
    group = as_written(canonical_group(_record_group(record) or ""), getattr(record, "text", "") or "")
    return group, record, best


# A minutes item says more than a record's own lines, so it holds a question's words more easily: what
# it holds counts two thirds.
ITEM_SHARE = 2 / 3
_REPORT_RE = re.compile(r"^(?P<group>[A-ZÅÄÖ][^.:]{3,80}?)\s+(?:redovisade|rapporterade|informerade|berättade|"
                        r"presenterade|meddelade)\s+(?:att|om|hur|för|läget)\b")


def reporting_group(text: str) -> str | None:
    """The group whose report a sentence gives: "Stenmurslaget redovisade att 3,4 av 9 kilometer …"."""
    m = _REPORT_RE.match(text.strip())
    return m.group("group") if m else None


def _records_at(text: str, doc_id: str, records: list) -> list[tuple[int, ActivityRecord | Decision]]:
    """(position, record) of each of the document's records whose title (a decision: its text) the
    flattened passage holds."""
    found = []
    for record in records:
        anchor = _flat(record.title if isinstance(record, ActivityRecord) else record.text)[:80]
        if record.doc_id == doc_id and anchor and (at := text.find(anchor)) >= 0:
            found.append((at, record))
    return found


def activity_in_passage(passage: str, doc_id: str, activities: list[ActivityRecord]) -> tuple[ActivityRecord, str] | None:
    """The one activity whose own item or row a passage holds, with the passage from its title on. A
    table of several rows is never one activity's, even where the others' broken cells hide their titles."""
    if sum("|" in line for line in passage.splitlines()) > 2:
        return None
    text = _flat(passage)
    found = _records_at(text, doc_id, activities)
    if len(found) != 1:
        return None
    at, record = found[0]
    return record, text[at:]


def reported_activity(passage: str, activities: list[ActivityRecord],
                      coverage: Callable[[str], float]) -> ActivityRecord | None:
    """Minutes that only report on a matter ("§ 115 Paddvandringen. X redovisade att 130 frivilliga bar
    8 600 paddor …"): the one group that reports, when a plan names it as an activity's owner, does the
    work the item is about. That group's activity (of several, the one whose lines hold most of the
    question by `coverage`), or None."""
    owned: dict[str, list[ActivityRecord]] = {}
    for record in activities:
        if record.responsible:
            owned.setdefault(group_key(record.responsible), []).append(record)
    sentences = (s for line in passage.splitlines() for s in re.split(r"(?<=[.!?])\s+", line.strip()))
    reporters = {key for group in filter(None, map(reporting_group, sentences))
                 if (key := group_key(group)) in owned}
    if len(reporters) != 1:
        return None
    return max(owned[reporters.pop()], key=lambda r: coverage(f"{r.title} {r.area or ''}"))


def _reporter_in_passage(question: str, passage: str, activities: list[ActivityRecord],
                         coverage: Callable[[str], float]) -> tuple[str, ActivityRecord, float] | None:
    """(group, activity, coverage of the passage) of the group a minutes item reports on (see
    reported_activity), unless the question names that group."""
    record = reported_activity(passage, activities, coverage)
    if record is None or _flat(record.responsible) in _flat(question):
        return None
    best = ITEM_SHARE * coverage(passage)
    return (canonical_group(record.responsible), record, best) if best else None


def find_activity(topic: str, activities: list[ActivityRecord], loose: bool = True) -> ActivityRecord | None:
    """The activity a topic names: by its words, or else (when `loose`) by its wording (see
    find_responsible_loosely)."""
    for _, record, _ in find_responsible(topic, activities, []):
        if isinstance(record, ActivityRecord):
            return record
    if not loose:
        return None
    loose = find_responsible_loosely(topic, activities, [], by_group=False)
    return loose[1] if loose and isinstance(loose[1], ActivityRecord) else None


# --- question detection -------------------------------------------------------------------------

_WHO = r"(?:vem|vilka(?:\s+[^\W\d_]+)?|vilken(?:\s+[^\W\d_]+)?|vilket(?:\s+[^\W\d_]+)?|vad\s+för\s+(?:en\s+)?[^\W\d_]+)"
_FILLER = r"(?:\s+(?:i|inom|på|hos)\s+[\w:-]+)?(?:\s+är\s+det)?(?:\s+som)?"
_TOPIC_VERBS = (
    r"ansvarar|ansvarade|ska\s+ansvara|har\s+(?:huvud)?ansvar(?:et)?|bär\s+ansvar(?:et)?|"
    r"(?:är|blir|var)\s+(?:huvud)?ansvarig[a]?|(?:har|hade|har\s+haft)\s+hand\s+om|tar\s+hand\s+om|sköter|håller\s+i|äger|"
    r"driver|leder\s+arbetet\s+(?:med|kring)|jobbar\s+med|arbetar\s+med|tar\s+fram|ser\s+till\s+att|"
    r"ordnar|anordnar|organiserar|"
    r"(?:har\s+fått|fick|får|har)\s+(?:i\s+)?uppdrag(?:et)?\s+(?:att|om)|"
    r"ligger\s+bakom|står\s+bakom|(?:är\s+)?kontakt\s+för|"  # a "kontaktperson" is a person, which a group is not
    # "Vem står för bränningarna?" asks who does them; "Vem står för kostnaden?" asks who pays
    r"står\s+för(?!\s+(?:kostnad|notan|räkningen|finansiering|betalning|utgift))|"
    r"(?:håller|har)\s+(?:koll|uppsikt|ett\s+öga)\s+på|övervakar|bevakar"
)
_DUTY_VERBS = (
    r"bereder|beslutar|beslutade|fattar\s+beslut|godkänner|godkände|leder|styr|samordnar|koordinerar|"
    r"följer\s+upp|utvärderar|rapporterar|ger\s+uppdrag|lämnar\s+uppdrag|för\s+protokoll"
)
_SV_TOPIC_RE = re.compile(
    rf"^{_WHO}{_FILLER}\s+(?:{_TOPIC_VERBS})(?:\s+(?:för|över|om|med))?\s+(?P<topic>.+)$", re.IGNORECASE
)
_SV_DUTY_RE = re.compile(rf"^{_WHO}{_FILLER}\s+(?P<topic>(?:{_DUTY_VERBS})\b.*\S.*)$", re.IGNORECASE)
# Verbs of a role other than running the activity: "Vem betalar för X?" is not asked of X's owner.
PAYING_VERBS = tuple(stem(w) for w in "betalar finansierar bekostar sponsrar".split())
_OTHER_ROLES = PAYING_VERBS + tuple(stem(w) for w in "utvärderar granskar kontrollerar godkänner beslutar "
                                    "reviderar".split())
_DUTY_OPENING_RE = re.compile(rf"^(?:{_DUTY_VERBS})\b", re.IGNORECASE)
DUTY_VERB_WEIGHT = 0.3
_SV_LABEL_RE = re.compile(r"^(?:ansvarig|ansvar)\s+för\s+(?P<topic>.+)$", re.IGNORECASE)
# "Vilken grupp ska kartlägga X?", "Vilket nätverk tar fram X?", "Vem ska kartlägga X?": a group word (or
# "vem" with "ska") and any verb ask who does X; the verb stays in the topic like a duty's.
_GROUP_WORDS = (r"(?:arbets)?grupp(?:en)?|nätverk(?:et)?|råd(?:et)?|team(?:et)?|forum(?:et)?|organ(?:et)?|enhet(?:en)?|"
                r"kommitté(?:n)?|instans(?:en)?|förvaltning(?:en)?|funktion(?:en)?")
_SV_ACTION_RE = re.compile(
    rf"^(?:(?:vilken|vilket|vilka)\s+(?:{_GROUP_WORDS}|grupper|nätverk)(?:\s+(?:ska|kommer\s+att|skulle))?"
    rf"|vem\s+(?:ska|kommer\s+att|skulle))\s+(?P<topic>[^\W\d_]{{3,}}\s+\S.*)$",
    re.IGNORECASE,
)
_EN_TOPIC_RE = re.compile(
    r"^(?:who|which\s+\w+|what\s+\w+)(?:\s+in\s+\w+)?\s+(?:is|are|was|will\s+be)\s+"
    r"(?:(?:responsible|in\s+charge|accountable)\s+(?:for|of)|behind)\s+(?P<topic>.+)$|"
    r"^(?:who|which\s+\w+)\s+(?:has|have|holds)\s+(?:the\s+)?responsibility\s+for\s+(?P<topic2>.+)$|"
    r"^(?:who|which\s+\w+)\s+(?:handles|owns|manages|runs|takes\s+care\s+of|works\s+on|is\s+working\s+on|"
    r"looks\s+after|deals\s+with|organi[sz]es|is\s+organi[sz]ing|arranges|is\s+arranging|plans|is\s+planning|"
    r"builds|is\s+building|sets\s+up|is\s+setting\s+up|installs|is\s+installing|puts\s+up|"
    r"lends(?:\s+out)?|is\s+lending(?:\s+out)?|rents\s+out|hires\s+out|provides|is\s+providing|"
    r"makes\s+sure(?:\s+that)?|ensures(?:\s+that)?|sees\s+to\s+it\s+that|"
    r"(?:keeps|is\s+keeping)\s+(?:track\s+of|an\s+eye\s+on|watch\s+(?:on|over))(?:\s+(?:when|how|where|whether))?)"
    r"\s+(?P<topic3>.+)$|"
    # "Which group is putting new sand in …?": a deed in progress, which names it
    r"^(?:who|which\s+(?:group|team|unit|body|network|council|committee))\s+(?:is|are)\s+"
    r"(?!being\s|going\s)(?P<topic6>[a-z]{2,}ing(?:\s+(?:up|out|on|in))?\s+.+)$|"
    # "Who picks the artworks …?": any verb in the present tense asks who does it
    r"^(?:who|which\s+(?:group|team|unit|body|network|council|committee))\s+"
    r"(?!(?:is|was|has|does|chairs|wins|says|means|lives|needs|gets|pays|funds|finances|decides|approves|"
    r"prepares|coordinates|leads)\s)[a-z]{3,}s(?:\s+(?:up|out|on|in|away|off))?\s+(?P<topic5>.+)$",
    re.IGNORECASE,
)
_EN_DUTY_RE = re.compile(
    r"^(?:who|which\s+\w+)\s+(?P<topic>(?:prepares|decides|approves|coordinates|leads)\b.+)$", re.IGNORECASE
)
_TRAILING_CONTEXT_RE = re.compile(
    r"(?:\s+(?:i|enligt|inom)\s+(?:den\s+|det\s+)?(?:senaste\s+|nya\s+|nuvarande\s+)?"
    r"(?:aktivitetsplan(?:en|erna)?|verksamhetsplan(?:en)?|protokoll(?:et)?|minnesanteckningar(?:na)?)"
    r"(?:\s+(?:för\s+)?(?:år\s+)?\d{4})?"
    r"|\s+(?:i|inom|för)\s+(?:malmölundregionen|mlr|kommunerna|regionen|(?:alla\s+|våra\s+)?medlemskommunerna)"
    r"|\s+(?:år|under)\s+\d{4}|\s+\d{4}|"
    r"\s+(?:idag|i\s+dag|nu|just\s+nu|numera|i\s+år)"
    # "… by the lakes in winter", "… på vintern": the season is when, not what
    r"|\s+(?:in|during|every|each|this)\s+(?:the\s+)?(?:winter|summer|spring|autumn|fall)"
    r"|\s+(?:på|under|i)\s+(?:vintern|sommaren|våren|hösten|vinter|sommar|höst))+$",
    re.IGNORECASE,
)
_LEADING_FILLER_RE = re.compile(
    r"^(?:frågan|frågorna|frågor|arbetet|insatsen|insatserna|aktiviteten|aktiviteterna|området|ansvaret)\s+"
    r"(?:om|med|kring|för|inom)\s+|^(?:the\s+)|"
    # "responsible for dealing with the eggs": handling is what being responsible means; the eggs are the topic
    # "making the tunnels brighter": a verb that says no more than that something is done
    r"^(?:dealing\s+with|handling|taking\s+care\s+of|looking\s+after|managing|making|doing|att\s+hantera|"
    r"att\s+sköta)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def is_responsibility_question(question: str) -> str | None:
    """The topic of "Vem ansvarar för X?" and its variants (Swedish or English), else None.

    For questions about what a body does ("Vem bereder styrelsens ärenden?") the verb stays in the
    topic, since it is what identifies the body.
    """
    q = normalize(question or "").strip()
    q = re.sub(r"\s+", " ", q).strip(" ?!.")
    if not q:
        return None
    topic = None
    if m := _SV_TOPIC_RE.match(q):
        topic = m.group("topic")
    elif m := _SV_LABEL_RE.match(q):
        topic = m.group("topic")
    elif m := _EN_TOPIC_RE.match(q):
        topic = (m.group("topic") or m.group("topic2") or m.group("topic3") or m.group("topic5")
                 or m.group("topic6"))
    elif m := _SV_DUTY_RE.match(q):
        topic = m.group("topic")
    elif m := _EN_DUTY_RE.match(q):
        topic = m.group("topic")
    elif m := _SV_ACTION_RE.match(q):
        topic = m.group("topic")
    if not topic:
        return None
    topic = _TRAILING_CONTEXT_RE.sub("", topic.strip(" ?!.,"))
    topic = _LEADING_FILLER_RE.sub("", topic).strip(" ?!.,")
    return topic or None


# Questions about one field of an activity: its status or the municipalities taking part.
_FIELD_QUESTION_RES = (
    ("kommuner", re.compile(
        r"^vilka\s+(?:medlems)?kommuner\s+(?:deltar|medverkar|är\s+med|ingår|är\s+delaktiga|"
        r"ska\s+delta|ska\s+medverka|samarbetar|är\s+engagerade)\s+(?:i|om|kring|med|för|på)\s+(?P<topic>.+)$|"
        # "Vilka kommuner får tömningsstationer?"
        r"^vilka\s+(?:medlems)?kommuner\s+(?:får|ska\s+få|fick)\s+(?:besök\s+(?:av|från)\s+)?(?P<topic4>.+)$|"
        # "I vilka kommuner delas broddar ut?": where something is done is where it takes part
        r"^i\s+vilka\s+(?:medlems)?kommuner\s+(?:ska\s+|kommer\s+att\s+)?(?P<topic3>\w+.+)$|"
        # "Hur många kommuner deltar i X?": the record's list counts them
        r"^hur\s+många\s+(?:medlems)?kommuner\s+(?:deltar|medverkar|är\s+med|ingår|är\s+delaktiga)\s+"
        r"(?:i|om|kring|med|för|på)\s+(?!(?:malmölundregionen|mlr|samarbetet|regionen)$)(?P<topic6>.+)$|"
        # "Vilka kommuner lånar ut lådcyklar?", "Vilka kommuner har mätt bullret vid skolorna?": who does it
        r"^vilka\s+(?:medlems)?kommuner\s+(?!saknades|var\s|är\s+inte|deltog\s+inte|har\s+flest|har\s+minst|"
        r"har\s+störst|har\s+högst|har\s+lägst)(?P<topic5>\w+\s+\w+.+)$|"
        r"^which\s+municipalities\s+(?:take\s+part|participate|are\s+(?:involved|taking\s+part|participating))"
        r"\s+in\s+(?P<topic2>.+)$", re.IGNORECASE)),
    # "Varför är reparationen av instrumenten försenad?": the record's status may give the cause
    ("orsak", re.compile(
        r"^(?:varför|av\s+vilken\s+anledning)\s+(?:är|har|blev)\s+(?P<topic>.+?)\s+(?:blivit\s+)?"
        r"(?:försenad|försenat|försenade|inställd|inställt|inställda|pausad|pausat|pausade|stoppad|stoppat|"
        r"stoppade|uppskjuten|uppskjutet|uppskjutna|avbruten|avbrutet|avbrutna|framflyttad|framflyttat|"
        r"framflyttade|nedlagd|nedlagt|nedlagda)$|"
        # "Varför dröjer bytet av lamporna?", "Varför blev X inte av?", "Varför stoppades X?"
        r"^(?:varför|av\s+vilken\s+anledning)\s+(?:dröjer|drar\s+ut\s+på)\s+(?P<topic2>.+?)(?:\s+på\s+tiden)?$|"
        r"^(?:varför|av\s+vilken\s+anledning)\s+blev\s+(?P<topic3>.+?)\s+inte\s+av$|"
        r"^(?:varför|av\s+vilken\s+anledning)\s+(?:stoppades|ställdes\s+in|avbröts|pausades|sköts\s+upp)\s+"
        r"(?P<topic4>.+)$|"
        # "Varför har X dröjt?", "Varför ligger X efter tidsplanen?", "Varför har X inte kommit upp än?"
        r"^(?:varför|av\s+vilken\s+anledning)\s+har\s+(?P<topic5>.+?)\s+dröjt$|"
        # "Varför har det dragit ut på tiden med brunnslocken?"
        r"^(?:varför|av\s+vilken\s+anledning)\s+(?:har\s+det|det\s+har)\s+(?:dragit\s+ut\s+på\s+tiden|dröjt|blivit\s+"
        r"försenat)\s+(?:med|för)\s+(?P<topic8>.+)$|"
        r"^(?:varför|av\s+vilken\s+anledning)\s+ligger\s+(?P<topic6>.+?)\s+efter"
        r"(?:\s+(?:tidsplanen|planen|schemat|i\s+tid))?$|"
        r"^(?:varför|av\s+vilken\s+anledning)\s+(?:har|är)\s+(?P<topic7>.+?)\s+inte\s+(?:kommit\s+(?:upp|igång|"
        r"i\s+gång|på\s+plats)|startat|börjat|klar|klart|klara|färdig|färdigt|färdiga|på\s+plats|igång|i\s+gång)"
        r"(?:\s+(?:än|ännu))?$", re.IGNORECASE)),
    # "När pågår utbildningen om …?", "Hur länge ska tandvårdsbussen vara i gång?": the activity's period
    ("period", re.compile(
        r"^när\s+(?:pågår|genomförs|äger\s+rum|hålls|sker)\s+(?P<topic>.+)$|"
        r"^hur\s+länge\s+håller\s+(?P<topic4>.+?)\s+på$|"  # "Hur länge håller musten?" asks how long it keeps
        r"^hur\s+länge\s+pågår\s+(?P<topic2>.+?)(?:\s+enligt\s+(?:planen|aktivitetsplanen))?$|"
        # … but "Hur länge ska matresterna jäsa …?" asks how long a thing takes, not the activity's period
        r"^hur\s+länge\s+(?:ska|kommer)\s+(?P<topic5>.+?)\s+(?:att\s+)?(?:pågå|vara\s+i\s+gång|hålla\s+på|"
        r"genomföras|fortsätta|hålla\s+öppet|[^\W\d_]{3,}as)(?:\s+enligt\s+(?:planen|aktivitetsplanen))?$|"
        r"^under\s+vilken\s+(?:period|tid)\s+(?:pågår|genomförs|hålls)\s+(?P<topic3>.+)$", re.IGNORECASE)),
    ("status", re.compile(
        r"^(?:vad\s+är|hur\s+är|vilken\s+är)\s+(?:status(?:en)?|läget)\s+(?:för|på|i|med|kring)\s+(?P<topic>.+)$|"
        r"^vad\s+har\s+(?P<topic2>.+?)\s+för\s+status$|^hur\s+långt\s+har\s+(?P<topic3>.+?)\s+kommit$|"
        r"^what\s+is\s+the\s+(?:status|progress|state)\s+of\s+(?P<topic4>.+)$|"
        r"^hur\s+går\s+det\s+(?:med|för)\s+(?P<topic5>.+)$|^how\s+is\s+(?P<topic6>.+?)\s+(?:going|progressing)$|"
        # "Har man börjat med X?", "Har arbetet med X kommit igång?"
        # "Har man börjat göra namnskyltarna?": the deed's verb stays in the topic
        r"^har\s+(?:man|ni|de|vi|kommunerna)\s+(?:börjat|startat|kommit\s+igång)\s+(?:(?:med|på)\s+(?:att\s+)?|att\s+)?"
        r"(?P<topic7>.+)$|"
        r"^har\s+(?P<topic8>.+?)\s+(?:börjat|startat|kommit\s+igång|genomförts|påbörjats|startats|avslutats|"
        r"slutförts|kommit\s+i\s+gång)$|"
        # "Var står arbetet med X?"
        r"^var\s+står\s+(?:arbetet\s+med\s+)?(?P<topic13>.+)$|"
        # "Hur långt har man kommit med X?", "Hur ligger arbetet med X till?"
        r"^hur\s+långt\s+har\s+(?:man|ni|de|vi|kommunerna)\s+kommit\s+(?:med|i)\s+(?P<topic9>.+)$|"
        r"^hur\s+ligger\s+(?:det\s+till\s+med\s+(?P<topic10>.+)|(?:man|ni|vi|de|kommunerna)\s+till\s+(?:med|i)\s+"
        r"(?P<topic14>.+)|(?P<topic11>.+?)\s+till)$|"
        # "Hur står det till med X?", "Hur fortskrider X?"
        r"^hur\s+står\s+det\s+till\s+med\s+(?P<topic15>.+)$|^hur\s+fortskrider\s+(?P<topic16>.+)$|"
        # "Är den gemensamma kommunjuristen på plats än?", "Är kartläggningen klar?"
        r"^är\s+(?P<topic12>.+?)\s+(?:på\s+plats|klar|klart|klara|färdig|färdigt|färdiga|igång|i\s+gång|"
        r"genomförd|genomfört|genomförda|påbörjad|påbörjat|startad|startat|avslutad|avslutat)"
        r"(?:\s+(?:än|ännu|nu))?$",
        re.IGNORECASE)),
    # "Hur många tjänstemobiler har samlats in hittills?", "Hur mycket muddermassor har deponin tagit emot?":
    # what has been done so far is counted in the record's status ("1 380 mobiler insamlade")
    ("antal", re.compile(
        r"^hur\s+(?:många|mycket)\s+(?!(?:medlems)?kommuner\b|kronor\b|pengar\b|procent\b|gånger\b)"
        r"(?P<topic>[^\W\d_]{4,}\s+(?:har|hade)\s+.+?)"
        r"(?:\s+(?:hittills|totalt|sammanlagt|i\s+år|under\s+året|än\s+så\s+länge|so\s+far))*$", re.IGNORECASE)),
)


def action_verb(question: str) -> str | None:
    """The verb of "Vilken grupp ska kartlägga X?" / "Vem ska utvärdera X?" (its stem at least five
    letters: "tar fram" says too little), which the record naming the group must hold in some form."""
    q = re.sub(r"\s+", " ", normalize(question or "")).strip(" ?!.")
    if _SV_TOPIC_RE.match(q) or _SV_LABEL_RE.match(q) or _SV_DUTY_RE.match(q):
        return None
    m = _SV_ACTION_RE.match(q)
    if not m:
        return None
    verb = m.group("topic").split()[0]
    return verb if len(stem(verb)) >= 5 and stem(verb) not in _HELPING_VERBS else None


# "Vem hjälper unga att starta butik …?": helping says that a group serves someone, not what it does (the
# record says "Tomma butikslokaler hyrs ut … till unga")
_HELPING_VERBS = frozenset(stem(w) for w in "hjälper hjälpa stöttar stötta stödjer stödja bistår bistå".split())


def field_question(question: str) -> tuple[str, str] | None:
    """("status", "orsak", "period" or "kommuner", topic) for "Vad är läget för X?", "Varför är X försenad?",
    "När pågår X?", "Vilka kommuner deltar i X?", else None."""
    q = re.sub(r"\s+", " ", normalize(question or "")).strip(" ?!.")
    for field_name, pattern in _FIELD_QUESTION_RES:
        if m := pattern.match(q):
            topic = next(g for g in m.groups() if g)
            topic = _TRAILING_CONTEXT_RE.sub("", topic.strip(" ?!.,"))
            topic = _LEADING_FILLER_RE.sub("", topic).strip(" ?!.,")
            if topic:
                return field_name, topic
    return None
