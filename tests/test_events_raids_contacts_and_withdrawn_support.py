"""Events: a regulator's raid is a search, not an attack; a person taken or led away by police is
arrested; withdrawing support for a government reduces relations; a suspension of imports is a
sanction; being 'in contact with' someone is a consultation. Invented sentences and names;
each expected record decided by reading the sentence against the PLOVER codebook."""

from __future__ import annotations

import pytest

from tests.test_events import Run


def test_a_regulators_raid_on_offices_is_coercion() -> None:
    run = Run("The Ostland Competition Commission raided the offices of two tyre makers in Tarsk on Monday.")
    assert [e.type for e in run.events] == ["COERCE"], [(e.type, e.trigger) for e in run.events]


def test_an_armed_raid_is_still_an_assault() -> None:
    run = Run("Gunmen raided a village in northern Ostland on Monday.")
    assert [e.type for e in run.events] == ["ASSAULT"]


@pytest.mark.parametrize("verb", ["taken away", "led away"])
def test_a_person_taken_away_by_police_is_arrested(verb: str) -> None:
    run = Run(f"Ana Ruiz, a lawyer who was {verb} by police outside the court, was released on Monday.")
    assert run.one("COERCE").mode == "arrest"


def test_a_child_taken_away_by_her_mother_is_no_arrest() -> None:
    run = Run("The girl was taken away by her mother after the ceremony in Tarsk.")
    assert not [e for e in run.events if e.type == "COERCE"]


def test_support_withdrawn_from_a_government_is_a_sanction() -> None:
    run = Run("The Ostland Left Party withdrew its support for the Varnian government on Monday.")
    event = run.one("SANCTION")
    assert event.mode == "withdraw"


def test_a_suspension_of_imports_is_a_sanction_by_its_owner() -> None:
    run = Run("Ostland's suspension of beef imports from Varnia angered farmers.")
    assert run.actors(run.one("SANCTION")) == ["Ostland"]


def test_being_in_contact_with_a_leader_is_a_consultation() -> None:
    run = Run("Ostland's president Ivo Sark was in contact with Varnia's president Ann Lind on Monday.")
    event = run.one("CONSULT")
    assert sorted(run.actors(event) + run.recipients(event)) == ["Ann Lind", "Ivo Sark"]


def test_losing_contact_is_no_consultation() -> None:
    run = Run("Ostland's navy lost contact with the Varnian tanker on Monday.")
    assert not [e for e in run.events if e.type == "CONSULT"]
