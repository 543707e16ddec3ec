"""Quoted fragments whose speech verb is set apart from their clause: an aside in the clause ('X
will, he warned, consider “every option”') and an infinitive held by an adverb ('has gone so far
as to warn that “...”'). Without the cue such a fragment has no speaker and is dropped as a scare
quote.

Every person, place and organisation here is invented; the sentences are written for these
tests.
"""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_speech_verb_set_in_the_clause_as_an_aside_is_the_fragments_cue():
    a = analyse('Dravian Trade Minister Ivo Sark criticised the new tariffs on Monday. '
                'If talks fail, he warned, Dravia will consider "every option," including a complaint to the court.')
    assert a.speaker(a.quote("every option")) == "Ivo Sark"


def test_an_infinitive_under_an_adverb_shares_the_subject_of_the_verb_above():
    a = analyse('Ostland President Ana Lind has gone so far as to warn this month that “all options” '
                'were open in the dispute over the river.')
    assert a.speaker(a.quote("all options")) == "Ana Lind"


def test_a_fragment_with_no_speech_verb_anywhere_is_still_no_quote():
    a = analyse('Dravia will, despite the tariffs, consider "every option," including a complaint to the court.')
    assert not [q for q in a.quotes if q.kind == "direct"]
