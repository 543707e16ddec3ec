"""The span invariant, checked as one join per table (build/tables/checks.py: check_spans).

A wrong span is reported with its table, its row number and its id; offsets are characters
(code points), as in Python, including outside the Basic Multilingual Plane; and the vectorised
check agrees with the plain Python definition on randomly broken copies of the built tables.
"""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pytest
from structnews.build.tables.checks import check_spans
from structnews.build.tables.folder import read_tables

ROOT = Path(__file__).resolve().parent.parent


def with_cell(table: pa.Table, column: str, row: int, value: object) -> pa.Table:
    values = table.column(column).to_pylist()
    values[row] = value
    i = table.schema.get_field_index(column)
    return table.set_column(i, table.schema.field(i), pa.array(values, type=table.schema.field(i).type))


def python_spans(tables: dict[str, pa.Table]) -> dict[str, set[int]]:
    """The invariant in plain Python, row by row (the definition the join must agree with)."""
    texts = dict(zip(tables["articles"].column("article_id").to_pylist(), tables["articles"].column("text").to_pylist()))
    bad: dict[str, set[int]] = {}
    for name in ("mentions", "quotes"):
        rows = tables[name].select(["article_id", "start", "end", "text"]).to_pylist()
        bad[name] = {i for i, r in enumerate(rows)
                     if (body := texts.get(r["article_id"])) is None or body[r["start"] : r["end"]] != r["text"]}
    rows = tables["events"].select(["article_id", "trigger_start", "trigger_end", "trigger", "sentence_start", "sentence_end"]).to_pylist()
    bad["events"] = {i for i, r in enumerate(rows)
                     if (body := texts.get(r["article_id"])) is None or body[r["trigger_start"] : r["trigger_end"]] != r["trigger"]
                     or not (r["sentence_start"] <= r["trigger_start"] and r["trigger_end"] <= r["sentence_end"] <= len(body))}
    return bad


@pytest.fixture(scope="module")
def tables() -> dict[str, pa.Table]:
    return read_tables(ROOT)  # the committed tables


def test_committed_tables_have_no_span_problems(tables: dict[str, pa.Table]) -> None:
    assert check_spans(tables) == []
    assert not any(python_spans(tables).values())


@pytest.mark.parametrize(("name", "column", "pk"), [("mentions", "start", "mention_id"), ("quotes", "end", "quote_id"),
                                                    ("events", "trigger_start", "event_id")])
def test_a_wrong_span_is_reported_with_its_row_and_id(tables: dict[str, pa.Table], name: str, column: str, pk: str) -> None:
    row = tables[name].num_rows // 2
    broken = dict(tables)
    broken[name] = with_cell(tables[name], column, row, tables[name].column(column)[row].as_py() + 1)
    problems = check_spans(broken)
    assert len(problems) == 1
    p = problems[0]
    assert (p.path, p.line, p.code) == (f"data/{name}", row + 1, "span_mismatch")
    assert tables[name].column(pk)[row].as_py() in p.message
    assert f"first at row {row + 1}" in p.message


def test_every_wrong_row_is_counted_and_the_first_named(tables: dict[str, pa.Table]) -> None:
    broken = dict(tables)
    m = tables["mentions"]
    for row in (7, 3, 11):
        m = with_cell(m, "text", row, "not the text")
    broken["mentions"] = m
    [p] = check_spans(broken)
    assert p.line == 4 and p.message.startswith("3 row(s)")


def test_a_record_of_a_missing_article_does_not_fit(tables: dict[str, pa.Table]) -> None:
    broken = dict(tables)
    broken["quotes"] = with_cell(tables["quotes"], "article_id", 0, "a_0000000000000000")
    [p] = check_spans(broken)
    assert (p.path, p.line) == ("data/quotes", 1)


def test_offsets_are_code_points_not_bytes() -> None:
    text = "Zoë said “🙂 Ça va” to Ōsaka’s mayor.\n\nThen “bye”."
    aid = "a_0123456789abcdef"
    articles = pa.table({"article_id": [aid], "text": [text]})
    spans = [("Ōsaka", text.index("Ōsaka")), ("🙂 Ça va", text.index("🙂")), ("bye", text.index("bye"))]
    mentions = pa.table({"mention_id": ["m_1", "m_2", "m_3"], "article_id": [aid] * 3,
                         "start": [s for _, s in spans], "end": [s + len(w) for w, s in spans], "text": [w for w, _ in spans]})
    quotes = pa.table({"quote_id": ["q_1"], "article_id": [aid], "start": [spans[1][1]], "end": [spans[1][1] + 7], "text": ["🙂 Ça va"]})
    t0 = text.index("said")
    events = pa.table({"event_id": ["v_1"], "article_id": [aid], "trigger_start": [t0], "trigger_end": [t0 + 4], "trigger": ["said"],
                       "sentence_start": [0], "sentence_end": [text.index("\n")]})
    tables = {"articles": articles, "mentions": mentions, "quotes": quotes, "events": events}
    assert check_spans(tables) == []
    tables["mentions"] = with_cell(mentions, "end", 0, spans[0][1] + len("Ōsaka".encode()))  # a byte offset
    tables["events"] = with_cell(events, "sentence_end", 0, len(text) + 1)  # past the end of the text
    assert {(p.path, p.line) for p in check_spans(tables)} == {("data/mentions", 1), ("data/events", 1)}


def test_agrees_with_python_on_random_corruptions(tables: dict[str, pa.Table]) -> None:
    rng = random.Random(3)
    for _ in range(12):
        broken = dict(tables)
        for name, columns in (("mentions", ["start", "end"]), ("quotes", ["start", "end"]),
                              ("events", ["trigger_start", "trigger_end", "sentence_start", "sentence_end"])):
            t = tables[name]
            for _ in range(rng.randint(0, 3)):
                column, row = rng.choice(columns), rng.randrange(t.num_rows)
                t = with_cell(t, column, row, max(0, t.column(column)[row].as_py() + rng.choice([-2, -1, 1, 2, 500])))
            broken[name] = t
        expected = python_spans(broken)
        got = {p.path.split("/")[-1]: p for p in check_spans(broken)}
        for name, rows in expected.items():
            if rows:
                assert got[name].line == min(rows) + 1
                assert got[name].message.startswith(f"{len(rows)} row(s)")
            else:
                assert name not in got
