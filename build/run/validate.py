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
from structnews.build.core.errors import InputError, Problem
from structnews.build.ingest.inputs import discover
from structnews.build.tables.checks import check_tables
from structnews.build.tables.folder import FolderError, read_table, table_path
from structnews.build.tables.tablecheck import TYPE_ERROR, check_keys, check_table
from structnews.schema.tables import TABLES


def validate_inputs(raw_dir: Path) -> list[Problem]:
    """Raw files, sidecars and correction files; every problem, not only the first.

    :func:`structnews.build.ingest.inputs.discover` does the raw-file checks (decoding, size, names,
    duplicates and near-duplicates), so ``build`` and ``validate`` can never disagree on them.
    """
    from structnews.build.resolve.corrections import load_corrections
    from structnews.build.run.pipeline import default_corrections

    _, problems = discover(raw_dir)
    return problems + load_corrections(default_corrections(raw_dir))[1]


def _read(root: Path) -> tuple[dict[str, pa.Table], list[Problem]]:
    tables: dict[str, pa.Table] = {}
    problems = []
    for spec in TABLES:
        try:
            tables[spec.name] = read_table(root, spec.name)
        except FolderError as exc:
            problems.append(Problem(str(root / table_path(spec)), None, spec.name, "unreadable_table",
                                    f"cannot read the table ({exc})", "run `structnews build`"))
    return tables, problems


def validate_records(tables: dict[str, pa.Table]) -> list[Problem]:
    """Every column against its model: types, required values, constraints, cross-field rules.

    Column-wise (:mod:`structnews.build.tables.tablecheck`), not row by row through Pydantic, so that a
    million-row table validates in seconds; keys are checked by :func:`check_tables`.
    """
    problems: list[Problem] = []
    for spec in TABLES:
        if spec.name in tables:
            problems.extend(check_table(spec, tables[spec.name]))
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


def validate_staleness(raw_dir: Path, root: Path) -> list[Problem]:
    """Rebuild into a scratch folder and compare. The root's draft cache is shared: drafts are
    keyed by content and code, so a `validate` right after a `build` parses nothing again."""
    from structnews.build.run.pipeline import build, default_cache, default_log
    from structnews.build.tables.diff import diff_folders

    scratch = Path(tempfile.mkdtemp(prefix="structnews-validate-"))
    try:
        try:
            # The failure log, if any, beside the cache: the scratch folder is deleted.
            build(raw_dir, scratch, cache_dir=default_cache(root), log=default_log(root))
        except InputError as exc:
            # Usually already reported by validate_inputs; but some input problems (a correction
            # whose target is gone) only show when the build runs, and must not pass silently.
            return exc.problems
        problems = []
        stale = [spec for spec in TABLES if (root / table_path(spec)).read_bytes() != (scratch / table_path(spec)).read_bytes()]
        records = diff_folders(root, scratch).tables if stale else {}
        for spec in stale:
            d = records.get(spec.name)
            found = {"added": d.added, "removed": d.removed, "changed": sorted(d.changed)} if d else {}
            summary = ", ".join(f"{len(v)} {k}" for k, v in found.items() if v) or "same records, different bytes"
            example = next((f"e.g. {k}: {v[0]}" for k, v in found.items() if v), "")
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
        record_problems = validate_records(tables)
        problems.extend(record_problems)
        if not any(p.code == TYPE_ERROR for p in record_problems):
            problems.extend(check_tables(tables))  # the span checks need correctly typed columns
        else:
            problems.extend(check_keys(tables))
        problems.extend(validate_descriptor(root))
        if staleness and not problems:
            problems.extend(validate_staleness(raw_dir, root))
    return sorted(set(problems))
