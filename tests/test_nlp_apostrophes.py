"""Apostrophe stand-ins ('´' and '‘' typed for '’', as some outlets do) are read as apostrophes by
the model, while every text the extractors take keeps the article's own characters."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
from structnews.build.extract import nlp
from tests.helpers_nlp import analyse

TEXT = "On Monday Ruritania’s envoy visited Mara Veldin at Ostland’s fisheries office.\n\nO’Kerrin’s aides called the visit ‘useful’."


def test_a_stand_in_is_parsed_as_the_apostrophe_but_kept_in_the_text() -> None:
    model = nlp.load()
    typed = TEXT.replace("Ostland’s", "Ostland´s").replace("Ruritania’s", "Ruritania‘s").replace("O’Kerrin’s", "O´Kerrin´s")
    doc, reference = model(typed), model(TEXT)
    assert doc.text == typed
    assert [t.text for t in doc][:4] == ["On", "Monday", "Ruritania", "‘s"]
    assert "Ostland" in [t.text for t in doc] and "O´Kerrin" in [t.text for t in doc]
    columns = [TAG, POS, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    assert numpy.array_equal(doc.to_array(columns), reference.to_array(columns))
    assert [s.text for s in doc.sents] == [typed[s.start_char:s.end_char] for s in reference.sents]
    assert "‘" in [t.text for t in doc], "an opening single quote after a space is left alone"


def test_names_end_before_a_stand_in_possessive() -> None:
    typed = "Officials in Dravia said on Monday that Kell Borrin´s forces would withdraw."
    names = {(e.name, e.type) for e in analyse(typed).entities}
    assert names == {("Kell Borrin", "PERSON"), ("Dravia", "GPE")}
    assert names == {(e.name, e.type) for e in analyse(typed.replace("´", "’")).entities}


def test_a_bullet_between_two_headlines_is_parsed_as_a_comma_but_kept_in_the_text() -> None:
    """'X “a” • accuses Y of “b”': one subject for both headlines, as with a comma."""
    typed = "Varga ‘feels betrayed’ • accuses Lenton council of ‘greed’\n\nAna Varga said on Monday she felt betrayed by the council."
    model = nlp.load()
    doc, reference = model(typed), model(typed.replace(" • ", " , "))
    assert doc.text == typed and "•" in [t.text for t in doc]
    assert numpy.array_equal(doc.to_array([DEP, HEAD, POS]), reference.to_array([DEP, HEAD, POS]))
    a = analyse(typed)
    speakers = {q.text: a.speaker(q) for q in a.quotes if q.kind == "direct"}
    assert speakers == {"feels betrayed": "Varga", "greed": "Varga"}, speakers


def test_a_curly_apostrophe_after_a_names_one_letter_prefix_is_read_as_a_straight_one() -> None:
    """The model knows 'D'Souza' and 'O'Mahony' as names and misses them with ’: the name is found
    either way, and keeps the article's ’."""
    a = analyse("Opener Joel D’Souza made 52 off 38 balls.\n\nCian O’Mahony scored twice for the visitors on Saturday.")
    assert [(e.name, e.type) for e in a.entities if e.type == "PERSON"] == [("Joel D’Souza", "PERSON"), ("Cian O’Mahony", "PERSON")]
