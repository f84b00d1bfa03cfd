"""Plan values read by their content: periods, states and municipality lists."""

from __future__ import annotations

import pytest

from ingest.structure.values import field_by_value, looks_like_period, looks_like_status, is_municipality_list


@pytest.mark.parametrize("text", ["Aug 2301–jun 2302", "Från 1 apr 2301", "Läsåret 2301/02", "Vt 2301",
                                  "En helg i månaden, mars–november 2301", "Hela 2201", "Höstterminen 2301",
                                  "Q3 2027", "Löpande"])
def test_periods(text):
    assert looks_like_period(text)
    assert field_by_value(text) == "period"


@pytest.mark.parametrize("text", ["Klar, 2 300 bokningar hittills", "Inställd, föreläsaren blev sjuk",
                                  "Pågår", "Ej påbörjad", "Skjuten till våren 2202"])
def test_states(text):
    assert looks_like_status(text)
    assert field_by_value(text) == "status"


@pytest.mark.parametrize("text", ["Lund, Höör", "Samtliga kommuner utom Malmö", "Malmö och Lunds kommun",
                                  "Alla tolv medlemskommuner"])
def test_municipality_lists(text):
    assert is_municipality_list(text)
    assert field_by_value(text) == "municipalities"


@pytest.mark.parametrize("text", ["Att invånarna ska kunna boka ett skrivbord", "Lund har flest platser",
                                  "450 kronor i månaden", "Arbetsnavsbokningsvärdarna",
                                  "Möte i Malmö i mars 2301 om budgeten"])
def test_other_values_name_no_field(text):
    assert field_by_value(text) is None
