"""A stated refusal to undo or resume something is REJECT ('said he would not reverse the levy',
'would not resume talks', 'its members would not return to work'), and a warning that sets a
condition is a threat ('warned that it could extend the strike if the ministry did not withdraw
the bill'); a past reversal stays a concession and a forecast with 'if' is no threat (event
lexicon v73). Invented sentences; each event decided by reading the text."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 25)


@pytest.mark.parametrize(("text", "actor"), [
    ("President Amos Wekesa said he would not reverse the levy.", "Amos Wekesa"),
    ("Pristina would not resume EU-mediated talks with Belgrade, the prime minister said.", "Kosovo"),  # a capital acts for its country
])
def test_a_stated_refusal_is_a_rejection(text: str, actor: str) -> None:
    assert [(e.type, e.actors) for e in named_events(text, PUBLISHED) if e.type == "REJECT"] == [("REJECT", [actor])]


def test_a_warning_that_sets_a_condition_is_a_threat() -> None:
    events = named_events("The Nigerian Medical Association warned that it could extend the strike "
                          "if the ministry did not withdraw the bill.", PUBLISHED)
    assert [(e.type, e.actors) for e in events] == [("THREATEN", ["Nigerian Medical Association"])]


@pytest.mark.parametrize(("text", "types"), [
    ("The government reversed the decision on Monday.", ["CONCEDE"]),
    ("Economists warned that inflation could rise if the bank cut rates.", []),
])
def test_a_reversal_made_or_a_forecast_is_no_refusal_or_threat(text: str, types: list[str]) -> None:
    assert [e.type for e in named_events(text, PUBLISHED)] == types
