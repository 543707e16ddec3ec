"""Direct quotes: descriptions, titles and wordings that are nobody's words (invented sentences).

Covers an apposition the parser split from its name, 'the president' among people holding other
offices, an infinitive whose doer is the object of the verb above it, and quotation marks around
a nickname, a term or a summing-up wording, which are not quotes (docs/gold-quotes.md: labels
and terms are left out).
"""

from __future__ import annotations

import pytest
from helpers_nlp import analyse


def _direct(a, startswith: str):
    found = [q for q in a.quotes if q.kind == "direct" and q.text.startswith(startswith)]
    assert len(found) == 1, [q.text for q in a.quotes if q.kind == "direct"]
    return found[0]


def _no_direct(a, startswith: str) -> None:
    assert not [q for q in a.quotes if q.kind == "direct" and q.text.startswith(startswith)]


def test_an_unclosed_apposition_gives_the_name_not_the_title():
    # No comma after the title: the parser hangs the name on 'In' and makes the title the subject.
    # (Checked by hand: without the rule the model's 'Technological Officer' mention is the speaker.)
    a = analyse('On Tuesday, US-based software company Orange Cap announced their plans to shift their focus '
                'away from Vexos.\n\nIn the blog post Paul Decker, the Chief Technological Officer of Orange Cap said '
                'Orange Cap had informed the Vexos governing board that Orange Cap was "shifting our investment '
                'fully to the cloud".')
    q = _direct(a, "shifting our investment")
    assert a.speaker(q) == "Paul Decker"


def test_a_name_that_is_an_object_before_a_description_is_not_its_apposition():
    a = analyse('Minister Dara Quell flew to Lenton on Monday. After meeting Ivan Morrow, the minister said the '
                'talks were "very productive".')
    assert a.speaker(_direct(a, "very productive")) == "Dara Quell"


def test_the_president_is_not_a_vice_president_or_a_president_elect():
    # Ivan Morrow is named last before 'the president', but only as President-elect and former Vice
    # President: the president is Dara Quell.
    a = analyse('Lenton election officials wrote to President-elect Ivan Morrow on Monday, after former Vice '
                'President Ivan Morrow won against incumbent President Dara Quell.\n\n'
                'President Dara Quell answered the letter on Tuesday. Officials then met Morrow.\n\n'
                'The president did not concede, and vowed to keep fighting "the good fight" in court.')
    assert a.speaker(_direct(a, "the good fight")) == "Dara Quell"


def test_the_vice_president_still_finds_the_vice_president():
    a = analyse('Vice President Ivan Morrow visited Lenton on Monday with President Dara Quell. '
                'The vice president said the visit was "a great success".')
    assert a.speaker(_direct(a, "a great success")) == "Ivan Morrow"


def test_the_object_of_the_verb_above_an_infinitive_cue_is_the_speaker():
    a = analyse('Senator Ivan Morrow spoke on the radio on Monday. Dara Quell criticised the remark. The '
                'backlash from it later led Morrow to express "I should not have said it."')
    assert a.speaker(_direct(a, "I should not")) == "Ivan Morrow"


@pytest.mark.parametrize("lead", ['who goes by his nickname "Ace"', 'known as "the Ace"', 'nicknamed "Ace"'])
def test_a_nickname_or_term_after_a_naming_phrase_is_no_quote(lead):
    a = analyse(f'The party chose Ivan Morrow, {lead}, as its candidate, officials said on Monday.')
    _no_direct(a, "Ace")
    _no_direct(a, "the Ace")


def test_express_and_denounce_report_words():
    a = analyse('Dara Quell, who denounced the ruling as a "national embarrassment", spoke on Monday. '
                'Ivan Morrow expressed a desire to "build a fairer country for everyone".')
    assert a.speaker(_direct(a, "national embarrassment")) == "Dara Quell"
    assert a.speaker(_direct(a, "build a fairer")) == "Ivan Morrow"


def test_a_summing_up_wording_after_a_copula_is_no_quote():
    a = analyse('Lenton Soft changed its release plan on Monday.\n\n'
                'In the past, the process was effectively, "Build the code every year, then test it for a month."\n\n'
                'The plan now sounds like, "We tried that and gave it up."')
    _no_direct(a, "Build the code")
    _no_direct(a, "We tried that")


def test_something_written_or_said_before_a_copula_keeps_its_quote():
    a = analyse('Ivan Morrow wrote a blog post on Tuesday.\n\n'
                'The very first sentence of his blog post was "The future of the project is bright."\n\n'
                'His answer was, "We will stay."')
    _direct(a, "The future of the project")
    _direct(a, "We will stay")


def test_footage_of_a_person_saying_gives_the_person_not_the_ad():
    # The ad's maker (Ivo Sark) only shows the words; the person in the footage said them.
    a = analyse('Republican Ivo Sark has a new ad attacking Ann Lind. The ad uses footage of Ann Lind asking, '
                '"Why am I not 50 points ahead, you might ask?" The ad then cites critics.')
    assert a.speaker(_direct(a, "Why am I not")) == "Ann Lind"
    a = analyse('Lind released an ad on Monday. The video of Ivo Sark saying "We will win" went viral.')
    assert a.speaker(_direct(a, "We will win")) == "Ivo Sark"


