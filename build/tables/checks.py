"""Integrity checks on built tables: keys, references and the span invariant.

They run in ``structnews validate`` and before a release (the build checks each article's spans
as it writes them). They work on whole Arrow columns rather than row by row.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from structnews.build.core.errors import Problem
from structnews.build.tables.tablecheck import check_keys
from structnews.schema.tables import TABLE_BY_NAME


def check_tables(tables: dict[str, pa.Table], where: str = "data") -> list[Problem]:
    """Unique primary keys, resolving foreign keys (scalar and list-valued), and the span invariant."""
    problems: list[Problem] = []
    # Keys and references are set operations over whole columns (structnews.build.tables.tablecheck).
    problems.extend(check_keys(tables, where))
    problems.extend(check_spans(tables, where))
    return problems


def check_spans(tables: dict[str, pa.Table], where: str = "data") -> list[Problem]:
    """text[start:end] == span text for every mention and quote; triggers inside their sentence.

    One vectorised join per table (DuckDB over the Arrow tables, nothing copied to Python): each
    record's article text is looked up by ``article_id`` and cut with ``substring``, which counts
    characters (code points) as Python's offsets do. A table with wrong spans gives one problem
    naming how many rows are wrong and the first of them (row number, id and offsets).
    """
    import duckdb

    if "articles" not in tables:
        return []
    articles = tables["articles"].select(["article_id", "text"])
    checks = [(name, TABLE_BY_NAME[name].primary_key, "text", "start", "end", "text", None) for name in ("mentions", "quotes")]
    checks.append(("events", "event_id", "trigger", "trigger_start", "trigger_end", "trigger", ("sentence_start", "sentence_end")))
    problems = []
    con = duckdb.connect()
    try:
        con.register("articles", articles)
        for name, pk, field, start, end, text, sentence in checks:
            if name not in tables:
                continue
            t = tables[name]
            cols = [pk, "article_id", start, end, text, *(sentence or ())]
            rows = t.select(cols).append_column("row_", pa.array(np.arange(t.num_rows, dtype=np.int64)))
            con.register("records", rows)
            # Python's text[s:e] for s, e >= 0: '' when e <= s, else the code points s .. e-1.
            cut = f'CASE WHEN r."{end}" <= r."{start}" THEN \'\' ELSE substring(a.text, r."{start}" + 1, r."{end}" - r."{start}") END'
            fits = f'r."{start}" >= 0 AND a.text IS NOT NULL AND {cut} = r."{text}"'
            if sentence:
                ss, se = sentence
                fits += f' AND r."{ss}" <= r."{start}" AND r."{end}" <= r."{se}" AND r."{se}" <= length(a.text)'
            [(n, first)] = con.execute(
                f"SELECT count(DISTINCT r.row_), min(r.row_) FROM records r LEFT JOIN articles a ON a.article_id = r.article_id "
                f"WHERE NOT coalesce({fits}, false)").fetchall()
            con.unregister("records")
            if not n:
                continue
            rid, s, e = (t.column(c)[first].as_py() for c in (pk, start, end))
            what = "the trigger is not articles.text[{s}:{e}] inside its sentence" if sentence else "articles.text[{s}:{e}] is not the record's text"
            problems.append(Problem(f"{where}/{name}", first + 1, field, "span_mismatch",
                                    f"{n} row(s) whose span does not fit the article text, first at row {first + 1} "
                                    f"({pk} {rid}: {what.format(s=s, e=e)})",
                                    "the tables are out of date or corrupted; run `structnews build`"))
    finally:
        con.close()
    return problems
