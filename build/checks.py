"""Integrity checks on built tables: keys, references and the span invariant.

They run on every build (before anything is moved into place) and in ``structnews validate``.
They work on whole Arrow columns rather than row by row.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from structnews.build.errors import Problem
from structnews.schema.tables import TABLE_BY_NAME, TABLES


def check_tables(tables: dict[str, pa.Table], where: str = "data") -> list[Problem]:
    problems: list[Problem] = []

    def bad(table: str, field: str, code: str, message: str, hint: str) -> None:
        problems.append(Problem(f"{where}/{table}", None, field, code, message, hint))

    keys: dict[str, set[str]] = {}
    for spec in TABLES:
        table = tables[spec.name]
        pk = table.column(spec.primary_key)
        if pc.count(pk, mode="only_null").as_py():
            bad(spec.name, spec.primary_key, "null_key", "primary key is null", "rebuild with `structnews build`")
        counts = pc.value_counts(pk)
        dups = [v["values"].as_py() for v in counts if v["counts"].as_py() > 1]
        if dups:
            bad(spec.name, spec.primary_key, "duplicate_key", f"{len(dups)} duplicate ids, e.g. {dups[0]}",
                "two records have the same identity; a duplicate article? check `structnews validate`")
        keys[spec.name] = set(pk.to_pylist())
    for spec in TABLES:
        table = tables[spec.name]
        for fk in spec.foreign_keys:
            values = {v for v in table.column(fk.field).to_pylist() if v is not None}
            missing = values - keys[fk.table]
            if missing:
                bad(spec.name, fk.field, "foreign_key", f"{len(missing)} values not in {fk.table}.{fk.target}, e.g. {sorted(missing)[0]}",
                    "rebuild; a correction may point at a record that no longer exists")
        for column, target in spec.list_references.items():
            values = {v for row in table.column(column).to_pylist() for v in row}
            missing = values - keys[target]
            if missing:
                bad(spec.name, column, "foreign_key", f"{len(missing)} ids not in {target}, e.g. {sorted(missing)[0]}", "rebuild")
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
