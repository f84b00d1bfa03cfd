"""The collaboration's bodies and group-name normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import Block
from ingest.structure.bodies import BODIES, broken_group_words, canonical_group, find_body, split_groups

SEED_PLAN = Path(__file__).resolve().parents[3] / "corpus" / "verksamhetsplan-2019-2023.md"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Näringslivschefsgrupp", "Näringslivschefsgruppen"),
        ("näringslivschefsgruppen", "Näringslivschefsgruppen"),
        ("NÄRINGSLIVSCHEFSGRUPPEN", "Näringslivschefsgruppen"),
        ("  Miljö- och\n Klimatgruppen. ", "Miljö- och klimatgruppen"),
        ("Näringslivschefsgruppens", "Näringslivschefsgruppen"),
        ("hr-chefsgrupp", "HR-chefsgruppen"),
        ("Arbetsgrupp för turism", "Arbetsgruppen för turism"),
        ("Digitaliseringsnätverk", "Digitaliseringsnätverket"),
        ("KDG", "Kommundirektörsgruppen"),
        ("Kommundirektörsgruppen (KDG)", "Kommundirektörsgruppen"),
        ("kommundirektörerna", "Kommundirektörsgruppen"),
        ("styrelse", "Styrelsen"),
        ("Verksamhetsledaren", "Sekretariatet"),
        ("Sekretariat/verksamhetsledare", "Sekretariatet"),
        ("Sekretariatet och Planchefsgruppen", "Sekretariatet och Planchefsgruppen"),
        # two municipalities sharing the work keep their "och"; a name with "och" in it stays whole
        ("Lomma och Kävlinge", "Lomma och Kävlinge"),
        ("KDG, Lomma och Kävlinge", "Kommundirektörsgruppen, Lomma och Kävlinge"),
        ("Nätverket för sälar och badgäster, sekretariatet", "Nätverket för sälar och badgäster, Sekretariatet"),
        ("Anna Berg, Lunds kommun", "Anna Berg, Lunds kommun"),
        ("MALMÖ STAD", "Malmö stad"),
        ("", ""),
    ],
)
def test_canonical_group(name, canonical):
    assert canonical_group(name) == canonical


def test_suspended_compound_is_one_group():
    assert split_groups("Miljö- och klimatgruppen") == ["Miljö- och klimatgruppen"]
    assert split_groups("Planchefsgruppen och Trafikgruppen") == ["Planchefsgruppen", "Trafikgruppen"]


def test_a_name_that_goes_on_after_a_preposition_keeps_its_och():
    assert split_groups("Nätverket för sälar och badgäster") == ["Nätverket för sälar och badgäster"]
    assert split_groups("Nätverket för sälar samt badgäster, Sekretariatet") == [
        "Nätverket för sälar samt badgäster", "Sekretariatet"]
    # a capitalised name after "och" is another group, and so is one after a name without a preposition
    assert split_groups("Nätverket för sälar och Planchefsgruppen") == ["Nätverket för sälar", "Planchefsgruppen"]
    assert split_groups("Sekretariatet och planchefsgruppen") == ["Sekretariatet", "planchefsgruppen"]
    assert split_groups("Sjöbo och Tomelilla") == ["Sjöbo", "Tomelilla"]


def test_bodies_roles_are_quoted_from_the_business_plan():
    plan = " ".join(SEED_PLAN.read_text(encoding="utf-8").split())
    for body in BODIES:
        for sentence in body.role.split(". "):
            assert sentence.rstrip(".") in plan, (body.name, sentence)
    assert {b.name for b in BODIES} == {"Styrelsen", "Kommundirektörsgruppen", "Sekretariatet", "Arbetsgrupperna"}
    assert find_body("kdg").name == "Kommundirektörsgruppen"
    assert find_body("Näringslivschefsgruppen") is None


def test_broken_group_words_from_narrow_cells():
    cells = ("Digitaliseringsgr\nuppen", "Miljö- och\nklimatgruppen", "Regionala\nplaneringsgruppen",
             "Kompetensförsö\nrjningsgruppen,\nSekretariatet")
    words = broken_group_words([Block(text="", kind="table_row", cells=cells, table=0)])
    assert words == {"digitaliseringsgruppen", "kompetensförsörjningsgruppen"}
