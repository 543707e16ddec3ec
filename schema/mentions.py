"""The ``mentions`` table: each place an entity is named in an article."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator
from structnews.schema.base import (
    ArticleId,
    EntityId,
    MentionId,
    Method,
    NonEmptyStr,
    Offset,
    Record,
    check_span,
    fk,
    pk,
)


class Mention(Record):
    """A span of ``articles.text`` that names an entity."""

    mention_id: MentionId = pk("Stable id from (article_id, start, end).")
    article_id: ArticleId = fk("articles", "article_id", "The article the mention is in.")
    entity_id: EntityId = fk("entities", "entity_id", "The entity mentioned.")
    start: Offset = Field(description="Start offset (characters) in articles.text.")
    end: Offset = Field(description="End offset (exclusive) in articles.text; text == articles.text[start:end].")
    text: NonEmptyStr = Field(description="The surface form as written.")
    sentence_index: Annotated[int, Field(ge=0)] = Field(description="0-based index of the sentence in the article.")
    method: Method = Field(description="'model' for spaCy NER spans, 'gazetteer' or 'rule' for added ones, 'human' for corrections.")

    @model_validator(mode="after")
    def _span(self) -> "Mention":
        check_span(self.start, self.end, self.text)
        return self
