"""A first name alone that opens its sentence as the subject is the person of that first name
('Azman, a former economist, rejected ...' after 'Prime Minister Azman Hakim'), as it already was
inside a sentence; a name used by its given name is normal in Malay, Thai and Indonesian usage.
Invented names."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import analyse, named_events


def test_a_first_name_opening_a_sentence_before_a_comma_is_the_person() -> None:
    text = ("Prime Minister Azman Hakim faced protests. Azman, a former economist who has led the government "
            "since 2023, rejected the demand on Monday.")
    events = named_events(text, dt.date(2026, 4, 15))
    assert [(e.type, e.actors) for e in events if e.type == "REJECT"] == [("REJECT", ["Azman Hakim"])]


def test_a_first_name_opening_a_sentence_before_a_speech_verb_speaks() -> None:
    a = analyse("Prime Minister Azman Hakim faced protests.\n\nAzman said the demand was “impossible to meet”.")
    assert a.speaker(a.quote("impossible")) == "Azman Hakim"
