"""Resolving time expressions against a publication date (structnews.build.extract.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from structnews.build.extract.dates import resolve

THURSDAY = dt.date(2023, 3, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("on Thursday", None, dt.date(2023, 3, 9)),  # the publication day itself
        ("Tuesday", "past", dt.date(2023, 3, 7)),
        ("Tuesday morning", None, dt.date(2023, 3, 7)),
        ("Thursday evening", "past", dt.date(2023, 3, 9)),
        ("on Wednesday", "future", dt.date(2023, 3, 15)),  # "will meet on Wednesday": the next one
        ("Friday", "future", dt.date(2023, 3, 10)),
        ("Friday", "past", dt.date(2023, 3, 3)),
        ("last Thursday", None, dt.date(2023, 3, 2)),
        ("next Thursday", None, dt.date(2023, 3, 16)),
        ("Monday's", None, dt.date(2023, 3, 6)),
    ],
)
def test_weekdays(text: str, tense: str | None, expected: dt.date) -> None:
    got = resolve(text, THURSDAY, tense)  # type: ignore[arg-type]
    assert got is not None and got.date == expected and got.precision == "day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("today", dt.date(2023, 3, 9)), ("yesterday", dt.date(2023, 3, 8)), ("tomorrow", dt.date(2023, 3, 10)),
     ("the day before", dt.date(2023, 3, 8)), ("a day earlier", dt.date(2023, 3, 8)), ("two days ago", dt.date(2023, 3, 7)),
     ("in two weeks", dt.date(2023, 3, 23))],
)
def test_relative_days(text: str, expected: dt.date) -> None:
    got = resolve(text, THURSDAY)
    assert got is not None and (got.date, got.precision) == (expected, "day")


def test_relative_days_count_from_the_anchor() -> None:
    anchor = dt.date(2023, 3, 6)
    assert resolve("a day earlier", THURSDAY, None, anchor).date == dt.date(2023, 3, 5)  # type: ignore[union-attr]
    assert resolve("the next day", THURSDAY, None, anchor).date == dt.date(2023, 3, 7)  # type: ignore[union-attr]
    # forward shifts without an anchor count from an unknown event: not resolved
    assert resolve("a day later", THURSDAY) is None


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("last month", dt.date(2023, 2, 1), "month"),
        ("next month", dt.date(2023, 4, 1), "month"),
        ("earlier this month", dt.date(2023, 3, 1), "month"),
        ("last week", dt.date(2023, 3, 1), "month"),
        ("this year", dt.date(2023, 1, 1), "year"),
        ("last year", dt.date(2022, 1, 1), "year"),
        ("in 2014", dt.date(2014, 1, 1), "year"),
        ("since 2014", dt.date(2014, 1, 1), "year"),
        ("in January", dt.date(2023, 1, 1), "month"),
        ("early February", dt.date(2023, 2, 1), "month"),
        ("March or April", dt.date(2023, 3, 1), "month"),
        ("January 2021", dt.date(2021, 1, 1), "month"),
        # a month or a day in a year named relative to publication (2023): that year, whatever the tense
        ("in November last year", dt.date(2022, 11, 1), "month"),
        ("September of last year", dt.date(2022, 9, 1), "month"),
        ("early November last year", dt.date(2022, 11, 1), "month"),
        ("March 5 last year", dt.date(2022, 3, 5), "day"),
        ("5 March last year", dt.date(2022, 3, 5), "day"),
        ("in May this year", dt.date(2023, 5, 1), "month"),
        ("January next year", dt.date(2024, 1, 1), "month"),
        # a weekday in a named week (weeks start on Monday; publication is Thursday 9 March)
        ("Wednesday last week", dt.date(2023, 3, 1), "day"),
        ("on Monday of last week", dt.date(2023, 2, 27), "day"),
        ("Monday this week", dt.date(2023, 3, 6), "day"),
        ("Friday next week", dt.date(2023, 3, 17), "day"),
    ],
)
def test_months_and_years(text: str, expected: dt.date, precision: str) -> None:
    got = resolve(text, THURSDAY)
    assert got is not None and (got.date, got.precision) == (expected, precision)


def test_week_at_month_boundary_takes_the_month_of_that_week() -> None:
    got = resolve("last week", dt.date(2023, 3, 2))
    assert got is not None and (got.date, got.precision) == (dt.date(2023, 2, 1), "month")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Jan. 10", dt.date(2021, 12, 30), dt.date(2022, 1, 10)),  # nearest: the coming January
        ("Dec. 3", dt.date(2021, 12, 30), dt.date(2021, 12, 3)),
        ("Dec. 28", dt.date(2022, 1, 3), dt.date(2021, 12, 28)),  # nearest: the past December
        ("January 10, 2022", dt.date(2023, 6, 1), dt.date(2022, 1, 10)),
        ("10 March", dt.date(2023, 3, 9), dt.date(2023, 3, 10)),
        ("Tuesday, March 7", dt.date(2023, 3, 9), dt.date(2023, 3, 7)),
        ("2023-02-28", dt.date(2023, 3, 9), dt.date(2023, 2, 28)),
    ],
)
def test_month_day(text: str, published: dt.date, expected: dt.date) -> None:
    got = resolve(text, published)
    assert got is not None and (got.date, got.precision) == (expected, "day")


def test_month_name_year_follows_tense() -> None:
    # six months either side: the tense decides
    assert resolve("in September", THURSDAY, "past").date == dt.date(2022, 9, 1)  # type: ignore[union-attr]
    assert resolve("in September", THURSDAY, "future").date == dt.date(2023, 9, 1)  # type: ignore[union-attr]


def test_a_settled_past_is_never_after_publication() -> None:
    # published 6 December 2020: 'Jan. 31' is nearer in 2021 (56 days on, doubled for the past
    # tense: 112) than in 2020 (310 days back); a verb in the simple past settles it in 2020
    published = dt.date(2020, 12, 6)
    assert resolve("on Jan. 31", published, "past").date == dt.date(2021, 1, 31)  # type: ignore[union-attr]
    assert resolve("on Jan. 31", published, "past", settled=True).date == dt.date(2020, 1, 31)  # type: ignore[union-attr]
    assert resolve("in January", published, "past", settled=True).date == dt.date(2020, 1, 1)  # type: ignore[union-attr]
    assert resolve("in December", published, "past", settled=True).date == dt.date(2020, 12, 1)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["for 50 minutes", "in the coming days", "recently", "the 1990s", "may", "", "Feb. 30"])
def test_unresolvable(text: str) -> None:
    assert resolve(text, THURSDAY) is None


def test_text_is_kept_verbatim() -> None:
    got = resolve("On Tuesday", THURSDAY)
    assert got is not None and got.text == "On Tuesday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shortly before midnight Wednesday night", dt.date(2023, 3, 8)),  # the clock words only frame the day
        ("just after noon on Monday", dt.date(2023, 3, 6)),
    ],
)
def test_time_of_day_framing_words(text: str, expected: dt.date) -> None:
    got = resolve(text, THURSDAY, "past")
    assert got is not None and got.date == expected and got.precision == "day"


def test_earlier_in_the_month_is_the_publication_month() -> None:
    got = resolve("earlier in the month", THURSDAY, "past")
    assert got is not None and (got.date, got.precision) == (dt.date(2023, 3, 1), "month")
    got = resolve("earlier in the year", THURSDAY, "past")
    assert got is not None and (got.date, got.precision) == (dt.date(2023, 1, 1), "year")
    assert resolve("midnight", THURSDAY, "past") is None  # a clock time alone names no day
    assert resolve("later in the week", THURSDAY, None) is None  # still too vague


def test_a_relative_year_after_something_that_is_no_month_is_not_guessed() -> None:
    assert resolve("the election last year", THURSDAY) is None


def test_the_same_day_is_the_anchor_day_and_only_in_the_day_falls_back_to_publication() -> None:
    tuesday = dt.date(2023, 3, 7)
    for text in ("earlier in the day", "Later in the day", "later that day", "the same day", "on that same day"):
        found = resolve(text, THURSDAY, "past", anchor=tuesday)
        assert found is not None and found.date == tuesday, text
    assert resolve("earlier in the day", THURSDAY).date == THURSDAY
    assert resolve("later that day", THURSDAY) is None and resolve("the same day", THURSDAY) is None
    assert resolve("the day", THURSDAY, anchor=tuesday) is None  # 'the day of the vote' is no anchor day
