"""A body named only by who leads it acts as its leader ('a delegation led by X met Y'); a day the
parser runs on past a comma into what follows ('resigned on Thursday, days after ...') still
dates the event, while a day with its date after the comma ('on Monday, January 5') keeps it;
traders marching protest. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_DATE = dt.date(2026, 1, 8)  # a Thursday


def _events(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [(e.type, e.actors, e.recipients, e.date) for e in named_events("Talks held\n\n" + text, _DATE)]


def test_a_delegation_led_by_a_person_acts_as_that_person() -> None:
    found = _events("A delegation led by Dattatray Bhosale met Chief Minister Eknath Shinde on Monday.")
    assert ("CONSULT", ["Dattatray Bhosale"], ["Eknath Shinde"], "2026-01-05") in found


def test_a_day_before_a_comma_dates_the_event() -> None:
    found = _events("Energy Minister Dilan Wickramasinghe resigned on Thursday, days after documents leaked to the media.")
    assert [e[3] for e in found if e[0] == "RETREAT"] == ["2026-01-08"]


def test_a_day_with_its_date_after_the_comma_keeps_the_date() -> None:
    found = _events("Energy Minister Dilan Wickramasinghe resigned on Monday, January 5, after documents leaked.")
    assert [e[3] for e in found if e[0] == "RETREAT"] == ["2026-01-05"]


def test_traders_marching_protest() -> None:
    assert "PROTEST" in [e[0] for e in _events("Traders marched to the district office on Monday.")]
