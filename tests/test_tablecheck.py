"""Column-wise table validation: each class of error, planted in a copy of a built table, is found.

Every corruption is also shown to the table's Pydantic model, which must reject the corrupted
row: the column-wise checks may be faster than the models, never stricter or looser.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError
from structnews.build.core.errors import Problem
from structnews.build.run.validate import validate_records
from structnews.build.tables.folder import read_tables, table_path
from structnews.build.tables.tablecheck import (
    ROW_RULES,
    check_all,
    check_keys,
    check_table,
)
from structnews.schema.tables import TABLE_BY_NAME, TABLES


@pytest.fixture()
def copy(built: Path, tmp_path: Path) -> Path:
    """A writable copy of the session's built tables."""
    target = tmp_path / "built"
    shutil.copytree(built, target)
    return target


def set_cell(root: Path, table: str, column: str, row: int, value: Any, typ: pa.DataType | None = None) -> dict[str, Any]:
    """Overwrite one cell of a table file (optionally changing the column's type); return the new row."""
    path = root / table_path(TABLE_BY_NAME[table])
    t = pq.read_table(path)
    values = t.column(column).to_pylist()
    values[row] = value
    typ = typ or t.schema.field(column).type
    if typ != t.schema.field(column).type:
        values = [v if i == row else (None if v is None else str(v)) for i, v in enumerate(values)]
    field = pa.field(column, typ, nullable=True)
    t = t.set_column(t.schema.get_field_index(column), field, pa.array(values, type=typ))
    pq.write_table(t, path)
    return t.slice(row, 1).to_pylist()[0]


def problems_of(root: Path) -> list[Problem]:
    return check_all(read_tables(root))


def only(problems: list[Problem], code: str, table: str, field: str) -> Problem:
    hits = [p for p in problems if p.code == code and p.path.endswith(table) and p.field == field]
    assert len(hits) == 1, (code, table, field, problems)
    return hits[0]


def rejected_by_model(table: str, row: dict[str, Any]) -> bool:
    try:
        TABLE_BY_NAME[table].model.model_validate(row)
    except ValidationError:
        return True
    return False


def test_built_tables_are_clean(built: Path) -> None:
    assert problems_of(built) == []
    assert validate_records(read_tables(built)) == []


# (table, column, row, bad value, expected field) -> constraint_error; the model must agree.
CONSTRAINTS: list[tuple[str, str, int, Any, str, str]] = [
    ("entities", "name", 2, None, "name", "required"),
    ("mentions", "mention_id", 1, "m_NOT-HEX", "mention_id", "pattern"),
    ("entities", "type", 3, "ALIEN", "type", "one of"),
    ("mentions", "sentence_index", 4, -1, "sentence_index", "minimum 0"),
    ("quotes", "confidence", 1, 1.5, "confidence", "maximum 1"),
    ("articles", "publisher", 0, "", "publisher", "minLength 1"),
    ("entities", "aliases", 1, ["fine", ""], "aliases", "list item(s) violate minLength"),
    ("events", "actor_entity_ids", 1, ["not-an-id"], "actor_entity_ids", "list item(s) violate pattern"),
    ("articles", "quality_flags", 0, ["made_up_flag"], "quality_flags", "list item(s) violate one of"),
    ("quotes", "kind", 2, "rumour", "kind", "one of"),
]


@pytest.mark.parametrize(("table", "column", "row", "value", "field", "what"), CONSTRAINTS,
                         ids=[f"{c[0]}.{c[1]}" for c in CONSTRAINTS])
def test_constraint_errors_are_found_with_their_row(copy: Path, table: str, column: str, row: int, value: Any,
                                                    field: str, what: str) -> None:
    assert pq.read_table(copy / table_path(TABLE_BY_NAME[table])).num_rows > row
    bad_row = set_cell(copy, table, column, row, value)
    assert rejected_by_model(table, bad_row)
    problem = only(problems_of(copy), "constraint_error", table, field)
    assert problem.line == row + 1 and what in problem.message


def test_type_error_names_the_first_value_of_the_wrong_type(copy: Path) -> None:
    bad_row = set_cell(copy, "mentions", "start", 3, "twelve", pa.string())
    assert rejected_by_model("mentions", bad_row)
    problem = only(problems_of(copy), "type_error", "mentions", "start")
    assert problem.line == 4 and "'twelve'" in problem.message and "int64" in problem.message


def test_type_error_for_a_castable_but_wrong_type(copy: Path) -> None:
    path = copy / table_path(TABLE_BY_NAME["entities"])
    t = pq.read_table(path)
    i = t.schema.get_field_index("mention_count")
    pq.write_table(t.set_column(i, "mention_count", t.column(i).cast(pa.float64())), path)
    problem = only(problems_of(copy), "type_error", "entities", "mention_count")
    assert "double" in problem.message and problem.line is None


