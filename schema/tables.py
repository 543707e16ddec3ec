"""The registry of tables: which model each table holds, its keys and its order.

This is the single place that says how the five tables link; the Frictionless descriptor,
the validator and the release read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from structnews.schema.articles import Article
from structnews.schema.base import Record
from structnews.schema.entities import Entity
from structnews.schema.events import Event
from structnews.schema.mentions import Mention
from structnews.schema.quotes import Quote


@dataclass(frozen=True)
class ForeignKey:
    field: str
    table: str
    target: str


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[Record]
    title: str
    description: str
    sort_by: tuple[str, ...]

    @property
    def primary_key(self) -> str:
        keys = [n for n, f in self.model.model_fields.items() if (f.json_schema_extra or {}).get("primary_key")]
        assert len(keys) == 1, f"{self.name} must have exactly one primary key field"
        return keys[0]

    @property
    def foreign_keys(self) -> list[ForeignKey]:
        out = []
        for name, info in self.model.model_fields.items():
            ref = (info.json_schema_extra or {}).get("foreign_key")
            if ref:
                table, target = str(ref).split(".")
                out.append(ForeignKey(name, table, target))
        return out

    @property
    def list_references(self) -> dict[str, str]:
        """List-valued columns whose items are another table's keys (checked by our validator;
        Frictionless foreign keys cannot express them), declared on the fields with ``fk_each``."""
        out = {}
        for name, info in self.model.model_fields.items():
            ref = (info.json_schema_extra or {}).get("foreign_key_each")
            if ref:
                out[name] = str(ref).split(".")[0]
        return out

    def references_to(self, table: str) -> dict[str, bool]:
        """Every column that refers to ``table``'s key, scalar or list: ``{column: is_list}``.
        What renumbers or counts entity references (corrections, entity statistics) reads this,
        so a new reference column is handled everywhere once it is declared on its model."""
        out = {fk.field: False for fk in self.foreign_keys if fk.table == table}
        out.update({name: True for name, target in self.list_references.items() if target == table})
        return out

    def sort_key(self, record: Record) -> tuple:
        """The key rows are ordered by in the table (``sort_by``), for records of one article or many."""
        return tuple(getattr(record, name) for name in self.sort_by)


TABLES: tuple[TableSpec, ...] = (
    TableSpec("articles", Article, "Articles", "One row per news article: provenance and clean body text.", ("article_id",)),
    TableSpec("entities", Entity, "Entities", "Canonical named entities shared across articles.", ("entity_id",)),
    TableSpec("mentions", Mention, "Mentions", "Each span of an article's text that names an entity.", ("article_id", "start", "end")),
    TableSpec("quotes", Quote, "Quotes", "Direct and indirect quotations with their speakers.", ("article_id", "start", "end")),
    TableSpec("events", Event, "Events", "Events (PLOVER types) with actors, recipients, place and date.", ("article_id", "trigger_start", "type")),
)

TABLE_BY_NAME = {t.name: t for t in TABLES}
