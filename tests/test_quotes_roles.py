"""Offices as speakers: a wire lede's 'The Norwegian Prime Minister said ...' names the person
later; the speaker is that person, never the country qualifying the office (invented sentences;
real country names, since the model types invented ones as people)."""

from __future__ import annotations

from helpers_nlp import analyse


def test_an_office_qualified_by_a_country_is_its_holder_named_later():
    # Checked by hand: without the rule the speaker is Norway (the country in the phrase).
    a = analyse('The Norway Prime Minister has told lawmakers that foreign ships would "never be welcome" in '
                'its waters.\n\nPrime Minister Dara Quell said on Monday that the deal was signed.')
    assert a.speaker(a.direct("never be welcome")) == "Dara Quell"


def test_a_country_possessive_office_is_its_holder_named_later():
    # Checked by hand: without the rule the quote is left unnamed.
    a = analyse("Norway's leader has said that the treaty is \"a great betrayal\".\n\n"
                "President Dara Quell spoke in the capital on Monday.")
    assert a.speaker(a.direct("a great betrayal")) == "Dara Quell"


def test_the_holder_introduced_with_the_same_country_is_chosen():
    a = analyse('The Swedish Prime Minister said the deal was "a fraud".\n\n'
                'Norwegian Prime Minister Dara Quell and Swedish Prime Minister Ivo Sark met on Monday.')
    assert a.speaker(a.direct("a fraud")) == "Ivo Sark"


def test_no_holder_of_that_country_leaves_the_office_unnamed():
    # Two prime ministers of other countries: neither is the Swedish one.
    a = analyse('The Swedish Prime Minister said the deal was "a fraud".\n\n'
                'Norwegian Prime Minister Dara Quell and Danish Prime Minister Ivo Sark met on Monday.')
    assert a.speaker(a.direct("a fraud")) is None


def test_a_government_is_not_an_office_holder():
    a = analyse('The Norwegian government said the ships were "never welcome".\n\n'
                'Prime Minister Dara Quell spoke on Monday.')
    assert a.speaker(a.direct("never welcome")) is None


def test_a_bare_office_in_a_headline_is_its_holder_named_later():
    # Headlines drop 'the': 'Danish judge says' is the judge the body names.
    # Checked by hand: without the rule the headline's report is left unnamed.
    a = analyse('Small-boat quotas break the law, Danish judge says\n\nJudge Dara Quell of the Aarhus district '
                'court handed down the ruling on Friday, calling the quota system "plainly unfair".')
    found = [q for q in a.quotes if q.text.startswith("Small-boat quotas")]
    assert len(found) == 1 and a.speaker(found[0]) == "Dara Quell"


def test_a_group_is_no_office_held_by_a_person_named_later():
    a = analyse('According to the research team, the coating "cuts water use by half".\n\n'
                'The team, study author Dara Quell, presented it in Oslo on Monday.')
    assert a.speaker(a.direct("cuts water use")) is None


def test_reaffirm_and_restate_report_words():
    # Checked by hand: before 'reaffirm' was a cue the fragment was not found at all.
    a = analyse('Talks collapse\n\nSpeaking to farmers on Friday, Norwegian President Dara Quell reaffirmed her '
                '"full support" for the grain subsidy.')
    assert a.speaker(a.direct("full support")) == "Dara Quell"
    b = analyse('Talks collapse\n\nNorwegian President Dara Quell restated that the country would keep its troops '
                'at home.')
    found = [q for q in b.quotes if q.kind == "indirect" and q.text.startswith("the country would keep")]
    assert len(found) == 1 and b.speaker(found[0]) == "Dara Quell"


def test_a_curated_description_of_another_country_rules_a_holder_out():
    # Curated people (the gazetteer describes Putin as 'President of Russia' and Macron as
    # 'President of France'), invented sentences. Checked by hand: before the rule the Russian
    # leader was Macron, the president named last.
    a = analyse("Vladimir Putin hosted Emmanuel Macron in the capital on Monday. The Russian leader said "
                "the French plan was \"a basis for progress\".")
    assert a.speaker(a.direct("a basis for progress")) == "Vladimir V. Putin"


def test_a_description_names_a_country_or_its_adjective_or_none():
    from structnews.build.extract.quotes.nationality import description_nationality
    assert description_nationality("President of Russia", ["Russian"]) is True
    assert description_nationality("Spokesman of the Russian president", ["Russia's"]) is True
    assert description_nationality("President of France", ["Russian"]) is False
    assert description_nationality("President of France", ["French"]) is True
    assert description_nationality("a veteran campaigner", ["Russian"]) is None
    assert description_nationality("President of France", []) is None


