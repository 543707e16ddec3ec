"""The amount mend, lexicon v90 and two counterpart rules: the party fined or paid a sum ('fined
Vantor Group Plc 4.5 million pounds') is the verb's first object although the model reads it into
the sum; an object 'it' of a verb coordinated with one whose object is a party is that party
('fined X ... and ordered it to stop'); a regulator blocking a takeover rejects it (REJECT), a
court annulling a decision too; directing or instructing a party to act is a REQUEST; a proposal
or decision named with a body's or a state's name ('a European Commission decision', 'a U.S.
resolution') is that body's or state's, not a town's ('the Doha proposal'). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events
from structnews.build.extract import nlp

_DATE = dt.date(2026, 3, 4)
_HEAD = "Regulators act on markets\n\n"


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(_HEAD + text, _DATE)]


@pytest.mark.parametrize(("sentence", "fined"), [
    ("The European Commission on Tuesday fined U.S. group Corvane 1.2 billion euros for abusing its dominant "
     "position.", "Corvane"),
    ("The Financial Conduct Authority fined Vodafone Group Plc 4.5 million pounds on Monday.", "Vodafone Group Plc"),
])
def test_the_party_fined_a_sum_is_the_recipient(sentence: str, fined: str) -> None:
    fines = [e for e in _events(sentence) if e[0] == "SANCTION"]
    assert fines, sentence
    assert fines[0][2] == [fined]


def test_the_name_before_a_sum_is_the_verbs_first_object_and_ends_before_the_sum() -> None:
    doc = nlp.load()("The regulator fined Vodafone Group Plc 4.5 million pounds on Monday.")
    plc = next(t for t in doc if t.text == "Plc")
    assert plc.dep_ == "dative" and plc.head.text == "fined"
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Vodafone Group Plc"]


def test_a_sum_with_no_party_before_it_is_left_alone() -> None:
    doc = nlp.load()("The regulator fined the bank on Monday and collected 40 million pounds in March.")
    assert not [t for t in doc if t.dep_ == "dative"]


def test_it_after_a_coordinated_verb_is_the_first_verbs_object() -> None:
    found = _events("The European Commission on Tuesday fined Google 1.2 billion euros for abusing its "
                    "dominant position, and ordered it to stop favouring its own ad exchange.")
    orders = [e for e in found if e[0] == "REQUEST"]
    assert orders and orders[0][1] == ["European Commission"] and orders[0][2] == ["Google"]


@pytest.mark.parametrize("sentence", [
    "Brazil's competition authority CADE on Monday blocked the purchase of pharmacy chain Drogaria Boa Saude "
    "by rival Farmavida SA, saying the deal would hurt shoppers.",
    "The Competition and Markets Authority on Wednesday blocked the takeover of Brackwater Group by Halden Foods.",
])
def test_a_regulator_blocking_a_takeover_rejects_it(sentence: str) -> None:
    assert "REJECT" in [e[0] for e in _events(sentence)]


def test_directing_a_party_to_act_is_a_request() -> None:
    found = _events("The Competition Commission of India on Tuesday directed Amazon to stop giving "
                    "preferential treatment to a handful of sellers.")
    assert ("REQUEST", ["Competition Commission of India"], ["Amazon"]) in found


@pytest.mark.parametrize(("sentence", "owner"), [
    ("The General Court annulled a European Commission decision on Monday.", ["European Commission"]),
    ("Germany rejected a European Commission proposal on Monday.", ["European Commission"]),
    ("Russia vetoed a U.S. resolution on Monday.", ["United States"]),
])
def test_a_decision_named_with_a_body_or_state_is_theirs(sentence: str, owner: list[str]) -> None:
    rejections = [e for e in _events(sentence) if e[0] == "REJECT"]
    assert rejections and rejections[0][2] == owner


def test_a_town_compounded_on_a_proposal_is_not_its_owner() -> None:
    rejections = [e for e in _events("Qatar hosts the talks in Doha. Israel rejected the Doha ceasefire proposal "
                                     "on Monday.") if e[0] == "REJECT"]
    assert rejections and rejections[0][2] == []
