"""Integrity checks on built tables: keys, references and the span invariant.

They run on every build (before anything is moved into place) and in ``structnews validate``.
They work on whole Arrow columns rather than row by row.
"""

from __future__ import annotations

import pyarrow as pa
from structnews.build.core.errors import Problem
from structnews.build.tables.tablecheck import check_keys
from structnews.schema.tables import TABLE_BY_NAME


def check_tables(tables: dict[str, pa.Table], where: str = "data") -> list[Problem]:
    """Unique primary keys, resolving foreign keys (scalar and list-valued), and the span invariant."""
    problems: list[Problem] = []
    # Keys and references are set operations over whole columns (structnews.build.tables.tablecheck).
    problems.extend(check_keys(tables, where))
    problems.extend(check_spans(tables))
    return problems


def check_spans(tables: dict[str, pa.Table]) -> list[Problem]:
    """text[start:end] == span text for every mention and quote; triggers inside their sentence."""
    problems = []
    texts = dict(zip(tables["articles"].column("article_id").to_pylist(), tables["articles"].column("text").to_pylist()))
    for name in ("mentions", "quotes"):
        t = tables[name]
        pk = TABLE_BY_NAME[name].primary_key
        for rid, aid, start, end, text in zip(*(t.column(c).to_pylist() for c in (pk, "article_id", "start", "end", "text"))):
            body = texts.get(aid)
            if body is None or body[start:end] != text:
                problems.append(Problem(f"data/{name}", None, "text", "span_mismatch",
                                        f"{rid}: articles.text[{start}:{end}] is not the record's text",
                                        "the tables are out of date or corrupted; run `structnews build`"))
    ev = tables["events"]
    for rid, aid, ts, te, trig, ss, se in zip(*(ev.column(c).to_pylist() for c in
                                                ("event_id", "article_id", "trigger_start", "trigger_end", "trigger", "sentence_start", "sentence_end"))):
        body = texts.get(aid)
        if body is None or body[ts:te] != trig or not (ss <= ts and te <= se <= len(body)):
            problems.append(Problem("data/events", None, "trigger", "span_mismatch",
                                    f"{rid}: the trigger is not articles.text[{ts}:{te}] inside its sentence",
                                    "run `structnews build`"))
    return problems
