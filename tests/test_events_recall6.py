"""Event patterns, tenth session, from misses on the read held-out sets; each tested on invented
sentences (no wording of any evaluation article). A noun event under a negation cue through a
verb of taking part did not take place ('decided to refrain from attending the talks'); through
another verb it says nothing of the act ('would refrain from renewing their threat': the threat
was made). Idioms of criticism and support: 'took a swipe at X', 'critical comments about X',
'sided with X', 'voiced his appreciation to X'; a veto used as a fact rejects."""

from __future__ import annotations

from tests.test_events import Run


def test_refraining_from_taking_part_negates_the_act() -> None:
    run = Run("The Ostland Workers Union decided to refrain from attending the wage talks with Dravia's ministers.")
    assert run.one("CONSULT").context == "negated"


def test_refraining_from_renewing_a_threat_leaves_the_threat_a_fact() -> None:
    run = Run("The Dravian Labour Party said its members would refrain from renewing their threat of a strike.")
    assert run.one("THREATEN").context is None


def test_a_swipe_and_critical_comments_are_criticism() -> None:
    run = Run("In a speech on Friday, Ostland's president took a swipe at Ivo Sark, Dravia's trade minister.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Ostland"] and run.recipients(event) == ["Ivo Sark"]
    run = Run("Ivo Sark made critical comments about Ostland in a radio interview.")
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Ivo Sark"] and run.recipients(event) == ["Ostland"]
    # comments without a critical word are no criticism; a swipe needs someone named to take it
    assert not Run("Ivo Sark made comments about Ostland in a radio interview.").of("ACCUSE")
    assert not Run("The goalkeeper took a swipe at the ball.").of("ACCUSE")


def test_siding_with_a_party_appreciation_and_a_veto_used() -> None:
    run = Run("In the fishing dispute, the European Union sided with Dravia, diplomats said.")
    event = run.one("SUPPORT")
    assert run.actors(event) == ["the European Union"] and run.recipients(event) == ["Dravia"]
    assert not Run("The team sided with the coach.").of("SUPPORT")  # no one named is backed
    run = Run("Ivo Sark voiced his appreciation to President Ana Lind for the flood aid.")
    assert run.recipients(run.one("SUPPORT")) == ["Ana Lind"]
    run = Run("At the council meeting, Ostland used its veto against the fishing quota.")
    assert run.actors(run.one("REJECT")) == ["Ostland"]
    # a veto still to be used is a threat, not a rejection
    assert [e.type for e in Run("Ostland will use its veto against the fishing quota.").events if e.trigger == "veto"] == ["THREATEN"]
