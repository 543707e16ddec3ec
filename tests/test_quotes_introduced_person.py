"""Speakers: a person a sentence introduces with an age or a description ('That did little to
reassure Ann Lind, 81, a retired teacher.'), in a sentence with no person as its subject, is who a
''she said' right after it is, not the speaker quoted before. A subject still comes first. And a
document sent 'to clients from X' speaks for X. Invented sentences and names; each speaker
decided by reading the text."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_person_introduced_with_an_age_is_the_next_pronoun_speaker() -> None:
    a = analyse('Governor Ivo Sark defended the new rule. "It is about security," he said.\n\n'
                "That argument did little to reassure Lorraine Batiste, 81, a retired schoolteacher from Tarsk. "
                '"I do not drive anymore," she said.')
    assert {q.text: a.speaker(q) for q in a.quotes if q.kind == "direct"} == {
        "It is about security,": "Ivo Sark", "I do not drive anymore,": "Lorraine Batiste"}


def test_a_person_introduced_as_an_object_does_not_outrank_the_subject() -> None:
    a = analyse('Governor Ivo Sark met Tomas Berg, a retired teacher, on Monday. "We agreed on the plan," he said.')
    assert [a.speaker(q) for q in a.quotes if q.kind == "direct"] == ["Ivo Sark"]


def test_a_note_to_clients_from_a_bank_speaks_for_the_bank() -> None:
    # the parser hangs 'from the bank' on 'clients': the note is still the bank's
    a = analyse('A note to clients from Harlow Brothers Bank said the race was "too close to call."')
    assert [a.speaker(q) for q in a.quotes] == ["Harlow Brothers Bank"]
