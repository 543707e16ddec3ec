"""Lexicon v89: supplies turned back ('turned back a UN convoy') are restricted (COERCE), a ship
that turns back is nothing; a warning that a party could be suspended or expelled is a threat;
a judgement in a 'said' clause is kept beside a demand or warning in a clause of its own ('said
the rules were "discriminatory" and demanded ...'), while a warning inside what was said still
stands alone. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_DATE = dt.date(2026, 3, 4)
_HEAD = "Crossing closed\n\n"


def _events(sentence: str) -> list[tuple[str, str, list[str]]]:
    return [(e.type, e.trigger, e.actors) for e in named_events(_HEAD + sentence, _DATE)]


def test_a_convoy_turned_back_is_restricted_and_a_ship_turning_back_is_nothing() -> None:
    assert ("COERCE", "turned back", ["Egypt"]) in _events("Egyptian border guards turned back 40 aid trucks at the Rafah crossing on Monday.")
    assert not [e for e in _events("The Marovian ship turned back after a radio warning on Monday.") if e[0] == "COERCE"]


def test_a_warning_of_suspension_is_a_threat() -> None:
    found = _events("FIFA has warned the national federation that Chile could be suspended from all competitions.")
    assert ("THREATEN", "warned", ["FIFA"]) in found


def test_a_judgement_and_a_demand_in_clauses_of_their_own_are_two_acts() -> None:
    found = _events("Chile’s health minister Ana Lind said Peru’s new rules were “unscientific and discriminatory” and "
                    "demanded that Lima withdraw them.")
    assert {"ACCUSE", "REQUEST"} <= {t for t, _, _ in found}


def test_a_warning_inside_what_was_said_is_the_only_act() -> None:
    found = _events("Ana Lind said Peru had warned that any new tariff would be met with retaliation.")
    assert [t for t, _, _ in found].count("ACCUSE") == 0


def test_what_onlookers_saw_accuses_no_one_but_a_report_does() -> None:
    """Lexicon v89 ``onlooker_nouns``: 'witnesses said police beat X' reports the beating (ASSAULT)
    and no accusation; a report saying troops shot two men accuses them."""
    seen = _events("Witnesses said Chilean police beat protesters with batons on Sunday.")
    assert ("ASSAULT", "beat", ["Chile"]) in seen and not [e for e in seen if e[0] == "ACCUSE"]
    reported = _events("The report said Chilean troops had shot two men near the border.")
    assert [e for e in reported if e[0] == "ACCUSE"]
