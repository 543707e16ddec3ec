"""An arrest told in the passive with no agent ('X was arrested in Panama') is the act of the state
where it happened: the country of the place in its 'in' phrase, as bare police there would be;
with an agent ('by Peruvian police'), the agent; with no place, no one. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

DAY = dt.date(2025, 9, 4)
LEAD = "Westmark sought the extradition of the banker Ramón Ixcot for months. "


def _arrests(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.actors, e.recipients) for e in named_events(LEAD + text, DAY) if e.type == "COERCE"]


def test_an_agentless_arrest_in_a_country_is_that_country_s() -> None:
    assert _arrests("Ixcot was arrested in Panama in May.") == [(["Panama"], ["Ramón Ixcot"])]


def test_an_arrest_with_an_agent_is_the_agent_s() -> None:
    assert _arrests("Ixcot was arrested by Colombian police in Panama in May.") == [(["Colombia"], ["Ramón Ixcot"])]


def test_an_agentless_arrest_with_no_place_has_no_doer() -> None:
    assert _arrests("Ixcot was arrested in May.") == [([], ["Ramón Ixcot"])]