def test_missing_and_unknown_columns_are_type_errors(copy: Path) -> None:
    path = copy / table_path(TABLE_BY_NAME["quotes"])
    t = pq.read_table(path)
    t = t.drop_columns(["cue"]).append_column("colour", pa.array(["red"] * t.num_rows))
    pq.write_table(t, path)
    problems = problems_of(copy)
    assert "column missing" in only(problems, "type_error", "quotes", "cue").message
    assert "unknown column" in only(problems, "type_error", "quotes", "colour").message


def test_duplicate_primary_key_names_the_repeating_row(copy: Path) -> None:
    first = pq.read_table(copy / table_path(TABLE_BY_NAME["entities"])).column("entity_id")[0].as_py()
    set_cell(copy, "entities", "entity_id", 5, first)
    problem = only(problems_of(copy), "duplicate_key", "entities", "entity_id")
    assert problem.line == 6 and first in problem.message


def test_scalar_foreign_key(copy: Path) -> None:
    bad_row = set_cell(copy, "mentions", "entity_id", 7, "e_0000000000000000")
    assert not rejected_by_model("mentions", bad_row)  # a well-formed id: only the reference is wrong
    problem = only(problems_of(copy), "foreign_key", "mentions", "entity_id")
    assert problem.line == 8 and "e_0000000000000000" in problem.message


def test_list_valued_foreign_key(copy: Path) -> None:
    events = pq.read_table(copy / table_path(TABLE_BY_NAME["events"]))
    row = next(i for i, ids in enumerate(events.column("recipient_entity_ids").to_pylist()) if ids is not None)
    set_cell(copy, "events", "recipient_entity_ids", row, ["e_1111111111111111"])
    problem = only(problems_of(copy), "foreign_key", "events", "recipient_entity_ids")
    assert problem.line == row + 1 and "e_1111111111111111" in problem.message


def test_nullable_foreign_keys_accept_null(copy: Path) -> None:
    set_cell(copy, "quotes", "speaker_entity_id", 0, None)
    assert [p for p in problems_of(copy) if p.code == "foreign_key"] == []


@pytest.mark.parametrize(("table", "changes", "field"), [
    ("mentions", {"end": 0}, "start,end,text"),
    ("quotes", {"text": "x"}, "start,end,text"),
    ("events", {"date_precision": None}, "trigger_start,trigger_end,date"),
    ("events", {"trigger_start": 10**6}, "trigger_start,trigger_end,date"),
    ("articles", {"raw_offset_map": [0, 1]}, "raw_offset_map"),
])
def test_cross_field_rules_mirror_the_models(copy: Path, table: str, changes: dict[str, Any], field: str) -> None:
    if table == "events" and "date_precision" in changes:
        dates = pq.read_table(copy / table_path(TABLE_BY_NAME["events"])).column("date").to_pylist()
        row = next((i for i, d in enumerate(dates) if d is not None), None)
        if row is None:
            pytest.skip("no dated event in the fixture")
    else:
        row = 0
    bad_row: dict[str, Any] = {}
    for column, value in changes.items():
        bad_row = set_cell(copy, table, column, row, value)
    assert rejected_by_model(table, bad_row)
    problem = only([p for p in problems_of(copy) if p.field == field], "constraint_error", table, field)
    assert problem.line == row + 1


def test_every_model_validator_has_a_column_wise_mirror() -> None:
    """A new cross-field rule in a model must be added to ROW_RULES, or validate would miss it."""
    for spec in TABLES:
        declared = set(spec.model.__pydantic_decorators__.model_validators)
        mirrored = {r.validator for r in ROW_RULES if r.table == spec.name}
        assert declared == mirrored, (spec.name, declared, mirrored)


def test_all_problems_are_reported_at_once(copy: Path) -> None:
    set_cell(copy, "entities", "type", 0, "ALIEN")
    set_cell(copy, "mentions", "entity_id", 0, "e_0000000000000000")
    set_cell(copy, "quotes", "confidence", 0, -0.5)
    codes = {(p.code, p.path.rsplit("/", 1)[-1]) for p in problems_of(copy)}
    assert {("constraint_error", "entities"), ("foreign_key", "mentions"), ("constraint_error", "quotes")} <= codes


def test_check_table_and_keys_are_separable(built: Path) -> None:
    """validate_records (columns) and check_tables (keys) do not report the same problem twice."""
    tables = read_tables(built)
    tables["mentions"] = tables["mentions"].slice(0, 3)
    assert all(check_table(spec, tables[spec.name]) == [] for spec in TABLES)
    assert check_keys(tables) == []  # removing mentions breaks no reference


def test_cli_validate_reports_a_corrupted_table(copy: Path, tmp_path: Path) -> None:
    set_cell(copy, "entities", "type", 1, "ALIEN")
    raw = tmp_path / "raw"
    from conftest import FIXTURES

    shutil.copytree(FIXTURES / "corpus", raw)
    exe = Path(sys.executable).with_name("structnews")
    result = subprocess.run([str(exe), "validate", "--raw", str(raw), "--root", str(copy), "--format", "json"],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    problems = json.loads(result.stdout)
    assert any(p["code"] == "constraint_error" and p["field"] == "type" and p["line"] == 2 for p in problems), problems
