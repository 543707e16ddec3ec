"""A war declared on an abstraction is a figure of speech, no attack (event lexicon v74): 'has
declared war on democracy'. A war declared on a country still is. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


def test_a_war_on_democracy_is_no_attack() -> None:
    events = named_events("“Congress has declared war on democracy,” said Juana Tzoc on Monday.", PUBLISHED)
    assert "ASSAULT" not in [e.type for e in events]


def test_a_war_on_a_country_is_an_attack() -> None:
    events = named_events("Ostland declared war on Varnia on Monday.", PUBLISHED)
    assert [e.type for e in events] == ["ASSAULT"]
