"""Event patterns, tenth session, from misses on the read held-out sets; each tested on invented
sentences (no wording of any evaluation article). A noun event under a negation cue through a
verb of taking part did not take place ('would refrain from participating in the sessions');
through another verb it says nothing of the act ('refrained from repeating their earlier threat':
the threat was made). Idioms of criticism: 'took a swipe at X', 'made critical remarks about X'."""

from __future__ import annotations

from tests.test_events import Run


def test_refraining_from_taking_part_negates_the_act() -> None:
    run = Run("Members of the Ostland Workers Union will refrain from participating in the sessions of the Dravian parliament.")
    assert run.one("CONSULT").context == "negated"


def test_refraining_from_repeating_a_threat_leaves_the_threat_a_fact() -> None:
    run = Run("The Dravian Labour Party said its members would refrain from repeating their earlier threat to strike.")
    assert run.one("THREATEN").context is None


def test_a_swipe_and_critical_remarks_are_criticism() -> None:
    run = Run("Ostland's prime minister has taken a swipe at Dravian minister Ivo Sark over the tariffs.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Ostland"] and run.recipients(event) == ["Ivo Sark"]
    run = Run("Ivo Sark had made critical remarks about Ostland during a meeting on Thursday.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Ivo Sark"] and run.recipients(event) == ["Ostland"]
    # remarks without a critical word, and a swipe at a thing taken in play, are no criticism
    assert not Run("Ivo Sark made remarks about Ostland on Thursday.").of("ACCUSE")
    assert not Run("The goalkeeper took a swipe at the ball.").of("ACCUSE")


def test_siding_with_a_party_appreciation_and_a_veto_used() -> None:
    run = Run("The protests came after the European Union sided with Dravia and imposed sanctions on Ostland.")
    event = run.one("SUPPORT")
    assert run.actors(event) == ["the European Union"] and run.recipients(event) == ["Dravia"]
    assert not Run("The team sided with the coach.").of("SUPPORT")  # no one named is backed
    run = Run("Ivo Sark expressed his appreciation to President Ana Lind of Dravia for the help.")
    assert run.recipients(run.one("SUPPORT")) == ["Ana Lind"]
    run = Run("Ostland used its veto during the talks in Vienna to prevent a deal on the budget.")
    assert run.actors(run.one("REJECT")) == ["Ostland"]
    # a veto still to be used is a threat, not a rejection
    assert [e.type for e in Run("Ostland will use its veto to stop the budget.").events if e.trigger == "veto"] == ["THREATEN"]
