"""Quoted fragments whose speech verb is set apart from their clause: an aside in the clause ('the
union would, she added, block “every ferry”') and an infinitive held by an adverb ('had gone so
far as to predict that ...'). Without the cue such a fragment has no speaker and is dropped as a
scare quote.

Every person, place and organisation here is invented; the sentences are written for these
tests.
"""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_speech_verb_set_in_the_clause_as_an_aside_is_the_fragments_cue():
    a = analyse('Kell Borrin, who leads the Coastal Dockers Union, spoke to members on Tuesday. '
                'Unless wages rise by May, she added, the union would block "every ferry" on the coast.')
    assert a.speaker(a.quote("every ferry")) == "Kell Borrin"


def test_an_infinitive_under_an_adverb_shares_the_subject_of_the_verb_above():
    a = analyse('Harbour master Ola Fenn had gone so far as to predict in March that the old pier '
                'was “beyond repair” after the storms.')
    assert a.speaker(a.quote("beyond repair")) == "Ola Fenn"


def test_an_aside_that_reports_no_speech_gives_no_speaker():
    a = analyse('The ferries, it seemed, would stop at "every pier" along the coast until June.')
    assert not [q for q in a.quotes if q.kind == "direct"]
