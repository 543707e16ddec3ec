"""Column-wise validation of the built tables, derived from the models.

Why not validate every row with its Pydantic model? Because that turns each Arrow row into a
Python dict and runs the model on it: tens of thousands of rows per second at best, which makes
``structnews validate`` on a million-row table take minutes. Everything a model says about a
single column (type, nullability, ``pattern``, ``enum``, ``minimum``/``maximum``,
``minLength``/``maxLength``, for list columns the same per item) is already available from
:func:`structnews.schema.projections.columns`, and each of those checks is one vectorised
``pyarrow.compute`` kernel over the whole column. Keys are set operations (``is_in``, a sort).

What the JSON Schema cannot express are the models' cross-field ``model_validator``s (a span's
``end > start`` and so on). They are mirrored in :data:`ROW_RULES`, and
``tests/test_tablecheck.py`` fails if a model gains a validator that is not mirrored here.

Problem classes (``Problem.code``), named after Frictionless' error types so both tools can be
compared: ``type_error`` (missing/unknown column or a value of the wrong type),
``constraint_error`` (required, pattern, enum, minimum, maximum, minLength, maxLength and the
cross-field rules), ``duplicate_key`` (primary key not unique) and ``foreign_key``.
``Problem.line`` is the 1-based row number of the first offending row (row 1 = first data row).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from structnews.build.core.errors import Problem
from structnews.schema.projections import Column, arrow_schema, columns
from structnews.schema.tables import TABLE_BY_NAME, TABLES, TableSpec

TYPE_ERROR = "type_error"
CONSTRAINT_ERROR = "constraint_error"
DUPLICATE_KEY = "duplicate_key"
FOREIGN_KEY = "foreign_key"

HINT_REBUILD = "the table was not written by this version of `structnews build`; rebuild it"

Array = pa.Array | pa.ChunkedArray


# ---- small helpers ---------------------------------------------------------------------------


def _first_true(mask: Array) -> int | None:
    """Index of the first true value (nulls count as false), or None."""
    mask = pc.fill_null(mask, False)
    index = pc.index(mask, True).as_py()
    return None if index < 0 else index


def _count_true(mask: Array) -> int:
    return int(pc.sum(pc.fill_null(mask, False)).as_py() or 0)


def _not_in(values: Array, allowed: Array) -> Array:
    """Mask of non-null values missing from ``allowed`` (a null is "not set", never "not found")."""
    if isinstance(allowed, pa.ChunkedArray):
        allowed = allowed.combine_chunks()
    return pc.if_else(pc.is_null(values), False, pc.invert(pc.is_in(values, value_set=allowed)))


def repeats(values: Array) -> tuple[int, int]:
    """(number of rows repeating an earlier non-null value, index of the first such row).

    One hash aggregation in DuckDB (multi-threaded, and about three times faster here than a
    sort or a hash in pyarrow.compute on a million ids): the first row of each repeated value,
    then the rows after it. Row indices are passed in, never taken from scan order.
    """
    import duckdb

    rows = pa.table({"k": values, "i": pa.array(np.arange(len(values), dtype=np.int64))})  # noqa: F841 - read by DuckDB
    con = duckdb.connect()
    try:
        count, first = con.execute(
            "WITH f AS (SELECT k, min(i) AS m FROM rows WHERE k IS NOT NULL GROUP BY k HAVING count(*) > 1) "
            "SELECT count(*), min(rows.i) FROM rows JOIN f USING (k) WHERE rows.i > f.m"
        ).fetchone()
    finally:
        con.close()
    return int(count), -1 if first is None else int(first)


def _preview(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _same_logical_type(actual: pa.DataType, expected: pa.DataType) -> bool:
    """Physical encodings a Parquet reader may choose (dictionary, large_*) hold the same values."""
    if pa.types.is_dictionary(actual):
        actual = actual.value_type
    if actual == expected:
        return True
    if pa.types.is_large_string(actual) and pa.types.is_string(expected):
        return True
    if (pa.types.is_large_list(actual) or pa.types.is_list(actual)) and pa.types.is_list(expected):
        return _same_logical_type(actual.value_type, expected.value_type)
    return False


def _first_uncastable(array: Array, target: pa.DataType) -> int:
    """Row of the first value that cannot be cast: bisection, so only O(log n) casts are tried."""
    lo, hi = 0, len(array)  # invariant: array[:lo] casts; array[:hi] does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        try:
            pc.cast(array.slice(0, mid), target, safe=True)
            lo = mid
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            hi = mid
    return lo


# ---- per-column constraints ------------------------------------------------------------------


def _constraint_masks(values: Array, constraints: dict[str, Any]) -> list[tuple[str, Array]]:
    """(constraint, mask of violating values) for each constraint that applies to ``values``."""
    out: list[tuple[str, Array]] = []
    if "pattern" in constraints:
        out.append((f"pattern {constraints['pattern']}", pc.invert(pc.match_substring_regex(values, constraints["pattern"]))))
    if "enum" in constraints:
        allowed = pa.array(constraints["enum"], type=values.type)
        out.append((f"one of {constraints['enum']}", _not_in(values, allowed)))
    if "minimum" in constraints:
        out.append((f"minimum {constraints['minimum']}", pc.less(values, constraints["minimum"])))
    if "maximum" in constraints:
        out.append((f"maximum {constraints['maximum']}", pc.greater(values, constraints["maximum"])))
    if "minLength" in constraints:
        out.append((f"minLength {constraints['minLength']}", pc.less(pc.utf8_length(values), constraints["minLength"])))
    if "maxLength" in constraints:
        out.append((f"maxLength {constraints['maxLength']}", pc.greater(pc.utf8_length(values), constraints["maxLength"])))
    return out


def _check_column(col: Column, values: Array, bad: Callable[..., None]) -> None:
    if not col.nullable and values.null_count:
        mask = pc.is_null(values)
        bad(col.name, CONSTRAINT_ERROR, _first_true(mask), f"required: {values.null_count} null value(s)")
    for what, mask in _constraint_masks(values, col.constraints):
        n = _count_true(mask)
        if n:
            row = _first_true(mask)
            bad(col.name, CONSTRAINT_ERROR, row, f"{n} value(s) violate {what}, e.g. {_preview(values[row].as_py())}")
    if col.kind == "array":
        items = pc.list_flatten(values)
        if items.null_count:
            parents = pc.list_parent_indices(values)
            row = parents[_first_true(pc.is_null(items))].as_py()
            bad(col.name, CONSTRAINT_ERROR, row, f"required: {items.null_count} null list item(s)")
        if col.item_constraints and len(items):
            parents = pc.list_parent_indices(values)
            for what, mask in _constraint_masks(items, col.item_constraints):
                n = _count_true(mask)
                if n:
                    i = _first_true(mask)
                    bad(col.name, CONSTRAINT_ERROR, parents[i].as_py(),
                        f"{n} list item(s) violate {what}, e.g. {_preview(items[i].as_py())}")


# ---- cross-field rules (mirrors of the models' model_validators) ----------------------------


@dataclass(frozen=True)
class RowRule:
    """A vectorised copy of one model validator: ``violations(table)`` is a mask of bad rows."""

    table: str
    validator: str  # the model validator's function name, so the mirror can be checked
    fields: str
    message: str
    violations: Callable[[pa.Table], Array]


def _span_rule(t: pa.Table) -> Array:
    start, end = t.column("start"), t.column("end")
    return pc.or_(pc.less_equal(end, start), pc.not_equal(pc.utf8_length(t.column("text")), pc.subtract(end, start)))


def _event_rule(t: pa.Table) -> Array:
    ss, ts, te, se = (t.column(c) for c in ("sentence_start", "trigger_start", "trigger_end", "sentence_end"))
    outside = pc.invert(pc.and_(pc.and_(pc.less_equal(ss, ts), pc.less(ts, te)), pc.less_equal(te, se)))
    half_dated = pc.not_equal(pc.is_null(t.column("date")), pc.is_null(t.column("date_precision")))
    return pc.or_(outside, half_dated)


def _offset_map_rule(t: pa.Table) -> Array:
    length = pc.list_value_length(t.column("raw_offset_map"))
    return pc.not_equal(pc.subtract(length, pc.multiply(pc.divide(length, 3), 3)), 0)  # integer division


ROW_RULES: tuple[RowRule, ...] = (
    RowRule("mentions", "_span", "start,end,text", "end must be greater than start and len(text) == end - start", _span_rule),
    RowRule("quotes", "_span", "start,end,text", "end must be greater than start and len(text) == end - start", _span_rule),
    RowRule("events", "_spans", "trigger_start,trigger_end,date",
            "sentence_start <= trigger_start < trigger_end <= sentence_end, and date and date_precision both set or both null",
            _event_rule),
    RowRule("articles", "_offset_map_is_triples", "raw_offset_map", "raw_offset_map must hold (clean_start, raw_start, length) triples",
            _offset_map_rule),
)


# ---- public API ------------------------------------------------------------------------------


def check_table(spec: TableSpec, table: pa.Table, where: str = "data") -> list[Problem]:
    """Schema, types, required values, constraints and cross-field rules of one table."""
    problems: list[Problem] = []
    path = f"{where}/{spec.name}"
    ids = table.column(spec.primary_key) if spec.primary_key in table.column_names else None

    def bad(field: str, code: str, row: int | None, message: str) -> None:
        ident = ""
        if row is not None and ids is not None and row < len(ids):
            ident = f" (first at row {row + 1}, {spec.primary_key} {ids[row].as_py()})"
        elif row is not None:
            ident = f" (first at row {row + 1})"
        problems.append(Problem(path, None if row is None else row + 1, field, code, message + ident, HINT_REBUILD))

    expected = arrow_schema(spec)
    present = set(table.column_names)
    for name in table.column_names:
        if expected.get_field_index(name) < 0:
            bad(name, TYPE_ERROR, None, f"unknown column (the model {spec.model.__name__} has no field '{name}')")
    usable: dict[str, Array] = {}
    for field in expected:
        if field.name not in present:
            bad(field.name, TYPE_ERROR, None, f"column missing (expected {field.type})")
            continue
        values = table.column(field.name)
        if _same_logical_type(values.type, field.type):
            usable[field.name] = values if values.type == field.type else pc.cast(values, field.type)
            continue
        try:
            usable[field.name] = pc.cast(values, field.type, safe=True)
            bad(field.name, TYPE_ERROR, None, f"stored as {values.type}, declared {field.type}")
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            row = _first_uncastable(values, field.type)
            bad(field.name, TYPE_ERROR, row,
                f"stored as {values.type}, declared {field.type}; {_preview(values[row].as_py())} is not a {field.type}")
    for col in columns(spec.model):
        if col.name in usable:
            _check_column(col, usable[col.name], bad)
    for rule in ROW_RULES:
        if rule.table != spec.name:
            continue
        try:
            mask = rule.violations(pa.table(usable))
        except KeyError:
            continue  # a column it needs is missing or unusable: already reported as a type error
        n = _count_true(mask)
        if n:
            bad(rule.fields, CONSTRAINT_ERROR, _first_true(mask), f"{n} row(s) break the rule: {rule.message}")
    return problems


def _column(tables: dict[str, pa.Table], table: str, name: str) -> Array | None:
    t = tables.get(table)
    if t is None or name not in t.column_names:
        return None
    return t.column(name)


def check_keys(tables: dict[str, pa.Table], where: str = "data") -> list[Problem]:
    """Primary keys unique; scalar and list-valued foreign keys resolve. Needs every table."""
    problems: list[Problem] = []
    for spec in TABLES:
        pk = _column(tables, spec.name, spec.primary_key)
        if pk is None or len(pk) < 2:
            continue
        n, row = repeats(pk)
        if n:
            problems.append(Problem(f"{where}/{spec.name}", row + 1, spec.primary_key, DUPLICATE_KEY,
                                    f"{n} row(s) repeat an earlier {spec.primary_key}, first at row {row + 1} ({pk[row].as_py()})",
                                    "two records have the same identity; a duplicate article? run `structnews validate` on the inputs"))
    for spec in TABLES:
        refs = [(fk.field, fk.table, fk.target, False) for fk in spec.foreign_keys]
        refs += [(column, target, TABLE_BY_NAME[target].primary_key, True) for column, target in spec.list_references.items()]
        for field, target_table, target_field, is_list in refs:
            values = _column(tables, spec.name, field)
            keys = _column(tables, target_table, target_field)
            if values is None or keys is None:
                continue
            if is_list:
                items = pc.list_flatten(values)
                missing = _not_in(items, keys)
                n = _count_true(missing)
                if not n:
                    continue
                i = _first_true(missing)
                row = pc.list_parent_indices(values)[i].as_py()
                example = items[i].as_py()
            else:
                missing = _not_in(values, keys)
                n = _count_true(missing)
                if not n:
                    continue
                row = _first_true(missing)
                example = values[row].as_py()
            problems.append(Problem(f"{where}/{spec.name}", row + 1, field, FOREIGN_KEY,
                                    f"{n} value(s) not in {target_table}.{target_field}, first at row {row + 1} ({example})",
                                    "rebuild; a correction may point at a record that no longer exists"))
    return problems


def check_all(tables: dict[str, pa.Table], where: str = "data") -> list[Problem]:
    """Every column check of every table present, then the keys across tables."""
    problems: list[Problem] = []
    for spec in TABLES:
        if spec.name in tables:
            problems.extend(check_table(spec, tables[spec.name], where))
    problems.extend(check_keys(tables, where))
    return problems
