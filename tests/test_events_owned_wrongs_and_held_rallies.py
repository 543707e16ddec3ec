"""A wrong a party says a thing of another's did is an allegation against its owner ('said the
Xian projects violated the treaty': X); rallies a group holds are protests, a campaign's are not;
an indefinite or a fishermen's strike is a protest. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 1, 18)
LEAD = "Ostland and Varnia signed the river treaty in 1960. "


@pytest.mark.parametrize("text", [
    LEAD + "Ostland said the Varnian dams violated the treaty.",
    LEAD + "Ostland says Varnia's new dams violate the treaty.",
])
def test_a_wrong_done_by_a_party_s_thing_accuses_the_party(text: str) -> None:
    accusations = [e for e in named_events(text, PUBLISHED) if e.type == "ACCUSE"]
    assert [(e.actors, e.recipients) for e in accusations] == [(["Ostland"], ["Varnia"])]


def test_rallies_a_group_held_are_a_protest() -> None:
    events = named_events("Farmers' groups held rallies in two provinces of Ostland on Monday, demanding water.", PUBLISHED)
    assert [e.trigger for e in events if e.type == "PROTEST"] == ["rallies"]


def test_a_campaign_rally_is_no_protest() -> None:
    events = named_events("The Ostland People's Party held a campaign rally in the capital on Monday.", PUBLISHED)
    assert [e for e in events if e.type == "PROTEST"] == []


def test_an_indefinite_strike_of_fishermen_is_a_protest() -> None:
    events = named_events("Some 5,000 fishermen in Ostland began an indefinite strike on Wednesday.", PUBLISHED)
    assert [(e.trigger, e.date) for e in events if e.type == "PROTEST"] == [("strike", "2024-01-17")]
