"""Events: 'in the event of X' and 'in case of X' set a condition as 'if' does: a state's own
sanctions stated under it are a threat, and the act named in it is only supposed; so is what a
refusal or a vow awaits ('will not stop until X'). Invented
sentences (real countries and a real leader, since only a known leader speaks for a state)."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

from tests.test_events import Run

PUBLISHED = dt.date(2022, 2, 8)


def test_sanctions_in_the_event_of_an_invasion_are_a_threat() -> None:
    events = named_events("U.S. President Joe Biden said Washington would impose severe sanctions on Russia "
                          "in the event of an invasion.", PUBLISHED)
    assert [(e.type, e.recipients) for e in events] == [("THREATEN", ["Russia"])], events


def test_the_act_in_case_of_which_is_supposed_is_no_event() -> None:
    run = Run("Norway's defence minister said Norway would send two frigates in case of an attack on Finland.")
    assert not run.of("ASSAULT")
    assert all(e.context != "future" for e in run.events)


def test_an_event_nobody_expected_is_no_condition() -> None:
    run = Run("Ostland's troops invaded Varnia in an event that nobody in Tarsk had expected.")
    assert run.one("ASSAULT").context is None


def test_what_a_refusal_awaits_has_not_happened() -> None:
    # 'until the law is withdrawn' after 'will not stop': the withdrawal is demanded, not made
    run = Run('"We will not stop until this finance law is withdrawn," said Ann Lind, a union leader in Tarsk.')
    assert not run.of("CONCEDE"), [(e.type, e.trigger) for e in run.events]


def test_what_happened_before_fighting_stopped_did_happen() -> None:
    run = Run("Fighting continued until Ostland's troops withdrew from Tarsk on Monday.")
    assert run.one("RETREAT").context is None


def test_talks_that_went_on_until_a_withdrawal_did_not_await_it() -> None:
    # 'go' is a future cue only as 'going to': the clause's own verb never makes it awaited
    run = Run("Talks went on until Ostland's troops withdrew from Tarsk on Monday.")
    assert run.one("RETREAT").context is None
