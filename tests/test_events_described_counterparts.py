"""A meeting or a request whose other side is described, not named: 'met her counterparts',
'held talks with regional leaders', 'spoke by phone with the presidents of both countries',
'asked the country's allies for help'. The event is kept with the named side only; the
speaker's audience ('met reporters', 'asked reporters for patience') and an indefinite kind of
counterpart ('his first meeting with a foreign counterpart') are no party. Invented sentences;
each event decided by reading the text."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2025, 3, 5)  # a Wednesday


@pytest.mark.parametrize(("text", "kind", "actor", "date"), [
    ("Foreign Minister Ana Ruiz met her counterparts in Brussels on Monday.", "CONSULT", "Ana Ruiz", "2025-03-03"),
    ("Foreign Minister Ana Ruiz held talks with regional leaders on Tuesday.", "CONSULT", "Ana Ruiz", "2025-03-04"),
    ("UN chief Tomas Ekberg spoke by phone with the presidents of both countries on Monday.", "CONSULT", "Tomas Ekberg", "2025-03-03"),
    ("Guyana's President Anand Rampersaud asked the country's allies for help on Monday.", "REQUEST", "Anand Rampersaud", "2025-03-03"),
])
def test_a_described_counterpart_keeps_the_event(text: str, kind: str, actor: str, date: str) -> None:
    events = named_events(text, PUBLISHED)
    assert [(e.type, e.actors, e.recipients, e.date) for e in events] == [(kind, [actor], [], date)]


def test_a_request_for_help_reported_in_a_second_clause_is_kept() -> None:
    events = named_events("President Anand Rampersaud called the announcement a direct threat to peace "
                          "and said he had asked the country's allies for help.", PUBLISHED)
    assert ("REQUEST", ["Anand Rampersaud"]) in [(e.type, e.actors) for e in events]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Ruiz met with reporters on Tuesday.",
    "Foreign Minister Ana Ruiz asked reporters for patience on Tuesday.",
    "It was the Chinese leader's first meeting with a foreign counterpart since the pandemic.",
])
def test_an_audience_or_a_kind_of_counterpart_is_no_party(text: str) -> None:
    assert named_events(text, PUBLISHED) == []


def test_a_word_before_the_meeting_noun_does_not_hide_who_held_it() -> None:
    """'an emergency meeting': the noun before 'meeting' is no party, so the subject of 'held'
    (unnamed commanders) still says who met."""
    events = named_events("The commanders held an emergency meeting on Friday.", PUBLISHED)
    assert [(e.type, e.date) for e in events] == [("CONSULT", "2025-02-28")]


@pytest.mark.parametrize("text", [
    "NATO ambassadors are expected to meet in Brussels on Wednesday.",
    "The two foreign ministers are expected to meet in Geneva on Friday.",
])
def test_a_group_expected_to_meet_meets(text: str) -> None:
    """'are expected / scheduled to meet': the passive subject of a verb of plan (curated
    ``future_cues``) is who meets, not someone it happened to."""
    assert [e.type for e in named_events(text, PUBLISHED)] == ["CONSULT"]


def test_a_group_forced_to_meet_is_not_said_to_meet_by_this_rule() -> None:
    assert named_events("The commanders were forced to meet in secret.", PUBLISHED) == []
