"""The ``events`` table: who did what to whom, when and where (PLOVER types)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field, model_validator
from structnews.schema.base import (
    ArticleId,
    ClusterId,
    Confidence,
    EntityId,
    EventId,
    Method,
    NonEmptyStr,
    Offset,
    Record,
    fk,
    fk_each,
    pk,
)


class EventType(str, Enum):
    """The 16 event types of the PLOVER ontology (as used by POLECAT)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class EventContext(str, Enum):
    hypothetical = "hypothetical"  # "if Russia invades ..."
    future = "future"  # scheduled or expected: "will meet on Wednesday"
    negated = "negated"  # "did not call"


class DatePrecision(str, Enum):
    day = "day"
    month = "month"
    year = "year"


class Event(Record):
    """One event of one article: reported in one sentence, restatements linked (linked_sentence_*)."""

    event_id: EventId = pk("Stable id from (article_id, type, trigger offsets).")
    article_id: ArticleId = fk("articles", "article_id", "The article reporting the event.")
    type: EventType = Field(description="PLOVER event type.")
    mode: str | None = Field(description="PLOVER mode of the type, e.g. CONSULT 'phone' or 'visit', MOBILIZE 'troops'.")
    context: EventContext | None = Field(description="'hypothetical', 'future' or 'negated'; null for a reported fact.")
    actor_entity_ids: list[EntityId] = fk_each("entities", "entity_id", "Entities doing the event (each an entities.entity_id).")
    recipient_entity_ids: list[EntityId] = fk_each("entities", "entity_id", "Entities the event is directed at (each an entities.entity_id).")
    location_entity_id: EntityId | None = fk("entities", "entity_id", "Where the event took place, if stated.")
    date: dt.date | None = Field(description="When it happened, resolved against the publication date; the first day of the period for month or year precision.")
    date_text: str | None = Field(description="The time expression as written ('on Thursday', 'last month').")
    date_precision: DatePrecision | None = Field(description="Precision of date: 'day', 'month' or 'year'.")
    trigger: NonEmptyStr = Field(description="The word(s) that express the event, as written.")
    trigger_start: Offset = Field(description="Start offset of the trigger in articles.text.")
    trigger_end: Offset = Field(description="End offset (exclusive) of the trigger in articles.text.")
    sentence_start: Offset = Field(description="Start offset of the reporting sentence in articles.text.")
    sentence_end: Offset = Field(description="End offset (exclusive) of the reporting sentence in articles.text.")
    linked_sentence_starts: list[Offset] = Field(description="Start offsets of the other sentences of this article that report the same event (a headline and its body sentence), in text order; empty when reported once.")
    linked_sentence_ends: list[Offset] = Field(description="End offsets (exclusive) of those sentences, aligned with linked_sentence_starts.")
    cluster_id: ClusterId = Field(description="Shared by events of the same type, participants and date across articles (the same real-world event).")
    method: Method = Field(description="'rule' for extracted events, 'human' where a correction touched it.")
    confidence: Confidence = Field(description="Heuristic confidence, 0-1.")

    @model_validator(mode="after")
    def _spans(self) -> "Event":
        if not self.sentence_start <= self.trigger_start < self.trigger_end <= self.sentence_end:
            raise ValueError("the trigger must lie inside the sentence and be non-empty")
        if len(self.linked_sentence_starts) != len(self.linked_sentence_ends):
            raise ValueError("linked_sentence_starts and linked_sentence_ends must align")
        if (self.date is None) != (self.date_precision is None):
            raise ValueError("date and date_precision must be both set or both null")
        return self
