"""Bans and bars (lexicon v56): a state barring another's people is a sanction; a court's ban or
bar on a person is a domestic restriction (COERCE), as the gold of docs/gold-events.md has it;
the counterpart of a recall, a volley, an apology or a gift (v56 recipient prepositions). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_nlp import named_events

WEDNESDAY = dt.date(2024, 3, 6)


def _records(sentence: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(sentence, WEDNESDAY)]


@pytest.mark.parametrize("sentence, expected", [
    # before v56 'bar' was no trigger
    ("Russia barred Polish diplomats from travelling outside Moscow on Tuesday.", ("SANCTION", ["Russia"], ["Poland"])),
    # a court's bar or ban: before v56 both were read as SANCTION
    ("A court in Lenton barred former minister Tomas Berg from leaving the country on Tuesday.", ("COERCE", ["Lenton"], ["Tomas Berg"])),
    ("A court in Lenton banned former minister Tomas Berg from leaving the country on Tuesday.", ("COERCE", ["Lenton"], ["Tomas Berg"])),
])
def test_a_bar_or_ban_on_a_party(sentence, expected):
    records = _records(sentence)
    assert records == [expected], records


def test_a_bar_that_keeps_nobody_out_is_no_event():
    assert named_events("A fallen tree barred the road to the harbour for most of the day.", WEDNESDAY) == []


@pytest.mark.parametrize("sentence, expected", [
    # before v56 each of these had no counterpart
    ("Russia recalled its ambassador to Poland on Monday.", ("SANCTION", ["Russia"], ["Poland"])),
    ("Russia fired missiles at Ukraine on Monday.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Russia apologised to Poland on Monday.", ("CONCEDE", ["Russia"], ["Poland"])),
    # the parser hangs 'to X' on the gift, not on 'donated'
    ("Poland donated vaccines to Ukraine on Monday.", ("AID", ["Poland"], ["Ukraine"])),
])
def test_the_counterpart_of_a_recall_a_volley_an_apology_or_a_gift(sentence, expected):
    records = _records(sentence)
    assert records == [expected], records


@pytest.mark.parametrize("sentence, expected", [
    # before v56 'positions', 'drone' and 'sailors' did not stand for the country of their adjective
    ("Russia shelled Polish positions on Monday.", ("ASSAULT", ["Russia"], ["Poland"])),
    ("Russia downed a Polish drone on Monday.", ("ASSAULT", ["Russia"], ["Poland"])),
    ("Iran freed two French sailors on Monday.", ("RETREAT", ["Iran"], ["France"])),
    ("Russian police arrested two Polish activists on Monday.", ("COERCE", ["Russia"], ["Poland"])),
])
def test_an_unnamed_target_stands_for_the_country_of_its_adjective(sentence, expected):
    records = _records(sentence)
    assert records == [expected], records


@pytest.mark.parametrize("sentence, expected", [
    # before v56 cutting supplies was no trigger
    ("Russia cut off gas supplies to Poland on Monday.", [("SANCTION", ["Russia"], ["Poland"])]),
    # a supply cut off with nobody named as its target (passive, a household's) is no sanction
    ("The water utility agreed to pay the families whose supply was cut off for a week.", []),
])
def test_cutting_supplies_to_a_party(sentence, expected):
    records = [r for r in _records(sentence) if r[0] == "SANCTION"]
    assert records == expected, records
