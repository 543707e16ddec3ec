"""Event extraction (structnews.build.events) on small hand-written sentences.

Entities come from a tiny local helper over spaCy's own entities (one LocalEntity per distinct
entity text), so these tests exercise the event rules, not the entity clustering.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from structnews.build import curated, nlp
from structnews.build.drafts import EventDraft, LocalEntity, MentionDraft
from structnews.build.events import extract_events

PUBLISHED = dt.date(2023, 3, 9)  # a Thursday
NON_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def _entities(doc: Doc) -> tuple[list[LocalEntity], list[MentionDraft]]:
    entities: dict[str, LocalEntity] = {}
    mentions: list[MentionDraft] = []
    sentences = list(doc.sents)
    for ent in doc.ents:
        if ent.label_ in NON_NAMES:
            continue
        if ent.text not in entities:
            entities[ent.text] = LocalEntity(len(entities), ent.text, ent.label_, ent.text.lower(), [ent.text])
        index = next(i for i, s in enumerate(sentences) if s.start <= ent.start < s.end)
        mentions.append(MentionDraft(entities[ent.text].index, ent.start_char, ent.end_char, ent.text, index, "model"))
    return list(entities.values()), mentions


class Run:
    """Events of a text, with participants shown by name."""

    def __init__(self, text: str, published: dt.date = PUBLISHED) -> None:
        self.doc = nlp.load()(text)
        self.entities, self.mentions = _entities(self.doc)
        self.events = extract_events(self.doc, self.entities, self.mentions, published)
        self.names = {e.index: e.name for e in self.entities}

    def of(self, type_: str) -> list[EventDraft]:
        return [e for e in self.events if e.type == type_]

    def one(self, type_: str) -> EventDraft:
        found = self.of(type_)
        assert len(found) == 1, [(e.type, e.trigger) for e in self.events]
        return found[0]

    def actors(self, event: EventDraft) -> list[str]:
        return [self.names[i] for i in event.actors]

    def recipients(self, event: EventDraft) -> list[str]:
        return [self.names[i] for i in event.recipients]

    def location(self, event: EventDraft) -> str | None:
        return None if event.location is None else self.names[event.location]


def test_phone_call_with_date_and_mode() -> None:
    run = Run("Chancellor Anna Berg spoke by phone with President Omar Diallo on Tuesday.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Anna Berg"] and run.recipients(event) == ["Omar Diallo"]
    assert event.mode == "phone" and event.context is None
    assert (event.date, event.date_precision, event.date_text) == (dt.date(2023, 3, 7), "day", "Tuesday")


def test_scheduled_meeting_is_future_and_takes_the_next_weekday() -> None:
    run = Run("Anna Berg will meet with Omar Diallo in Lisbon on Wednesday.")
    event = run.one("CONSULT")
    assert event.context == "future"
    assert event.date == dt.date(2023, 3, 15)
    assert run.location(event) == "Lisbon"


def test_expected_to_speak_borrows_the_subject() -> None:
    run = Run("Foreign Minister Anna Berg is expected to speak by phone with Omar Diallo on Monday.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Anna Berg"] and event.context == "future" and event.mode == "phone"
    assert event.date == dt.date(2023, 3, 13)


def test_symmetric_participants_are_all_actors() -> None:
    run = Run("Norway and Chile held talks in Geneva last month.")
    event = run.one("CONSULT")
    assert sorted(run.actors(event)) == ["Chile", "Norway"] and event.recipients == []
    assert run.location(event) == "Geneva"
    assert (event.date, event.date_precision) == (dt.date(2023, 2, 1), "month")


def test_call_between_two_parties_splits_them() -> None:
    run = Run("A call between Norway and Chile lasted an hour.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Chile"] and event.mode == "phone"


def test_one_event_per_sentence_type_and_actors() -> None:
    run = Run("Anna Berg spoke with Omar Diallo by phone, and the call lasted an hour.")
    assert len(run.of("CONSULT")) == 1


def test_visit_and_meeting_merge_into_one_visit() -> None:
    run = Run("Anna Berg flew to Lisbon and met Omar Diallo on Monday.")
    event = run.one("CONSULT")
    assert event.mode == "visit"
    assert run.recipients(event) == ["Omar Diallo"] and run.location(event) == "Lisbon"
    assert event.date == dt.date(2023, 3, 6)


def test_mobilize_needs_a_military_word() -> None:
    run = Run("Brazil massed troops near the border with Peru.")
    event = run.one("MOBILIZE")
    assert run.actors(event) == ["Brazil"] and event.mode == "troops" and event.recipients == []
    assert Run("Brazil massed a large fortune.").events == []


def test_call_on_is_a_request_not_a_phone_call() -> None:
    run = Run("Germany called on Austria to release the prisoners.")
    assert [e.type for e in run.events] == ["REQUEST"]
    event = run.events[0]
    assert run.actors(event) == ["Germany"] and run.recipients(event) == ["Austria"]
    assert event.trigger == "called on" and event.location is None


def test_threat_of_sanctions_is_one_threaten_event() -> None:
    run = Run("Poland threatened to impose sanctions on Hungary.")
    assert [e.type for e in run.events] == ["THREATEN"]
    event = run.events[0]
    assert event.mode == "sanction" and run.actors(event) == ["Poland"] and run.recipients(event) == ["Hungary"]


def test_demands_reported_vs_merely_named() -> None:
    run = Run("France issued demands to Spain on Monday.")
    event = run.one("REQUEST")
    assert event.mode == "demand" and run.actors(event) == ["France"] and run.recipients(event) == ["Spain"]
    assert Run("France's demands are sweeping.").events == []


def test_passive_agent_is_the_actor() -> None:
    run = Run("Iran was sanctioned by Japan in 2019.")
    event = run.one("SANCTION")
    assert run.actors(event) == ["Japan"] and run.recipients(event) == ["Iran"]
    assert (event.date, event.date_precision) == (dt.date(2019, 1, 1), "year")


def test_negated_and_hypothetical_context() -> None:
    assert Run("Kenya did not meet Uganda on Friday.").one("CONSULT").context == "negated"
    assert Run("If Canada attacks Mexico, the alliance will respond.").one("ASSAULT").context == "hypothetical"


def test_back_reference_to_a_call_is_not_a_new_event() -> None:
    assert Run("Following her call with Omar Diallo, Anna Berg praised the plan.").of("CONSULT") == []


def test_relative_day_counts_from_the_sentence_day() -> None:
    run = Run("Kenya said on Tuesday that Uganda and Rwanda had met in Kampala a day earlier.")
    event = run.one("CONSULT")
    assert event.date == dt.date(2023, 3, 6)


def test_offsets_index_the_text() -> None:
    text = "Anna Berg met Omar Diallo in Lisbon.\n\nNorway and Chile held talks on Friday.\n"
    run = Run(text)
    assert len(run.events) == 2
    for event in run.events:
        assert text[event.trigger_start : event.trigger_end] == event.trigger
        sentence = text[event.sentence_start : event.sentence_end]
        assert sentence == sentence.strip() and "\n" not in sentence
        assert event.sentence_start <= event.trigger_start < event.trigger_end <= event.sentence_end
        assert 0.0 <= event.confidence <= 1.0


def test_no_participants_no_event() -> None:
    assert Run("The talks were long and difficult.").events == []


def test_lexicon_is_general() -> None:
    """The curated lexicon validates and names no particular people or places."""
    lexicon = curated.event_lexicon()
    types = {t.type.value for t in lexicon.triggers}
    assert {"CONSULT", "THREATEN", "REQUEST", "MOBILIZE", "SANCTION"} <= types
    words = {t.lemma for t in lexicon.triggers}
    assert not any(w[:1].isupper() for w in words)


@pytest.mark.parametrize("text", ["", "No events here at all."])
def test_empty_inputs(text: str) -> None:
    assert Run(text).events == []
