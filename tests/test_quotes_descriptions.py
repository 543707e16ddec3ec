"""Direct quotes: descriptions, titles and wordings that are nobody's words (invented sentences).

Covers an apposition the parser split from its name, 'the president' among people holding other
offices, an infinitive whose doer is the object of the verb above it, and quotation marks around
a nickname, a term or a summing-up wording, which are not quotes (docs/gold-quotes.md: labels
and terms are left out).
"""

from __future__ import annotations

import pytest
from helpers_nlp import analyse


def _no_direct(a, startswith: str) -> None:
    assert not [q for q in a.quotes if q.kind == "direct" and q.text.startswith(startswith)]


def test_an_unclosed_apposition_gives_the_name_not_the_title():
    # No comma after the title: the parser hangs the name on 'In' and makes the title the subject.
    # (Checked by hand: without the rule the model's 'Technological Officer' mention is the speaker.)
    a = analyse('On Friday, Dutch bicycle maker Orange Cap published its plans for the coming year.\n\n'
                'In the blog post Paul Decker, the Chief Technological Officer of Orange Cap said Orange Cap had '
                'informed the Arlen dealers council that Orange Cap was "moving every factory line to electric '
                'models".')
    q = a.direct("moving every factory line")
    assert a.speaker(q) == "Paul Decker"


def test_a_name_that_is_an_object_before_a_description_is_not_its_apposition():
    a = analyse('Minister Dara Quell flew to Lenton on Monday. After meeting Ivan Morrow, the minister said the '
                'talks were "very productive".')
    assert a.speaker(a.direct("very productive")) == "Dara Quell"


def test_the_president_is_not_a_vice_president_or_a_president_elect():
    # Ivan Morrow is named last before 'the president', but only as President-elect and former Vice
    # President: the president is Dara Quell.
    a = analyse('Lenton election officials wrote to President-elect Ivan Morrow on Monday, after former Vice '
                'President Ivan Morrow won against incumbent President Dara Quell.\n\n'
                'President Dara Quell answered the letter on Tuesday. Officials then met Morrow.\n\n'
                'The president did not accept the count, and promised to "use every remedy the law allows" in court.')
    assert a.speaker(a.direct("use every remedy")) == "Dara Quell"


def test_the_vice_president_still_finds_the_vice_president():
    a = analyse('Vice President Ivan Morrow visited Lenton on Monday with President Dara Quell. '
                'The vice president said the visit was "a great success".')
    assert a.speaker(a.direct("a great success")) == "Ivan Morrow"


def test_the_object_of_the_verb_above_an_infinitive_cue_is_the_speaker():
    a = analyse('Senator Ivan Morrow spoke on the radio on Monday. Dara Quell criticised the remark. The '
                'backlash from it later led Morrow to express "I should not have said it."')
    assert a.speaker(a.direct("I should not")) == "Ivan Morrow"


@pytest.mark.parametrize("lead", ['who goes by his nickname "Ace"', 'known as "the Ace"', 'nicknamed "Ace"'])
def test_a_nickname_or_term_after_a_naming_phrase_is_no_quote(lead):
    a = analyse(f'The party chose Ivan Morrow, {lead}, as its candidate, officials said on Monday.')
    _no_direct(a, "Ace")
    _no_direct(a, "the Ace")


def test_express_and_denounce_report_words():
    a = analyse('Dara Quell, who denounced the zoning plan as a "gift to developers", spoke on Monday. '
                'Ivan Morrow expressed a wish to "keep the harbour library open on Sundays".')
    assert a.speaker(a.direct("gift to developers")) == "Dara Quell"
    assert a.speaker(a.direct("keep the harbour")) == "Ivan Morrow"


def test_a_summing_up_wording_after_a_copula_is_no_quote():
    a = analyse('Lenton Soft changed its release plan on Monday.\n\n'
                'Until then, the routine was basically, "Paint the hulls in May, launch them in June."\n\n'
                'The new routine sounds like, "Launch first, paint whenever."')
    _no_direct(a, "Paint the hulls")
    _no_direct(a, "Launch first")


