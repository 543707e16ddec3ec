"""Event dates: a day counted from the day the story is at, written with a part of the day ('the
previous evening', 'the following morning', 'that night'), and a backward shift ('a day earlier')
after a sentence that names the day. Invented sentences; each date worked out by hand from a
publication on Thursday 9 March 2023, where the first sentence's 'on Monday' is 6 March."""

from __future__ import annotations

import datetime as dt

import pytest

from structnews.build.extract.dates import resolve
from tests.test_events import Run

MONDAY = dt.date(2023, 3, 6)
THURSDAY = dt.date(2023, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the previous evening", dt.date(2023, 3, 5)), ("the night before", dt.date(2023, 3, 5)),
     ("the prior day", dt.date(2023, 3, 5)), ("the following morning", dt.date(2023, 3, 7)),
     ("the next evening", dt.date(2023, 3, 7)), ("that evening", MONDAY), ("later that night", MONDAY)],
)
def test_a_part_of_a_day_counts_from_the_anchor(text: str, expected: dt.date) -> None:
    got = resolve(text, THURSDAY, None, MONDAY)
    assert got is not None and (got.date, got.precision) == (expected, "day")


def test_a_forward_part_of_a_day_without_an_anchor_is_no_date() -> None:
    # 'the following morning' after nothing dated: the morning after an unknown event
    assert resolve("the following morning", THURSDAY) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("the previous evening", dt.date(2023, 3, 5)), ("a day earlier", dt.date(2023, 3, 5)),
     ("the following morning", dt.date(2023, 3, 7)), ("that evening", MONDAY)],
)
def test_a_relative_day_counts_from_the_day_of_the_sentence_before(phrase: str, expected: dt.date) -> None:
    # the talks happened relative to Monday's meeting, not to publication (a day earlier than
    # publication would be Wednesday 8 March)
    run = Run(f"Ostland and Varnia met in Geneva on Monday. The two foreign ministers held talks {phrase} in Paris.")
    talks = [e for e in run.events if e.trigger == "talks"]
    assert len(talks) == 1 and talks[0].date == expected, [(e.trigger, e.date) for e in run.events]


def test_a_backward_day_with_no_day_before_it_still_counts_from_publication() -> None:
    # nothing earlier names a day: 'a day earlier' is the day before publication, Wednesday 8 March
    run = Run("The two foreign ministers of Ostland and Varnia held talks in Paris a day earlier.")
    talks = [e for e in run.events if e.trigger == "talks"]
    assert len(talks) == 1 and talks[0].date == dt.date(2023, 3, 8), [(e.trigger, e.date) for e in run.events]


def test_a_backward_day_in_what_a_source_said_counts_from_the_saying() -> None:
    # the undated 'said' is at publication: 'the previous day' is Wednesday 8 March, not the day
    # before the Monday the sentence before names
    run = Run("Ostland and Varnia met in Geneva on Monday. Officials in Varnia said two farmers had been "
              "killed by Ostland shelling the previous day.")
    killed = [e for e in run.events if e.type == "ASSAULT"]
    assert len(killed) == 1 and killed[0].date == dt.date(2023, 3, 8), [(e.trigger, e.date) for e in run.events]
