"""Quote finding and speaker attribution on small hand-written examples.

Every person, place and organisation here is invented (Ruritania is fictional); the sentences are
written for these tests, in the style of wire copy. Paragraphs are separated by blank lines.
"""

from __future__ import annotations

import pytest
from helpers_nlp import analyse

# ---- quotation marks ------------------------------------------------------------------------


def test_curly_double_quotes_speaker_after_with_name_then_verb():
    a = analyse("Minister Clara Vogt arrived in Geneva on Monday. “We will not give up on these talks,” Vogt said.")
    q = a.quote("We will not give up")
    assert q.text == "We will not give up on these talks,"
    assert a.text[q.start : q.end] == q.text
    assert q.kind == "direct" and not q.is_fragment
    assert a.speaker(q) == "Clara Vogt"
    assert q.speaker_text == "Vogt" and q.cue == "said" and q.attribution == "cue_subject"


def test_straight_double_quotes_inverted_attribution():
    a = analyse('"We will not give up on these talks," said Clara Vogt.')
    q = a.quote("We will not")
    assert q.text == "We will not give up on these talks,"
    assert a.speaker(q) == "Clara Vogt"
    assert q.attribution == "cue_subject" and q.cue == "said"


@pytest.mark.parametrize("open_mark, close_mark", [("‘", "’"), ("'", "'")])
def test_single_quotes(open_mark, close_mark):
    a = analyse(f"Anna Berg addressed the parliament on Monday. {open_mark}We are ready to talk,{close_mark} Berg said.")
    q = a.quote("We are ready")
    assert q.text == "We are ready to talk,"
    assert a.speaker(q) == "Anna Berg"
    assert q.speaker_text == "Berg" and q.attribution == "cue_subject"


def test_apostrophes_are_not_single_quotes():
    a = analyse("Anna Berg’s office said the minister’s plan was ready. Berg didn't comment.")
    assert [q for q in a.quotes if q.kind == "direct"] == []


# ---- cue before the quote -------------------------------------------------------------------


def test_speaker_before_quote_with_colon():
    a = analyse("Minister Clara Vogt said: “The border will stay open.”")
    q = a.quote("The border")
    assert q.text == "The border will stay open."
    assert a.speaker(q) == "Clara Vogt" and q.attribution == "cue_subject"
    assert not q.is_fragment


def test_speaker_before_quote_told_reporters():
    a = analyse("Clara Vogt told reporters, “The border will stay open.”")
    q = a.quote("The border")
    assert a.speaker(q) == "Clara Vogt"
    assert q.cue == "told reporters"


def test_speech_verb_of_an_earlier_clause_is_not_the_cue():
    # 'said' belongs to the officials' clause; the quoted term is the ministry's demand, and with
    # no speech verb of its own it is a term (a fragment with no speaker), so not emitted.
    a = analyse(
        "As analysts began to question what they said was a buildup of troops, "
        "the Ruritanian ministry sent a letter about “border security”."
    )
    assert [q.text for q in a.quotes if q.kind == "direct"] == []


# ---- split and multi-paragraph quotes -------------------------------------------------------


def test_quote_split_by_its_attribution():
    a = analyse("“The talks are finished,” Clara Vogt said, “and we will go home tomorrow.”")
    first, second = a.quote("The talks"), a.quote("and we will")
    assert first.text == "The talks are finished,"
    assert second.text == "and we will go home tomorrow."
    assert first.group_start is None
    assert second.group_start == first.start
    assert a.speaker(first) == a.speaker(second) == "Clara Vogt"
    assert first.attribution == "cue_subject" and second.attribution == "split"


def test_question_split_by_inverted_nominal_attribution():
    a = analyse("“On the question of energy,” asked one reporter, “why should anyone trust the ministry?”")
    first, second = a.quote("On the question"), a.quote("why should")
    assert second.group_start == first.start
    assert first.speaker_entity is None and second.speaker_entity is None
    assert first.speaker_text == second.speaker_text == "one reporter"
    assert first.attribution == "unnamed"


def test_quote_over_paragraphs_with_attribution_in_first_paragraph():
    a = analyse(
        "Clara Vogt said on Tuesday: “We have tried everything to reach a deal.\n\n"
        "“Nobody can say that we did not try.”"
    )
    first, second = a.quote("We have tried"), a.quote("Nobody can")
    assert (first.paragraph_index, second.paragraph_index) == (0, 1)
    assert a.speaker(first) == a.speaker(second) == "Clara Vogt"
    assert second.group_start == first.start
    assert second.attribution == "carryover"


def test_quote_over_paragraphs_with_attribution_in_last_paragraph():
    a = analyse(
        "Clara Vogt spoke at length on Tuesday. “We have tried everything to reach a deal.\n\n"
        "“Nobody can say that we did not try,” she said."
    )
    first, second = a.quote("We have tried"), a.quote("Nobody can")
    assert first.text == "We have tried everything to reach a deal."
    assert a.speaker(first) == a.speaker(second) == "Clara Vogt"
    assert second.group_start == first.start
    assert first.attribution == second.attribution == "pronoun"


# ---- unbalanced marks -----------------------------------------------------------------------