def test_something_written_or_said_before_a_copula_keeps_its_quote():
    a = analyse('Ivan Morrow wrote a report on the ferry service on Tuesday.\n\n'
                'The opening line of his report was "Every ferry left late in March."\n\n'
                'His answer was, "We will stay."')
    a.direct("Every ferry left late")
    a.direct("We will stay")


def test_footage_of_a_person_saying_gives_the_person_not_the_ad():
    # The ad's maker (Ivo Sark) only shows the words; the person in the footage said them.
    a = analyse('Republican Ivo Sark has a new ad attacking Ann Lind. The ad uses footage of Ann Lind asking, '
                '"Who will pay for the new bridge, then?" The ad then cites critics.')
    assert a.speaker(a.direct("Who will pay")) == "Ann Lind"
    a = analyse('Lind released an ad on Monday. The video of Ivo Sark saying "We will win" went viral.')
    assert a.speaker(a.direct("We will win")) == "Ivo Sark"


def test_a_paragraph_with_its_own_cue_naming_someone_else_is_a_new_quote():
    # Ann Lind's second quote is left unclosed at its paragraph's end; the next paragraph's quote
    # names its own speaker, Ivo Sark, and is his, not a continuation of hers.
    text = ('"It is a disgrace," Senator Ann Lind said on Friday. "If this stands, nobody is safe. How can anyone '
            'trust the count?\n\n"My office has received four hundred letters about the tunnel," {cue}.')
    a = analyse(text.format(cue="added Senator Ivo Sark, the leader of the group"))
    assert a.speaker(a.direct("If this stands")) == "Ann Lind"
    assert a.speaker(a.direct("My office has received")) == "Ivo Sark"
    a = analyse(text.format(cue="she added"))
    assert a.speaker(a.direct("My office has received")) == "Ann Lind"


def test_a_statement_quoted_in_a_document_is_the_document_issuers():
    a = analyse('Senator Ann Lind wrote on Twitter about the ferry strike. Part of Lind\'s tweet included the statement, '
                '"no crossing will run until the fares come down."')
    assert a.speaker(a.direct("no crossing will run")) == "Ann Lind"


def test_the_firm_or_the_project_is_the_organisation_the_text_goes_on_with():
    a = analyse('The Lenton Rail Company cut services. "We regret the delays," the firm said in a statement.')
    assert a.speaker(a.direct("We regret")) == "Lenton Rail Company"
    a = analyse('Ada Kerr, who had founded the Pellucid project, announced a new mapping system, Harbor Maps. '
                'Harbor Maps describes itself as "a chart drawn by its sailors". The project said "Harbor Maps '
                'aims to be a free chart."')
    assert a.speaker(a.direct("Harbor Maps aims")) == "Harbor Maps"


def test_an_organisation_only_compounding_a_noun_is_not_the_group():
    a = analyse('Police arrested two men in Lenton on Monday. Lenton Police Department officers found a gun. '
                'The group said the arrests were "unjust".')
    assert a.speaker(a.direct("unjust")) is None


def test_a_thing_object_above_an_infinitive_is_no_speaker():
    a = analyse('Dr Ann Lind led a team at Lenton University. The team built a model and used this to predict '
                '"a sharp rise in oxygen levels".')
    assert a.direct("a sharp rise").speaker_text != "this"


def test_continue_thank_and_underline_report_words():
    a = analyse('Dr Ann Lind spoke at the harbour office on Monday, saying "[t]he tide gauges failed twice." '
                'She continued, "[b]ut the volunteers read them by hand."')
    assert a.speaker(a.direct("[b]ut the volunteers")) == "Ann Lind"
    a = analyse('The mayor of Lenton, Ivo Sark, thanked "the firefighters and the volunteers for their brave work".')
    assert a.speaker(a.direct("the firefighters")) == "Ivo Sark"
    a = analyse('Prime Minister Ann Lind spoke in Lenton on Monday. Lind underlined that the fishing fleet would be '
                '"back at sea before the autumn storms".')
    assert a.speaker(a.direct("back at sea")) == "Ann Lind"


