"""Two-sided fighting lists both sides as actors (the guideline): the party a clash or a fight is
'with' fights too (curated ``partner_lemmas``). Also two words the lexicon lacked (v76): a
retaliation stated for the future threatens it, and delivered jets or munitions are aid.
Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 9, 16)


def test_the_side_a_clash_is_with_is_an_actor() -> None:
    found = [e for e in named_events("Indian troops clashed with Chinese soldiers near the Galwan river on Monday.", PUBLISHED)
             if e.type == "ASSAULT"]
    assert [(sorted(e.actors), e.recipients) for e in found] == [(["China", "India"], [])]


def test_a_retaliation_said_for_the_future_is_a_threat() -> None:
    found = named_events("Belarus said on Tuesday it would retaliate against any new sanctions.", PUBLISHED)
    assert [(e.type, e.actors) for e in found if e.type == "THREATEN"] == [("THREATEN", ["Belarus"])]


def test_delivered_jets_are_aid() -> None:
    found = named_events("Norway said it had delivered four more fighter jets to Ukraine last week.", PUBLISHED)
    assert [(e.actors, e.recipients) for e in found if e.type == "AID"] == [(["Norway"], ["Ukraine"])]
