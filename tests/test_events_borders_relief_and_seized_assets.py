"""Lexicon v84: a border sealed or shut is closed (COERCE); rescue teams rushed or flown into a
country and tonnes of goods airlifted are aid; assets 'attached' pending a trial are seized
(COERCE). A deal 'sealed' and a market 'shut' after an attack are no such acts. A headline naming
two or more doers is not linked to a body record of the same type none of them does. Invented
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

_PUBLISHED = dt.date(2026, 3, 4)


@pytest.mark.parametrize(("sentence", "kind", "actors", "recipients"), [
    ("Bangladesh sealed its border with Myanmar on Monday.", "COERCE", ["Bangladesh"], ["Myanmar"]),
    ("Burundi shut its border with Rwanda on Monday.", "COERCE", ["Burundi"], ["Rwanda"]),
    ("India and Japan rushed rescue teams to Nepal on Monday.", "AID", ["India", "Japan"], ["Nepal"]),
    ("India and Japan flew search-and-rescue teams into Nepal on Monday.", "AID", ["India", "Japan"], ["Nepal"]),
    ("The United Nations airlifted 40 tonnes of biscuits to Sudan on Monday.", "AID", ["United Nations"], ["Sudan"]),
    ("India's Enforcement Directorate attached the assets of the jeweller Rohan Mehra on Monday.", "COERCE", ["Enforcement Directorate"], ["Rohan Mehra"]),
])
def test_closures_relief_and_seizures(sentence: str, kind: str, actors: list[str], recipients: list[str]) -> None:
    found = [e for e in named_events(sentence, _PUBLISHED) if e.type == kind]
    assert [(e.actors, e.recipients) for e in found] == [(actors, recipients)]


@pytest.mark.parametrize("sentence", [
    "The two parties sealed a coalition deal on Monday.",
    "Traders shut the market in Gao after the attack on Monday.",
    "She attached a copy of the letter to her complaint.",
])
def test_no_such_act(sentence: str) -> None:
    assert not [e for e in named_events(sentence, _PUBLISHED) if e.type in ("COERCE", "SANCTION")]


def test_a_headline_by_two_doers_is_not_a_body_act_by_another() -> None:
    found = named_events(
        "India, China rush rescue teams to Nepal as quake toll rises\n\nKATHMANDU, March 4 - The magnitude 6.8 quake struck "
        "on Monday night. The World Food Programme airlifted 40 tonnes of biscuits to Nepal on Tuesday.", _PUBLISHED)
    aid = sorted((e.actors, e.recipients) for e in found if e.type == "AID")
    assert aid == [(["China", "India"], ["Nepal"]), (["World Food Programme"], ["Nepal"])]
