"""Are the committed tables what a build of the committed inputs makes? Judged on content.

The inputs are built into a scratch folder and compared with the committed folder through
:mod:`structnews.build.tables.diff` (records by primary key, field by field):

- a table whose **records or schema** differ is an error that names the table and each record
  (up to :data:`MAX_RECORDS` of them), with the field values on both sides;
- a table with the same records and schema but **other bytes** (another pyarrow, other writer
  options, other row groups) is a note: the data is right, only its encoding differs;
- the descriptor must say the same things (everything but the files' sizes and hashes, the build
  fingerprint and the provenance); provenance that differs (another lock, pyarrow or spaCy;
  changed code that makes the same records) is a note.

Byte identity is still what a build under the lock gives (tests/test_lock.py checks the committed
tables against a fresh build when the environment is the lock's).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from structnews.build.core.errors import NOTE, InputError, Problem
from structnews.build.run import provenance as prov
from structnews.build.tables.diff import TableDiff, diff_snapshots
from structnews.build.tables.folder import Snapshot, load_snapshot, table_path
from structnews.schema.tables import TABLES, TableSpec

MAX_RECORDS = 10  # records named per table; the rest are counted
REBUILD = "run `structnews build` and commit the result (the tables are made from data/raw and data/corrections, never edited by hand)"
REWRITE = ("nothing to fix in the data; to rewrite it as the lock writes it, set up from requirements/lock.txt "
           "(README) and run `structnews build`")
# Descriptor keys that record how the files were made rather than what they hold.
_PACKAGE_PROVENANCE = ("structnews", prov.PROVENANCE_KEY)
_FILE_KEYS = ("structnews:bytes", "structnews:sha256")


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _row(table: pa.Table, key: str, rid: str) -> dict[str, Any]:
    rows = table.filter(pc.equal(table.column(key), rid)).slice(0, 1).to_pylist()
    return rows[0] if rows else {}


def _writer(path: Path) -> str:
    """How a Parquet file was written: the library, the codec, the row groups."""
    meta = pq.ParquetFile(path).metadata
    codec = meta.row_group(0).column(0).compression if meta.num_row_groups and meta.num_columns else "none"
    return f"{meta.created_by}, {codec.lower()}, {meta.num_row_groups} row group(s)"


def _record_problems(spec: TableSpec, path: str, d: TableDiff, here: pa.Table, built: pa.Table) -> list[Problem]:
    key = spec.primary_key
    out: list[Problem] = []
    items = ([("changed", rid) for rid in sorted(d.changed)] + [("missing", rid) for rid in d.added]
             + [("extra", rid) for rid in d.removed])
    for kind, rid in items[:MAX_RECORDS]:
        if kind == "changed":
            a, b = _row(here, key, rid), _row(built, key, rid)
            fields = "; ".join(f"{f}: {_short(a.get(f))} here, {_short(b.get(f))} from the build" for f in d.changed[rid])
            message = f"record {key}={rid} differs from what `structnews build` makes of the committed inputs ({fields})"
        elif kind == "missing":
            message = f"record {key}={rid} is missing: `structnews build` makes it from the committed inputs"
        else:
            message = f"record {key}={rid} is not made by `structnews build` from the committed inputs"
        out.append(Problem(path, None, spec.name, "stale_record", message, REBUILD))
    if len(items) > MAX_RECORDS:
        out.append(Problem(path, None, spec.name, "stale_record",
                           f"... and {len(items) - MAX_RECORDS} more records differ ({len(d.changed)} changed, "
                           f"{len(d.added)} missing, {len(d.removed)} not made by the build in all)", REBUILD))
    return out


def table_problems(spec: TableSpec, root: Path, scratch: Path, here: Snapshot, built: Snapshot, d: TableDiff) -> list[Problem]:
    """The problems of one table whose bytes differ from the build's."""
    path = str(root / table_path(spec))
    a, b = here.tables[spec.name], built.tables[spec.name]
    if not a.schema.equals(b.schema, check_metadata=False):
        theirs = {f.name: f for f in b.schema}
        ours = {f.name: f for f in a.schema}
        cols = [f"{n}: {ours[n].type if n in ours else 'absent'} here, {theirs[n].type if n in theirs else 'absent'} from the build"
                for n in list(dict.fromkeys([*ours, *theirs])) if ours.get(n) != theirs.get(n)]
        return [Problem(path, None, spec.name, "stale_schema",
                        f"the columns are not what `structnews build` writes ({'; '.join(cols) or 'column order'})", REBUILD)]
    if not d.unchanged:
        return _record_problems(spec, path, d, a, b)
    if not a.equals(b):
        return [Problem(path, None, spec.name, "stale_table",
                        "the same records, in another order than `structnews build` writes them", REBUILD)]
    return [Problem(path, None, spec.name, "same_records_other_bytes",
                    f"the same records and schema as `structnews build` makes, in other bytes "
                    f"(this file: {_writer(root / table_path(spec))}; the build here: {_writer(scratch / table_path(spec))})",
                    REWRITE, NOTE)]


