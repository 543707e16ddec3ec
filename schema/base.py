"""Shared pieces of every record model.

Every table's columns are defined exactly once, as fields of a Pydantic model; all other
descriptions of the tables (Arrow, Frictionless, Hugging Face, JSON Schema) are projected from
these models by :mod:`structnews.schema.projections`. Field metadata beyond what Pydantic knows
(for example that a column is a foreign key) is carried in ``json_schema_extra``.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


class Record(BaseModel):
    """Base class of every table row: strict, immutable, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True, strict=False)


class Method(str, Enum):
    """How a record (or a field of it) was made."""

    model = "model"  # a statistical model (spaCy) decided
    rule = "rule"  # a hand-written rule over the model's output decided
    gazetteer = "gazetteer"  # curated knowledge in data/curated decided
    human = "human"  # a human correction in data/corrections decided


NonEmptyStr = Annotated[str, StringConstraints(min_length=1)]
Offset = Annotated[int, Field(ge=0)]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]

# Ids are a short prefix naming the table plus 16 hex digits of a SHA-256 over the record's
# identifying content (see structnews.build.core.ids).
ARTICLE_ID_PATTERN = r"^a_[0-9a-f]{16}$"
ENTITY_ID_PATTERN = r"^e_[0-9a-f]{16}$"
MENTION_ID_PATTERN = r"^m_[0-9a-f]{16}$"
QUOTE_ID_PATTERN = r"^q_[0-9a-f]{16}$"
EVENT_ID_PATTERN = r"^v_[0-9a-f]{16}$"
CLUSTER_ID_PATTERN = r"^c_[0-9a-f]{16}$"

ArticleId = Annotated[str, StringConstraints(pattern=ARTICLE_ID_PATTERN)]
EntityId = Annotated[str, StringConstraints(pattern=ENTITY_ID_PATTERN)]
MentionId = Annotated[str, StringConstraints(pattern=MENTION_ID_PATTERN)]
QuoteId = Annotated[str, StringConstraints(pattern=QUOTE_ID_PATTERN)]
EventId = Annotated[str, StringConstraints(pattern=EVENT_ID_PATTERN)]
ClusterId = Annotated[str, StringConstraints(pattern=CLUSTER_ID_PATTERN)]


def fk(table: str, field: str, description: str, **kwargs: object) -> object:
    """A field that refers to another table's primary key (projected to foreignKeys)."""
    return Field(description=description, json_schema_extra={"foreign_key": f"{table}.{field}"}, **kwargs)


def fk_each(table: str, field: str, description: str, **kwargs: object) -> object:
    """A list field each of whose items refers to another table's primary key. Frictionless
    foreign keys cannot express this; our validator, the card and Croissant read it from here."""
    return Field(description=description, json_schema_extra={"foreign_key_each": f"{table}.{field}"}, **kwargs)


def pk(description: str, **kwargs: object) -> object:
    """The table's primary key field (projected to primaryKey and a unique constraint)."""
    return Field(description=description, json_schema_extra={"primary_key": True}, **kwargs)


def check_span(start: int, end: int, text: str) -> None:
    """A span is non-empty and its text is exactly as long as it (the full invariant,
    ``articles.text[start:end] == text``, needs the article and is checked by the build)."""
    if end <= start:
        raise ValueError("end must be greater than start")
    if len(text) != end - start:
        raise ValueError("text length must equal end - start")
