"""A body's name the model cut at its inner 'and' ('the Ethics and Anti-Corruption Commission',
'the SA Aquatic and Leisure Centre') is one name, typed by its ending; two countries before
'and' stay countries. Invented or generic names; each span decided by reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "name"), [
    ("The Ethics and Anti-Corruption Commission, which investigates graft, said it had opened a case.",
     "Ethics and Anti-Corruption Commission"),
    ("She swam at the SA Aquatic and Leisure Centre on Wednesday.", "SA Aquatic and Leisure Centre"),
])
def test_a_name_cut_at_its_inner_and_is_one_name(text: str, name: str) -> None:
    assert name in [e.name for e in analyse(text).entities]


def test_the_body_cut_at_and_is_the_speaker_of_which() -> None:
    a = analyse("The Ethics and Anti-Corruption Commission, which investigates graft, said it had opened a case.")
    assert a.speaker(a.quote("it had opened a case")) == "Ethics and Anti-Corruption Commission"


def test_a_country_before_and_stays_a_country() -> None:
    a = analyse("Talks between the Kenya and Uganda Border Commission ended on Monday.")
    assert "Kenya" in [e.name for e in a.entities if e.type == "GPE"]
