"""Lexicon v89 and the predicate mend: a party's disappointment, dismay or outrage at another's act
is disapproval (ACCUSE) however plainly put ('said it was "disappointed" by the ruling'), and the
act's doer named in the adjective's phrase is the counterpart; the model's passive reading of such
an adjective ('it was deeply disappointed by X' as a passive verb) is given the copula reading;
a party defending another's decision supports it (SUPPORT), one defending its own does not; a
ruling called disappointing or rules called discriminatory are judged. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events
from structnews.build.extract import nlp

_DATE = dt.date(2026, 3, 4)
_HEAD = "Regulator blocks merger\n\n"


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(_HEAD + text, _DATE)]


@pytest.mark.parametrize(("sentence", "actor", "recipient"), [
    ("Harwell Telecom said it was “deeply disappointed” by the ruling of the Fair Trading Authority.",
     "Harwell Telecom", "Fair Trading Authority"),
    ("Marovia is appalled at Ostland’s conduct, Foreign Minister Ivo Sark said on Monday.",
     "Marovia", "Ostland"),
    ("Kestrel Mining said on Tuesday it was dismayed by the Velna Court of Appeal’s decision.",
     "Kestrel Mining", "Velna Court of Appeal"),
])
def test_disappointment_at_a_partys_act_is_disapproval_of_that_party(sentence: str, actor: str, recipient: str) -> None:
    accusations = [e for e in _events(sentence) if e[0] == "ACCUSE"]
    assert accusations, sentence
    assert actor in accusations[0][1]
    assert recipient in accusations[0][2]


def test_a_feeling_read_as_a_passive_verb_gets_the_copula_reading() -> None:
    doc = nlp.load()("Marovia said on Monday it was gravely concerned by Ostland’s actions.")  # the model: a passive
    was = next(t for t in doc if t.text == "was")
    felt = next(t for t in doc if t.text == "concerned")
    assert (felt.dep_, felt.head.i) == ("acomp", was.i)
    assert was.dep_ == "ccomp" and was.head.text == "said"
    assert [c.text for c in was.children if c.dep_ == "nsubj"] == ["it"]
    assert [c.text for c in felt.children if c.dep_ in ("prep", "agent")] == ["by"]


def test_a_real_passive_and_a_clause_coordinated_with_a_feeling_keep_their_readings() -> None:
    doc = nlp.load()("The envoy said he was deeply troubled by the report and called on Ostland to act. "
                     "The bridge was damaged by the storm.")
    called = next(t for t in doc if t.text == "called")
    assert called.head.text == "was"  # the request keeps its doer: the one who was troubled
    damaged = next(t for t in doc if t.text == "damaged")
    assert any(c.dep_ == "auxpass" for c in damaged.children)
    found = named_events(_HEAD + "The envoy Ana Lind said she was deeply troubled by the report and called on Ostland to act.", _DATE)
    assert [(e.type, e.actors) for e in found if e.type == "REQUEST"] == [("REQUEST", ["Ana Lind"])]


def test_coordinated_feelings_are_one_disapproval() -> None:
    found = _events("The Ostland foreign ministry said it remained “alarmed and dismayed” over the curfew in Marovia.")
    assert [e[0] for e in found].count("ACCUSE") == 1


def test_a_plain_passive_of_a_feeling_verb_without_a_party_is_nothing() -> None:
    assert not [e for e in _events("The villagers were disappointed by the weather on Sunday.") if e[1] or e[2]]


@pytest.mark.parametrize(("sentence", "actor", "recipient"), [
    ("Marovia’s attorney general Ana Lind is defending President Ivo Sark’s decision to dissolve parliament.", "Ana Lind", "Ivo Sark"),
    ("Foreign Minister Tomas Velk defended Ostland’s policy on migrants on Thursday.", "Tomas Velk", "Ostland"),
])
def test_defending_another_partys_decision_supports_it(sentence: str, actor: str, recipient: str) -> None:
    support = [e for e in _events(sentence) if e[0] == "SUPPORT"]
    assert support and actor in support[0][1] and recipient in support[0][2]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Ivo Sark defended the security agreement with Ostland in parliament on Wednesday.",
    "Defending its decision, Marovia’s presidency said it would not let criminals go free.",
    "Marovian troops defended the city of Velna for six months.",
    "The champion Dario Pell defended his title in Velna on Sunday.",
])
def test_defending_ones_own_decision_a_city_or_a_title_supports_no_one(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0] == "SUPPORT"]


@pytest.mark.parametrize("sentence", [
    "His lawyer, Ana Lind, said the ruling against Tomas Velk was “deeply disappointing”.",
    "Marovia’s health minister Ivo Sark said Ostland’s new rules were “unscientific and discriminatory”.",
])
def test_a_ruling_called_disappointing_or_rules_called_discriminatory_are_judged(sentence: str) -> None:
    assert [e for e in _events(sentence) if e[0] == "ACCUSE"]
