"""Guinea, Niger and Chad are states (curated gazetteer v46): the model types them as a person or
an organisation at times ('Chad' is also a first name), and their capitals stand for them.
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import analyse, named_events


@pytest.mark.parametrize("text", [
    "Chad hosts more than a million refugees from Sudan. Chad closed its border on Monday.",
    "Niger's junta expelled the French ambassador. Niger also suspended two French channels.",
    "Guinea's junta set a date for the vote. Guinea has been ruled by soldiers since 2021.",
])
def test_a_sahel_state_is_a_place(text: str) -> None:
    state = text.split()[0].rstrip("'s")
    types = {e.name: e.type for e in analyse(text).entities}
    assert types.get(state) == "GPE"


def test_a_capital_speaks_for_its_state() -> None:
    events = named_events("Niger's junta ordered French troops to leave. On Monday, Niamey expelled the French ambassador.",
                          dt.date(2023, 8, 30))
    assert any(e.type == "SANCTION" and e.actors == ["Niger"] for e in events)
