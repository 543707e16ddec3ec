"""Direct quotes from documents and roles: who issued a statement, a ruling, a warning; who holds a
role written before their name (invented sentences).

A definite document with no issuer in its phrase speaks for the issuer of the same document
introduced just before, or else for the organisation last named acting before it; a possessor
of a document is its issuer even when it is no entity; and a document's 'read' the parser took
for a noun or a participle still introduces its words (docs/gold-quotes.md: documents are
credited to their author or organisation). 'The mayor of Harwick, Ann Lind,' makes Ann Lind
'the mayor' as 'Ann Lind, the mayor of Harwick,' would.
"""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_summary_that_reads_speaks_for_the_court_named_acting_before():
    # 'The judgment's summary read:' names a text the court issued: without the surface cue the
    # quote had no speaker at all.
    a = analyse("The Lenton Supreme Court ruled on Tuesday that the closure of the harbour was illegal. "
                "Judges heard the case for three days.\n\n"
                'The judgment\'s summary read: "The order to close the harbour broke the port statute."')
    q = a.direct("The order to close")
    assert a.speaker(q) == "Lenton Supreme Court" and q.attribution == "cue_subject"


def test_the_statement_speaks_for_the_company_not_the_person_quoted_before():
    a = analyse("The Lenton Rail Company cut services on Monday. Ann Lind, a union leader, called the move "
                '"a betrayal".\n\nThe statement said: "We regret the disruption to our passengers."')
    assert a.speaker(a.direct("a betrayal")) == "Ann Lind"
    assert a.speaker(a.direct("We regret")) == "Lenton Rail Company"


def test_a_warning_read_after_the_quote_is_not_the_last_speakers():
    # '“…”, read the warning': before, the quote was carried over to the mayor quoted just before.
    a = analyse("The Ostland Weather Service issued a red alert for the coast on Monday. Ann Lind, the mayor, "
                'said "We are ready."\n\nWinds are expected to reach 100 km/h. "Storm Ada will produce high waves '
                'and flooding along the shore", read the warning.')
    q = a.direct("Storm Ada will produce")
    assert a.speaker(q) != "Ann Lind" and q.attribution != "carryover"


def test_the_report_is_the_report_from_the_board_introduced_before():
    a = analyse("A 1990 report from the Lenton Safety Board described the crash. "
                'The report said "the pilot acted correctly".')
    assert a.speaker(a.direct("the pilot acted")) == "Lenton Safety Board"


def test_the_statement_is_the_one_the_governor_made_in_the_sentence_before():
    a = analyse("On Sunday, Governor Ann Lind, in a statement, announced the harbour would close. "
                'The statement also said "the closure will last a week".')
    assert a.speaker(a.direct("the closure will last")) == "Ann Lind"


def test_a_judges_statement_is_the_judge_named_before():
    a = analyse("Judge Ivo Sark ruled against the city on Monday.\n\n"
                "One line in the judge's statement reads \"the city broke its own rules\".")
    assert a.speaker(a.direct("the city broke")) == "Ivo Sark"


def test_a_familys_statement_is_unnamed_not_the_last_organisation():
    a = analyse("The Lenton Hospital confirmed that Ann Lind died on Monday at 80.\n\n"
                "Hours later, a short tribute in the family's statement read: \"She loved her garden and her grandchildren.\"")
    q = a.direct("She loved her garden")
    assert q.speaker_entity is None and q.attribution == "unnamed"


def test_a_statement_with_no_body_named_acting_stays_unnamed():
    a = analyse("Storms hit the coast of Lenton on Monday, and roads were closed.\n\n"
                'The statement said: "Stay at home."')
    q = a.direct("Stay at home")
    assert q.speaker_entity is None


def test_a_person_reading_a_statement_is_no_document_cue():
    a = analyse('Ann Lind stood up in the council on Monday. She read: "We will not give up the harbour."')
    assert a.speaker(a.direct("We will not give up")) == "Ann Lind"


def test_the_mayor_is_the_name_written_in_apposition_after_the_role():
    # The parser hangs 'Ann Lind' on 'Harwick'; before, 'the mayor' stayed unnamed.
    a = analyse('The mayor of Harwick, Ann Lind, opened the bridge. Ivo Sark attended. '
                '"It is a great day for the town," the mayor said.')
    assert a.speaker(a.direct("It is a great day")) == "Ann Lind"


def test_a_name_in_apposition_to_another_role_is_not_the_mayor():
    a = analyse('A visitor from Lenton, Ivo Sark, came to the opening of the bridge on Monday. '
                '"It is a great day for the town," the mayor said.')
    q = a.direct("It is a great day")
    assert q.speaker_entity is None


def test_the_commissioner_is_the_person_whose_apposition_holds_another_name():
    # The apposition holds the name 'Lenton Government', so the entity has no description; the
    # words after the name still make Ivo Sarkany 'the commissioner'.
    a = analyse("Reporters waited outside for Ivo Sarkany, the Lenton Government commissioner responsible for "
                "transport, who signed the rail deal on Friday. The Harwick Rail Group will build the trains.\n\n"
                "Sarkany said the tender was fair.\n\nNobody would name the price. Asked about it, the commissioner "
                'stated the order was "paid for from reserves".')
    assert a.speaker(a.direct("paid for from reserves")) == "Ivo Sarkany"


def test_a_role_inside_an_of_phrase_of_the_apposition_is_not_the_persons():
    a = analyse('Ivo Sark, the son of a commissioner, spoke first. Later the commissioner said the plan was "a good start".')
    assert a.direct("a good start").speaker_entity is None


def test_its_statement_is_the_statement_of_the_body_named_acting_before():
    # Before, 'Its statement' stayed unnamed.
    a = analyse('The Lenton Teachers Union called a strike on Monday. Its statement said: "We have no other choice."')
    assert a.speaker(a.direct("We have no other choice")) == "Lenton Teachers Union"


def test_their_letter_is_no_body_document_and_stays_unnamed():
    # A letter is a person's text as often as a body's (not in curated body_documents).
    a = analyse('Ann Lind and Ivo Sark wrote to the Lenton Council on Monday. Their letter said: "We have no other choice."')
    assert a.direct("We have no other choice").speaker_entity is None


def test_the_company_is_the_organisation_acting_three_sentences_before_when_no_other_was_named():
    # Before, only the two sentences before were searched and 'the company' stayed unnamed.
    a = analyse('Kestrel Toys Inc. hosted a panel about its products on Saturday. The new helmet is its "most '
                'requested". It has lights.\n\nOn waste, the company said its new boxes were "made entirely from '
                'old newspapers".')
    assert a.speaker(a.direct("made entirely from")) == "Kestrel Toys Inc."


def test_the_company_is_not_an_organisation_far_back_when_another_was_named_since():
    # Kestrel Toys acts four sentences before; Brightwater Bank, named since (not as a subject),
    # makes 'the company' ambiguous: it stays unnamed.
    a = analyse('Kestrel Toys Inc. hosted a panel about its products on Saturday. Fans thanked Brightwater Bank Inc. '
                'for the hall. The new helmet is its "most requested". It has lights.\n\nOn waste, the company said '
                'its new boxes were "made entirely from old newspapers".')
    assert a.direct("made entirely from").speaker_entity is None
