"""The service layer over the shipped corpus: answers, citations, abstention, groups, activities, uploads."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answer import ABSTAIN_TEXT
from bot.service import Assistant, UploadRejected
from ingest.settings import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    """One index of the shipped corpus (business plan and examples) for the whole module."""
    root = tmp_path_factory.mktemp("service")
    shutil.copytree(REPO / "corpus", root / "corpus")
    settings = Settings(_env_file=None, corpus_dir=root / "corpus", index_dir=root / "index")
    service = Assistant(settings)
    report = service.ingest()
    assert report.failed == [] and report.added == 4
    return service


def assert_citations_valid(answer) -> None:
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    numbers = {s.n for s in answer.sources}
    assert cited <= numbers, f"citations {cited} but sources {numbers}"
    assert numbers == set(range(1, len(answer.sources) + 1))
    for group in answer.groups:
        assert group.source_n in numbers


def test_business_plan_question_is_answered_with_a_cited_sentence(assistant):
    answer = assistant.ask("Hur fattas beslut i styrelsen?")
    assert not answer.abstained
    assert answer.answer.startswith("Beslut fattas i konsensus.")
    assert_citations_valid(answer)
    cited = answer.sources[int(re.search(r"\[(\d+)\]", answer.answer).group(1)) - 1]
    assert cited.doc_id == "verksamhetsplan-2019-2023" and cited.section.endswith("Styrelse")
    assert "konsensus" in cited.text


def test_who_decides_names_the_directors_group(assistant):
    answer = assistant.ask("Vem beslutar om aktivitetsplanerna?")
    assert not answer.abstained and "Kommundirektörsgruppen" in answer.answer
    assert answer.groups[0].name == "Kommundirektörsgruppen"
    assert_citations_valid(answer)


def test_tourism_question_finds_the_tourism_passage_in_clean_text(assistant):
    answer = assistant.ask("Vad står det om turism?")
    assert not answer.abstained and "turism" in answer.answer
    assert "samman- kopplad" not in answer.sources[0].text and "**" not in answer.sources[0].text
    assert answer.sources[0].url.startswith("https://www.malmolundregionen.se/verksamhetsplan/")


@pytest.mark.parametrize("question", [
    "Hur lagar man köttbullar?",
    "Vem vann Melodifestivalen 2020?",
    "Vad kostar ett månadskort hos Skånetrafiken?",
])
def test_unanswerable_questions_abstain_and_show_the_closest_passages(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained and answer.answer == ABSTAIN_TEXT
    assert answer.sources  # the closest passages are still listed
    assert_citations_valid(answer)


def test_english_question_gets_a_swedish_passage(assistant):
    answer = assistant.ask("Who decides on the activity plans?")
    assert any("aktivitetsplan" in s.text.lower() for s in answer.sources[:3])
    assert_citations_valid(answer)


def test_responsibility_question_names_the_group_from_the_activity_plan(assistant):
    answer = assistant.ask("Vem ansvarar för exportprogrammet?")
    assert not answer.abstained
    names = [g.name for g in answer.groups]
    assert names and names[0] == "Näringslivschefsgruppen"
    assert_citations_valid(answer)
    source = answer.sources[answer.groups[0].source_n - 1]
    assert "export" in source.text.lower()


def test_every_citation_refers_to_a_source_across_many_questions(assistant):
    questions = ["Vad är syftet med samarbetet?", "Hur fattas beslut i styrelsen?", "Vem ansvarar för e-arkiv?",
                 "Vad beslutade kommundirektörsgruppen?", "Vilka aktiviteter finns inom miljö och klimat?",
                 "Hur många platser har Malmö stad i styrelsen?", "KDG", "???"]
    for question in questions:
        assert_citations_valid(assistant.ask(question))


def test_responsible_lists_group_with_link_and_page(assistant):
    response = assistant.responsible("översvämningsrisker längs kusten")
    top = response.matches[0]
    assert top.group == "Miljö- och klimatgruppen"
    assert top.doc_id == "exempel-exempel-aktivitetsplan-2026" and top.page == 2 or top.page == 1


def test_activities_default_to_the_latest_plan_and_filter_by_area(assistant):
    latest = assistant.activities()
    assert latest.year == 2026 and len(latest.activities) == 15
    assert all(a.responsible for a in latest.activities)
    assert not any(" " in (a.responsible or "").split(",")[0].strip().split("-")[0][-4:]
                   for a in latest.activities), "a broken compound in a group name"
    climate = assistant.activities(area="Miljö- och klimatfrågor")
    assert climate.activities and all(a.area == latest.activities[-1].area for a in climate.activities)
    older = assistant.activities(year=2025)
    assert older.year == 2025 and older.activities


def test_upload_indexes_a_new_document_and_refuses_a_disguised_one(assistant):
    text = "# Minnesanteckningar cykelgruppen\n\nCykelgruppen får i uppdrag att ta fram en karta över cykelpendling.\n"
    result = assistant.upload("cykelgruppen anteckningar.md", text.encode())
    assert result.chunks >= 1 and result.path == "uppladdat/cykelgruppen-anteckningar.md"
    assert any("cykelpendling" in h.text for h in assistant.search("karta över cykelpendling").results)
    with pytest.raises(UploadRejected, match="finns redan"):
        assistant.upload("cykelgruppen anteckningar.md", text.encode())
    with pytest.raises(UploadRejected, match="innehåll"):
        assistant.upload("rapport.pdf", b"MZ\x90\x00 not a pdf")
    with pytest.raises(UploadRejected, match="filnamn"):
        assistant.upload("../../etc/passwd.md", b"x")
    assert not (assistant.settings.corpus_dir / "uppladdat" / "rapport.pdf").exists()


def test_passage_has_its_neighbours_and_the_file_stays_in_the_corpus(assistant):
    hit = assistant.search("Beslut fattas i konsensus").results[0]
    passage = assistant.passage(hit.passage_id)
    assert passage is not None and "konsensus" in passage.text
    assert passage.prev_id or passage.next_id
    assert assistant.passage("finns-inte:0:abc") is None
    path = assistant.document_file(hit.doc_id)
    assert path is not None and path.is_relative_to(assistant.settings.corpus_dir.resolve())
    assert assistant.document_file("../../etc/passwd") is None


def test_cli_ask_batch_prints_one_json_object_per_question(assistant, tmp_path):
    questions = tmp_path / "fragor.txt"
    questions.write_text("Vad står det om turism?\nHur lagar man köttbullar?\n", encoding="utf-8")
    env = {"MLR_CORPUS_DIR": str(assistant.settings.corpus_dir), "MLR_INDEX_DIR": str(assistant.settings.index_dir),
           "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--batch", str(questions), "--json"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["abstained"] for r in rows] == [False, True]
    for row in rows:
        assert set(row) == {"question", "answer", "abstained", "sources", "groups"}
        for source in row["sources"]:
            assert {"n", "doc_id", "title", "doc_type", "path", "url", "page", "section", "text",
                    "score"} <= set(source)


def test_links_go_to_the_passage_page_when_a_document_has_no_public_address(assistant):
    assistant.settings.public_base_url = "https://mlr.example.se"
    try:
        match = assistant.responsible("praktikportal").matches[0]
        assert match.url.startswith("https://mlr.example.se/p/exempel-exempel-aktivitetsplan-2026:")
        passage = assistant.passage(match.url.rsplit("/p/", 1)[1])
        assert "Praktikportal" in passage.text
        activity = assistant.activities().activities[0]
        assert activity.url.startswith("https://mlr.example.se/p/")
        assert activity.title in assistant.passage(activity.url.rsplit("/p/", 1)[1]).text
    finally:
        assistant.settings.public_base_url = ""
    assert assistant.responsible("praktikportal").matches[0].url is None  # no address to give
