"""A main clause's 'it' is the one party the sentence before had as a singular subject, when that
sentence names no singular thing 'it' could be instead; 'the country' with no country's adjective is
the country the article is about (events/antecedents.py); a gerund's doer after a preposition
(participants.verb_subject). Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

WEDNESDAY = dt.date(2024, 3, 6)


def _records(*paragraphs: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events("\n\n".join(paragraphs), WEDNESDAY)]


def test_it_opening_a_sentence_is_the_party_the_sentence_before_was_about() -> None:
    """Before, the lifting had no actor."""
    records = _records("The European Union imposed sanctions on Kenya in May.", "It lifted the ban in April.")
    assert ("RETREAT", ["European Union"], []) in records, records


def test_a_plural_subject_before_is_they_not_it() -> None:
    records = _records("The ministers of Kenya and Norway met in Oslo, and the African Union suspended its payments to Kenya in May.",
                       "It lifted the ban in April.")
    assert ("RETREAT", ["African Union"], []) in records, records


def test_it_after_a_sentence_about_a_thing_is_not_the_party() -> None:
    """'It' may be the bill: the country that passed it is not the one banning."""
    records = _records("Kenya passed the new media bill in May.", "It bans protests near the parliament.")
    assert all("Kenya" not in r[1] for r in records), records


STORY = "Guatemala is a small nation. Guatemala has a new president, and Guatemala is poor."


def test_the_country_with_a_regions_adjective_is_the_country_the_article_is_about() -> None:
    """Before, the actor was the region's adjective 'Central American'."""
    records = _records(STORY, "The Central American country accused Norway of fraud on Monday.")
    assert ("ACCUSE", ["Guatemala"], ["Norway"]) in records, records


def test_the_nation_with_a_countrys_adjective_is_that_country() -> None:
    """A curated country's adjective names the country, though the article never names it."""
    records = _records(STORY, "The Kenyan nation accused Norway of fraud on Monday.")
    assert ("ACCUSE", ["Kenya"], ["Norway"]) in records, records


def test_the_subject_of_a_passive_does_the_gerund_its_preposition_governs() -> None:
    """'X was fined for refusing ...': X refused (before, X was the one refused)."""
    records = _records("Mara Velden was fined by the court in May for refusing to hand over the harbour accounts.")
    assert ("REJECT", ["Mara Velden"], []) in records, records


def test_whoever_institutes_a_policy_does_what_it_is_a_policy_of() -> None:
    """Curated ``agenda_nouns``: 'a campaign of confiscating property'; not 'the importance of respecting X'."""
    records = _records("Mara Velden ruled Ostria from 1980 to 2017.", "In the 1990s, she began a campaign of confiscating property from exiles.")
    assert ("COERCE", ["Mara Velden"], []) in records, records
