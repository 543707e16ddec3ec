"""The five built tables, loaded into one in-memory corpus for the explorer."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from structnews.build.tables.folder import FolderError, read_table
from structnews.schema.tables import TABLES


class ExploreError(Exception):
    """The tables cannot be found or read, or the output folder cannot be written."""


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _table_rows(root: Path, name: str) -> list[dict[str, Any]]:
    try:
        return read_table(root, name).to_pylist()
    except FolderError as exc:
        raise ExploreError(str(exc)) from exc


@dataclass
class Corpus:
    articles: list[dict[str, Any]]  # sorted by (published, article_id)
    entities: dict[str, dict[str, Any]]
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by article_id, in text order
    quotes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def article_by_id(self) -> dict[str, dict[str, Any]]:
        return {a["article_id"]: a for a in self.articles}


def load_corpus(root: Path) -> Corpus:
    """The five tables under ``root/data/<table>/*.parquet`` (a build output or a release folder)."""
    tables = {spec.name: _table_rows(root, spec.name) for spec in TABLES}
    articles = tables["articles"]
    for a in articles:
        a["published"] = _date(a["published"])
        a["stem"] = Path(a["source_file"]).stem
    articles.sort(key=lambda a: (a["published"], a["article_id"]))
    entities = {e["entity_id"]: e for e in sorted(tables["entities"], key=lambda e: e["entity_id"])}
    corpus = Corpus(articles, entities)
    for name, key in (("mentions", ("start", "end", "mention_id")), ("quotes", ("start", "end", "quote_id")),
                      ("events", ("trigger_start", "type", "event_id"))):
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in tables[name]:
            if name == "events":
                row["date"] = _date(row["date"])
            grouped[row["article_id"]].append(row)
        for rows in grouped.values():
            rows.sort(key=lambda r: tuple(r[k] for k in key))
        setattr(corpus, name, dict(grouped))
    return corpus
