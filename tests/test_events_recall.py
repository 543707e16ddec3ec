"""Event recall: events whose parties the text describes without naming them, speech acts and
nominal triggers (invented sentences; each assertion checked by hand against the PLOVER
definitions)."""

from __future__ import annotations

from tests.test_events import Run


def test_unnamed_plural_subject_of_a_meeting_keeps_the_event() -> None:
    """'The commanders met': two unnamed parties, so the meeting is an event without actors."""
    run = Run("The commanders met on Sunday near the border after a gap of two months.")
    event = run.one("CONSULT")
    assert event.actors == [] and event.recipients == [] and event.trigger == "met"


def test_plural_members_of_one_named_body_count_as_two_parties() -> None:
    """'Nordic ministers' meeting': several members of one named body meet among themselves."""
    run = Run("Mara Olsen, who chaired the Nordic Council ministers' meeting in Oslo, spoke afterwards.")
    assert [e.trigger for e in run.of("CONSULT")] == ["meeting"]


def test_a_singular_unnamed_subject_does_not_make_a_meeting() -> None:
    """One unnamed official is one party: a meeting needs two."""
    assert Run("An official met on Sunday.").of("CONSULT") == []


def test_appositive_name_is_not_counted_again_as_an_unnamed_party() -> None:
    """'The foreign minister, Luis Ortega, joined the talks': one party, not two."""
    run = Run("The Peruvian foreign minister, Luis Ortega, joined the talks as an observer.")
    assert run.of("CONSULT") == []


def test_people_and_hypothetical_unnamed_events_are_not_kept() -> None:
    """'people visiting X' names no party; a negated or hypothetical event of an unnamed group says too little."""
    assert Run("The bill would allow people visiting Norway to be removed.").of("CONSULT") == []
    assert Run("The two leaders would not negotiate in public.").of("CONSULT") == []
