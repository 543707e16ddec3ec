"""Direct quotes: a speech verb joined after a quoted fragment with its own reported clause ('… was
“a first step” and warned that …') does not take the fragment from the verb that governs it;
invented sentences (build/extract/quotes/cues.find_cue)."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_fragment_before_and_warned_that_keeps_the_first_verb():
    a = analyse('The transport minister, Ilse Marrow, sounded less sure. She called the timetable “ambitious but '
                'possible” and added that the tenders had not been signed.')
    assert a.speaker(a.direct("ambitious but")) == "Ilse Marrow"


def test_a_quote_with_its_cue_right_after_is_unchanged():
    a = analyse('“We will not pay,” Ann Lind said and added that the town was broke.')
    assert a.speaker(a.direct("We will not pay")) == "Ann Lind"


def test_a_naming_verb_before_and_warned_still_names_the_speaker():
    a = analyse('Mayor Ann Lind called the plan “reckless” and warned that the town could not pay for it.')
    assert a.speaker(a.direct("reckless")) == "Ann Lind"
