"""Event dates: 'at the weekend' / 'over the weekend' (dated by its Saturday, back for a past act
and forward for a planned one), and the day of a statement through which an act was made even
when the parser hangs the statement on the act's infinitive; a count within a span ('for the
second time in a week') is no date. Invented sentences; dates worked
out by hand from a publication on Thursday 9 March 2023 (the Saturday before is 4 March, the one
after 11 March)."""

from __future__ import annotations

import datetime as dt

import pytest

from structnews.build.extract.dates import resolve
from tests.test_events import Run

THURSDAY = dt.date(2023, 3, 9)


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("at the weekend", "past", dt.date(2023, 3, 4)), ("over the weekend", "past", dt.date(2023, 3, 4)),
    ("last weekend", None, dt.date(2023, 3, 4)), ("this weekend", "future", dt.date(2023, 3, 11)),
    ("next weekend", None, dt.date(2023, 3, 11)),
])
def test_a_weekend_is_dated_by_its_saturday(text: str, tense: str | None, expected: dt.date) -> None:
    got = resolve(text, THURSDAY, tense)  # type: ignore[arg-type]
    assert got is not None and (got.date, got.precision) == (expected, "day")


def test_troops_massed_over_the_weekend_were_massed_on_the_saturday_before() -> None:
    run = Run("Ostland massed troops near the Varnian border over the weekend.")
    assert run.one("MOBILIZE").date == dt.date(2023, 3, 4)


def test_a_meeting_planned_for_the_weekend_is_the_saturday_after() -> None:
    run = Run("Ostland's president Ivo Sark will meet Varnia's president Ann Lind at the weekend.")
    assert run.one("CONSULT").date == dt.date(2023, 3, 11)


def test_a_statement_hung_on_the_infinitive_still_dates_the_appeal() -> None:
    # 'in a joint statement released on Monday' is how the two urged restraint: Monday 6 March
    run = Run("Ostland and Varnia urged Tarsk to show restraint in a joint statement released late on Monday.")
    assert run.one("REQUEST").date == dt.date(2023, 3, 6)


def test_a_count_within_a_week_is_no_date_and_no_plan() -> None:
    # 'for the second time in a week' counts marches; it is not 'in a week' from publication
    run = Run("Opposition supporters in Tarsk took to the streets for the second time in a week to denounce tax increases.")
    march = run.one("PROTEST")
    assert march.date is None and march.context is None


def test_a_meeting_in_a_week_is_a_week_after_publication() -> None:
    run = Run("Ostland's president Ivo Sark will meet Varnia's president Ann Lind in a week.")
    assert run.one("CONSULT").date == dt.date(2023, 3, 16)
