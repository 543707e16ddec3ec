"""Human corrections (``data/corrections/*.yaml``), applied on top of extraction at every build.

A correction names its target by stable id or, more robustly, by article (the raw file's stem)
and text, so it survives rebuilds; one that no longer finds its target is an error naming it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from structnews.schema.entities import EntityType
from structnews.schema.events import DatePrecision, EventContext, EventType

NonEmpty = Annotated[str, StringConstraints(min_length=1)]
Stem = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]+$")]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: NonEmpty = Field(description="Why the extraction was wrong: a reviewer reads this.")


class _QuoteTarget(_Base):
    quote_id: Annotated[str, StringConstraints(pattern=r"^q_[0-9a-f]{16}$")] | None = None
    article: Stem | None = Field(default=None, description="The raw file's stem, e.g. 'cnn_0001'.")
    text: NonEmpty | None = Field(default=None, description="The quote's text (or a unique part of it).")

    @model_validator(mode="after")
    def _target(self):
        if self.quote_id is None and (self.article is None or self.text is None):
            raise ValueError("name the quote by quote_id, or by article and text")
        return self


class SetSpeaker(_QuoteTarget):
    action: Literal["set_speaker"]
    speaker: NonEmpty | None = Field(description="Name (or alias) of an existing entity; null for an unnamed source.")
    speaker_text: NonEmpty | None = None


class NotAQuote(_QuoteTarget):
    action: Literal["not_a_quote"]


class AddQuote(_Base):
    action: Literal["add_quote"]
    article: Stem
    text: NonEmpty = Field(description="The quoted words exactly as in the article's clean text.")
    occurrence: int = Field(default=1, ge=1, description="Which occurrence of text, if it occurs more than once.")
    speaker: NonEmpty | None = None
    speaker_text: NonEmpty | None = None
    kind: Literal["direct", "indirect"] = "direct"
    is_fragment: bool = False


class AddMention(_Base):
    action: Literal["add_mention"]
    article: Stem
    text: NonEmpty
    occurrence: int = Field(default=1, ge=1)
    entity: NonEmpty = Field(description="Name, alias or id of an existing entity.")


class MergeEntities(_Base):
    action: Literal["merge_entities"]
    entities: list[NonEmpty] = Field(min_length=2, description="Names or ids; all are merged into the first.")


class SplitEntity(_Base):
    action: Literal["split_entity"]
    entity: NonEmpty
    article: Stem
    mentions: list[NonEmpty] = Field(min_length=1, description="Surface forms in that article that belong to the new entity.")
    name: NonEmpty
    type: EntityType


class SetEntity(_Base):
    action: Literal["set_entity"]
    entity: NonEmpty
    name: NonEmpty | None = None
    type: EntityType | None = None
    description: NonEmpty | None = None
    wikidata_id: Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")] | None = None


class SetEvent(_Base):
    action: Literal["set_event"]
    event_id: Annotated[str, StringConstraints(pattern=r"^v_[0-9a-f]{16}$")] | None = None
    article: Stem | None = None
    trigger: NonEmpty | None = Field(default=None, description="With article and sentence: the event's trigger word.")
    sentence: NonEmpty | None = Field(default=None, description="A unique part of the reporting sentence.")
    type: EventType | None = None
    mode: NonEmpty | None = None
    context: EventContext | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    remove: bool = Field(default=False, description="True: the event is not an event; drop it.")

    @model_validator(mode="after")
    def _target(self):
        if self.event_id is None and (self.article is None or self.sentence is None):
            raise ValueError("name the event by event_id, or by article, sentence (and trigger)")
        if (self.date is None) != (self.date_precision is None):
            raise ValueError("set date and date_precision together")
        return self


Correction = Annotated[
    Union[SetSpeaker, NotAQuote, AddQuote, AddMention, MergeEntities, SplitEntity, SetEntity, SetEvent],
    Field(discriminator="action"),
]


class CorrectionFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    corrections: list[Correction]
