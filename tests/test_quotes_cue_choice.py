"""Direct quotes: which verb is a quotation's cue when several stand near it (invented sentences).

A verb of the next sentence with an object of its own reports that object, not the quotation
that ended before it; a participle the parser hung on a reported clause belongs to the speech
verb that reports the clause. A phrase quoted right after the 'as' of a verb saying how someone
put it ('referred to the vote as "..."') is that someone's.
"""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_verb_with_its_own_object_in_the_next_sentence_is_not_the_cue():
    # Before: 'The study suggested' took the quotation from Ann Lind, who introduces it.
    a = analyse('In a short memo, Ann Lind said, "Ten years ago, most of the boats here were wooden. '
                'Now almost none are." The study suggested a steep drop in the number of shipyards.')
    q = a.direct("Ten years ago")
    assert a.speaker(q) == "Ann Lind" and q.cue == "said"


def test_a_verb_telling_reporters_in_the_next_sentence_is_still_the_cue():
    a = analyse('Minister Ann Lind visited the port on Monday.\n\n"We will not give up." Lind told reporters on Monday.')
    assert a.speaker(a.direct("We will not give up")) == "Ann Lind"


def test_a_participle_hung_on_the_reported_clause_is_the_speakers():
    # Before: the subject of 'would not be fair', 'the vote', was taken for the speaker.
    a = analyse("Mayor Ann Lind met the planners on Friday. She openly claimed the budget would not balance, "
                'saying she feared "a very painful winter" for the city.')
    assert a.speaker(a.direct("a very painful winter")) == "Ann Lind"


def test_a_participle_of_the_speech_verb_itself_keeps_its_subject():
    a = analyse('Ann Lind said the council had acted, saying it was "a fair outcome" for the town.')
    assert a.speaker(a.direct("a fair outcome")) == "Ann Lind"


def test_a_verb_urging_people_in_the_next_sentence_keeps_the_quote():
    # 'urged people' names whom the words were for (curated hearer_verbs): the fragment before keeps
    # a speaker and is not dropped as a scare quote.
    a = analyse('The Lenton Health Agency has, in a bulletin, called on swimmers to "remember that the sea '
                'can turn in minutes." It also urged people to "stay between the red flags."')
    assert a.speaker(a.direct("remember that the sea")) == "Lenton Health Agency"


def test_a_phrase_quoted_after_referred_to_as_is_the_subjects():
    # Before, the fragment had no cue and was dropped as a scare quote.
    a = analyse('Ann Lind, a radio host, was fired in 2007 after she referred to the Lenton football team as '
                '"a bunch of clowns." She later apologized.')
    assert a.speaker(a.direct("a bunch of clowns")) == "Ann Lind"


def test_a_phrase_quoted_after_described_by_as_is_the_agents():
    a = analyse('The ship sent signals in a pattern described by the Lenton Bulletin as "rather hectic and confused". '
                'Searches went on.')
    assert a.speaker(a.direct("rather hectic")) == "Lenton Bulletin"


def test_a_nickname_after_a_passive_with_no_agent_is_no_quote():
    a = analyse('Mara Quill, widely referred to as "The Owl Queen", slept in a barn full of owls.')
    assert not [q for q in a.quotes if q.kind == "direct"]


def test_a_term_after_qualified_as_is_no_quote():
    a = analyse('By Friday the village no longer qualified as a "rural district" for grants.')
    assert not [q for q in a.quotes if q.kind == "direct"]
