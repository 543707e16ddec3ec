"""Who speaks in a quotation inside somebody's report, after a verb of verdict, or after a plural
subject: the rules read from the seventh held-out set's errors, each checked here on invented
text (names and places are invented; each text was checked by hand and fails without its rule,
except the guards, which say what the rule must not do)."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_verb_of_verdict_reports_the_words_quoted_in_its_object() -> None:
    a = analyse("Ostland's Foreign Minister Ana Ruiz hailed a \"new chapter in Ostland-Lenton relations\" on Monday.\n\n"
                "Interior Minister Ivo Sark congratulated the police for their \"great work\" in the case.")
    assert a.speaker(a.direct("new chapter")) == "Ana Ruiz"
    assert a.speaker(a.direct("great work")) == "Ivo Sark"


def test_a_verb_of_verdict_does_not_take_a_quotation_in_a_clause_under_it() -> None:
    # guard: 'criticized the decision, which Sark has referred to as “gamesmanship”' is Sark's word
    a = analyse("Ana Ruiz, a spokeswoman for the Lenton justice ministry, sharply criticized the council's decision, "
                "which Sark has referred to as \"gamesmanship\".")
    assert a.speaker(a.direct("gamesmanship")) != "Ana Ruiz"


def test_recalling_an_ambassador_is_no_speech() -> None:
    # 'recalling its ambassador' is not the cue; 'rejected' is, and its subject speaks
    a = analyse("Lenton on Saturday rejected \"inadmissible interference\" in its affairs, hours after recalling "
                "its ambassador from Ostland.")
    assert a.direct("inadmissible interference").cue == "rejected"
    assert a.speaker(a.direct("inadmissible interference")) == "Lenton"


def test_a_fragment_inside_a_report_is_the_reporters_when_its_own_verb_names_nobody() -> None:
    a = analyse("President Ana Ruiz reportedly said the country was ruled by a \"political-military system\" and "
                "described Lenton as having an \"official history\", the paper reported.")
    assert a.speaker(a.direct("political-military system")) == "Ana Ruiz"
    b = analyse("Former President Ana Ruiz tweeted a copy of the warrant.\n\n"
                "She added the government was accusing her \"of having taken part in a coup that never happened.\"")
    assert b.speaker(b.direct("of having taken part")) == "Ana Ruiz"


def test_he_does_not_go_on_with_a_plural_subject() -> None:
    # 'Ostlandian envoys ... have been ordered to leave' is no antecedent of the next paragraph's 'he'
    a = analyse("Valdora announced it has severed diplomatic ties with Ostland, accusing it of interfering in "
                "Valdora's sovereignty.\n\nTensions had been rising between the neighbours as Ostland hosted the "
                "President of Westmark, a breakaway state.\n\nValdoran Information Minister Ivo Sark announced the "
                "government’s decision in a televised speech late on Monday, saying its diplomats had been ordered to "
                "return and Ostlandian envoys in Valdora have been ordered to leave within seven days.\n\n"
                "\"The Valdoran government considers the people of Ostland a peace-loving community. But the current "
                "leadership of Ostland is working to drive the two sides apart,\" he said in Lenton.")
    assert a.speaker(a.direct("The Valdoran government")) == "Ivo Sark"


def test_a_publication_is_typed_by_its_noun_even_after_an_adjective() -> None:
    a = analyse("The French daily Le Petit Lenton reported that Ana Ruiz had made critical remarks.")
    assert a.entity("Le Petit Lenton").type == "ORG"


def test_the_place_a_title_is_of_gets_no_title() -> None:
    # guard: 'Deputy Chief Minister of Valdora' titles nobody called Valdora
    a = analyse("Ivo Sark, former Deputy Chief Minister of Valdora, died on Sunday. Sark had served Valdora for "
                "decades, officials in Valdora said.")
    assert a.entity("Valdora").type == "GPE"
    assert a.entity("Valdora").titles == []


def test_a_named_subject_the_tagger_calls_a_plural_is_still_he() -> None:
    # guard: 'Fuentes' is tagged as a plural common noun here; only unnamed plurals are skipped
    a = analyse("Former president Ivo Fuentes fled the country in 2019. Government minister Carlos Ruiz wrote on "
                "Twitter that the former acting president had been arrested. Ruiz congratulated the police for their "
                "\"great work\" in the case.\n\nFuentes, for his part, demanded in a tweet that the \"authors and "
                "accomplices\" of what he denounced as a \"coup\" against him be \"investigated and punished.\"")
    assert a.speaker(a.direct("authors and accomplices")) == "Ivo Fuentes"


def test_a_headlines_quoted_word_is_whoever_the_body_has_say_it() -> None:
    a = analyse("World\n\nOstland signs sea border treaty with Lenton, but 'tough' gas talks continue\n\n"
                "Ostland and Lenton have signed a treaty defining a new maritime border.\n\n"
                "Lenton's borders minister Ivo Sark signed the treaty on Tuesday.\n\n"
                "But Mr Sark also said the negotiations over the gas field were \"tough\".")
    headline = next(q for q in a.quotes if q.kind == "direct" and q.paragraph_index == 1)
    assert a.speaker(headline) == "Ivo Sark" and headline.attribution == "echo"


def test_a_headlines_word_nobody_says_later_keeps_no_speaker() -> None:
    # guard: a longer quote holding the single word is no echo of it
    a = analyse("Ostland signs treaty, but 'tough' talks continue\n\n"
                "Lenton's borders minister Ivo Sark said: \"The talks were tough and long, and we are tired.\"")
    headline = next(q for q in a.quotes if q.kind == "direct" and q.paragraph_index == 0)
    assert headline.speaker_entity is None


def test_a_countrys_presidency_speaks_for_the_country() -> None:
    a = analyse("Ostland’s presidency said in a statement: “Ostland is a sovereign nation and will not allow any "
                "criminal to stay free.” Ostland is a small country.")
    assert a.speaker(a.direct("Ostland is a sovereign")) == "Ostland"
