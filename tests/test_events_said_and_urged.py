"""A second act coordinated with a verb of saying ('X said on Thursday it condemned Y and urged
Z'), dated by the saying's time phrase; and 'both sides' that a party urges in the sentence in
which it acted on a third, which are not that party and the third. Invented sentences; dates
worked out by hand from a publication on Thursday 9 March 2023 (the Wednesday before is 8 March)."""

from __future__ import annotations

import datetime as dt

from tests.test_events import Run

THURSDAY = dt.date(2023, 3, 9)


def test_an_appeal_coordinated_with_the_saying_has_the_saying_s_day() -> None:
    # 'on Wednesday' sits between 'said' and its content's subject: it dates the saying, and the
    # appeal made with the same saying (the Wednesday before publication)
    run = Run("Ostland's foreign ministry said on Wednesday it condemned the shelling of Kestovo and urged "
              "both sides to return to talks.", THURSDAY)
    assert run.one("ACCUSE").date == dt.date(2023, 3, 8)
    assert run.one("REQUEST").date == dt.date(2023, 3, 8)


def test_a_reported_act_of_another_party_is_not_dated_by_the_saying() -> None:
    # the shelling is Varnia's act that Ostland reports: 'on Wednesday' is when Ostland spoke
    run = Run("Ostland's foreign ministry said on Wednesday that Varnia had shelled Kestovo and urged "
              "both sides to return to talks.", THURSDAY)
    assert run.one("ASSAULT").date is None
    assert run.one("REQUEST").date == dt.date(2023, 3, 8)


def test_both_sides_are_not_the_urging_party_and_the_place_it_spoke_of() -> None:
    run = Run("Ostland condemned the shelling of Kestovo and urged both sides to return to talks.", THURSDAY)
    appeal = run.one("REQUEST")
    assert run.actors(appeal) == ["Ostland"]
    assert run.recipients(appeal) == []


def test_both_sides_named_before_a_third_party_urges_them_are_still_the_pair() -> None:
    run = Run("Varnia and Tarsk exchanged fire across the border on Monday. Ostland urged both sides "
              "to show restraint.", THURSDAY)
    appeal = run.one("REQUEST")
    assert run.actors(appeal) == ["Ostland"]
    assert sorted(run.recipients(appeal)) == ["Tarsk", "Varnia"]
