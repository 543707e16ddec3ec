"""Direct quotes: the next paragraph names the speaker of a quote that closes its paragraph, looking
back at it ('That was how X described it', 'The words came from X'); invented sentences
(build/extract/quotes/layout.following_speaker)."""

from __future__ import annotations

from helpers_nlp import analyse


def test_the_next_paragraph_looking_back_with_how_names_the_speaker():
    a = analyse('“The whole roof shook as if a train were passing.”\n\n'
                'That was how Lena Fiske, a teacher who was in the hall when the storm hit, described the night.')
    assert a.speaker(a.direct("The whole roof shook")) == "Lena Fiske"


def test_the_words_came_from_the_next_paragraphs_person():
    a = analyse('Rescuers searched the river all night.\n\n“We were very, very lucky.”\n\n'
                'The words came from Tomas Brel, the head of civil protection, speaking at the scene.')
    assert a.speaker(a.direct("We were very")) == "Tomas Brel"


def test_a_later_warning_from_someone_else_is_no_look_back():
    a = analyse('Mayor Ann Lind visited the dam. “The dam will hold.”\n\n'
                'The warning from engineer Ivo Sark came a day later.')
    assert a.speaker(a.direct("The dam will hold")) == "Ann Lind"


def test_a_line_delivered_by_someone_and_that_was_someone_name_the_speaker():
    a = analyse('President Ana Ruiz spoke in Lima on Monday.\n\n'
                '"Our rivals have been off the trail more than they have been on it."\n\n'
                'That line, delivered by Ruiz at a rally in Lima on Tuesday night, drew the loudest applause.')
    assert [a.speaker(q) for q in a.quotes] == ["Ana Ruiz"]
    a = analyse('Voters in Lima are still undecided.\n\n"Honestly? I am going to hold my nose either way."\n\n'
                'That was Linda Marsh, 47, a dental hygienist from Lima, who voted for the other party four years ago.')
    assert [a.speaker(q) for q in a.quotes] == ["Linda Marsh"]
    # 'That was X's plan' names no speaker
    a = analyse('Voters in Lima are still undecided.\n\n"We will win."\n\nThat was the plan of Linda Marsh, a rival.')
    assert [a.speaker(q) for q in a.quotes] == [None]


def test_the_words_are_those_of_the_person_named_next():
    a = analyse('Fighting went on in the capital on Sunday.\n\n"There is no water and no food left in the shops."\n\n'
                'The words are those of Ana Lind, a 29-year-old pharmacist who left the city last week.')
    assert a.speaker(a.direct("There is no water")) == "Ana Lind"
