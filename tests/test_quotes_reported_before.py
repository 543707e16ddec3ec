"""Direct quotes: a bare quotation paragraph after a paragraph that reports someone's speech
without quoting them takes that speaker (build/extract/quotes/reported_before.py); invented
sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_quote_paragraph_goes_on_with_the_reported_speaker():
    a = analyse('“We walked for nine days,” said the guide, Tarek Osei.\n\n'
                'The botanist Nora Lindqvist, who led the team, said the plant would be named after the valley.\n\n'
                '“The farmers there showed us every path. Without them we would have found nothing.”')
    assert a.speaker(a.direct("The farmers there")) == "Nora Lindqvist"


def test_a_speech_participle_on_the_main_verb_counts():
    a = analyse('Minister Elsa Varga spoke first. Mayor Jon Pike bridled, telling local radio that the minister '
                'had misread the law.\n\n"These remarks show how little the capital knows about our town."')
    assert a.speaker(a.direct("These remarks")) == "Jon Pike"


def test_a_paragraph_without_speech_leaves_the_quote_unattributed():
    a = analyse('“The road is closed,” said the engineer, Pia Holm.\n\n'
                'Mayor Jon Pike visited the site on Monday.\n\n'
                '“Nobody will drive here before spring.”')
    assert a.speaker(a.direct("Nobody will drive")) is None  # a visit reports no speech


def test_a_quote_with_its_own_lead_in_is_not_changed():
    a = analyse('The botanist Nora Lindqvist said the plant was rare.\n\n'
                'Her colleague Amir Sadeh added: “We found only three of them.”')
    assert a.speaker(a.direct("We found only three")) == "Amir Sadeh"

