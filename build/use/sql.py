"""``structnews sql``: DuckDB over the built tables, one view per table, for quick questions.

Views read ``ROOT/data/<table>/*.parquet``, so the same query works on the working tree
(``data/quotes/quotes.parquet``) and on a release folder (``data/quotes/train-*.parquet``).
The worked questions of the README live here as :data:`EXAMPLES`, so the documentation
(docs/releases.md) and the tests run exactly the same SQL.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from structnews.build.tables.folder import table_files, table_names

EXAMPLES: dict[str, str] = {
    "who is quoted most": """\
SELECT e.name AS speaker, e.type, count(*) AS quotes,
       count(*) FILTER (WHERE q.kind = 'direct') AS direct,
       count(DISTINCT q.article_id) AS articles
FROM quotes q
JOIN entities e ON q.speaker_entity_id = e.entity_id
GROUP BY e.name, e.type
ORDER BY quotes DESC, speaker
LIMIT 10""",
    "events per week by type": """\
-- The event's own date when known to the day, else the publication date (undated events are
-- mostly reported as news of that week); month- or year-precise dates cannot be placed in a
-- week and are left out, as are future, hypothetical and negated events.
SELECT CAST(date_trunc('week', coalesce(v.date, a.published)) AS DATE) AS week, v.type, count(*) AS events
FROM events v
JOIN articles a USING (article_id)
WHERE v.context IS NULL AND (v.date IS NULL OR v.date_precision = 'day')
GROUP BY week, v.type
ORDER BY week, events DESC, v.type""",
    "which entities appear together": """\
WITH s AS (SELECT DISTINCT article_id, sentence_index, entity_id FROM mentions)
SELECT ea.name AS entity_a, eb.name AS entity_b,
       count(*) AS sentences, count(DISTINCT a.article_id) AS articles
FROM s a
JOIN s b ON a.article_id = b.article_id AND a.sentence_index = b.sentence_index
        AND a.entity_id < b.entity_id
JOIN entities ea ON ea.entity_id = a.entity_id
JOIN entities eb ON eb.entity_id = b.entity_id
GROUP BY entity_a, entity_b
ORDER BY sentences DESC, entity_a, entity_b
LIMIT 15""",
}


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def connect(root: Path):  # noqa: ANN201 - duckdb.DuckDBPyConnection
    """An in-memory DuckDB connection with a view per table found under ``root/data``."""
    import duckdb

    con = duckdb.connect(":memory:")
    names = table_names(root)
    if not names:
        raise FileNotFoundError(f"{root}: no data/<table>/*.parquet here; run `structnews build` or pass --root")
    for name in names:
        files = ", ".join("'" + str(p.resolve()).replace("'", "''") + "'" for p in table_files(root, name))
        con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet([{files}])')
    return con


def run(query: str, root: Path) -> Result:
    """Run one query over the tables under ``root``."""
    con = connect(root)
    try:
        cur = con.execute(query)
        columns = [d[0] for d in cur.description] if cur.description else []
        return Result(columns, cur.fetchall() if columns else [])
    finally:
        con.close()


def _cell(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def format_result(result: Result, fmt: str = "text") -> str:
    """text (aligned columns), csv or json (a list of objects)."""
    if fmt == "json":
        return json.dumps([{c: _cell(v) for c, v in zip(result.columns, row)} for row in result.rows],
                          indent=2, ensure_ascii=False, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[_cell(v) for v in row] for row in result.rows])
        return buf.getvalue().rstrip("\n")
    cells = [[("" if v is None else str(_cell(v))) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)
