"""Gazetteer v50: a name whose appositive is headed by a noun for a body ('Gavi, the vaccine
alliance', 'X, the drug regulator', 'Y, the armed group') is an organisation, whatever the model
guessed; lexicon v89: 'an aide to X' or 'an adviser to X' acts for X, while an envoy to X is sent
to X. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import analyse, named_events

_DATE = dt.date(2026, 3, 4)


@pytest.mark.parametrize(("text", "name"), [
    ("Velmira, the vaccine alliance, said it would donate 500,000 doses to Uganda.", "Velmira"),
    ("Kestova, the armed group that controls the hills, denied the charge.", "Kestova"),
    ("Amberlin, the drug regulator, withdrew its approval on Monday.", "Amberlin"),
])
def test_a_name_whose_appositive_is_a_body_is_an_organisation(text: str, name: str) -> None:
    types = {e.name: e.type for e in analyse(text).entities}
    assert types.get(name) == "ORG"


def test_the_body_named_in_an_apposition_acts() -> None:
    found = named_events("Velmira, the vaccine alliance, said it would donate 500,000 doses to Uganda.", _DATE)
    assert [e.actors for e in found if e.type == "AGREE"] == [["Velmira"]]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("An aide to Ostland’s prime minister dismissed the proposal on Monday.", "Ostland"),
    ("An adviser to President Ivo Sark rejected the proposal on Monday.", "Ivo Sark"),
])
def test_an_aide_acts_for_whom_they_serve(sentence: str, actor: str) -> None:
    found = named_events(sentence, _DATE)
    assert [e.actors for e in found if e.type == "REJECT"] == [[actor]]


def test_an_envoy_to_a_body_does_not_act_for_it() -> None:
    found = named_events("Chile’s envoy to the United Nations rejected the offer on Monday.", _DATE)
    assert [e.actors for e in found if e.type == "REJECT"] == [["Chile"]]
