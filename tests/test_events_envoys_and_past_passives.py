"""A month named in a simple past passive ('was detained in March') is the last such month before
publication, as with a simple past verb; a threat said in a verb coordinated with a dated act
('condemned the package on Tuesday and said Y would respond') has that day; withdrawing an
ambassador lowers relations (SANCTION, as recalling one does, not a military retreat); summoning a
chargé d'affaires is a complaint. Invented sentences; dates worked out by hand from a publication
on Thursday 16 January 2025 (the Tuesday before is 14 January)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events import Run

THURSDAY = dt.date(2025, 1, 16)


def test_a_month_in_a_simple_past_passive_is_before_publication() -> None:
    run = Run("Ostland's police arrested the journalist Ivo Sark. Sark was detained in March on fraud charges.", THURSDAY)
    assert [e.date for e in run.of("COERCE") if e.trigger == "detained"] == [dt.date(2024, 3, 1)]


def test_a_month_in_a_future_passive_stays_ahead() -> None:
    run = Run("Ostland's foreign minister Ann Lind will be received in Varnia in March, officials said.", THURSDAY)
    assert run.one("CONSULT").date == dt.date(2025, 3, 1)


def test_a_threat_said_with_a_dated_condemnation_has_its_day() -> None:
    run = Run("Ostland's foreign ministry condemned the package on Tuesday and said Ostland would respond.", THURSDAY)
    assert run.one("ACCUSE").date == dt.date(2025, 1, 14)
    assert run.one("THREATEN").date == dt.date(2025, 1, 14)


def test_withdrawing_an_ambassador_is_a_sanction_not_a_retreat() -> None:
    run = Run("Ostland withdrew its ambassador from Varnia in 2016.", THURSDAY)
    assert run.of("RETREAT") == []
    assert run.recipients(run.one("SANCTION")) == ["Varnia"]


@pytest.mark.parametrize("text", [
    "Ostland summoned Varnia's charge d'affaires on Thursday.",
    "Ostland summoned Varnia’s chargé d’affaires on Thursday.",
])
def test_summoning_a_charge_d_affaires_is_a_complaint(text: str) -> None:
    run = Run(text, THURSDAY)
    assert run.recipients(run.one("ACCUSE")) == ["Varnia"]