def test_a_paragraph_with_its_own_cue_naming_someone_else_is_a_new_quote():
    # Ann Lind's second quote is left unclosed at its paragraph's end; the next paragraph's quote
    # names its own speaker, Ivo Sark, and is his, not a continuation of hers.
    text = ('"It is a disgrace," Senator Ann Lind said on Friday. "If this stands, nobody is safe. How can anyone '
            'trust the count?\n\n"I have been thinking about where we are as a country," {cue}.')
    a = analyse(text.format(cue="added Senator Ivo Sark, the leader of the group"))
    assert a.speaker(_direct(a, "If this stands")) == "Ann Lind"
    assert a.speaker(_direct(a, "I have been thinking")) == "Ivo Sark"
    a = analyse(text.format(cue="she added"))
    assert a.speaker(_direct(a, "I have been thinking")) == "Ann Lind"


def test_a_statement_quoted_in_a_document_is_the_document_issuers():
    a = analyse('Senator Ann Lind wrote on Twitter about the protests. Part of Lind\'s tweet included the statement, '
                '"when the rain starts, the shooting starts."')
    assert a.speaker(_direct(a, "when the rain starts")) == "Ann Lind"


def test_the_firm_or_the_project_is_the_organisation_the_text_goes_on_with():
    a = analyse('The Lenton Rail Company cut services. "We regret the delays," the firm said in a statement.')
    assert a.speaker(_direct(a, "We regret")) == "Lenton Rail Company"
    a = analyse('Gregory Hale, who had founded the Orbix project, announced a new operating system, Vexa Linux. '
                'Vexa Linux describes itself as "a community system built to last". The project said "Vexa Linux '
                'aims to be a downstream build."')
    assert a.speaker(_direct(a, "Vexa Linux aims")) == "Vexa Linux"


def test_an_organisation_only_compounding_a_noun_is_not_the_group():
    a = analyse('Police arrested two men in Lenton on Monday. Lenton Police Department officers found a gun. '
                'The group said the arrests were "unjust".')
    assert a.speaker(_direct(a, "unjust")) is None


def test_a_thing_object_above_an_infinitive_is_no_speaker():
    a = analyse('Dr Ann Lind led a team at Lenton University. The team built a model and used this to predict '
                '"a sharp rise in oxygen levels".')
    assert _direct(a, "a sharp rise").speaker_text != "this"


def test_continue_thank_and_underline_report_words():
    a = analyse('Dr Ann Lind spoke at the briefing on Monday, saying "[w]e have never seen a flood like this." '
                'She continued, "[a]nd we have never seen one controlled so fast."')
    assert a.speaker(_direct(a, "[a]nd we have")) == "Ann Lind"
    a = analyse('The mayor of Lenton, Ivo Sark, thanked "the firefighters and the volunteers for their brave work".')
    assert a.speaker(_direct(a, "the firefighters")) == "Ivo Sark"
    a = analyse('Prime Minister Ann Lind spoke in Lenton on Monday. Lind underlined that she would be "very happy if '
                'the neighbours were to reconsider their approach".')
    assert a.speaker(_direct(a, "very happy if")) == "Ann Lind"


def test_continue_away_from_the_quote_reports_nothing():
    # 'as the investigation continued' names no speaker of the label before it.
    a = analyse('Police arrested a man in Lenton in March. The police identified him only as "Mr. B" as the '
                'investigation continued.')
    _no_direct(a, "Mr. B")
    # 'He continued by noting that “…”' introduces its own quote, not the one before it.
    a = analyse('Senator Ivo Sark backed the inquiry, telling the Lenton Post: "Let the committees get to work." '
                'He continued by noting that "Using the agencies this way would be wrong."')
    assert _direct(a, "Let the committees").cue.startswith("telling")


def test_a_cue_with_an_adjunct_before_the_quote_beats_a_misparsed_verb_above():
    # The parser hangs the quote on 'concludes'; 'saying during the debate last week, “…”' is its cue.
    a = analyse('Lind released an ad on Monday. "So why did Ivo Sark not pay?" a narrator in the ad asks. The spot '
                'concludes with footage of Ivo Sark saying during the debate last week, "That makes me smart," when '
                'Lind blasted him.')
    q = _direct(a, "That makes me smart")
    assert a.speaker(q) == "Ivo Sark" and q.cue == "saying"


def test_advise_reports_the_words_of_its_subject():
    # 'the police' described him earlier; the quoted word is from his own messages.
    a = analyse('Ivo Sark, who was described as "dangerous" by the police, sent his friend messages, and advised '
                'her to leave her "infidel" neighbours.')
    assert a.speaker(_direct(a, "infidel")) == "Ivo Sark"


def test_the_statement_is_the_statement_of_who_stated():
    a = analyse('The Lenton Foreign Ministry stated: "The mediators have declared the beginning of talks."\n\n'
                'The statement specified that "the talks will focus on aid and a ceasefire."')
    q = _direct(a, "the talks will focus")
    assert a.speaker(q) == "Lenton Foreign Ministry"


@pytest.mark.parametrize("opener", ["That said", "Having said that", "Needless to say"])
def test_a_discourse_phrase_is_no_attribution(opener):
    a = analyse('Lenton Soft will end support for its old system next year. '
                f'{opener}, Lenton Soft is working on some "low-cost programs" for small users.')
    found = [q for q in a.quotes if q.kind == "direct" and q.text.startswith("low-cost")]
    assert all(q.speaker_text is None and q.cue is None for q in found)


def test_that_said_keeps_the_quote_without_a_speaker():
    a = analyse('Lenton Soft will end support for its old system next year. '
                'That said, Lenton Soft is working on some "low-cost programs" for small users.')
    q = _direct(a, "low-cost programs")
    assert q.speaker_text is None and q.cue is None and q.speaker_entity is None