def test_continue_away_from_the_quote_reports_nothing():
    # 'as the investigation continued' names no speaker of the label before it.
    a = analyse('Police stopped a van in Lenton in March. The police named its driver only as "Mr. K" as the '
                'search continued.')
    _no_direct(a, "Mr. K")
    # 'He continued by noting that “…”' introduces its own quote, not the one before it.
    a = analyse('Senator Ivo Sark backed the audit, telling the Lenton Post: "The auditors should see every ledger." '
                'He continued by noting that "Hiding the port accounts would be wrong."')
    assert a.direct("The auditors should").cue.startswith("telling")


def test_a_cue_with_an_adjunct_before_the_quote_beats_a_misparsed_verb_above():
    # The parser hangs the quote on 'concludes'; 'saying during the harbour vote, “…”' is its cue.
    a = analyse('Thirty seconds long, Lind\'s video concludes with a shot of Ivo Sark saying during the harbour vote '
                'last month, "That was a fair price," as the gavel falls.')
    q = a.direct("That was a fair price")
    assert a.speaker(q) == "Ivo Sark" and q.cue == "saying"


def test_advise_reports_the_words_of_its_subject():
    # 'the police' described him earlier; the quoted word is from his own messages.
    a = analyse('Ivo Sark, who was described as "reckless" by the coastguard, sent his crew messages, and advised '
                'them to ignore the "useless" harbour rules.')
    assert a.speaker(a.direct("useless")) == "Ivo Sark"


def test_the_statement_is_the_statement_of_who_stated():
    a = analyse('The Lenton Fisheries Ministry stated: "The new quotas start on the first of May."\n\n'
                'The statement specified that "the quotas will cover cod and herring."')
    q = a.direct("the quotas will cover")
    assert a.speaker(q) == "Lenton Fisheries Ministry"


@pytest.mark.parametrize("opener", ["That said", "Having said that", "Needless to say"])
def test_a_discourse_phrase_is_no_attribution(opener):
    # The phrase's 'said' is no cue and reports nothing: the fragment is kept, and the words are
    # those of its own clause's subject (quotes/clause_speaker.py), not of the phrase.
    a = analyse('Lenton Soft will end support for its old system next year. '
                f'{opener}, Lenton Soft is planning some "repair cafés" for its old users.')
    q = a.direct("repair cafés")
    assert q.cue is None
    assert (a.speaker(q), q.attribution) == ("Lenton Soft", "clause_subject")


@pytest.mark.parametrize("source", ["Vell's critics", "Vell's lawyer", "Vell's spokesman"])
def test_a_person_known_by_a_tie_to_someone_is_not_that_someone(source: str):
    # 'X's critics said': the critics, the lawyer or the spokesman speak, not X; they are unnamed.
    a = analyse(f'Mayor Ansel Vell opened the Corran bridge on Monday. {source} said the bridge had "cost far too much".')
    q = a.direct("cost far too much")
    assert a.speaker(q) is None
    assert q.speaker_text == source


def test_according_to_someones_critics_is_the_critics():
    a = analyse("Mayor Ansel Vell opened the Corran bridge on Monday. According to Vell's critics, the bridge "
                '"cost far too much".')
    assert a.speaker(a.direct("cost far too much")) is None


def test_a_persons_own_office_or_statement_still_speaks_for_them():
    a = analyse('Mayor Ansel Vell opened the Corran bridge on Monday. Vell\'s office said the bridge was "a gift to the '
                'town".')
    assert a.speaker(a.direct("a gift to the town")) == "Ansel Vell"


def test_they_after_two_people_named_together_is_the_group_not_the_last_speaker():
    a = analyse('Mayor Lina Dorsk opened the bridge on Monday. Her deputy, Omar Kelt, also attended. "It is a great '
                'day," he said. Dorsk and Kelt were later questioned by reporters. "We did nothing wrong," they said.')
    assert a.speaker(a.direct("It is a great day")) == "Omar Kelt"
    q = a.direct("We did nothing wrong")
    assert a.speaker(q) is None and q.speaker_text == "they"


