"""Extractive answers: the sentences of the best passages that answer the question, each cited.

No language model writes anything: every sentence of an answer is quoted from a passage and followed by
its citation [n], so the answer can never claim what no source says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING


from bot.retrieve.analysis import STOP_WORDS, content_words, stem, stem_part
from ingest.chunk import split_sentences
from bot.schemas import Answer, GroupRef, SearchHit, Source

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
# Words of the question's frame ("Vad står det om …", "Vad ska … göra") that say nothing about its topic.
GENERIC_WORDS = frozenset("""
    göra gör gjort står stå stod innebär innebära betyder betyda handlar handla säger säga skriver skriva
    menas gäller gälla sker ske hända händer fungerar fungera arbetar arbeta jobbar ingår ingå
    dokument dokumenten dokumentet typ slags sorts olika viss vissa många mycket flest mest hel hela
""".split())



@dataclass
class Unit:
    """A sentence or list line of a passage, with the heading it stands under."""

    text: str
    heading: str
    source: int  # 1-based rank of its passage
    position: int  # within the passage
    block: bool = False  # short lines joined (a contact, a meeting's header), not a sentence


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
        if _is_heading(line):
            block = [line]
            while i + len(block) < len(lines) and _is_heading(lines[i + len(block)]):
                block.append(lines[i + len(block)])
            if len(block) >= 3:
                units.append(Unit(", ".join(block), heading, source, len(units), block=True))
                i += len(block)
                continue
            heading = line
            i += 1
            continue
        for sentence in split_sentences(line.removeprefix("- ").strip()):
            units.append(Unit(sentence, heading, source, len(units)))
        i += 1
    merged: list[Unit] = []
    for unit in units:
        previous = merged[-1] if merged else None
        if previous and previous.heading == unit.heading and _is_lead_in(previous.text):
            previous.text = f"{previous.text} {unit.text}"
            continue
        merged.append(unit)
    return [u for u in merged if len(u.text.split()) >= 3]


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


class TermScorer:
    """Weighted, compound-aware overlap between a question and a sentence."""

    def __init__(self, question_words: dict[str, float], index, names: frozenset[str] = frozenset(),
                 replaced: frozenset[str] = frozenset(), variants: dict[str, list[tuple[str, ...]]] | None = None,
                 ) -> None:
        self.index = index
        self.decompounder = index.decompounder if index is not None and len(index) else None
        max_idf = float(index.term_idf.max()) if index is not None and len(index.term_idf) else 1.0
        variants = variants or {}
        alternatives = {w for options in variants.values() for option in options for w in option}
        self.slots: list[Slot] = []
        for word, weight in question_words.items():
            if word in replaced:
                continue  # a typo whose correction is among the words
            if word in alternatives and word not in variants and weight < 1.0:
                continue  # a synonym of another word: it counts within that word's slot
            head = stem(word)
            j = index.term_index.get(head) if index is not None else None
            # A word the documents never use is the strongest sign that they do not answer the question.
            idf = float(index.term_idf[j]) if j is not None else ABSENT_WEIGHT * max_idf
            if word in GENERIC_WORDS:
                weight *= GENERIC_WEIGHT
            if word in names:
                weight *= NAME_WEIGHT
            options = [[(stem(w), self._parts(w)) for w in option if w not in STOP_WORDS]
                       for option in variants.get(word, [])]
            self.slots.append(Slot(head, self._parts(word), weight * max(idf, 0.1), word not in names,
                                   [o for o in options if o]))
        self.total = sum(s.weight for s in self.slots) or 1.0
        focus = sum(s.weight for s in self.slots if s.focus)
        self.focus_total = focus or self.total

    def _parts(self, word: str) -> set[str]:
        if self.decompounder is None:
            return set()
        return {stem_part(p) for p in self.decompounder.split(word)}

    def terms(self, text: str) -> set[str]:
        out: set[str] = set()
        for word in content_words(text):
            out.add(stem(word))
            out |= self._parts(word)
        return out

    @staticmethod
    def _share(stem_: str, parts: set[str], body: set[str], head: set[str]) -> float:
        if stem_ in body:
            return 1.0
        if stem_ in head:
            return HEADING_WEIGHT
        if parts and parts <= (body | head):
            return 0.8  # "kompetensförsörjning" ~ "försörjning av kompetens"
        if len(stem_) >= 5 and any(stem_ in t for t in body):
            return 0.7  # "turism" inside "turismstrategi"
        return 0.0

    def score(self, sentence: str, heading: str) -> tuple[float, float]:
        """(support, focus support): weighted share of the question found, overall and without names."""
        body, head = self.terms(sentence), self.terms(heading)
        found = focus = 0.0
        for slot in self.slots:
            share = self._share(slot.stem, slot.parts, body, head)
            for option in slot.variants:
                share = max(share, min(self._share(st, pa, body, head) for st, pa in option))
            found += share * slot.weight
            if slot.focus or self.focus_total == self.total:
                focus += share * slot.weight
        return found / self.total, focus / self.focus_total


def proper_names(question: str) -> frozenset[str]:
    """Capitalised words after the first one ("Höör", "Trelleborg"), lower-cased like the query words."""
    tokens = re.findall(r"[\wÅÄÖåäö-]+", question)
    return frozenset(t.lower() for t in tokens[1:] if t[:1].isupper())


def select_units(question_words: dict[str, float], index, hits: list[SearchHit], embedder=None,
                 question: str = "", replaced: frozenset[str] = frozenset(),
                 variants: dict[str, list[tuple[str, ...]]] | None = None,
                 tie_breaker=None) -> list[tuple[Unit, float]]:
    """Best answering sentences with their support, best first (at most MAX_SENTENCES).

    Support is the smaller of the overall and the focus share, so a sentence that only shares the
    question's place names ("Hur många invånare har Höör?") does not count as an answer."""
    units = [u for rank, hit in enumerate(hits, 1) for u in passage_units(hit.text, rank)]
    if not units:
        return []
    if embedder is not None:  # an English question: lexical overlap with Swedish text means little
        units = units[:ENGLISH_UNITS]  # embedding sentences costs time; the best passages come first
        vectors = embedder.embed_passages([" ".join(f"{u.heading}. {u.text}".split()[:40]) for u in units])
        sims = vectors @ embedder.embed_query(question)
        support = [float(s) for s in sims]
    else:
        scorer = TermScorer(question_words, index, proper_names(question), replaced, variants)
        support = [min(scorer.score(u.text, u.heading)) for u in units]
    ranked = []
    for unit, value in zip(units, support):
        words = len(unit.text.split())
        # The ranking already judged the passages; among equals prefer early, concise sentences.
        bonus = 0.05 / unit.source - 0.004 * unit.position - 0.002 * max(0, words - 35)
        if unit.block:
            value *= BLOCK_WEIGHT  # lists of facts answer a question only when little else does
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
    return chosen


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


