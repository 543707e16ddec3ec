"""A denial appended to the clause that reports an accusation ('..., a charge Kesh denies', '...,
an allegation Varnel rejects', '..., a charge both states have repeatedly denied') is parsed as a
relative clause on the accusation noun, so the refusal is found, with the accused as its actor
and the accuser as its counterpart. A clause whose verb has an object of its own, or whose noun
is no accusation, is left as the model parsed it. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events
from structnews.build.extract import nlp

_DATE = dt.date(2026, 3, 4)
_HEAD = "Border talks stall\n\n"


def _token(text: str, word: str):
    doc = nlp.load()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("sentence", "word", "noun", "subject"), [
    # the model reads 'rejects' as a plural noun in apposition
    ("Ostland was accused by Marovia of arming the rebels, an allegation Kesh rejects.", "rejects", "allegation", "Kesh"),
    # the model makes the denial the root, with the first clause as its complement
    ("The militia is funded by Ostland, a charge Kesh denies.", "denies", "charge", "Kesh"),
    # the model hangs 'charge' on the subject as an adjective
    ("Marovia accused Ostland officials of smuggling arms under cover of aid shipments, a charge Ostland officials have repeatedly denied.",
     "denied", "charge", "officials"),
])
def test_an_appended_denial_is_a_relative_clause_on_the_accusation(sentence: str, word: str, noun: str, subject: str) -> None:
    token = _token(sentence, word)
    assert token.pos_ == "VERB" and token.dep_ == "relcl" and token.head.text == noun
    assert [c.text for c in token.children if c.dep_ == "nsubj"] == [subject]
    assert token.head.head.dep_ == "ROOT"
    assert len(list(token.doc.sents)) == 1


@pytest.mark.parametrize(("sentence", "word"), [
    ("Marovia accused Ostland of arming the rebels, a charge Kesh denies the rebels ever needed.", "denies"),
    ("Marovia accused Ostland of arming the rebels, a country Kesh rejects as a partner.", "rejects"),
])
def test_a_clause_that_is_no_appended_denial_is_left_alone(sentence: str, word: str) -> None:
    token = _token(sentence, word)
    assert not (token.dep_ == "relcl" and token.head.lemma_ in ("charge", "allegation", "claim", "accusation")
                and token.head.dep_ == "npadvmod")


@pytest.mark.parametrize(("sentence", "actor", "recipient"), [
    ("Ostland was accused by Marovia of arming the rebels, an allegation Ostland rejects.", "Ostland", "Marovia"),
    ("Marovia accused Ostland of spying on its navy, an accusation Ostland denied on Monday.", "Ostland", "Marovia"),
    ("The Trade Council accused Ostland of dumping steel, a charge Ostland has repeatedly denied.", "Ostland", "Trade Council"),
])
def test_the_refusal_is_found_with_the_accuser_as_its_counterpart(sentence: str, actor: str, recipient: str) -> None:
    found = named_events(_HEAD + sentence, _DATE)
    rejections = [e for e in found if e.type == "REJECT"]
    assert [(e.actors, e.recipients) for e in rejections] == [([actor], [recipient])]
    assert [e.type for e in found if e.type == "ACCUSE"] == ["ACCUSE"]

