"""A name the model typed a body, the subject of a speech verb whose reported clause says 'she' or
'he' ('Nadia Okonjo-Breen, who chairs the board, said she was disappointed'), is a person: a body
never says 'she'. So the next quote's 'she said' finds her. A body that says 'it' stays a body.
Invented names; each type decided by reading the text."""

from __future__ import annotations

from helpers_nlp import analyse

TEXT = 'Nadia Okonjo-Breen, who chairs the board, said she was disappointed. "We will appeal," she said.'


def test_a_name_that_says_she_is_a_person() -> None:
    assert [(e.name, e.type) for e in analyse(TEXT).entities] == [("Nadia Okonjo-Breen", "PERSON")]


def test_her_next_quote_is_hers() -> None:
    a = analyse(TEXT)
    assert a.speaker(a.quote("We will appeal")) == "Nadia Okonjo-Breen"


def test_a_body_that_says_it_stays_a_body() -> None:
    a = analyse("The Ostland Water Board said it would raise prices.")
    assert [(e.name, e.type) for e in a.entities] == [("Ostland Water Board", "ORG")]