def test_closing_mark_without_opening_mark():
    a = analyse(
        "The minister was asked about the deal on Tuesday.\n\n"
        "We have tried everything to reach a deal,” Clara Vogt said."
    )
    q = a.quote("We have tried")
    assert q.text == "We have tried everything to reach a deal,"
    assert q.paragraph_index == 1
    assert a.speaker(q) == "Clara Vogt"
    assert q.confidence < 0.9  # unbalanced marks lower the confidence


def test_opening_mark_without_closing_mark():
    a = analyse("Clara Vogt spoke in Geneva on Tuesday and said: “We have tried everything to reach a deal.")
    q = a.quote("We have tried")
    assert q.text == "We have tried everything to reach a deal."
    assert a.speaker(q) == "Clara Vogt"


# ---- headlines, fragments, scare quotes -----------------------------------------------------


def test_quote_in_headline():
    a = analyse("“We will never surrender,” says Clara Vogt\n\nThe Ruritanian minister spoke in Geneva on Tuesday.")
    q = a.quote("We will never")
    assert q.paragraph_index == 0
    assert q.text == "We will never surrender,"
    assert a.speaker(q) == "Clara Vogt" and q.cue == "says"


def test_fragment_has_speaker_and_flag():
    a = analyse("Minister Clara Vogt warned of a “complete collapse” of the talks.")
    q = a.quote("complete collapse")
    assert q.is_fragment
    assert a.speaker(q) == "Clara Vogt"
    assert q.cue == "warned"


def test_fragment_after_threatened():
    a = analyse("Minister Clara Vogt has threatened “serious consequences” if the border stays closed.")
    q = a.quote("serious consequences")
    assert q.is_fragment and a.speaker(q) == "Clara Vogt"


def test_scare_quotes_without_speaker_are_not_emitted():
    a = analyse("The so-called “peace dividend” was never paid.")
    assert a.quotes == []


# ---- pronouns, carry-over -------------------------------------------------------------------


def test_pronoun_resolves_to_previous_subject():
    a = analyse("Anna Berg arrived in Vienna on Monday. “We came to listen,” she said.")
    q = a.quote("We came")
    assert a.speaker(q) == "Anna Berg"
    assert q.speaker_text == "she" and q.attribution == "pronoun"


@pytest.mark.parametrize(
    "first_sentence",
    [
        "Anna Berg met Peter Holm’s deputy on Monday.",  # distractor as a possessor
        "Anna Berg met with Peter Holm in Vienna on Monday.",  # distractor as an object
        "Anna Berg, who was invited by Peter Holm, arrived on Monday.",  # distractor in a clause
    ],
)
def test_pronoun_skips_non_subject_person(first_sentence):
    a = analyse(f"{first_sentence} “We came to listen,” she said.")
    q = a.quote("We came")
    assert a.speaker(q) == "Anna Berg"
    assert q.attribution == "pronoun"


def test_unattributed_quote_in_next_paragraph_is_carried_over():
    a = analyse(
        "Anna Berg met with Peter Holm in Vienna on Monday. “We came to listen,” she said.\n\n"
        "“We will return next month with a new offer.”"
    )
    q = a.quote("We will return")
    assert q.paragraph_index == 1
    assert a.speaker(q) == "Anna Berg"
    assert q.attribution == "carryover"
    assert q.group_start is None  # a new quotation, not a continuation


def test_second_quote_in_same_paragraph_is_carried_over():
    a = analyse("“The decision is final,” Clara Vogt said. “We will not change it.”")
    first, second = a.quote("The decision"), a.quote("We will not")
    assert a.speaker(second) == "Clara Vogt" == a.speaker(first)
    assert second.attribution == "carryover"


# ---- organisations, unnamed sources, according to -------------------------------------------


def test_organisation_as_speaker():
    a = analyse("“The decision is final,” the Ruritanian Foreign Ministry said.")
    q = a.quote("The decision")
    assert a.speaker(q) == "Ruritanian Foreign Ministry"
    assert a.entities[q.speaker_entity].type == "ORG"
    assert q.attribution == "cue_subject"


def test_unnamed_source_stays_unnamed():
    a = analyse(
        "“The decision is final,” a senior Ruritanian official said.\n\n"
        "“There is no room for compromise,” the official said."
    )
    first, later = a.quote("The decision"), a.quote("There is no room")
    assert first.speaker_entity is None
    assert first.speaker_text == "a senior Ruritanian official"
    assert first.attribution == "unnamed"
    assert later.speaker_entity is None
    assert later.speaker_text == "the official"
    assert later.attribution == "unnamed"


def test_according_to():
    a = analyse("“The talks will continue in March,” according to Clara Vogt.")
    q = a.quote("The talks")
    assert a.speaker(q) == "Clara Vogt"
    assert q.attribution == "according_to" and q.cue == "according to"


def test_according_to_beats_an_adjectival_participle():
    # 'written' modifies 'statement'; it is not a speech verb with a subject of its own.
    a = analyse("According to Clara Vogt’s written statement, the ministry “will review every contract.”")
    q = a.quote("will review")
    assert q.is_fragment
    assert a.speaker(q) == "Clara Vogt"
    assert q.attribution == "according_to"


# ---- indirect quotes and relative pronouns --------------------------------------------------


