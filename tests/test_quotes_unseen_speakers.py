"""Speaker errors found by reading the quotes extracted from unannotated Wikinews articles (a
helper judged 124 of them): 'according to' with a place before the name, a body's 'its' survey,
an occasion held while speaking, a clause hung on a subject as its adjective, a predicate quoted
inside somebody's report, and two spaces after a quotation's full stop. Names and places are
invented; each text was checked by hand and fails without its rule, except the guards, which say
what the rule must not do."""

from __future__ import annotations

from helpers_nlp import analyse
from structnews.build.extract import nlp


def test_according_to_a_place_and_a_title_before_a_name_is_the_name() -> None:
    # the parser hangs 'Vermark' on 'to' and the name on 'according' (as object or subject)
    a = analyse("According to Vermark Senator Carla Munro, \"the dam is one of forty such structures still in use.\"")
    assert a.speaker(a.direct("the dam is one")) == "Carla Munro"
    b = analyse("According to Vermark Senator Carla Munro, the dam is one of forty such structures still in use.")
    assert b.speaker(b.quote("the dam is one")) == "Carla Munro"


def test_according_to_two_sources_joined_by_and_keeps_the_first_phrase() -> None:
    # guard: 'police and Carla Munro' are two sources, not one phrase headed by the last word
    a = analyse("According to Vermark police and the mayor, \"the dam is one of forty such structures still in use.\"")
    assert a.direct("the dam is one").speaker_text != "the mayor"


def test_a_bodys_own_survey_speaks_for_the_body() -> None:
    a = analyse("The Riverton Courier reported on Sunday that the vote could be the town's last. According to its "
                "polling, roughly two-thirds of residents preferred a referendum.")
    assert a.speaker(a.quote("roughly two-thirds")) == "Riverton Courier"


def test_their_document_after_a_subject_that_is_no_body_is_not_the_bodys() -> None:
    # guard: 'their' goes with the ministers, the nearest subject, not with the paper before them
    a = analyse("The Riverton Courier reported on Sunday that the vote could be the town's last. The ministers met "
                "on Monday. Their statement said \"the talks went well\".")
    assert a.speaker(a.direct("the talks went well")) is None


def test_whoever_delivers_a_speech_declaring_something_says_it() -> None:
    a = analyse("The next day, Mayor Tilda Brenner delivered a speech declaring herself the \"mayor of safe streets.\"")
    assert a.speaker(a.direct("mayor of safe streets")) == "Tilda Brenner"
    b = analyse("Tilda Brenner gave a news conference on Friday saying \"we will not back down.\"")
    assert b.speaker(b.direct("we will not back down")) == "Tilda Brenner"


def test_a_clause_hung_on_a_subject_is_not_part_of_its_description() -> None:
    # the parser reads 'emptied' as an adjective of 'police', with its own subject
    a = analyse("The depot and nearby school were both emptied and local police urged people to stay indoors.")
    assert a.quote("people to stay indoors").speaker_text == "police"


def test_a_predicate_quoted_inside_a_report_is_the_reporters() -> None:
    # 'enjoys …' is a second predicate of the reported clause: Brenner's words about Hollis
    a = analyse("In the book, Hollis claims Brenner asked Ostland's president for help in the election, which "
                "Brenner denied. Brenner said Hollis flouted the rules and \"enjoys handing fines to people, and "
                "taxing them.\" Voters expressed dissatisfaction with Hollis.")
    assert a.direct("enjoys handing fines").speaker_text == "Brenner"


def test_two_spaces_after_a_quotations_full_stop_end_the_sentence() -> None:
    text = ("Brenner said Hollis flouted the rules and \"enjoys handing fines to people, and taxing them.\"  "
            "Democrats expressed dissatisfaction with Hollis over his unwillingness to testify.")
    doc = nlp.load()(text)
    assert text.index("Democrats") in [s.start_char for s in doc.sents]


def test_two_spaces_after_an_abbreviation_do_not_end_the_sentence() -> None:
    # guard: 'Dr.' is one token, no full stop of its own
    text = "The clinic was run by Dr.  Ivo Hollis for a decade."
    doc = nlp.load()(text)
    assert len(list(doc.sents)) == 1


def test_words_on_banners_and_placards_are_quoted_with_their_carriers_unnamed() -> None:
    a = analyse("Supporters marched in Varno displaying banners that read \"free the prisoners\" on Sunday.")
    assert a.direct("free the prisoners").speaker_text == "banners"
    b = analyse("Protesters waved placards reading \"no more cuts\" outside the Lenton parliament.")
    assert b.direct("no more cuts").speaker_entity is None


def test_reading_a_sign_aloud_quotes_nothing_of_the_signs() -> None:
    # guard: 'read' with a person as its subject is no document's or sign's words
    a = analyse("The mayor read the \"welcome to Varno\" sign aloud at the ceremony.")
    assert all(q.speaker_text != "sign" for q in a.quotes)