def test_a_body_qualifying_an_office_is_no_country_for_the_description():
    from structnews.build.extract.quotes.nationality import description_nationality
    assert description_nationality("President of Russia", ["Kremlin"]) is None


def test_a_named_persons_spokesman_is_the_spokesman_the_article_names():
    # Checked by hand: before the rule the quote had no speaker ("X's spokesman" was left unnamed).
    a = analyse('Government spokesman Ivo Sark spoke to reporters on Monday. President Ana Ruiz was not there.\n\n'
                '"If necessary, we will respond," Ruiz\'s spokesman said.')
    assert a.speaker(a.direct("If necessary, we will respond")) == "Ivo Sark"


def test_a_named_persons_lawyer_nobody_names_stays_unnamed():
    a = analyse('Ana Ruiz was charged on Monday.\n\n"She is innocent," Ruiz\'s lawyer said.')
    assert a.speaker(a.direct("She is innocent")) is None


def test_the_alliance_chief_is_the_secretary_general_the_article_names():
    # Cue lexicon role_titles 'chief' (head, secretary general, chair, ...). Checked by hand: before,
    # the quote had no speaker.
    a = analyse('Alliance Secretary General Ivo Sark spoke in Brussels on Monday.\n\n'
                '"We are ready to listen," the alliance chief told reporters.')
    assert a.speaker(a.direct("We are ready to listen")) == "Ivo Sark"


def test_the_police_chief_is_no_president_named_before():
    a = analyse('President Ana Ruiz opened the bridge on Monday.\n\n"Two men were arrested," the police chief said.')
    assert a.speaker(a.direct("Two men were arrested")) is None


def test_a_deputy_foreign_minister_is_the_countrys_diplomat():
    # Checked by hand: before, 'deputy' made him another office than 'foreign minister'.
    a = analyse('Norwegian Deputy Foreign Minister Ivo Sark met the envoys on Wednesday.\n\n'
                '"The alliance is determined to expand," the Norwegian diplomat said.')
    assert a.speaker(a.direct("The alliance is determined to expand")) == "Ivo Sark"


def test_a_curated_office_names_the_person_the_article_writes_without_a_title():
    # Gazetteer v36 describes Liz Truss as 'Foreign Secretary of the United Kingdom' (invented text).
    a = analyse('Liz Truss flew to the capital on Thursday.\n\n'
                'The UK foreign secretary said the visit was "a chance for diplomacy".')
    assert a.speaker(a.direct("a chance for diplomacy")) == "Liz Truss"


def test_he_after_a_national_role_is_the_holder_of_that_country():
    # The salience chain reads 'The Norwegian leader' as the person titled so with Norway's word
    # before the name, not the host who was the subject. Checked by hand: before, 'he' was
    # Jon Berg.
    a = analyse("Swedish Prime Minister Jon Berg hosted Norwegian Prime Minister Ivo Sark on Tuesday.\n\n"
                "The Norwegian leader said the two countries did not want a dispute.\n\n"
                '"Do we want this? Of course not," he said.')
    assert a.speaker(a.direct("Do we want this")) == "Ivo Sark"


def test_he_after_the_russian_leader_is_not_the_president_the_gazetteer_places_elsewhere():
    # Curated descriptions: Putin 'President of Russia', Macron 'President of France' (invented text).
    a = analyse("Emmanuel Macron met Vladimir Putin in Moscow on Monday.\n\n"
                "The Russian leader said Moscow did not want a war.\n\n"
                '"Do we want this? Of course not," he said.')
    assert a.speaker(a.direct("Do we want this")) == "Vladimir V. Putin"


_DIPLOMATS = ("Norwegian Foreign Ministry Spokeswoman Ana Lind on Monday called the reports \"pure fiction.\"\n\n"
              "\"What we are witnessing is a campaign,\" the diplomat told a television channel.\n\n"
              "The ambassador in Lenton said earlier that nobody planned an attack.\n\n"
              "Norwegian Deputy Foreign Minister Ivo Sark told reporters the reply would come soon.\n\n"
              "\"There are some good points in the answer,\" the senior diplomat noted.")


def test_the_titled_speaker_just_named_is_the_description_before_a_holder_named_later():
    # Checked by hand: with deputy ministers counted as diplomats (cue lexicon v57), the later
    # holder was tried first and 'the diplomat' was Ivo Sark, named three paragraphs on.
    a = analyse(_DIPLOMATS)
    assert a.speaker(a.direct("What we are witnessing")) == "Ana Lind"


def test_a_holder_named_since_the_last_source_so_described_is_the_new_source():
    # Checked by hand: before, 'the senior diplomat' went on with 'the diplomat' before (Lind).
    a = analyse(_DIPLOMATS)
    assert a.speaker(a.direct("There are some good points")) == "Ivo Sark"
