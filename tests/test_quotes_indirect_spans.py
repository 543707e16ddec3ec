"""Where an indirect quote's content starts and ends (build/extract/quotes/indirect.py).

Every person, place and organisation here is invented; the sentences are written for these tests.
Each expected content was decided by reading the sentence: what the source is reported to have
said, without the writer's own additions.
"""

from __future__ import annotations

import pytest
from helpers_nlp import analyse


def _indirect(text: str) -> list:
    return [q for q in analyse(text).quotes if q.kind == "indirect"]


def test_a_sentence_before_a_semicolon_is_not_the_content_of_the_next_cue():
    # The parser hangs the first sentence on 'says' as a second complement: the clause after the
    # verb is what the team said.
    found = _indirect("It is an unlikely scenario; the mayor's team says she will return to work later this week.")
    assert [q.text for q in found] == ["she will return to work later this week"]


@pytest.mark.parametrize("sentence, content", [
    # both coordinated clauses before the cue are what the aide reported
    ("Anne Lind had asked the council for a delay, but the council refused the request, the aide added.",
     "Anne Lind had asked the council for a delay, but the council refused the request"),
    ("The port had lost money for years, but the new ferry turned a profit, the director said.",
     "The port had lost money for years, but the new ferry turned a profit"),
])
def test_content_before_the_cue_is_the_whole_sentence_up_to_the_cue(sentence, content):
    (q,) = _indirect(sentence)
    assert q.text == content


def test_a_clause_coordinated_after_the_cue_belongs_to_the_content():
    (q,) = _indirect("The middle group paid 8.9 percent, the agency said in a report, and those in the bottom group paid 0.8 percent.")
    assert q.text.startswith("The middle group paid 8.9 percent") and q.text.endswith("paid 0.8 percent")
    assert q.cue == "said"


def test_a_coordinated_speech_act_after_the_cue_is_not_content():
    found = _indirect("The port lost money, Clara Vogt said, and the ferry company agreed that it would raise its fares.")
    assert {q.text for q in found} == {"The port lost money", "it would raise its fares"}


@pytest.mark.parametrize("sentence, content", [
    ("Though that change was fairly smooth, he said, replacing the mayor would be much harder.",
     "Though that change was fairly smooth, he said, replacing the mayor would be much harder"),
    ("To understand the old harbour, the director said, one should visit this museum.",
     "To understand the old harbour, the director said, one should visit this museum"),
])
def test_a_parenthetical_cue_inside_the_content_keeps_both_parts(sentence, content):
    (q,) = _indirect(sentence)
    assert q.text == content


def test_according_to_inside_the_content_keeps_both_parts():
    (q,) = _indirect("The top group paid 25 percent of all taxes, according to the budget office, and the next group paid 69 percent.")
    assert q.text.startswith("The top group paid 25 percent") and q.text.endswith("the next group paid 69 percent")
    assert q.cue == "according to"


@pytest.mark.parametrize("sentence, content", [
    ("Anne Lind denied the report in a ruling released on Thursday.", "the report"),
    ("Anne Lind cited the figure at the forum on Tuesday.", "the figure"),
    ("Hans Ek backed the senator during the primary campaign.", "the senator"),
    ("Anne Lind attacked the mayor in a speech in July.", "the mayor"),
    # not an occasion: the phrase says what the declaration was about
    ("Anne Lind declared a state of emergency in response to the flood.", "a state of emergency in response to the flood"),
    ("Hans Ek cited his endorsements from 88 generals.", "his endorsements from 88 generals"),  # 'from' stays
])
def test_an_objects_content_ends_before_the_occasion_of_the_speech_act(sentence, content):
    (q,) = _indirect(sentence)
    assert q.text == content


def test_a_concessive_clause_after_a_comma_is_the_writers_contrast():
    found = _indirect("Hans Ek claimed that the toll was fair, although he again refused to publish the accounts.")
    claim = next(q for q in found if q.cue == "claimed")
    assert claim.text == "the toll was fair"


@pytest.mark.parametrize("sentence, content", [
    ("Asked about the contract, Hans Ek declined to comment.", "to comment"),
    ("The ferry workers refused to cooperate.", "to cooperate"),
])
def test_a_two_word_refusal_is_an_indirect_quote(sentence, content):
    (q,) = _indirect(sentence)
    assert q.text == content


def test_a_stance_verbs_pronoun_object_is_its_target():
    found = _indirect("Anne Lind met the two rivals last year. She attacked them on Monday.")
    assert [q.text for q in found] == ["them"]
    assert analyse("Anne Lind met Hans Ek on Monday and praised him.").quotes == []  # praise is no stance verb here


def test_a_that_clause_the_parser_hangs_on_the_object_is_still_the_content():
    # the parser reads 'that few people understood ...' as a relative clause of 'a meeting'
    (q,) = _indirect("In Lenton last week, he told a meeting of island leaders that few people understood the stakes better than residents.")
    assert q.text == "few people understood the stakes better than residents"
    assert q.cue.startswith("told")


def test_a_relative_clause_of_the_addressee_is_no_content():
    assert _indirect("Clara Vogt told the farmers that live near the dam about the new plan.") == []
    (q,) = _indirect("Clara Vogt told the farmers that prices would rise.")
    assert q.text == "prices would rise"


def test_a_sentence_before_a_semicolon_stays_out_of_a_parenthetical_cues_content():
    (q,) = _indirect("One truck and a car broke through the fence before hitting other cars; "
                     "around 50 gallons of fuel, officials said, spilled and caught fire.")
    assert "truck" not in q.text and q.text.endswith("spilled and caught fire")


def test_according_to_before_a_contrast_is_about_the_part_before_it():
    (q,) = _indirect("The lab missed its target, according to the audit, but the staff found the error.")
    assert q.text == "The lab missed its target"


def test_according_to_before_a_new_clause_keeps_one_part():
    (q,) = _indirect("The quake measured 6.3 according to the institute, it was recorded as 6.4 by the survey.")
    assert "according to" not in q.text


def test_a_two_word_infinitive_counts_only_at_the_end_of_its_clause():
    assert _indirect("The senators wish to re-open the talks.") == []  # 'to re' is a broken word, no content


@pytest.mark.parametrize("sentence, content", [
    ("Clara Vogt expressed concern about the new toll.", "the new toll"),
    ("Hans Ek voiced misgivings about the harbour plan.", "the harbour plan"),
    # 'charges' names no attitude: the object stays whole
    ("The ministry recommended charges against the director.", "charges against the director"),
])
def test_the_matter_of_an_attitude_noun_is_the_content(sentence, content):
    (q,) = _indirect(sentence)
    assert q.text == content


@pytest.mark.parametrize("adjective", ["afraid", "frustrated", "hopeful"])
def test_an_adjective_of_attitude_with_its_clause(adjective):
    (q,) = _indirect(f"The farmers of Lenton are {adjective} that the new dam will change the river.")
    assert q.text == "the new dam will change the river"


def test_a_complement_the_parser_takes_for_an_adverbial_clause():
    (q,) = _indirect("Hans Ek said after the meeting he would not accept the offer.")
    assert q.text.endswith("he would not accept the offer")
    assert _indirect("Hans Ek said nothing when he left the room.") == []  # a clause of time, not what he said
