"""Who speaks in a quotation inside somebody's report, after a verb of verdict, or after a plural
subject: the rules read from the seventh held-out set's errors, each checked here on invented
text (names and places are invented; each text was checked by hand and fails without its rule,
except the guards, which say what the rule must not do)."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_verb_of_verdict_reports_the_words_quoted_in_its_object() -> None:
    a = analyse("Ostland's Culture Minister Ana Ruiz praised the \"bold curves\" of the new Lenton opera house on Monday.\n\n"
                "Health Minister Ivo Sark praised the nurses for their \"quiet courage\" during the outbreak.")
    assert a.speaker(a.direct("bold curves")) == "Ana Ruiz"
    assert a.speaker(a.direct("quiet courage")) == "Ivo Sark"


def test_a_verb_of_verdict_does_not_take_a_quotation_in_a_clause_under_it() -> None:
    # guard: 'criticized the ruling, which Sark has described as “a farce”' is Sark's word
    a = analyse("Ana Ruiz, a spokeswoman for the Lenton sports ministry, strongly criticized the league's ruling, "
                "which Sark has described as \"a farce\".")
    assert a.speaker(a.direct("a farce")) != "Ana Ruiz"


def test_recalling_an_ambassador_is_no_speech() -> None:
    # 'recalling its consul' is not the cue; 'condemned' is, and its subject speaks
    a = analyse("Lenton on Sunday condemned the \"reckless raids\" on its fishing grounds, a day after recalling "
                "its consul from Ostland.")
    assert a.direct("reckless raids").cue == "condemned"
    assert a.speaker(a.direct("reckless raids")) == "Lenton"


def test_a_fragment_inside_a_report_is_the_reporters_when_its_own_verb_names_nobody() -> None:
    a = analyse("Club president Ana Ruiz reportedly said the league was run by a \"closed circle of agents\" and "
                "described the referees as having a \"secret rulebook\", the magazine reported.")
    assert a.speaker(a.direct("closed circle")) == "Ana Ruiz"
    b = analyse("Former Mayor Ana Ruiz shared a photo of the court summons.\n\n"
                "She added the council was blaming her \"for a budget hole that was there before I arrived.\"")
    assert b.speaker(b.direct("for a budget hole")) == "Ana Ruiz"


def test_he_does_not_go_on_with_a_plural_subject() -> None:
    # 'Ostlandian traders ... have been told to go home' is no antecedent of the next paragraph's 'he'
    a = analyse("Valdora said it would close its border crossings with Ostland, accusing its neighbour of "
                "smuggling fuel.\n\nRelations between the two have worsened since Ostland welcomed the "
                "leader of Westmark, a region seeking independence.\n\nValdoran Trade Minister Ivo Sark read out the "
                "decision on state radio on Tuesday evening, saying customs officers had been told to stand "
                "down and Ostlandian traders in Valdora have been told to go home within ten days.\n\n"
                "\"The Valdoran government holds nothing against the people of Ostland. But their rulers are "
                "doing everything to turn neighbours into rivals,\" he said in Lenton.")
    assert a.speaker(a.direct("The Valdoran government")) == "Ivo Sark"


def test_a_publication_is_typed_by_its_noun_even_after_an_adjective() -> None:
    a = analyse("The Spanish weekly La Voz de Lenton wrote that Ana Ruiz had missed the vote.")
    assert a.entity("La Voz de Lenton").type == "ORG"


def test_the_place_a_title_is_of_gets_no_title() -> None:
    # guard: 'Deputy Governor of Valdora' titles nobody called Valdora
    a = analyse("Ivo Sark, a former Deputy Governor of Valdora, retired on Friday. Sark was born in Valdora, "
                "and neighbours in Valdora threw him a party.")
    assert a.entity("Valdora").type == "GPE"
    assert a.entity("Valdora").titles == []


def test_a_named_subject_the_tagger_calls_a_plural_is_still_he() -> None:
    # guard: 'Fuentes' is tagged as a plural common noun here; only unnamed plurals are skipped
    a = analyse("Former mayor Ivo Fuentes left the city in 2021. Council member Carlos Ruiz posted online that "
                "the ex-mayor had been detained. Ruiz praised the officers for their \"patient work\".\n\n"
                "Fuentes, in turn, insisted in a video message that the \"schemers and their helpers\" behind what "
                "he called a \"witch hunt\" should \"face the courts.\"")
    assert a.speaker(a.direct("schemers and their helpers")) == "Ivo Fuentes"


def test_a_headlines_quoted_word_is_whoever_the_body_has_say_it() -> None:
    a = analyse("Sport\n\nLenton hands games to Ostland, but 'costly' stadium row continues\n\n"
                "Ostland was chosen on Friday to host the next regional games.\n\n"
                "Ostland's sports minister Ivo Sark accepted the award in Lenton.\n\n"
                "But Mr Sark also admitted the new stadium would be \"costly\".")
    # The section label over the headline ("Sport") is dropped by the cleaner: the headline is paragraph 0.
    headline = next(q for q in a.quotes if q.kind == "direct" and q.paragraph_index == 0)
    assert a.speaker(headline) == "Ivo Sark" and headline.attribution == "echo"


def test_a_headlines_word_nobody_says_later_keeps_no_speaker() -> None:
    # guard: a longer quote holding the single word is no echo of it
    a = analyse("Ostland gets games, but 'costly' stadium row continues\n\n"
                "Ostland's sports minister Ivo Sark said: \"The plans are costly and late, and we must cut them.\"")
    headline = next(q for q in a.quotes if q.kind == "direct" and q.paragraph_index == 0)
    assert headline.speaker_entity is None


def test_a_countrys_presidency_speaks_for_the_country() -> None:
    a = analyse("Ostland’s presidency said on Friday: “Ostland alone will decide where its new airport "
                "is built.” Ostland is a small country.")
    assert a.speaker(a.direct("Ostland alone")) == "Ostland"


def test_a_countrys_ministry_named_again_as_the_ministry_is_the_same_source() -> None:
    # Real country names (the model types invented ones as people). Checked by hand: before the
    # rule the second quote had no speaker, since the first source was written as 'Norway' only.
    a = analyse('"Units are returning to their bases," Norway\'s defence ministry said on Tuesday.\n\n'
                '"The exercises are complete," the ministry said.')
    assert a.speaker(a.direct("The exercises are complete")) == "Norway"
    [first] = [q for q in a.quotes if q.text.startswith("Units")]
    assert first.speaker_text == "Norway's defence ministry"

