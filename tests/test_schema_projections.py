"""Every projection of the Pydantic models agrees with the models (no drift)."""

from __future__ import annotations

import json
import types
import typing

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import REPO
from structnews.build.tables.folder import table_path
from structnews.schema.projections import (
    JSON_DIR,
    arrow_schema,
    frictionless_schema,
    hf_feature_dicts,
    json_schemas,
)
from structnews.schema.tables import TABLES


def _optional(annotation: object) -> bool:
    return isinstance(annotation, types.UnionType | typing._UnionGenericAlias) and type(None) in typing.get_args(annotation)  # type: ignore[attr-defined]


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_arrow_schema_follows_the_model(spec) -> None:
    schema = arrow_schema(spec)
    fields = spec.model.model_fields
    assert schema.names == list(fields)
    for name, info in fields.items():
        field = schema.field(name)
        assert field.nullable == _optional(info.annotation), name
        assert field.metadata[b"description"].decode() == info.description
        origin = typing.get_origin(info.annotation)
        if origin is list:
            assert pa.types.is_list(field.type), name


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_frictionless_schema_follows_the_model(spec) -> None:
    schema = frictionless_schema(spec)
    assert [f["name"] for f in schema["fields"]] == list(spec.model.model_fields)
    assert schema["primaryKey"] == [spec.primary_key]
    declared = {fk["fields"][0]: fk["reference"]["resource"] for fk in schema.get("foreignKeys", [])}
    assert declared == {fk.field: fk.table for fk in spec.foreign_keys}
    for field in schema["fields"]:
        info = spec.model.model_fields[field["name"]]
        required = field.get("constraints", {}).get("required", False)
        if field["type"] != "any":
            assert required == (not _optional(info.annotation)), field["name"]


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_hf_features_follow_the_model(spec) -> None:
    assert [f["name"] for f in hf_feature_dicts(spec)] == list(spec.model.model_fields)


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_committed_parquet_has_the_model_schema(spec) -> None:
    written = pq.read_schema(REPO / table_path(spec))
    assert written.remove_metadata().equals(arrow_schema(spec).remove_metadata(), check_metadata=False)


def test_committed_json_schemas_are_current() -> None:
    for name, text in json_schemas().items():
        path = JSON_DIR / name
        assert path.exists(), f"{name} missing: run `structnews write-schemas`"
        assert path.read_text(encoding="utf-8") == text, f"{name} is stale: run `structnews write-schemas`"


def test_descriptor_declares_every_key() -> None:
    descriptor = json.loads((REPO / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == {s.name for s in TABLES}
    assert resources["mentions"]["schema"]["foreignKeys"]
    assert resources["quotes"]["schema"]["primaryKey"] == ["quote_id"]
