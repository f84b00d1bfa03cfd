"""Yes/no questions and the passages that answer them with "Ja" or "Nej".

A question without a question word ("Kan jag …?", "Får vi …?", "Finns det …?") asks for a yes or a
no, and a passage opening with "Ja"/"Nej" gives one. Lexical search cannot see this, so the retriever
adds a small bonus for such a passage (weight chosen on the SweFAQ dev split). Cues for other kinds
("när" → a date, "vad kostar" → an amount, "vart vänder jag mig" → a contact) were measured too and
did not help on dev (docs/benchmarks.md).
"""

from __future__ import annotations

import re

from bot.retrieve import analysis as A

_QUESTION_WORDS = frozenset("vad vem vems vilken vilket vilka hur när var vart varför varifrån varav".split())
_OPENING_VERBS = frozenset("kan får finns fanns ska skall måste är var har hade behöver gäller går bör blir "
                           "kommer ingår räcker brukar stämmer".split())
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def asks_yes_no(question: str) -> bool:
    """Whether the question's last interrogative sentence has no question word."""
    sentences = [s for s in _SENTENCE_END.split((question or "").strip()) if s]
    if not sentences:
        return False
    asked = [s for s in sentences if s.rstrip().endswith("?")]
    words = A.words(asked[-1] if asked else sentences[-1])
    if len(words) < 2 or set(words) & _QUESTION_WORDS:
        return False
    # keywords ("turism strategi") ask nothing: a question mark or an opening verb makes it a question
    return bool(asked) or words[0] in _OPENING_VERBS


def answers_yes_no(text: str) -> bool:
    """Whether the passage (after a heading line) opens with "Ja" or "Nej"."""
    # this runs for up to 200 candidates a query: look at the opening only, words only if it can be Ja/Nej
    opening = _opening(text[:300])
    if opening[:1] not in ("J", "j", "N", "n"):
        return False
    first = A.words(opening[:40])
    return bool(first) and first[0] in ("ja", "nej")


def _opening(text: str) -> str:
    """The first line after leading heading lines (short lines without a full stop)."""
    lines = [line.strip() for line in (text or "").strip().splitlines() if line.strip()]
    while len(lines) > 1 and len(lines[0]) < 80 and not lines[0].endswith((".", "!", "?", ":")):
        lines.pop(0)
    return lines[0] if lines else ""
