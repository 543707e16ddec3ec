"""``structnews validate``: every problem with inputs and built tables, without writing anything.

Checks, in order: raw files and sidecars (decoding, provenance, duplicates and near-duplicates);
the built tables (each record against its model, keys, references, spans); the descriptor
through Frictionless; and staleness: the committed tables must be exactly what a build of the
committed inputs makes (the build runs in a temporary folder that is deleted afterwards).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import ValidationError

from structnews.build.checks import check_tables
from structnews.build.clean import clean
from structnews.build.errors import InputError, Problem
from structnews.build.inputs import discover
from structnews.build.rawtext import decode
from structnews.build.tables import table_path
from structnews.schema.tables import TABLES

NEAR_DUPLICATE_JACCARD = 0.8
SHINGLE = 5


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


def validate_inputs(raw_dir: Path) -> list[Problem]:
    from structnews.build.corrections import load_corrections
    from structnews.build.pipeline import default_corrections

    inputs, problems = discover(raw_dir)
    problems = problems + load_corrections(default_corrections(raw_dir))[1]
    seen_hash: dict[str, str] = {}
    shingles: list[tuple[str, set[tuple[str, ...]]]] = []
    import hashlib

    for item in inputs:
        raw = item.text_path.read_bytes()
        text, decode_problems = decode(raw, item.display)
        problems.extend(decode_problems)
        if text is None:
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest in seen_hash:
            problems.append(Problem(item.display, None, "text", "duplicate_article",
                                    f"the same bytes as {seen_hash[digest]}", "remove one of the two copies"))
            continue
        seen_hash[digest] = item.display
        body = clean(text).text
        mine = _shingles(body)
        for other, theirs in shingles:
            if mine and theirs:
                jaccard = len(mine & theirs) / len(mine | theirs)
                if jaccard >= NEAR_DUPLICATE_JACCARD:
                    problems.append(Problem(item.display, None, "text", "near_duplicate",
                                            f"{jaccard:.0%} of its 5-word shingles are shared with {other}",
                                            "if it is the same story, keep one version; otherwise say how they differ in the sidecar's notes"))
        shingles.append((item.display, mine))
    return problems


def _read(root: Path) -> tuple[dict[str, pa.Table], list[Problem]]:
    tables: dict[str, pa.Table] = {}
    problems = []
    for spec in TABLES:
        path = root / table_path(spec)
        try:
            tables[spec.name] = pq.read_table(path)
        except (OSError, pa.ArrowInvalid) as exc:
            problems.append(Problem(str(path), None, spec.name, "unreadable_table", f"cannot read the table ({exc})",
                                    "run `structnews build`"))
    return tables, problems


def validate_records(tables: dict[str, pa.Table]) -> list[Problem]:
    """Every row against its Pydantic model (types, constraints, enums)."""
    problems = []
    for spec in TABLES:
        table = tables[spec.name]
        expected = set(spec.model.model_fields)
        if set(table.column_names) != expected:
            problems.append(Problem(f"data/{spec.name}", None, "schema", "schema_mismatch",
                                    f"columns {sorted(set(table.column_names) ^ expected)} differ from the model",
                                    "run `structnews build` with this version of structnews"))
            continue
        for i, row in enumerate(table.to_pylist()):
            try:
                spec.model.model_validate(row)
            except ValidationError as exc:
                first = exc.errors()[0]
                field = ".".join(str(x) for x in first["loc"])
                problems.append(Problem(f"data/{spec.name}", None, field, "invalid_record",
                                        f"row {i} ({row.get(spec.primary_key)}): {first['msg']}", "run `structnews build`"))
    return problems


def validate_descriptor(root: Path) -> list[Problem]:
    from frictionless import Package

    path = root / "datapackage.json"
    if not path.exists():
        return [Problem(str(path), None, "datapackage", "missing", "no descriptor", "run `structnews build`")]
    report = Package(str(path)).validate()
    problems = []
    for task in report.tasks:
        for error in task.errors[:20]:
            problems.append(Problem(f"{task.name}", getattr(error, "row_number", None), getattr(error, "field_name", "") or "table",
                                    f"frictionless_{error.type}", error.message, "run `structnews build`"))
    for error in report.errors:
        problems.append(Problem(str(path), None, "datapackage", f"frictionless_{error.type}", error.message, "run `structnews build`"))
    return problems


def diff_tables(old: dict[str, pa.Table], new: dict[str, pa.Table]) -> dict[str, dict[str, list[str]]]:
    """Per table: ids added, removed and changed between two sets of tables."""
    out = {}
    for spec in TABLES:
        a = {r[spec.primary_key]: r for r in old[spec.name].to_pylist()} if spec.name in old else {}
        b = {r[spec.primary_key]: r for r in new[spec.name].to_pylist()}
        out[spec.name] = {
            "added": sorted(set(b) - set(a)),
            "removed": sorted(set(a) - set(b)),
            "changed": sorted(k for k in set(a) & set(b) if a[k] != b[k]),
        }
    return out


def validate_staleness(raw_dir: Path, root: Path, committed: dict[str, pa.Table]) -> list[Problem]:
    from structnews.build.pipeline import build

    scratch = Path(tempfile.mkdtemp(prefix="structnews-validate-"))
    try:
        try:
            build(raw_dir, scratch)
        except InputError:
            return []  # the input problems are already reported
        problems = []
        fresh, _ = _read(scratch)
        for spec in TABLES:
            if (root / table_path(spec)).read_bytes() == (scratch / table_path(spec)).read_bytes():
                continue
            d = diff_tables(committed, fresh)[spec.name]
            summary = ", ".join(f"{len(v)} {k}" for k, v in d.items() if v) or "same records, different bytes"
            example = next((f"e.g. {k}: {v[0]}" for k, v in d.items() if v), "")
            problems.append(Problem(str(root / table_path(spec)), None, spec.name, "stale_table",
                                    f"not what `structnews build` makes from the committed inputs ({summary}{'; ' + example if example else ''})",
                                    "run `structnews build` and commit the result"))
        committed_desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8")) if (root / "datapackage.json").exists() else None
        fresh_desc = json.loads((scratch / "datapackage.json").read_text(encoding="utf-8"))
        if committed_desc != fresh_desc and not problems:
            problems.append(Problem(str(root / "datapackage.json"), None, "datapackage", "stale_descriptor",
                                    "differs from the one the build writes", "run `structnews build` and commit the result"))
        return problems
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def validate_all(raw_dir: Path, root: Path, staleness: bool = True) -> list[Problem]:
    problems = validate_inputs(raw_dir)
    tables, read_problems = _read(root)
    problems.extend(read_problems)
    if not read_problems:
        problems.extend(validate_records(tables))
        problems.extend(check_tables(tables))
        problems.extend(validate_descriptor(root))
        if staleness and not problems:
            problems.extend(validate_staleness(raw_dir, root, tables))
    return sorted(set(problems))