def _content(desc: dict[str, Any], strip_files: set[str]) -> dict[str, Any]:
    out = {k: v for k, v in desc.items() if k not in _PACKAGE_PROVENANCE}
    out["resources"] = [{k: v for k, v in r.items() if not (r.get("name") in strip_files and k in _FILE_KEYS)}
                        for r in desc.get("resources", [])]
    return out


def _changed_keys(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    keys = [k for k in sorted(set(a) | set(b)) if k != "resources" and a.get(k) != b.get(k)]
    ra = {r.get("name"): r for r in a.get("resources", [])}
    rb = {r.get("name"): r for r in b.get("resources", [])}
    for name in list(dict.fromkeys([*ra, *rb])):
        x, y = ra.get(name, {}), rb.get(name, {})
        keys += [f"resources.{name}.{k}" for k in sorted(set(x) | set(y)) if x.get(k) != y.get(k)]
    return keys


def descriptor_problems(root: Path, committed: dict[str, Any] | None, fresh: dict[str, Any], rewritten: set[str]) -> list[Problem]:
    """The descriptor's content must match the build's; its provenance may differ (a note).

    ``rewritten``: tables with the build's records in other bytes (already noted), whose sizes
    and hashes in the descriptor are therefore not compared."""
    path = str(root / "datapackage.json")
    if committed is None:
        return [Problem(path, None, "datapackage", "stale_descriptor", "no descriptor", REBUILD)]
    a, b = _content(committed, rewritten), _content(fresh, rewritten)
    if a != b:
        return [Problem(path, None, "datapackage", "stale_descriptor",
                        f"differs from the one `structnews build` writes in {', '.join(_changed_keys(a, b)[:10])}", REBUILD)]
    ours = {k: committed.get(k) for k in _PACKAGE_PROVENANCE}
    theirs = {k: fresh.get(k) for k in _PACKAGE_PROVENANCE}
    if ours == theirs:
        return []
    if ours.get(prov.PROVENANCE_KEY) is None:
        changes = ["the descriptor records no provenance"]
    else:
        changes = prov.differences(ours.get(prov.PROVENANCE_KEY), theirs.get(prov.PROVENANCE_KEY))
    if ours.get("structnews") != theirs.get("structnews"):
        changes.append("build fingerprint (structnews.pipeline/inputs)")
    return [Problem(path, None, "datapackage", "other_provenance",
                    f"the records are the same, but the descriptor says they were built otherwise than this environment "
                    f"builds them ({'; '.join(changes[:8])}{' ...' if len(changes) > 8 else ''})",
                    "to record what builds them now, run `structnews build` in the environment of requirements/lock.txt "
                    "and commit datapackage.json", NOTE)]


def validate_staleness(raw_dir: Path, root: Path) -> list[Problem]:
    """Rebuild into a scratch folder and compare contents. The root's draft cache is shared: drafts
    are keyed by content and code, so a `validate` right after a `build` parses nothing again."""
    from structnews.build.run.pipeline import build, default_cache, default_log

    scratch = Path(tempfile.mkdtemp(prefix="structnews-validate-"))
    try:
        try:
            build(raw_dir, scratch, cache_dir=default_cache(root), log=default_log(root))  # the failure log beside the cache
        except InputError as exc:
            # Usually already reported by validate_inputs; but some input problems (a correction
            # whose target is gone) only show when the build runs, and must not pass silently.
            return exc.problems
        differing = [s for s in TABLES if (root / table_path(s)).read_bytes() != (scratch / table_path(s)).read_bytes()]
        problems: list[Problem] = []
        if differing:
            here, built = load_snapshot(root), load_snapshot(scratch)
            diff = diff_snapshots(here, built)
            for spec in differing:
                problems.extend(table_problems(spec, root, scratch, here, built, diff.tables[spec.name]))
        if any(not p.is_note for p in problems):
            return problems  # the descriptor differs too, necessarily; the tables say why
        desc_path = root / "datapackage.json"
        committed = json.loads(desc_path.read_text(encoding="utf-8")) if desc_path.exists() else None
        fresh = json.loads((scratch / "datapackage.json").read_text(encoding="utf-8"))
        rewritten = {p.field for p in problems if p.code == "same_records_other_bytes"}
        return problems + descriptor_problems(root, committed, fresh, rewritten)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
