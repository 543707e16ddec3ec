"""An occupation noun right before a name says it is a person (gazetteer v45 ``kind_nouns``):
'former bank engineers Tobenna Okafor and Halima Dantata', which the model typed a place, so the
later 'Okafor, the chief executive, told reporters' found no one. Invented names."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_name_after_an_occupation_is_a_person_and_speaks() -> None:
    a = analyse("Kudiflow was founded in 2019 by former bank engineers Tobenna Okafor and Halima Dantata.\n\n"
                "“Our merchants are not asking us for fancy features,” Okafor, the chief executive, told reporters.")
    assert {e.name: e.type for e in a.entities}.get("Tobenna Okafor") == "PERSON"
    assert a.speaker(a.quote("Our merchants")) == "Tobenna Okafor"
