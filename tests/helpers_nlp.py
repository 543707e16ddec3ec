"""Run the per-article extractors on a small hand-written text (shared by the NLP tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from structnews.build.extract import nlp
from structnews.build.extract.drafts import LocalEntity, MentionDraft, QuoteDraft
from structnews.build.extract.entities import extract_entities
from structnews.build.extract.events import extract_events
from structnews.build.extract.events.countries import country_participants
from structnews.build.extract.quotes import extract_quotes
from structnews.build.ingest.clean import clean


@dataclass
class Analysed:
    text: str
    entities: list[LocalEntity]
    mentions: list[MentionDraft]
    quotes: list[QuoteDraft]

    def speaker(self, quote: QuoteDraft) -> str | None:
        """The name of the quote's speaker entity, if any."""
        return self.entities[quote.speaker_entity].name if quote.speaker_entity is not None else None

    def quote(self, startswith: str) -> QuoteDraft:
        found = [q for q in self.quotes if q.text.startswith(startswith)]
        assert len(found) == 1, f"expected one quote starting {startswith!r}, got {[q.text for q in self.quotes]}"
        return found[0]

    def direct(self, startswith: str) -> QuoteDraft:
        """The one direct quote whose text starts with ``startswith``."""
        found = [q for q in self.quotes if q.kind == "direct" and q.text.startswith(startswith)]
        assert len(found) == 1, f"expected one direct quote starting {startswith!r}, got {[q.text for q in self.quotes if q.kind == 'direct']}"
        return found[0]

    def entity(self, name: str) -> LocalEntity:
        found = [e for e in self.entities if e.name == name]
        assert len(found) == 1, f"expected one entity named {name!r}, got {[e.name for e in self.entities]}"
        return found[0]

    def entity_of(self, surface: str) -> LocalEntity:
        """The entity of the first mention written exactly as ``surface``."""
        for m in self.mentions:
            if m.text == surface:
                return self.entities[m.entity]
        raise AssertionError(f"no mention {surface!r} in {[m.text for m in self.mentions]}")


def analyse(text: str) -> Analysed:
    """Clean (paragraphs split on blank lines), parse and extract entities and quotes."""
    cleaned = clean(text)
    doc = nlp.load()(cleaned.text)
    entities, mentions = extract_entities(doc)
    quotes = extract_quotes(doc, entities, mentions, cleaned.paragraphs)
    return Analysed(cleaned.text, entities, mentions, quotes)


@dataclass(frozen=True)
class NamedEvent:
    """An event with its parties shown by name and its day as ISO text, for assertions."""

    type: str
    trigger: str
    actors: list[str]
    recipients: list[str]
    date: str | None


def named_events(text: str, published: dt.date) -> list[NamedEvent]:
    """Clean, parse, extract entities (the whole entity stage), quotes and the events of an article
    published on ``published``, as the build does (the events read the quotes' speakers)."""
    cleaned = clean(text)
    doc = nlp.load()(cleaned.text)
    entities, mentions = extract_entities(doc)
    quotes = extract_quotes(doc, entities, mentions, cleaned.paragraphs)
    entities, events = country_participants(entities, extract_events(doc, entities, mentions, published, quotes))
    names = {e.index: e.name for e in entities}
    return [NamedEvent(e.type, e.trigger, [names[i] for i in e.actors], [names[i] for i in e.recipients],
                       e.date and e.date.isoformat())
            for e in events]
