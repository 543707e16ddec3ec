"""Readings added to the events lexicon in the eighteenth session (v51), each with the shape that
keeps it to its reading; invented sentences through the whole entity stage."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_nlp import named_events

THURSDAY = dt.date(2023, 3, 9)


def _records(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor names, recipient names) of every event of an invented text."""
    return [(e.type, e.actors, e.recipients) for e in named_events(text, THURSDAY)]


def _types(text: str) -> set[str]:
    return {kind for kind, _, _ in _records(text)}


@pytest.mark.parametrize("text, kind", [
    ("Ostland officials said they respect the court's verdict.", "SUPPORT"),
    ("The European Commission launched infringement proceedings against Ostland on Monday.", "ACCUSE"),
    ("Ostland labelled the Varnian proposal a coup.", "ACCUSE"),
    ("Ostland was sending larger coast guard vessels around the shoal.", "MOBILIZE"),
    ("Ostland offered asylum to the dissident Tomas Berg on Tuesday.", "AID"),
    ("Senator Tomas Berg slammed the budget as a betrayal of voters.", "ACCUSE"),
    ("Senator Tomas Berg blasted the ruling on Monday.", "ACCUSE"),
    ("Ostland's navy seized a tanker in the Gulf on Friday.", "COERCE"),
    ("Prosecutors in Ostland raided the offices of Vestmark Bank on Monday.", "COERCE"),
    ("Peru closed two of its four border crossings with Chile on Monday.", "COERCE"),
    ("Norway gave $5 million to Kenya on Monday.", "AID"),
    ("Norway delivered three air defence systems to Estonia on Friday.", "AID"),
    ("Ostland has jailed dozens of opposition activists since the election.", "COERCE"),
    ("Prosecutors in Ostland charged a former state governor with fraud on Monday.", "ACCUSE"),
    ("Varnia said it was deeply disappointed by Ostland's decision.", "ACCUSE"),
    ("Ostland asked Varnia to free the prisoners, but Varnia refused.", "REJECT"),
    ("Hungary blocked a joint statement of the bloc on Monday.", "REJECT"),
])
def test_the_new_readings(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize("text, kind", [
    ("Ostland officials said they respect the old traditions of Varnia.", "SUPPORT"),
    ("The proceedings of the Ostland conference were published on Monday.", "ACCUSE"),
    ("Ostland labelled the new bridge a triumph of engineering.", "ACCUSE"),
    ("Ostland was sending its greetings to Varnia on Monday.", "MOBILIZE"),
    ("Senator Tomas Berg slammed the door on Monday.", "ACCUSE"),
    ("Gunmen raided the village of Kelso on Monday, killing five people.", "COERCE"),
    ("Norway gave Kenya a warning on Monday.", "AID"),
])
def test_their_other_senses_are_no_events(text: str, kind: str) -> None:
    assert kind not in _types(text)


def test_an_office_of_another_country_is_not_the_titled_person_of_the_same_sentence() -> None:
    """'Prime Minister X spoke with Norway's prime minister': the counterpart is someone else
    (events.descriptions.office_holder), so the call has its two parties."""
    calls = [sorted([*actors, *recipients]) for kind, actors, recipients
             in _records("Prime Minister Tomas Berg spoke with Norway's prime minister on Monday.") if kind == "CONSULT"]
    assert calls == [["Norway", "Tomas Berg"]]


def test_a_hyphenated_pair_before_talks_names_both_parties() -> None:
    """'the Brazil-Argentina talks': the parser hangs the first name on the second."""
    talks = [sorted([*actors, *recipients]) for kind, actors, recipients
             in _records("The Peru-Chile talks in Lima lasted more than three hours.") if kind == "CONSULT"]
    assert talks == [["Chile", "Peru"]]


def test_a_threat_against_what_a_party_owns_is_against_that_party() -> None:
    """'threatened to freeze the assets of X's central bank': the owner is the threat's target
    (events.counterparts.threat_targets)."""
    threats = [(actors, recipients) for kind, actors, recipients
               in _records("Ostland threatened to freeze the assets of Varnia's central bank.") if kind == "THREATEN"]
    assert threats == [(["Ostland"], ["Varnia"])]


@pytest.mark.parametrize("context, party", [
    ("The European Union is reviewing its policy.", "European Union"),
    ("Belgium held elections on Sunday.", "Belgium"),
])
def test_brussels_acts_for_the_union_when_the_article_names_it(context: str, party: str) -> None:
    warnings = [actors for kind, actors, _ in _records(f"{context} Brussels has warned Ostland that talks could stall.")
                if kind == "THREATEN"]
    assert warnings == [[party]]
