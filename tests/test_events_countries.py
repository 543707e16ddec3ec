"""A nationality adjective among an event's parties is its country (events/countries.py), also when
the article never names the country; an adjective no curated country owns stays as it is.
Invented sentences (the countries are real: only curated countries can be implied)."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events
from structnews.build.extract.drafts import EventDraft, LocalEntity
from structnews.build.extract.events.countries import country_participants

THURSDAY = dt.date(2023, 3, 9)


def _records(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(text, THURSDAY)]


def test_adjectives_of_countries_the_article_never_names_are_those_countries() -> None:
    """Before, the parties were the NORP entities 'Norwegian' and 'Kenyan'."""
    records = _records("Norwegian and Kenyan diplomats held talks in Geneva on Monday.")
    assert ("CONSULT", ["Norway", "Kenya"], []) in records, records


def test_an_adjective_of_no_country_stays_the_participant() -> None:
    records = _records("Marxist rebels attacked the town of Kesh on Monday.")
    assert ("ASSAULT", ["Marxist"], []) in records, records


def _event(actors: list[int], recipients: list[int]) -> EventDraft:
    return EventDraft(type="CONSULT", mode=None, context=None, actors=actors, recipients=recipients, location=None,
                      date=None, date_text=None, date_precision=None, trigger="met", trigger_start=0, trigger_end=3,
                      sentence_start=0, sentence_end=10, confidence=0.5)


def test_a_country_the_text_never_writes_joins_the_entities_without_a_mention_and_inputs_are_kept() -> None:
    """'Kenyans' -> a new GPE entity Kenya (the gazetteer's key, so it is the same entity as Kenya
    in any other article); a country the article names is used as it is; the inputs are unchanged."""
    entities = [LocalEntity(index=0, name="Kenyans", type="NORP", key="kenyans", surface_forms=["Kenyans"]),
                LocalEntity(index=1, name="Norway", type="GPE", key="gaz:Norway", surface_forms=["Norway"], gazetteer_name="Norway"),
                LocalEntity(index=2, name="Norwegian", type="NORP", key="norwegian", surface_forms=["Norwegian"])]
    events = [_event([0], [2])]
    out_entities, out_events = country_participants(entities, events)
    assert [(e.name, e.type, e.key) for e in out_entities[3:]] == [("Kenya", "GPE", "gaz:Kenya")]
    assert out_entities[3].index == 3 and out_entities[3].surface_forms == []
    assert (out_events[0].actors, out_events[0].recipients) == ([3], [1])
    assert len(entities) == 3 and (events[0].actors, events[0].recipients) == ([0], [2])


def test_a_capital_whose_country_the_article_never_names_acts_for_it() -> None:
    """'Berlin halted ...': a capital acting is its state (docs/gold-events.md maps such metonyms),
    also when the article never writes the country. Before, the actor was the city."""
    records = _records("Chancellor Ivo Sark said on Tuesday that Berlin had suspended trade talks with Ostland.")
    assert any(t == "SANCTION" and a == ["Germany"] for t, a, _ in records), records


def test_a_visit_to_a_capital_keeps_the_city() -> None:
    records = _records("Prime Minister Ana Ruiz flew to Berlin on Monday for talks with Chancellor Ivo Sark.")
    assert records and all("Germany" not in a + r for _, a, r in records), records
