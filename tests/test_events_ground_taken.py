"""Armed acts the lexicon missed until the eighteenth session (events lexicon v51), the dates of
acts reported in someone's statement or in a 'when' clause (events.dating), and the party an
unnamed group is loyal to (events.descriptions.loyal_to). Invented sentences, through the whole
entity stage."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_nlp import named_events

THURSDAY = dt.date(2023, 3, 9)

Record = tuple[str, str, list[str], str | None]


def _events(text: str) -> list[Record]:
    return [(e.type, e.trigger, e.actors, e.date) for e in named_events(text, THURSDAY)]


def _types(text: str) -> set[str]:
    return {kind for kind, *_ in _events(text)}


@pytest.mark.parametrize("text", [
    "Rebels seized control of the airport in Kelso on Wednesday.",
    "Rebels took control of the town of Brask on Wednesday.",
    "Ostland said its army had taken four more villages.",
    "Government forces recaptured the city from the rebels in March.",
    "Government troops retook Mosul on Sunday.",
    "Rebel fighters captured Mosul on Sunday after days of fighting.",
])
def test_ground_taken_by_force_is_coercion(text: str) -> None:
    assert "COERCE" in _types(text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kelso on Monday.",
    "A mob attacked a protest camp in Kelso on Monday.",
    "Pirates attacked a tanker off the coast of Varnia on Tuesday.",
    "Ostlandic jets struck targets in Brask on Monday.",
])
def test_an_armed_attack_on_a_place_or_a_vessel_is_an_assault(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize("text", [
    "The Rivan Party took control of parliament after the election.",
    "Investors took control of the company in June.",
    "The senator attacked the plan as reckless.",
    "Democrats captured the House in the midterm election.",
    "Tomas Berg captured the hearts of voters in Kelso.",
    "The team took the title in Kelso on Sunday.",
    "Tourists took the train to Brask on Monday.",
])
def test_taking_or_attacking_without_force_is_no_armed_act(text: str) -> None:
    assert not _types(text) & {"ASSAULT", "COERCE"}


def test_ground_only_meant_to_be_taken_is_not_taken() -> None:
    assert "COERCE" not in _types("Ostland could launch a war against Varnia to retake Brask.")
    assert "COERCE" not in _types("The rebels are seeking to retake control of the country.")


def test_a_day_written_after_said_dates_the_saying_not_the_reported_act() -> None:
    [(kind, _, actors, date)] = _events("Ostland said on Tuesday it had taken four more villages.")
    assert (kind, actors, date) == ("COERCE", ["Ostland"], None)


def test_an_act_announced_on_a_weekday_is_not_dated_to_the_next_one() -> None:
    dates = [date for kind, _, _, date in _events("Ostland said on Monday it would send troops to Varnia.") if kind == "MOBILIZE"]
    assert dates and "2023-03-13" not in dates  # the Monday after publication was never said


def test_a_when_clause_takes_the_day_of_the_clause_it_hangs_on() -> None:
    records = _events("Clashes broke out in Kelso on Friday when police fired tear gas at protesters.")
    assert ("ASSAULT", "2023-03-03") in {(kind, date) for kind, _, _, date in records}


@pytest.mark.parametrize("text, party", [
    ("A mob loyal to the Rivan Party attacked a protest camp in Kelso on Monday.", "Rivan Party"),
    ("Forces loyal to General Tomas Berg shelled Brask on Monday.", "Tomas Berg"),
])
def test_a_group_loyal_to_a_party_acts_for_it(text: str, party: str) -> None:
    assert [actors for kind, _, actors, _ in _events(text) if kind == "ASSAULT"] == [[party]]


def test_an_irregular_adjective_of_nationality_stands_for_its_country() -> None:
    records = _events("Lebanon said it had been attacked. Lebanese troops shelled Brask on Monday.")
    assert [actors for kind, trigger, actors, _ in records if trigger == "shelled"] == [["Lebanon"]]


@pytest.mark.parametrize("text", [
    "Senator Tomas Berg attacked Governor Marta Lindqvist during the debate on Monday.",
    "Senator Tomas Berg attacked the plan as reckless.",
    "Critics attacked the government's budget on Monday.",
])
def test_an_attack_in_words_is_criticism(text: str) -> None:
    assert _types(text) == {"ACCUSE"}


@pytest.mark.parametrize("text", [
    "Senator Tomas Berg attacked Governor Marta Lindqvist with a knife on Monday.",
    "A man attacked Governor Marta Lindqvist outside her office on Monday.",
])
def test_an_attack_with_a_weapon_or_by_someone_unnamed_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in _types(text)


def test_charges_a_dated_warrant_is_issued_on_share_its_day() -> None:
    """'a warrant issued Friday for X on charges of fraud': the charge is made by that act, not
    before it (unlike 'at the request of X, Y suspended parliament yesterday')."""
    records = _events("A judge in Ostland signed a warrant Friday for the arrest of Tomas Berg on charges of fraud.")
    assert [date for kind, _, _, date in records if kind == "ACCUSE"] == ["2023-03-03"]