def test_indirect_quote():
    a = analyse("Clara Vogt said that the talks would continue next week.")
    (q,) = a.quotes
    assert q.kind == "indirect"
    assert q.text == "the talks would continue next week"
    assert a.speaker(q) == "Clara Vogt"
    assert not q.is_fragment


def test_indirect_quote_with_the_cue_after_the_content():
    a = analyse("Clara Vogt met the union on Monday. The budget for the new port is far too small, Vogt said.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.text == "The budget for the new port is far too small"
    assert a.speaker(q) == "Clara Vogt"


def test_indirect_quote_with_a_parenthetical_cue_runs_over_both_parts():
    # 'Too often' is part of what Ek said: the content is both sides of the cue.
    a = analyse("Hans Ek spoke to reporters. Too often, Ek said, the harbour debate is decided by a few shipping firms.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.text == "Too often, Ek said, the harbour debate is decided by a few shipping firms"
    assert a.speaker(q) == "Hans Ek"


def test_indirect_quote_introduced_by_according_to():
    a = analyse("According to the Ruritanian Port Authority, the ferry lost money for three years.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "the ferry lost money for three years"
    assert q.attribution == "according_to" and q.cue == "according to"


@pytest.mark.parametrize("verb", ["believes", "emphasized", "estimates", "found"])
def test_indirect_quote_with_a_verb_of_belief_or_finding(verb):
    a = analyse(f"Anne Lind {verb} that the new tunnel would cost twice as much as planned.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "the new tunnel would cost twice as much as planned"
    assert a.speaker(q) == "Anne Lind"


def test_indirect_quote_stops_before_the_sources_next_speech_act():
    a = analyse("Clara Vogt said the bridge would reopen before the school holidays and warned that the buses would be late.")
    q = next(q for q in a.quotes if q.kind == "indirect" and q.text.startswith("the bridge"))
    assert q.text == "the bridge would reopen before the school holidays"


def test_no_indirect_quote_without_a_clause():
    a = analyse("Clara Vogt said nothing about the port. Hans Ek believes in the project.")
    assert not [q for q in a.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("sentence, content", [
    ("Clara Vogt vowed to reopen the northern border crossing by March.", "to reopen the northern border crossing by March"),
    ("Clara Vogt plans to visit the harbour on Sunday.", "to visit the harbour on Sunday"),
    ("Hans Ek urged the port authority to publish its accounts.", "the port authority to publish its accounts"),
])
def test_indirect_quote_with_an_infinitive(sentence, content):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content
    assert a.speaker(q) in {"Clara Vogt", "Hans Ek"}


@pytest.mark.parametrize("sentence, content", [
    ("Anne Lind denied the report about the harbour contract.", "the report about the harbour contract"),
    ("Anne Lind criticised the ministry for its slow response to the flood.", "the ministry for its slow response to the flood"),
    ("Hans Ek called the tunnel plan a costly mistake.", "the tunnel plan a costly mistake"),
    ("Clara Vogt called for an independent inquiry into the ferry accident.", "an independent inquiry into the ferry accident"),
])
def test_indirect_quote_with_an_object(sentence, content):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content
    assert q.attribution == "cue_subject"


@pytest.mark.parametrize("sentence", [
    "Anne Lind praised the harbour director, Hans Ek.",  # the object only names someone
    "Hans Ek called the meeting of the port council for Monday morning.",  # naming without a predicate
])
def test_no_indirect_quote_from_an_object_that_is_no_statement(sentence):
    a = analyse(sentence)
    assert not [q for q in a.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The dockworkers' union endorsed Hans Ek.", "Hans Ek", "union"),  # a stance towards a person
    ("Clara Vogt opposes the new toll on the northern tunnel.", "the new toll on the northern tunnel", "Clara Vogt"),
    ("Anne Lind has attacked the ferry company for its late sailings.", "the ferry company for its late sailings", "Anne Lind"),
])
def test_indirect_quote_with_a_verb_of_stance(sentence, content, speaker):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content
    assert speaker in (a.speaker(q) or q.speaker_text or "")


@pytest.mark.parametrize("sentence, content", [
    ("Anne Lind denied the report.", "the report"),  # a short object is still what was denied
    ("Hans Ek discussed the budget of the port authority with the mayor.", "the budget of the port authority"),
    ("Clara Vogt noted the delays at the harbour.", "the delays at the harbour"),
    ("Hans Ek dodged the question about the harbour contract.", "the question about the harbour contract"),  # evading a matter
])
def test_indirect_quote_with_a_short_or_discussed_object(sentence, content):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content


@pytest.mark.parametrize("sentence, content", [
    ("Clara Vogt asked whether the ferry would sail on Sunday.", "whether the ferry would sail on Sunday"),  # an indirect question
    ("Hans Ek appeared to blame the harbour staff for the delay.", "to blame the harbour staff for the delay"),
    ("Anne Lind proposed dropping the toll on the northern tunnel.", "dropping the toll on the northern tunnel"),  # a gerund
    ("Hans Ek claimed victory in the port council vote.", "victory in the port council vote"),
])
def test_indirect_quote_with_a_question_an_appearance_a_gerund_or_a_claimed_object(sentence, content):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content
    assert a.speaker(q) in {"Clara Vogt", "Hans Ek", "Anne Lind"}


@pytest.mark.parametrize("sentence", [
    "The storm seems to be weakening over the northern coast.",  # appearance of a thing: nobody's view
    "The harbour appears to have been flooded overnight.",
    "Hans Ek stopped paying the port fees.",  # a gerund after a verb that reports nothing
])
def test_no_indirect_quote_from_an_appearance_without_a_source(sentence):
    a = analyse(sentence)
    assert not [q for q in a.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("sentence, content", [
    ("Hans Ek bristled at the ruling of the harbour court.", "the ruling of the harbour court"),
    ("Clara Vogt disagreed with the council's decision on the toll.", "the council's decision on the toll"),
])
def test_indirect_quote_with_a_preposition_of_attitude(sentence, content):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content
    assert a.speaker(q) in {"Hans Ek", "Clara Vogt"}


@pytest.mark.parametrize("sentence, content", [
    ("Clara Vogt is worried that the ferry will be late again.", "the ferry will be late again"),
    ("Hans Ek has been highly critical of the new harbour toll.", "the new harbour toll"),
])
def test_indirect_quote_with_an_adjective_of_attitude(sentence, content):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content
    assert a.speaker(q) in {"Hans Ek", "Clara Vogt"}


@pytest.mark.parametrize("sentence", [
    "Anne Lind was subsequently determined to own the stolen boat.",  # a passive finding, no attitude
    "Hans Ek is worried about it.",  # a pronoun names no content
])
def test_no_indirect_quote_from_an_adjective_without_content(sentence):
    a = analyse(sentence)
    assert not [q for q in a.quotes if q.kind == "indirect"]


def test_indirect_quote_stops_before_the_whole_of_the_sources_next_act():
    # the content ends before 'even as she insisted', not after 'even as she'
    a = analyse("Clara Vogt said the port would open in May, even as she insisted that the ferries were late.")
    q = next(q for q in a.quotes if q.kind == "indirect" and q.text.startswith("the port"))
    assert q.text == "the port would open in May"


@pytest.mark.parametrize("sentence, content", [
    # the parser hangs the object's modifiers on the verb; they belong to what was cited
    ("Clara Vogt described rude behavior by the ferry crew during the storm.", "rude behavior by the ferry crew during the storm"),
    # ... up to a comma and a clause of the writer's own
    ("After two nights of looting, Anne Lind confirmed a curfew in the harbour district because of the unrest, "
     "and buses stopped running at dusk.",
     "a curfew in the harbour district because of the unrest"),
])
def test_indirect_quote_object_keeps_the_modifiers_the_parser_hangs_on_the_verb(sentence, content):
    a = analyse(sentence)
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == content


def test_indirect_quote_from_a_noun_with_its_source():
    a = analyse("Hans Ek's claim that the ferry was overloaded angered the union.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "the ferry was overloaded"
    assert a.speaker(q) == "Hans Ek"


def test_indirect_quote_from_a_passive_with_its_agent():
    a = analyse("The secret harbour deal was first reported by the Ruritanian Herald.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "The secret harbour deal"
    assert "Herald" in (q.speaker_text or "")


@pytest.mark.parametrize("sentence", [
    "It was reported that the ferry had sunk near the northern pier.",  # a passive names no source
    "Why did Hans Ek agree to sell the ferry company last year?",  # a question asserts nothing
    "If Anne Lind wants to win the harbour vote, she must change course.",  # nor does a condition
])
def test_no_indirect_quote_without_an_asserting_source(sentence):
    a = analyse(sentence)
    assert not [q for q in a.quotes if q.kind == "indirect"]


def test_an_attribution_inside_another_is_part_of_its_content():
    a = analyse("Clara Vogt said the minister plans to close the old port next year.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "the minister plans to close the old port next year"
    assert a.speaker(q) == "Clara Vogt"


def test_indirect_quote_stops_before_a_participle_of_the_sources_own():
    a = analyse("Clara Vogt said the port would open in March, adding that the ferries would be late.")
    texts = sorted(q.text for q in a.quotes if q.kind == "indirect")
    assert texts == ["the ferries would be late", "the port would open in March"]


def test_parenthetical_cue_after_the_subject_keeps_the_whole_statement():
    a = analyse("Clara Vogt visited the site on Monday. The new tunnel, Vogt said, would open next year.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.text == "The new tunnel, Vogt said, would open next year"
    assert a.speaker(q) == "Clara Vogt"


def test_indirect_quote_with_according_to_at_the_end():
    a = analyse("The ferry lost money for three years, according to the Ruritanian Port Authority.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "The ferry lost money for three years"
    assert q.attribution == "according_to"


def test_indirect_quote_without_the_writers_aside():
    a = analyse("Clara Vogt said the contract went to Hans Ek, who also built the old bridge.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "the contract went to Hans Ek"


def test_relative_pronoun_speaker():
    a = analyse("The plan was rejected by the union leader, Hans Ek, who later said the plan was dead.")
    (q,) = a.quotes
    assert q.kind == "indirect"
    assert q.text == "the plan was dead"
    assert a.speaker(q) == "Hans Ek"


def test_relative_pronoun_speaker_of_direct_quote():
    a = analyse("The plan was rejected by the union leader, Hans Ek, who later said: “The plan is dead.”")
    q = a.quote("The plan is dead")
    assert q.kind == "direct"
    assert a.speaker(q) == "Hans Ek"


def test_participle_modifying_its_source():
    a = analyse("The Ruritanian Foreign Ministry issued a statement saying the border was “closed for good.”")
    q = a.quote("closed for good")
    assert q.is_fragment
    # The participle's source is the statement, and a statement speaks for whoever issued it
    # (docs/gold-quotes.md, "Documents"): the subject of 'issued'.
    assert a.entities[q.speaker_entity].name == "Ruritanian Foreign Ministry"
    assert q.attribution == "cue_subject"


def test_every_quote_text_matches_its_offsets():
    a = analyse(
        "“We will never surrender,” says Clara Vogt\n\n"
        "Clara Vogt said on Tuesday: “We have tried everything.\n\n"
        "“Nobody can say we did not try,” she added, “and nobody will.”"
    )
    assert a.quotes
    for q in a.quotes:
        assert a.text[q.start : q.end] == q.text


# ---- speech nouns ---------------------------------------------------------------------------


def test_term_from_a_possessed_speech_noun():
    a = analyse(
        "Clara Vogt spoke in Geneva on Monday. She did not withdraw her earlier threat "
        "to impose “punitive tariffs” on the port."
    )
    q = a.quote("punitive tariffs")
    assert q.is_fragment
    assert a.speaker(q) == "Clara Vogt"
    assert q.cue == "threat"


def test_term_from_a_speech_act_the_subject_makes():
    a = analyse("Last month the Ruritanian Foreign Ministry issued formal demands for “border guarantees”.")
    q = a.quote("border guarantees")
    assert q.is_fragment
    assert a.speaker(q) == "Ruritanian Foreign Ministry"
    assert q.cue == "demands"


def test_term_in_a_definite_speech_noun_object_is_not_credited_to_the_subject():
    # Clara Vogt rejects the demands; she did not make them, so the term has no speaker.
    a = analyse("Clara Vogt rejected the demands for “border guarantees” on Monday.")
    assert [q for q in a.quotes if q.kind == "direct"] == []


def test_a_dateline_is_not_the_speaker():
    a = analyse("OSLO — Minister Anne Lind said on Monday that the talks would continue until spring.")
    (q,) = a.quotes
    assert a.speaker(q) == "Anne Lind"
    assert q.text == "the talks would continue until spring"


def test_a_possessed_group_noun_does_not_interrupt_the_pronoun_chain():
    a = analyse("Minister Anne Lind said that her government did not want a conflict, "
                "even as she insisted that the border talks must go on.")
    q = a.quote("the border talks")
    assert q.kind == "indirect" and a.speaker(q) == "Anne Lind" and q.attribution == "pronoun"


# ---- the confidence table -------------------------------------------------------------------


def test_every_attribution_has_a_confidence():
    from structnews.build.extract.quotes import CONFIDENCE
    from structnews.schema.quotes import Attribution

    assert set(CONFIDENCE) == set(Attribution)
    assert all(0 < c <= 1 for c in CONFIDENCE.values())


# ---- speakers from the layout and from the paragraph ------------------------------------------


def test_transcript_label_names_the_speaker():
    a = analyse("Host Mark Ridley questioned Governor Anne Lind on Sunday.\n\n"
                "\"RIDLEY: Let us start with the budget. Will the port open this year?\n\n"
                "\"LIND: The port will open in June, and the ferries with it.")
    q = a.quote("RIDLEY: Let us")
    assert a.speaker(q) == "Mark Ridley" and q.attribution == "layout"
    assert a.speaker(a.quote("LIND: The port")) == "Anne Lind"


def test_list_label_before_the_quote():
    a = analyse("We asked voters in Harlow what they expect.\n\n"
                "Anna Berg, 34, teacher: “I want the ferry back before winter.”\n\n"
                "Tom Reyes, retired: “Nobody listens to us out here.”")
    assert a.speaker(a.quote("I want the ferry")) == "Anna Berg"
    q = a.quote("Nobody listens")
    assert a.speaker(q) == "Tom Reyes" and q.attribution == "layout"


def test_dash_credit_after_the_quote():
    a = analyse("Readers sent us their views on the new port.\n\n"
                "“The port will bring jobs, but only if the ferries run on time.” ― Hans Ek\n\n"
                "“I have waited ten years for this bridge.” — Clara Vogt, Harlow")
    assert a.speaker(a.quote("The port will bring")) == "Hans Ek"
    assert a.speaker(a.quote("I have waited")) == "Clara Vogt"


def test_dash_credit_with_a_middle_initial_on_single_line_paragraphs():
    # An initial's full stop is no sentence end: without that, every credit with a middle initial
    # fell back to the previous line's speaker.
    a = analyse("Readers told us what they think of the mayor.\n"
                "“He has ruined the harbour.” ― Carlos Ruiz\n"
                "“The most careless mayor we ever had.” ― Hana P. Kovac\n"
                "“No plan, no money, no vision at all.” ― Tomas R. Beck")
    assert a.speaker(a.quote("He has ruined")) == "Carlos Ruiz"
    q = a.quote("The most careless")
    assert a.speaker(q) == "Hana P. Kovac" and q.attribution == "layout"
    assert a.speaker(a.quote("No plan")) == "Tomas R. Beck"


def test_a_person_the_paragraph_introduces_beats_carrying_over_the_last_speaker():
    a = analyse("“The budget is fine,” said Clara Vogt, the finance minister.\n\n"
                "Hans Ek, who leads the opposition, was blunter. “This budget will sink the port.”")
    q = a.quote("This budget will sink")
    assert a.speaker(q) == "Hans Ek" and q.attribution == "salient"


def test_carry_over_still_applies_when_no_one_new_is_introduced():
    a = analyse("“The budget is fine,” said Clara Vogt, the finance minister.\n\n"
                "“We will not raise taxes this year.”")
    q = a.quote("We will not raise")
    assert a.speaker(q) == "Clara Vogt" and q.attribution == "carryover"


def test_a_statement_speaks_for_whoever_issued_it():
    a = analyse("A statement from the Ruritanian Foreign Ministry said the border would stay “closed until further notice.”")
    q = a.quote("closed until further notice")
    assert a.speaker(q) == "Ruritanian Foreign Ministry"


def test_a_bodys_part_speaks_for_the_body():
    a = analyse("Ruritania's military said on Tuesday it would not “stand by while the border burns.”")
    q = a.quote("stand by while")
    assert a.speaker(q) == "Ruritania"


def test_a_document_without_an_issuer_stays_unnamed():
    a = analyse("A written statement said the talks would resume “as soon as possible.”")
    q = a.quote("as soon as possible")
    assert q.speaker_entity is None and q.attribution == "unnamed"


def test_the_document_introduced_earlier_speaks_for_who_released_it():
    a = analyse("The Vogt campaign released a new ad on Monday in three states.\n\n"
                "The ad says the port plan is “a gift to the shipping lobby.”")
    q = a.quote("a gift to the shipping lobby")
    assert a.speaker(q) in {"Vogt", "Vogt campaign"}


def test_a_capital_that_speaks_is_its_country_when_the_article_names_it():
    a = analyse("China and Japan met in Geneva. Beijing said it would “not stand idly by.”")
    q = a.quote("not stand idly by")
    assert a.speaker(q) == "China" and q.speaker_text == "Beijing"


def test_a_capital_stays_itself_when_the_country_is_not_in_the_article():
    a = analyse("Officials met in Geneva. Beijing said it would “not stand idly by.”")
    assert a.speaker(a.quote("not stand idly by")) == "Beijing"


@pytest.mark.parametrize("text", [
    'Clara Vogt spoke on Monday. In an interview on the broadcaster\'s "Meet the Nation," Vogt said the talks had failed. '
    '"We will not give up," Vogt said.',
    'In her 2019 book, "The Long Road to Geneva," Anna Berg described the talks. "It was hard," she said.',
])
def test_a_title_in_quotation_marks_is_not_a_quote(text):
    # The name of a show or a book in quotation marks is nobody's words, even beside a speech verb.
    a = analyse(text)
    direct = [q.text for q in a.quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0] in {"We will not give up,", "It was hard,"}


def test_a_person_in_the_previous_quotes_attribution_sentence_does_not_take_the_next_quote():
    # 'where Ms. Berg also spoke' belongs to the sentence that attributes the first quote; the
    # second quote goes on with its speaker.
    a = analyse("The minister spoke at length. “Tolerance is on the ballot,” Mr. Vogt said on Saturday at the gala "
                "dinner in Geneva, where Ms. Berg also spoke. “Democracy is on the ballot.”")
    assert a.speaker(a.quote("Democracy is on the ballot")) == "Vogt"


def test_the_subject_of_a_speech_verb_introduces_the_quote_rather_than_a_later_subject():
    a = analyse("Committee chairman Karl Bauer said after Otto Lind failed to appear at the second hearing he was "
                "called to. “Mr. Lind is a crucial witness in this inquiry.”")
    assert a.speaker(a.quote("Mr. Lind is a crucial witness")) == "Karl Bauer"


def test_a_name_modifying_an_apposition_is_not_the_subject():
    # 'a former Otto Lind cabinet aide': Lind modifies the speaker's apposition, he is
    # nobody's subject, so he does not take the next quote.
    a = analyse("“The union has been handing out leaflets at the gates,” said Karl Bauer, a former Otto Lind cabinet "
                "aide. “What mattered most was to keep the dockers on our side.”")
    assert a.speaker(a.quote("What mattered most")) == "Karl Bauer"


@pytest.mark.parametrize("verb", ["boasted", "exclaimed", "scoffed"])
def test_more_verbs_of_speech_attribute_a_quote(verb):
    a = analyse(f"Otto Lind spoke to reporters on Monday.\n\n“We won every district that mattered,” Lind {verb}.")
    assert a.speaker(a.quote("We won every district")) == "Otto Lind"


@pytest.mark.parametrize("open_mark, close_mark", [("“", "”"), ('"', '"')])
def test_a_word_of_the_quotation_is_not_the_subject_of_the_cue_after_it(open_mark, close_mark):
    # The parser may take the last words of a two-sentence quotation ('Total denial') for the
    # subject of the inverted cue after it; the speaker is the name after the verb.
    a = analyse(f"Voters are worried.\n\n{open_mark}The council is in denial. Total denial,{close_mark} said Karl Bauer, "
                "a Molvania-based chair of the Commuters League.")
    assert a.speaker(a.quote("The council is in denial")) == "Karl Bauer"


def test_a_subject_before_an_opening_mark_still_speaks_a_partial_quote():
    # An opening mark between subject and verb ('She had "run out of patience" and told') is not the
    # end of a quotation: the subject stays, and the partial quote with it.
    a = analyse('Harbour master Lena Holt was blunt on Friday. She had "run out of patience" and told the skippers '
                'to stay away from the reef.')
    assert a.quote("run out of patience").speaker_text == "She"


@pytest.mark.parametrize("text, speaker", [
    # a role noun stands for the titles it covers ('leader': president, prime minister, ...)
    ("Ruritanian President Otto Lind met envoys on Monday. The talks went badly.\n\n"
     "“We will not retreat,” the Ruritanian leader said.", "Otto Lind"),
    # the nationality before the role picks the person introduced with it, not the last president
    ("Ruritanian President Otto Lind met Molvanian President Karl Bauer on Monday.\n\n"
     "“We will not retreat,” the Ruritanian leader said.", "Otto Lind"),
    ("Molvanian President Karl Bauer met Ruritanian President Otto Lind on Monday.\n\n"
     "“We will not retreat,” the Molvanian leader said.", "Karl Bauer"),
])
def test_a_role_description_is_the_person_holding_a_title_it_covers(text, speaker):
    a = analyse(text)
    q = a.quote("We will not retreat")
    assert a.speaker(q) == speaker and q.attribution == "nominal"


@pytest.mark.parametrize("noun, verb", [("newspaper", "said"), ("daily", "wrote")])
def test_the_newspaper_is_the_publication_last_named_reporting(noun, verb):
    a = analyse(f"The Daily Courier reported on Monday that talks had stalled.\n\n“The envoys left without a deal,” the {noun} {verb}.")
    assert a.speaker(a.quote("The envoys left")) == "Daily Courier"


def test_the_newspaper_with_no_publication_named_stays_unnamed():
    a = analyse("Talks stalled on Monday.\n\n“The envoys left without a deal,” the newspaper said.")
    q = a.quote("The envoys left")
    assert a.speaker(q) is None and q.speaker_text == "the newspaper" and q.attribution == "unnamed"


def test_a_document_that_reads_speaks_for_its_issuer():
    a = analyse("Molvania protested on Monday. A Molvanian Foreign Ministry statement read: “We call for calm.”")
    q = a.quote("We call for calm")
    assert a.speaker(q) == "Foreign Ministry" and q.cue == "read"


def test_a_person_reading_is_no_cue_of_its_own():
    # 'read' introduces words only with a document as its subject.
    from structnews.build.extract import nlp
    from structnews.build.extract.quotes.cues import is_cue
    doc = nlp.load()("Otto Lind read the letter on Monday. The statement read as follows.")
    reads = [t for t in doc if t.lower_ == "read"]
    assert [is_cue(t) for t in reads] == [False, True]


@pytest.mark.parametrize("after", [
    "So said Otto Lind, the Ruritanian president, after the meeting.",
    "That was the message from Otto Lind, the Ruritanian president, on Monday.",
    "Those were the words of Otto Lind after the meeting.",
])
def test_a_speaker_named_by_the_next_paragraph_looking_back(after):
    a = analyse(f"Talks broke down on Monday.\n\n“We will not retreat. Not one step.”\n\n{after}")
    q = a.quote("We will not retreat")
    assert a.speaker(q) == "Otto Lind" and q.attribution == "following"


def test_a_next_paragraph_that_only_mentions_someone_speaking_names_no_speaker():
    a = analyse("Talks broke down on Monday.\n\n“We will not retreat. Not one step.”\n\n"
                "That gap between what Otto Lind says and what he does is wide.")
    assert a.quote("We will not retreat").attribution == "none"


def test_a_plural_description_is_not_one_titled_person():
    a = analyse("Foreign Minister Anna Berg met Foreign Minister Karl Bauer in Geneva on Friday.\n\n"
                "The two top diplomats said they would speak again next week.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert a.speaker(q) is None and q.attribution == "unnamed"


# ---- lead-ins, inverted cues and subjects the parser misplaces -------------------------------


def test_a_paragraph_ending_in_a_colon_introduces_the_quoted_block_below_it():
    a = analyse("The minister spoke at length on Monday. Clara Vogt said:\n\n"
                "“For young people who have left school, the jobs are not there.”\n\n"
                "The Ruritanian Times reports:\n\n"
                "\"In a sign of the lack of support for the plan, the ministry has cut its budget twice.\n\n"
                "\"Without this money, the port cannot open on time.\"\n\n"
                "On March 3, Tom Reyes made the following comment:\n\n"
                "“Nobody listens to us out here.”")
    q = a.quote("For young people")
    assert a.speaker(q) == "Clara Vogt" and q.attribution == "cue_subject"
    assert a.speaker(a.quote("In a sign")) == "Ruritanian Times"
    assert a.speaker(a.quote("Without this money")) == "Ruritanian Times"  # the block's next paragraph
    q = a.quote("Nobody listens")
    assert a.speaker(q) == "Tom Reyes" and q.attribution == "layout"


def test_a_colon_paragraph_without_a_named_subject_gives_no_speaker():
    a = analyse("The reasons are as follows:\n\n“The port is too small for the new ships.”")
    q = a.quote("The port is too small")
    assert q.speaker_entity is None and q.attribution != "layout"


def test_inverted_lead_in_said_name_colon():
    a = analyse("Ann Lind has said little about the rail link. Critics call her budget vague. "
                "Said Ellis: “I doubt she has even read the rail study.”")
    q = a.quote("I doubt she has")
    assert a.speaker(q) == "Ellis" and q.attribution == "cue_subject"


def test_cue_right_before_the_quote_beats_an_earlier_clause():
    # The parser hangs the quote on the first clause's 'noted'; the verb right before it is its cue.
    a = analyse("When reporters noted that Vogt has not lost a single case in court ― as was clear from the files "
                "that were made public ― Vogt boasted, “That makes me careful.”")
    q = a.quote("That makes me careful")
    assert a.speaker(q) == "Vogt" and q.cue == "boasted"


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):
    """A hand-built parse: the parser's mistakes these rules repair, independent of the model."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_words_between_a_closing_mark_and_said_are_its_subject_whatever_the_parse():
    from structnews.build.extract.quotes.cues import subject_of

    # '“We will win,” Harlow police Chief Tom Reyes said Monday.' with 'said' parsed as a conjunct
    # of the quotation's verb: the quotation's 'We' is not the speaker.
    doc = _parsed(["“", "We", "will", "win", ",", "”", "Harlow", "police", "Chief", "Tom", "Reyes", "said", "Monday", "."],
                  [3, 3, 3, 3, 3, 3, 3, 8, 6, 10, 8, 3, 11, 3],
                  ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "dep", "compound", "dobj", "compound", "appos",
                   "conj", "npadvmod", "punct"],
                  ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "NOUN", "PROPN", "PROPN", "PROPN",
                   "VERB", "PROPN", "PUNCT"])
    subj = subject_of(doc[11])
    assert subj is not None and subj.text == "Harlow" and doc[10] in list(subj.subtree)


def test_a_quoted_title_after_said_and_a_dash_are_no_subjects():
    from structnews.build.extract.quotes.cues import subject_of

    # '“…,” Berg said on “Good Morning.”' with 'Good' parsed as the subject of 'said'.
    doc = _parsed(["“", "Yes", ",", "”", "Berg", "said", "on", "“", "Good", "Morning", ".", "”"],
                  [1, 5, 1, 1, 5, 5, 5, 5, 9, 5, 5, 5],
                  ["punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "prep", "punct", "compound", "nsubj", "punct", "punct"],
                  ["PUNCT", "INTJ", "PUNCT", "PUNCT", "PROPN", "VERB", "ADP", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT"])
    assert subject_of(doc[5]).text == "Berg"
    doc = _parsed(["public", "―", "Vogt", "boasted", ",", "“", "Fine", ".", "”"],
                  [1, 3, 3, 3, 3, 3, 3, 3, 3],
                  ["amod", "nsubj", "nsubj", "ROOT", "punct", "punct", "ccomp", "punct", "punct"],
                  ["ADJ", "PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "INTJ", "PUNCT", "PUNCT"])
    assert subject_of(doc[3]).text == "Vogt"


def test_a_nickname_inside_a_name_is_no_quote():
    a = analyse('"We are ready," Robert "Bobby" Reyes, the mayor of Harlow, said on Monday. '
                'Robert "Bobby" Reyes said: "The port opens in May."')
    assert [q.text for q in a.quotes if q.kind == "direct"] == ["We are ready,", "The port opens in May."]
    assert all(a.speaker(q) == 'Robert "Bobby" Reyes' for q in a.quotes if q.kind == "direct")


def test_a_percentage_is_a_subject_and_a_dash_is_not():
    # '%' is punctuation to spaCy, but '95% of the voters' is who said it.
    a = analyse("More than 95% of the voters in the survey indicated they would vote for the port again.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.text == "they would vote for the port again" and "95%" in (q.speaker_text or "")


def test_a_programme_title_is_no_quote():
    a = analyse("Reyes, who sat for an interview this month on Mr. Berg's show, \"Politicking.\" Critics disagreed.\n\n"
                "'The Port Question.'\n\n"
                "“The port will open in May,” Lind told reporters, adding that she was “very confident.”")
    texts = [q.text for q in a.quotes if q.kind == "direct"]
    assert "Politicking." not in texts and "The Port Question." not in texts
    assert "The port will open in May," in texts  # a quotation in sentence case stays


def test_title_case_words_after_a_possessive_or_before_a_programme_noun_are_a_title():
    from structnews.build.extract.quotes.spans import title_case as _title_case

    assert _title_case("Keepin' It Real") and _title_case("Fox and Friends.") and _title_case("Morning Joe")
    assert not _title_case("We are ready to talk,") and not _title_case("the real rate is 51 percent.")


def test_a_paragraph_opening_with_a_closing_mark_opens_a_quote():
    # Scraped list pages sometimes type the opening mark as '”'.
    a = analyse("Readers told us what they think of the mayor.\n"
                "“He has ruined the harbour.” ― Carlos Ruiz\n"
                "”Anger. I am really angry that the port will close and the jobs will go.” ― Hana P. Kovac")
    q = a.quote("Anger. I am really angry")
    assert q.text == "Anger. I am really angry that the port will close and the jobs will go."
    assert a.speaker(q) == "Hana P. Kovac"
