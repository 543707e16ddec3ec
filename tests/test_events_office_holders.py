"""'Dravia's prime minister' after 'Prime Minister Ann Lind': the person who holds the office,
fourteenth session (descriptions.office_holder); invented sentences, through the whole entity
stage (the titles come from it). The person is taken when the article says she heads that
country, or when she is the only one with that title and the article does not say which country
she heads; a titled person of another country is not."""

from __future__ import annotations

import datetime as dt

from structnews.build.extract import nlp
from structnews.build.extract.entities import extract_entities
from structnews.build.extract.events import extract_events
from structnews.build.ingest.clean import clean

THURSDAY = dt.date(2023, 3, 9)


def _rejections(text: str) -> list[tuple[list[str], str | None]]:
    cleaned = clean(text)
    doc = nlp.load()(cleaned.text)
    entities, mentions = extract_entities(doc)
    names = {e.index: e.name for e in entities}
    return [([names[i] for i in e.actors], e.date and e.date.isoformat())
            for e in extract_events(doc, entities, mentions, THURSDAY) if e.type == "REJECT"]


def test_the_country_s_office_is_its_holder_named_before() -> None:
    assert _rejections("Dravia Prime Minister Ann Lind arrived in Tulva on Sunday. "
                       "On Monday, Dravia's prime minister rejected the demands of the union.") == [(["Ann Lind"], "2023-03-06")]


def test_a_headline_and_its_body_sentence_become_one_record_through_the_holder() -> None:
    assert _rejections("Prime Minister Ann Lind rejects the union's demands.\n\n"
                       "On Monday Dravia's prime minister rejected the demands of striking dockers in Tulva.") \
        == [(["Ann Lind"], "2023-03-06")]


def test_the_holder_of_the_same_title_in_another_country_is_not_taken() -> None:
    assert _rejections("Varnia's President Ivo Sark met Ann Lind in Tulva. "
                       "Dravia's president rejected the demands of Varnia.") == [(["Dravia"], None)]
