"""A speaker kept apart from its verb (invented sentences): 'X, which has bases in both
countries, called on the two sides to ...' (the parser hangs 'called' on X as a participle;
subject_mends makes it the verb again), and 'X praised the deal and said it stood ready to ...'
('it' is the subject of the first verb, who also speaks)."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 11)
LEAD = "Border clash\nBISHKEK - Kyrgyzstan and Tajikistan exchanged fire on Monday. "


def test_a_speaker_before_a_relative_clause_calls_on_the_sides() -> None:
    text = LEAD + "Kazakhstan, which has close ties to both countries, called on the two sides to show restraint."
    found = [e for e in named_events(text, PUBLISHED) if e.type == "REQUEST"]
    assert [e.actors for e in found] == [["Kazakhstan"]]


def test_it_in_what_a_conjoined_speech_verb_says_is_the_first_verbs_subject() -> None:
    text = LEAD + "The European Union welcomed the truce and said it stood ready to support the talks."
    found = [e for e in named_events(text, PUBLISHED) if e.type == "AGREE"]
    assert [e.actors for e in found] == [["European Union"]]


def test_the_two_sides_a_third_party_urges_are_the_two_named_before() -> None:
    text = LEAD + "Kazakhstan urged the two sides to show restraint."
    found = [e for e in named_events(text, PUBLISHED) if e.type == "REQUEST"]
    assert [(e.actors, e.recipients) for e in found] == [(["Kazakhstan"], ["Kyrgyzstan", "Tajikistan"])]
