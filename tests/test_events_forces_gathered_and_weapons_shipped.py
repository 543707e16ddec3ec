"""Forces gathered or concentrated near a border, a border guard placed on alert (MOBILIZE), and
weapons shipped to another country (AID); not protesters gathering, evidence gathered or a
concentration of pollution (event lexicon v73). Invented sentences; each event decided by
reading the text against the PLOVER codebook."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 25)  # a Wednesday


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("Russian forces began gathering near the border last month.", "Russia", "2026-02-01"),
    ("Estonia placed its border guard on heightened alert on Monday.", "Estonia", "2026-03-23"),
])
def test_forces_gathered_or_alerted_are_mobilised(text: str, actor: str, date: str) -> None:
    assert [(e.type, e.actors, e.date) for e in named_events(text, PUBLISHED)] == [("MOBILIZE", [actor], date)]


def test_a_concentration_of_forces_is_a_mobilisation() -> None:
    events = named_events("A growing concentration of Russian forces near the border alarmed Latvia on Monday.", PUBLISHED)
    assert [e.type for e in events] == ["MOBILIZE"]


def test_weapons_shipped_to_a_country_are_aid() -> None:
    events = named_events("The United States had already shipped anti-tank missiles to Lithuania last month.", PUBLISHED)
    assert [(e.type, e.actors, e.recipients) for e in events] == [("AID", ["United States"], ["Lithuania"])]


@pytest.mark.parametrize("text", [
    "Investigators gathered evidence at the scene.",
    "There was a high concentration of pollution in the air.",
])
def test_other_gatherings_and_concentrations_are_no_event(text: str) -> None:
    assert named_events(text, PUBLISHED) == []


def test_protesters_gathering_still_protest() -> None:
    assert [e.type for e in named_events("Protesters gathered outside the parliament on Monday.", PUBLISHED)] == ["PROTEST"]


@pytest.mark.parametrize(("text", "kind"), [
    ("The European Union released 1.5 million euros for flood victims in Myanmar on Monday.", "AID"),
    ("Japan provided $20 million to Sudan on Monday.", "AID"),
    ("The European Union said it would release 1.5 million euros in emergency aid.", "AGREE"),  # a pledge
])
def test_a_sum_of_money_released_or_provided_is_aid(text: str, kind: str) -> None:
    """Event lexicon v73: a sum in a currency, released or provided, as 'gave 20 million euros'."""
    assert [e.type for e in named_events(text, PUBLISHED)] == [kind]
