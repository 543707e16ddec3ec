"""An agentless passive of a hostile act right after one state's forces did such an act is that
state's (events.records.borrow_acting_state: the implicit agent the guideline fills from the
preceding sentence, or from earlier in its own, when it is unambiguous). Two states acting before, or another kind of act,
leave it without an actor. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 10, 19)


def _detained(text: str) -> list[list[str]]:
    return [e.actors for e in named_events(text, PUBLISHED) if e.trigger == "detained"]


def test_people_detained_after_a_states_police_acted_were_detained_by_that_state() -> None:
    text = ("Armenian riot police used tear gas on Sunday to break up a rally of several thousand farmers in Yerevan. "
            "At least 41 people were detained, the interior ministry said.")
    assert _detained(text) == [["Armenia"]]


def test_two_states_acting_before_leave_the_detention_without_an_actor() -> None:
    text = ("Armenian and Georgian border guards fired warning shots at smugglers near the crossing on Sunday. "
            "At least 41 people were detained, officials said.")
    assert _detained(text) in ([], [[]])


def test_people_detained_after_the_police_acted_in_the_same_sentence_were_detained_by_that_state() -> None:
    text = ("Armenia braces for more farm protests\nYEREVAN - Farmers have blocked roads across Armenia for a week. "
            "Armenian police fired tear gas to disperse them on Sunday, and at least 14 people were detained.")
    assert _detained(text) == [["Armenia"]]
