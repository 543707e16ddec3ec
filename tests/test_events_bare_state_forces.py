"""Bare state agents act for the country the article is about, or for the place the clause opens
with: 'officers fired tear gas', 'prosecutors opened an investigation', 'soldiers detained' are
that state's (codebook: an unnamed official is represented by the country), as 'police' already
were (event lexicon v73 local_force_nouns). Invented sentences; each actor decided by reading the text."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 25)  # a Wednesday
LEAD = "Protests over the fuel levy spread across Kenya on Monday. President Amos Wekesa of Kenya defended the tax.\n"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Officers fired tear gas and rubber bullets at crowds on Tuesday.", "ASSAULT"),
    ("Prosecutors have opened an investigation into the shootings.", "ACCUSE"),
    ("Soldiers detained 40 protesters on Tuesday.", "COERCE"),
])
def test_a_bare_state_agent_acts_for_the_articles_country(sentence: str, kind: str) -> None:
    events = [e for e in named_events(LEAD + sentence, PUBLISHED) if e.type == kind]
    assert [e.actors for e in events] == [["Kenya"]]


def test_an_officer_named_with_an_owner_is_not_the_home_country() -> None:
    events = named_events(LEAD + "Ugandan soldiers detained 40 protesters on Tuesday.", PUBLISHED)
    assert all("Kenya" not in e.actors for e in events if e.type == "COERCE")
