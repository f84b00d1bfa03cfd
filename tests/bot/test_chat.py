"""`mlr chat` as a person uses it: questions, a follow-up, commands, leaving."""

from __future__ import annotations

import io

from bot.chat import run_chat
from bot.schemas import ActivitiesResponse, Activity, Answer, ResponsibleMatch, ResponsibleResponse, Source


class RecordingAssistant:
    """Answers from fixed data and records what the chat asked for."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None]] = []

    def ask(self, question, context=None):
        self.asked.append((question, context))
        source = Source(n=1, doc_id="vp", title="Verksamhetsplan", doc_type="verksamhetsplan", path="vp.md",
                        url=None, page=3, section="Organisation", text="Beslut fattas i konsensus.", score=1.0,
                        passage_id="vp:0:x")
        return Answer(question=question, answer="Beslut fattas i konsensus. [1]", abstained=False, sources=[source])

    def activities(self, year=None, area=None):
        return ActivitiesResponse(year=year or 2026, activities=[Activity(
            title="Kartläggning av översvämningsrisker", area=area or "Miljö och klimat",
            responsible="Miljö- och klimatgruppen", period="2026", status="Pågår", year=2026, doc_id="ap",
            url=None, page=2)])

    def responsible(self, topic):
        return ResponsibleResponse(topic=topic, matches=[ResponsibleMatch(
            group="Näringslivschefsgruppen", activity="Exportprogram", doc_id="ap", title="Aktivitetsplan",
            url="https://example.se/ap.pdf#page=1", page=1)])

    def status(self):
        raise AssertionError("not used")


def test_chat_answers_follow_ups_and_commands():
    assistant = RecordingAssistant()
    stdin = io.StringIO("Hur fattas beslut?\nOch i kommundirektörsgruppen?\n/aktiviteter 2026\n"
                        "/ansvar export\n/avsluta\nDetta läses aldrig\n")
    out = io.StringIO()
    assert run_chat(assistant, stdin=stdin, stdout=out) == 0
    text = out.getvalue()
    assert "Beslut fattas i konsensus. [1]" in text and "[1] Verksamhetsplan – Organisation, s. 3" in text
    assert assistant.asked == [("Hur fattas beslut?", None), ("Och i kommundirektörsgruppen?", "Hur fattas beslut?")]
    assert "Kartläggning av översvämningsrisker — Miljö- och klimatgruppen" in text
    assert "Näringslivschefsgruppen: Exportprogram" in text or "- Näringslivschefsgruppen" in text
    assert text.rstrip().endswith("Hej då!")
