"""A state, province or city the gazetteer places in a country (curated ``part_of``, gazetteer
v47) is no state that acts: 'police in Bristol' are the United Kingdom's when the article names
it, and a place that names no country of its own fails validation. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from helpers_nlp import named_events
from structnews.schema.curated import Gazetteer

TEXT = ("Britain braces for more unrest\n\n"
        "Police in Bristol fired tear gas at protesters on Saturday, as unrest spread across the United Kingdom. "
        "Police in Leeds arrested 12 people on Sunday.")


def test_police_in_a_city_act_for_its_country() -> None:
    events = named_events(TEXT, dt.date(2024, 3, 8))
    assert [(e.type, e.actors) for e in events] == [("ASSAULT", ["United Kingdom"]), ("COERCE", ["United Kingdom"])]


def test_a_part_must_name_a_country_of_the_gazetteer() -> None:
    with pytest.raises(ValidationError, match="part_of"):
        Gazetteer.model_validate({"version": 1, "entities": [{"name": "Ostburg", "type": "GPE", "part_of": "Ostland"}]})


def test_police_in_a_capital_that_is_also_a_seat_act_for_its_country() -> None:
    text = ("Farmers clash with police in Brussels\n\n"
            "Thousands of farmers blocked roads near the European Union headquarters on Tuesday. "
            "Police in Brussels fired water cannon at the crowd, Belgium said.")
    events = named_events(text, dt.date(2024, 3, 8))
    assert [e.actors for e in events if e.type == "ASSAULT"] == [["Belgium"]]