def test_they_in_a_sentence_naming_the_last_speaker_is_not_that_speaker():
    # The family speaks of the singer: 'they' cannot be the person named inside the content.
    a = analyse('"I never wanted a fuss," singer Rosa Maddern said in 2015.\n\n'
                'Maddern, they said, wanted no memorial service.')
    q = [q for q in a.quotes if q.kind == "indirect" and "no memorial" in q.text]
    assert q and all(a.speaker(x) is None for x in q)


def test_he_after_a_main_clause_passive_is_its_doer():
    # 'The project was designed by X': X is the subject in sense, so the next 'he' is X, not the
    # mayor who spoke a sentence before.
    a = analyse('Mayor Lina Dorsk said the bridge was finished. The project was designed by engineer Omar Kelt, '
                'who worked on it for ten years. "It will stand for a century," he said.')
    assert a.speaker(a.direct("It will stand")) == "Omar Kelt"


def test_he_after_a_passive_inside_a_subordinate_clause_stays_with_the_subject():
    a = analyse('Mayor Tomas Brenn spoke at the bridge. It was his first visit after he had been pardoned by Judge '
                'Ivo Sark. He said "it is good to be back".')
    assert a.speaker(a.direct("it is good to be back")) == "Tomas Brenn"


@pytest.mark.parametrize("description", ["the Harlan businessman", "the Harlan native", "an Acme engineer", "many Harlan generals"])
def test_a_place_describing_a_person_is_not_the_speaker(description: str):
    # 'the New York businessman said': a person from the place speaks, not the place; likewise a
    # person of a company, and people holding an office ('many U.S. generals').
    a = analyse(f'Tomas Brenn spoke in Corran on Monday. "She will sell the office," {description} told the crowd.')
    q = a.direct("She will sell the office")
    assert a.speaker(q) != "Harlan"
    assert q.speaker_text == description


def test_a_places_government_still_speaks_for_the_place():
    a = analyse('Tomas Brenn spoke in Harlan on Monday. "We object to the plan," the Harlan government said.')
    assert a.speaker(a.direct("We object to the plan")) == "Harlan"


@pytest.mark.parametrize("text", [
    '"The president is in great shape," said Biden press secretary Ana Ruiz.',
    '"The secretary is in great shape," said Biden press secretary Laura Bennett. "She is fine," said Putin spokeswoman Ana Ruiz.',
])
def test_a_name_written_before_a_spokesperson_is_not_the_speaker(text):
    # 'Biden press secretary X', 'Putin spokeswoman X': X speaks, for Biden or Putin, who says nothing here
    a = analyse(text)
    speakers = [a.speaker(q) for q in a.quotes if q.kind == "direct"]
    assert speakers and not {"Joe Biden", "Vladimir V. Putin"} & set(speakers), speakers


def test_the_alliance_is_the_alliance_the_article_named():
    # the gazetteer describes NATO as a military alliance; 'the alliance' after it is NATO
    a = analyse('Chile and NATO held talks in Lima on Monday. "We will defend every ally," the alliance said.')
    assert [a.speaker(q) for q in a.quotes] == ["North Atlantic Treaty Organization"]
    a = analyse('Chile and the EU held talks in Lima on Monday. "We will not bend," the bloc said.')
    assert [a.speaker(q) for q in a.quotes] == ["European Union"]


def test_a_qualified_description_matches_with_words_between() -> None:
    # 'the former general' is 'X, a former army general'
    a = analyse('Tomas Reiter, a former army general, said the unrest was planned. "They paid the crowds," the former general said.')
    assert a.speaker(a.direct("They paid the crowds")) == "Tomas Reiter"


def test_the_agency_is_the_authority_named_before_not_the_last_subject() -> None:
    # curated organisation_kinds: an agency's name may end in Authority
    a = analyse("The regulator, the Ostland Petroleum Regulatory Authority, said it had sealed 14 stations. "
                "The Lenton Marketers Association said its members would comply. The agency warned that fines would follow.")
    assert a.speaker(a.quote("fines would follow")) == "Ostland Petroleum Regulatory Authority"
    # a news agency named before is still 'the agency'
    a = analyse("Reuters reported on Monday that the talks had failed. The agency said the delegates left early.")
    assert a.speaker(a.quote("the delegates left early")) == "Reuters"
