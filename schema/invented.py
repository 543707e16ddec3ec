"""Invented, hand-annotated news sentences (``eval/invented/``), one model per line.

The sentences were written for this project (never copied from an article, so they ship under
the repository's licence) and annotated by ``docs/gold-events.md``. The model checks what a
contributor can get wrong: a trigger or party that is not in the sentence, an unknown type or
context, a field that does not exist.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from structnews.schema.events import EventContext, EventType


class InventedEvent(BaseModel):
    """One event an invented sentence reports."""

    model_config = ConfigDict(extra="forbid")

    type: EventType
    mode: str | None = None
    context: EventContext | None = None
    trigger: str = Field(min_length=1, description="The word(s) expressing the event, verbatim from the sentence.")
    actors: list[Annotated[str, StringConstraints(min_length=1)]] = Field(default_factory=list, description="Phrases naming who acts, verbatim.")
    recipients: list[Annotated[str, StringConstraints(min_length=1)]] = Field(default_factory=list, description="Phrases naming who is acted on, verbatim.")


class InventedSentence(BaseModel):
    """One invented news sentence (or headline) and every event it reports (none for a quiet one)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    text: str = Field(min_length=3)
    events: list[InventedEvent]

    @model_validator(mode="after")
    def _verbatim(self) -> InventedSentence:
        for i, event in enumerate(self.events):
            named = [("trigger", event.trigger)] + [("actors", a) for a in event.actors] + [("recipients", r) for r in event.recipients]
            for field, phrase in named:
                if phrase not in self.text:
                    raise ValueError(f"events.{i}.{field}: {phrase!r} is not in the sentence; triggers and parties are copied verbatim")
        return self
