"""Direct quotes: which verb is a quotation's cue when several stand near it (invented sentences).

A verb of the next sentence with an object of its own reports that object, not the quotation
that ended before it; a participle the parser hung on a reported clause belongs to the speech
verb that reports the clause. A phrase quoted right after the 'as' of a verb saying how someone
put it ('referred to the vote as "..."') is that someone's.
"""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_verb_with_its_own_object_in_the_next_sentence_is_not_the_cue():
    # Before: 'A second survey suggested' took the quotation from Ann Lind, who introduces it.
    a = analyse('Ann Lind, who counted the boats, said, "We went out in May. Half of them were gone." '
                'A second survey suggested a different picture.')
    q = a.direct("We went out in May")
    assert a.speaker(q) == "Ann Lind" and q.cue == "said"


def test_a_verb_telling_reporters_in_the_next_sentence_is_still_the_cue():
    a = analyse('Minister Ann Lind visited the port on Monday.\n\n"We will not give up." Lind told reporters on Monday.')
    assert a.speaker(a.direct("We will not give up")) == "Ann Lind"


def test_a_participle_hung_on_the_reported_clause_is_the_speakers():
    # Before: the subject of 'would be unfair', 'the new harbour tax', was taken for the speaker.
    a = analyse("Mayor Ann Lind argued on Friday that the new harbour tax would be unfair to fishermen, "
                'calling it "a gift to the lawyers".')
    assert a.speaker(a.direct("a gift to the lawyers")) == "Ann Lind"


def test_a_participle_of_the_speech_verb_itself_keeps_its_subject():
    a = analyse('Ann Lind said the council had acted, saying it was "a fair outcome" for the town.')
    assert a.speaker(a.direct("a fair outcome")) == "Ann Lind"


def test_a_verb_urging_people_in_the_next_sentence_keeps_the_quote():
    # 'urged people' names whom the words were for (curated hearer_verbs): the fragment before keeps
    # a speaker and is not dropped as a scare quote.
    a = analyse('As the beaches reopened, the Lenton Health Agency appealed to parents to "never let children '
                'swim alone." In a leaflet it urged people to "stay between the red flags."')
    assert a.speaker(a.direct("never let children")) == "Lenton Health Agency"


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
    a = analyse('In the village the old barn where Mara Quill kept forty owls is referred to as "The Owl Palace".')
    assert not [q for q in a.quotes if q.kind == "direct"]


def test_a_term_after_qualified_as_is_no_quote():
    a = analyse('Only three of the farms qualified as "organic" under the new rules.')
    assert not [q for q in a.quotes if q.kind == "direct"]


def test_a_quotation_ending_its_sentence_stays_with_the_verb_that_governs_it() -> None:
    """'X said ..., and argued the nation needs “…”. Y argued against ...': the next sentence's
    verb right after the closing mark does not take a quotation a speech verb governs already."""
    a = analyse('Senator Tomas Berg said he was tired of the debate, and argued the country needs "bold leadership." '
                'Mayor Ana Ruiz argued against a basic income, proposing a higher minimum wage.')
    assert a.speaker(a.direct("bold leadership")) == "Tomas Berg"


def test_a_semicolon_ends_the_search_for_a_cue_after_the_quote() -> None:
    """'X called it an “odd” problem; Y said “…”': the second clause's verb reports its own quotation."""
    a = analyse('Smith called the failure an "odd" problem; Jones said "It is rather hard to say what went on".')
    assert a.speaker(a.direct("odd")) == "Smith"
    assert a.speaker(a.direct("It is rather hard")) == "Jones"


def test_a_quotation_standing_alone_still_takes_the_verb_after_it() -> None:
    """'“….” Berg said on Monday.': a sentence of its own, governed by nothing, is the next verb's."""
    a = analyse('"We will win this election." Tomas Berg said on Monday.')
    assert a.speaker(a.direct("We will win")) == "Tomas Berg"
