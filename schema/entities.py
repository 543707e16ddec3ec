"""The ``entities`` table: one row per real-world entity, shared across articles."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field
from structnews.schema.base import EntityId, Method, NonEmptyStr, Record, pk


class EntityType(str, Enum):
    """OntoNotes named-entity types, as spaCy's English models use them."""

    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    NORP = "NORP"
    FAC = "FAC"
    EVENT = "EVENT"
    LAW = "LAW"
    WORK_OF_ART = "WORK_OF_ART"
    PRODUCT = "PRODUCT"
    LANGUAGE = "LANGUAGE"


class Entity(Record):
    """A canonical entity: every mention of it, in any article, carries this id."""

    entity_id: EntityId = pk("Stable id derived from the entity's type and canonical key (gazetteer id if curated).")
    name: NonEmptyStr = Field(description="Canonical name: the gazetteer's, else the most complete form seen.")
    type: EntityType = Field(description="Entity type, decided by agreement across mentions (or the gazetteer).")
    aliases: list[NonEmptyStr] = Field(description="Every other surface form seen in the corpus or curated, sorted.")
    description: str | None = Field(description="Role or description from an appositive in the text or the gazetteer.")
    wikidata_id: Annotated[str, Field(pattern=r"^Q[1-9][0-9]*$")] | None = Field(
        description="Wikidata item id, only where curated with certainty."
    )
    mention_count: Annotated[int, Field(ge=0)] = Field(description="Number of mentions in the corpus (0 for a country only events refer to: a nationality adjective stood for it, the text never names it).")
    article_count: Annotated[int, Field(ge=0)] = Field(description="Number of articles that mention it.")
    method: Method = Field(description="How the entity was canonicalised: 'gazetteer' if curated, else 'rule'; 'human' if corrected.")