def synonym_variants(assistant: "Assistant", analyzed) -> dict[str, list[tuple[str, ...]]]:
    """For each word of the question, the synonyms (from prompts/synonyms.txt) that may replace it."""
    synonyms = assistant.retriever.analyzer.synonyms
    return {w: synonyms.expansions([w]) for w, weight in analyzed.words.items()
            if weight >= 1.0 and synonyms.expansions([w])}


def _as_source(n: int, hit: SearchHit) -> Source:
    return Source(n=n, **hit.model_dump())


def _abstain(question: str, hits: list[SearchHit]) -> Answer:
    sources = [_as_source(i, h) for i, h in enumerate(hits[:SOURCES], 1)]
    return Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, sources=sources)


def compose_answer(assistant: "Assistant", question: str, context: str | None = None) -> Answer:
    question = (question or "").strip()
    if not question:
        return Answer(question=question, answer=EMPTY_TEXT, abstained=True, sources=[])

    from bot.knowledge import is_responsibility_question

    topic = is_responsibility_question(question)
    if topic:
        answer = _responsibility_answer(assistant, question, topic)
        if answer is not None:
            return answer

    query = f"{context} {question}" if context else question
    response, retrieval = assistant.retrieve(query, k=SOURCES)
    hits = response.results
    if not hits:
        return _abstain(question, hits)
    analyzed = retrieval.analysis
    index = assistant.retriever.index()
    words, embedder, threshold = analyzed.words, None, MIN_SUPPORT
    if getattr(analyzed, "english", False):
        # English against Swedish text: the translated words carry the lexical evidence; without any,
        # only a close semantic match counts.
        names = proper_names(question)
        asked = [w for w, weight in analyzed.words.items() if weight >= 1.0 and w not in names]
        words = {w: weight for w, weight in analyzed.words.items() if index.has_word(w)}
        understood = [w for w in asked if index.has_word(w) or assistant.retriever.analyzer.synonyms.expansions([w])]
        if not asked or len(understood) < 0.5 * len(asked):
            embedder, threshold = assistant.retriever.embedder, MIN_DENSE_SUPPORT
    chosen = select_units(words, index, hits, embedder=embedder, question=question,
                          replaced=replaced_words(analyzed), variants=synonym_variants(assistant, analyzed),
                          tie_breaker=assistant.retriever.embedder if embedder is None else None)
    if not chosen or chosen[0][1] < threshold:
        return _abstain(question, hits)
    # Shortest sufficient answer first: the best sentence leads, a nearly as good one may follow.
    text = " ".join(f"{unit.text} [{unit.source}]" for unit, _ in chosen)
    sources = [_as_source(i, h) for i, h in enumerate(hits, 1)]
    return Answer(question=question, answer=text, abstained=False, sources=sources)


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


def _responsibility_answer(assistant: "Assistant", question: str, topic: str) -> Answer | None:
    """'Vem ansvarar för …?' from the activity records and decisions, each group cited to its page."""
    matches = assistant.responsible(topic).matches[:SOURCES]
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
