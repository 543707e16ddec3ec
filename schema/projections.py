"""Projections of the Pydantic models: Arrow, Frictionless, Hugging Face, JSON Schema.

Everything is derived from each model's JSON Schema (which Pydantic produces from the field
definitions, constraints included), so a column is described once, in ``schema/<table>.py``.
``tests/test_schema_projections.py`` checks that every projection agrees with the models.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
from structnews.schema.base import Record
from structnews.schema.tables import TABLES, TableSpec

JSON_DIR = Path(__file__).parent / "json"


@dataclass(frozen=True)
class Column:
    """One column, as read from a model's JSON Schema."""

    name: str
    kind: str  # string | integer | number | boolean | date | array
    item_kind: str | None  # for arrays
    nullable: bool
    description: str
    constraints: dict[str, Any]  # pattern, minLength, minimum, maximum, enum
    item_constraints: dict[str, Any]
    primary_key: bool
    foreign_key: str | None
    foreign_key_each: str | None = None  # list columns whose every item is another table's key

    @property
    def references(self) -> str | None:
        """``table.field`` this column points at, for a scalar or a list column."""
        return self.foreign_key or self.foreign_key_each


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        return defs[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _kind(node: dict[str, Any]) -> str:
    if node.get("type") == "string" and node.get("format") == "date":
        return "date"
    if "enum" in node:
        return "string"
    kind = node.get("type")
    if kind not in {"string", "integer", "number", "boolean", "array"}:
        raise TypeError(f"unsupported JSON Schema node for a table column: {node}")
    return kind


_CONSTRAINT_KEYS = ("pattern", "minLength", "maxLength", "minimum", "maximum", "enum")


def columns(model: type[Record]) -> list[Column]:
    """The columns of a table model, in declaration order."""
    schema = model.model_json_schema(mode="serialization")
    defs = schema.get("$defs", {})
    out = []
    for name, prop in schema["properties"].items():
        info = model.model_fields[name]
        extra = info.json_schema_extra or {}
        nullable = False
        node = prop
        if "anyOf" in prop:
            options = [o for o in prop["anyOf"] if o.get("type") != "null"]
            nullable = len(options) < len(prop["anyOf"])
            assert len(options) == 1, f"{model.__name__}.{name}: only X | None unions are supported"
            node = options[0]
        node = _resolve(node, defs)
        kind = _kind(node)
        item_kind = None
        item_constraints: dict[str, Any] = {}
        if kind == "array":
            item = _resolve(node["items"], defs)
            item_kind = _kind(item)
            item_constraints = {k: item[k] for k in _CONSTRAINT_KEYS if k in item}
        out.append(
            Column(
                name=name,
                kind=kind,
                item_kind=item_kind,
                nullable=nullable,
                description=info.description or "",
                constraints={k: node[k] for k in _CONSTRAINT_KEYS if k in node},
                item_constraints=item_constraints,
                primary_key=bool(extra.get("primary_key")),
                foreign_key=extra.get("foreign_key"),  # type: ignore[arg-type]
                foreign_key_each=extra.get("foreign_key_each"),  # type: ignore[arg-type]
            )
        )
    return out


# ---- Arrow -------------------------------------------------------------------------------

_ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "date": pa.date32()}


def arrow_schema(spec: TableSpec) -> pa.Schema:
    """The Parquet/Arrow schema of a table; field descriptions travel as field metadata."""
    fields = []
    for col in columns(spec.model):
        typ = pa.list_(pa.field("item", _ARROW[col.item_kind], nullable=False)) if col.kind == "array" else _ARROW[col.kind]
        fields.append(pa.field(col.name, typ, nullable=col.nullable, metadata={"description": col.description}))
    return pa.schema(fields, metadata={"structnews.table": spec.name})


# ---- Frictionless ------------------------------------------------------------------------

_FRICTIONLESS = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean", "date": "date", "array": "array"}


def frictionless_schema(spec: TableSpec) -> dict[str, Any]:
    """A Frictionless Table Schema (v1 descriptor as a dict) with primary and foreign keys."""
    fields = []
    for col in columns(spec.model):
        constraints: dict[str, Any] = {}
        if not col.nullable:
            constraints["required"] = True
        if col.primary_key:
            constraints["unique"] = True
        for key in ("pattern", "minLength", "maxLength", "minimum", "maximum", "enum"):
            if key in col.constraints:
                constraints[key] = col.constraints[key]
        field: dict[str, Any] = {"name": col.name, "type": _FRICTIONLESS[col.kind], "description": col.description}
        if col.kind == "array":
            # Frictionless reads Parquet through pandas, which yields list cells as numpy arrays that
            # its "array" type rejects; list columns are declared "any" here (their Arrow type is
            # recorded below) and checked by structnews' own validator instead.
            field["type"] = "any"
            field["structnews:arrowType"] = f"list<{_ARROW[col.item_kind or 'string']}>"
            constraints = {}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": [spec.primary_key]}
    fks = [
        {"fields": [fk.field], "reference": {"resource": fk.table, "fields": [fk.target]}}
        for fk in spec.foreign_keys
    ]
    if fks:
        schema["foreignKeys"] = fks
    return schema


# ---- Hugging Face ------------------------------------------------------------------------

_HF = {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool", "date": "date32"}


def hf_feature_dicts(spec: TableSpec) -> list[dict[str, Any]]:
    """The ``dataset_info.features`` entries of a dataset card for this table."""
    out = []
    for col in columns(spec.model):
        if col.kind == "array":
            out.append({"name": col.name, "list": _HF[col.item_kind or "string"]})
        else:
            out.append({"name": col.name, "dtype": _HF[col.kind]})
    return out


def hf_features(spec: TableSpec) -> Any:
    """The ``datasets.Features`` of a table (imports ``datasets`` only when called)."""
    import datasets

    make_list = getattr(datasets, "List", None) or datasets.Sequence
    feats = {}
    for col in columns(spec.model):
        if col.kind == "array":
            feats[col.name] = make_list(datasets.Value(_HF[col.item_kind or "string"]))
        else:
            feats[col.name] = datasets.Value(_HF[col.kind])
    return datasets.Features(feats)


# ---- JSON Schema -------------------------------------------------------------------------


def json_schemas() -> dict[str, str]:
    """File name -> JSON text of every record's JSON Schema (for contributors' tools)."""
    from structnews.schema.sidecar import Sidecar

    models: dict[str, type] = {spec.name: spec.model for spec in TABLES}
    models["sidecar"] = Sidecar
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        for name, model in models.items()
    }


def write_json_schemas(directory: Path = JSON_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in json_schemas().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
