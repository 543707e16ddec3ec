"""Doers and counterparts a clause gives indirectly: 'X said the situation was serious but urged Y
to ...' (the parser hangs the second verb on the reported copula; the doer of 'urged' is the
speaker, not the situation: events/subject_clauses.py), and 'warned that Y would face severe
costs' (the warning is against Y), 'Thousands of Xians rallied' (the Xians rally). Invented
sentences; real country names."""

from __future__ import annotations

from tests.test_events import Run


def test_a_verb_joined_to_a_reported_copula_about_a_thing_is_the_speakers() -> None:
    # Checked by hand: before, the request had no doer.
    run = Run("Prime Minister Ivo Sark said the situation was serious but urged Norway to pull back its troops.")
    event = run.one("REQUEST")
    assert run.actors(event) == ["Ivo Sark"] and run.recipients(event) == ["Norway"]


def test_a_verb_joined_to_a_reported_copula_about_a_party_stays_the_partys() -> None:
    run = Run("Prime Minister Ivo Sark said the soldiers were tired but shelled three villages in Norway.")
    # (checked by hand: without the actor-noun condition the shelling was Ivo Sark's)
    assert not any("Ivo Sark" in run.actors(e) for e in run.events)


def test_a_warning_of_consequences_is_against_the_party_that_will_face_them() -> None:
    # Curated consequence_verbs (event lexicon v61). Checked by hand: before, no recipient.
    run = Run("Prime Minister Ivo Sark warned that Norway would face severe costs if it sent troops.")
    event = run.one("THREATEN")
    assert run.actors(event) == ["Ivo Sark"] and run.recipients(event) == ["Norway"]


def test_thousands_of_a_people_are_that_people_acting() -> None:
    # Checked by hand: before, the rally had no doer ('Thousands' names nobody).
    run = Run("Thousands of Norwegians rallied in Oslo on Saturday against the new law.")
    event = run.one("PROTEST")
    assert run.actors(event) == ["Norwegians"]


def test_what_a_rejected_call_asks_is_no_event_even_misparsed() -> None:
    # The parser hangs 'to pull' on 'rejected' as an adverbial clause (checked); it completes 'calls'.
    # Checked by hand: before, a RETREAT was extracted beside the REJECT.
    run = Run("Norway rejected calls to pull its forces back from the border.")
    assert [e.type for e in run.events] == ["REJECT"]
