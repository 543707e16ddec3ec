"""Speakers: a second speech act joined to a reported clause right after a quotation in it ('X
said Y was “…” and called the charge “…”') is the reporter's, though the parser hangs it on the
reported clause and so on its subject. Invented sentences and names; the speaker of each
quotation was decided by reading the sentence."""

from __future__ import annotations

import pytest
from helpers_nlp import analyse


@pytest.mark.parametrize(("sentence", "second"), [
    ('Campaign manager Ana Ruiz said Ivo Sark was "running out of arguments" and called the charge "a desperate smear."',
     "a desperate smear."),
    ('Senator Ana Ruiz said Governor Ivo Sark had "won decisively" and asked supporters for donations to "finish the job."',
     "finish the job."),
])
def test_a_speech_act_after_a_quoted_fragment_is_the_reporters(sentence: str, second: str) -> None:
    a = analyse(sentence)
    quotes = {q.text: a.speaker(q) for q in a.quotes}
    assert quotes.get(second) == "Ana Ruiz", quotes


def test_a_speech_act_of_the_reported_subject_without_a_quotation_stays_its_own() -> None:
    # nothing quoted: 'her son came home late and told her ...' - the son told her
    a = analyse("Ana Ruiz said her son came home late and told her that he had been beaten by guards.")
    told = [q for q in a.quotes if q.text.startswith("he had been beaten")]
    assert told and a.speaker(told[0]) != "Ana Ruiz"


def test_an_office_qualified_by_a_place_with_no_holder_named_is_not_the_place() -> None:
    # no senator is named: the speaker is a person the text does not name, never the state
    a = analyse('"We will win this state," the Nebraska senator said on Monday.')
    assert [a.speaker(q) for q in a.quotes] == [None]


def test_an_office_qualified_by_a_place_is_its_holder_when_named() -> None:
    a = analyse('Senator Ivo Sark of Nebraska spoke in Omaha. "We will win this state," the Nebraska senator said.')
    assert [a.speaker(q) for q in a.quotes] == ["Ivo Sark"]
