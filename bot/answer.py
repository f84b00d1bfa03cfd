"""Extractive answers: the sentences of the best passages that answer the question, each cited."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.retrieve.analysis import content_words, stem
from bot.schemas import Answer, GroupRef, SearchHit, Source

if TYPE_CHECKING:
    from bot.service import Assistant

ABSTAIN_TEXT = "Jag hittar inget säkert svar i dokumenten."
EMPTY_TEXT = "Skriv en fråga, till exempel: Vad står det om turism?"
SOURCES = 3  # passages listed under an answer
MAX_SENTENCES = 2

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”(])")
_ABBREVIATION_END = re.compile(r"\b(t\.ex|d\.v\.s|bl\.a|m\.m|s\.k|t\.o\.m|fr\.o\.m|ca|nr|resp|jfr|kap|s)\.$", re.I)


def split_sentences(text: str) -> list[str]:
    """Sentences and list lines of a passage; Swedish abbreviations do not end a sentence."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip().removeprefix("- ").strip()
        if not line:
            continue
        pieces = _SENTENCE_END.split(line)
        buffer = ""
        for piece in pieces:
            buffer = f"{buffer} {piece}".strip() if buffer else piece
            if not _ABBREVIATION_END.search(buffer):
                out.append(buffer)
                buffer = ""
        if buffer:
            out.append(buffer)
    return out


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def _overlap(question_stems: set[str], sentence: str) -> float:
    """Share of the question's content stems found in the sentence (prefix match covers compounds)."""
    if not question_stems:
        return 0.0
    sentence_stems = _stems(sentence)
    found = 0.0
    for q in question_stems:
        if q in sentence_stems:
            found += 1.0
        elif len(q) >= 4 and any(q in s for s in sentence_stems):
            found += 0.7  # "turism" inside "turismstrategi"
    return found / len(question_stems)


def _as_source(n: int, hit: SearchHit) -> Source:
    return Source(n=n, **hit.model_dump())


def _abstain(question: str, hits: list[SearchHit]) -> Answer:
    sources = [_as_source(i, h) for i, h in enumerate(hits[:SOURCES], 1)]
    return Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, sources=sources)


def select_sentences(question: str, hits: list[SearchHit]) -> list[tuple[str, int, float]]:
    """Best answering sentences as (sentence, source number, score), best first."""
    question_stems = _stems(question)
    scored = []
    for rank, hit in enumerate(hits, 1):
        prior = 0.15 / rank  # the ranking already judged the passage as a whole
        for position, sentence in enumerate(split_sentences(hit.text)):
            words = len(sentence.split())
            if words < 3:
                continue
            score = _overlap(question_stems, sentence) + prior - 0.002 * max(0, words - 40) - 0.01 * position
            scored.append((sentence, rank, score))
    scored.sort(key=lambda item: -item[2])
    chosen: list[tuple[str, int, float]] = []
    for sentence, rank, score in scored:
        if len(chosen) == MAX_SENTENCES:
            break
        if chosen and score < chosen[0][2] * 0.6:
            break  # a second sentence only when it is nearly as relevant
        if all(sentence != c[0] for c in chosen):
            chosen.append((sentence, rank, score))
    return chosen


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
    response = assistant.search(query, k=SOURCES)
    hits = response.results
    if not hits or not response.answerable:
        return _abstain(question, hits)
    chosen = select_sentences(question, hits)
    if not chosen:
        return _abstain(question, hits)
    # Shortest sufficient answer first: the best sentence leads, a supporting one may follow.
    text = " ".join(f"{sentence} [{n}]" for sentence, n, _ in chosen)
    sources = [_as_source(i, h) for i, h in enumerate(hits, 1)]
    return Answer(question=question, answer=text, abstained=False, sources=sources)


def _responsibility_answer(assistant: "Assistant", question: str, topic: str) -> Answer | None:
    """'Vem ansvarar för …?' from the activity records and decisions, each group cited to its page."""
    matches = assistant.responsible(topic).matches[:SOURCES]
    if not matches:
        return None
    sources: list[Source] = []
    groups: list[GroupRef] = []
    lines: list[str] = []
    for match in matches:
        hit = assistant.record_passage(match.doc_id, match.page, match.activity or topic) if match.doc_id else None
        if hit is None:
            hit = next(iter(assistant.search(f"{match.group} {topic}", k=1).results), None)
        if hit is None:
            continue
        existing = next((s for s in sources if s.passage_id == hit.passage_id), None)
        source = existing or _as_source(len(sources) + 1, hit)
        if existing is None:
            sources.append(source)
        groups.append(GroupRef(name=match.group, activity=match.activity, source_n=source.n))
        what = f"för {match.activity}" if match.activity else f"för {topic}"
        lines.append(f"{match.group} ansvarar {what} [{source.n}].")
    if not lines:
        return None
    return Answer(question=question, answer=" ".join(lines), abstained=False, sources=sources, groups=groups)
