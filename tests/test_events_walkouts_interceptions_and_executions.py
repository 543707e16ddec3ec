"""Lexicon v87: walking out of talks halts them (SANCTION), while workers walking out over pay or
members walking out of a session protest; migrants intercepted at sea, boats turned or pushed
back and people forced back across a border are coerced, and so is a suspect remanded in
custody; a person hanged is executed (a banner hung is nothing); the transit of gas halted is
a sanction; a roadmap signed is support, a player's contract signed is nothing. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

_DATE = dt.date(2026, 3, 4)
_HEAD = "Harbour dispute deepens\n\n"


def _events(sentence: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in named_events(_HEAD + sentence, _DATE)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Farmers' League walked out of coalition talks with the Liberals on Wednesday.", ("SANCTION", "walked out")),
    ("Delegates of Marovia walked out of a negotiating session in Geneva on Friday.", ("SANCTION", "walked out")),
    ("Dockers at the Kestrel terminal walked out over a stalled pay offer on Monday.", ("PROTEST", "walked out")),
    ("Opposition deputies walked out of the chamber in protest on Tuesday.", ("PROTEST", "walked out")),
])
def test_a_walkout_from_talks_halts_them_and_one_over_pay_is_a_protest(sentence: str, expected: tuple[str, str]) -> None:
    found = _events(sentence)
    assert expected in found
    other = "PROTEST" if expected[0] == "SANCTION" else "SANCTION"
    assert (other, "walked out") not in found


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Ostland's coast guard intercepted more than 200 migrants off its western coast on Sunday.", "intercepted"),
    ("Marovian border guards turned back four boats carrying refugees on Saturday.", "turned back"),
    ("A family of six was forced back across the Velna river by Ostland police.", "forced back"),
    ("Dario Pell was remanded in custody when he appeared before the Harlow court on Thursday.", "remanded"),
])
def test_migrants_stopped_at_sea_or_a_border_and_a_suspect_remanded_are_coerced(sentence: str, trigger: str) -> None:
    assert ("COERCE", trigger) in _events(sentence)


def test_ships_that_turn_back_are_not_coerced() -> None:
    assert not [t for t in _events("Three Ostland patrol ships turned back after a radio warning.") if t[0] == "COERCE"]


def test_a_person_hanged_is_executed_and_a_banner_hung_is_nothing() -> None:
    found = named_events(_HEAD + "Iran hanged the dissident Tomas Velk on Monday.", _DATE)
    assert [(e.type, e.actors, e.recipients) for e in found if e.type == "ASSAULT"] == [("ASSAULT", ["Iran"], ["Tomas Velk"])]
    assert not [t for t in _events("Students hung banners from the bridge in Velna on Monday.") if t[0] == "ASSAULT"]


def test_the_transit_halted_is_a_sanction_and_a_roadmap_signed_is_support() -> None:
    assert ("SANCTION", "halted") in _events("Marovia halted the transit of Ostland gas on January 1.")
    assert ("SUPPORT", "signed") in _events("Marovia and Ostland signed a roadmap on nuclear cooperation on Tuesday.")
    assert not [t for t in _events("The midfielder Dario Pell signed a new contract with Velna United on Tuesday.") if t[0] == "SUPPORT"]
