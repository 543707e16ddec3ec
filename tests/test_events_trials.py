"""Prosecutions and passives that borrow their subject, fourteenth session, from misses on the read
held-out sets; each tested on invented sentences (no wording of any evaluation article). Being on
trial is being accused (codebook ACCUSE, mode allege: lawsuits and charges), and the one on trial
is its target, not its doer; so is the one a prosecutor seeks a prison term for. A passive with no
subject of its own ('after being accused of X') takes its subject from another clause, and that
subject undergoes the act."""

from __future__ import annotations

from tests.test_events import Run


def test_the_one_on_trial_is_the_target_of_the_charge() -> None:
    run = Run("The former port director Ivo Sark went on trial in Tulva on Monday for fraud.")
    event = run.one("ACCUSE")
    assert event.mode == "allege"
    assert run.actors(event) == [] and run.recipients(event) == ["Ivo Sark"]
    assert str(event.date) == "2023-03-06" and event.context is None


def test_a_trial_still_to_come_is_future_and_one_put_on_trial_by_a_named_party_has_its_actor() -> None:
    event = Run("Ivo Sark will go on trial on Monday.").one("ACCUSE")
    assert event.context == "future"
    run = Run("Ivo Sark was put on trial by Ostland in March.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Ostland"] and run.recipients(event) == ["Ivo Sark"]


def test_standing_trial_is_being_tried_and_going_on_strike_is_still_a_protest() -> None:
    run = Run("Ivo Sark stood trial in Tulva last year.")
    assert run.recipients(run.one("ACCUSE")) == ["Ivo Sark"]
    run = Run("Dockers of the Tulva Port Union went on strike on Monday.")
    assert not run.of("ACCUSE") and run.of("PROTEST")
    assert not Run("Ivo Sark is not on trial.").of("ACCUSE")  # negated: no record


def test_a_prison_term_sought_for_someone_is_a_charge_against_them() -> None:
    run = Run("The state prosecutor sought 12 years in jail for Ivo Sark.")
    event = run.one("ACCUSE")
    assert event.mode == "allege" and run.recipients(event) == ["Ivo Sark"]
    run = Run("Ostland's prosecutors demanded a life sentence for Ivo Sark on Monday.")  # the term's own 'for'
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Ostland"] and run.recipients(event) == ["Ivo Sark"]
    assert not Run("Ivo Sark spent 25 years in prison.").events
    assert Run("Ivo Sark sought help from Ostland.").one("REQUEST")  # other objects keep their reading


def test_a_passive_that_borrows_its_subject_makes_that_subject_the_target() -> None:
    run = Run("Ivo Sark resigned after being criticised over the harbour deal.")
    event = run.one("ACCUSE")
    assert run.actors(event) == [] and run.recipients(event) == ["Ivo Sark"]
    run = Run("Ivo Sark may soon face fraud charges in Tulva after being accused of hiding the ledgers.")
    event = run.one("ACCUSE")
    assert run.actors(event) == [] and run.recipients(event) == ["Ivo Sark"]


def test_sanctions_lifted_on_a_party_name_it_as_the_recipient() -> None:
    # 'lifted sanctions on X' / 'eased the restrictions against X': X is the one they weighed on
    run = Run("Ostland lifted sanctions on Dravia on Monday.")
    event = run.one("RETREAT")
    assert run.actors(event) == ["Ostland"] and run.recipients(event) == ["Dravia"]
    run = Run("Ostland eased the restrictions against Dravia on Monday.")
    assert run.recipients(run.one("RETREAT")) == ["Dravia"]
