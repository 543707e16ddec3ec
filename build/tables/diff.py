"""What changed between two versions of the dataset, record by record and column by column.

Either side is a *snapshot folder*: a release folder (``data/<table>/train-*.parquet``) or a
working tree / build output (``data/<table>/<table>.parquet``), each with its
``datapackage.json``. Records are matched by their stable primary key, so the diff says which
records were added, removed or changed (and which fields changed). Schema changes are read from
the two descriptors (types, ``required``, ``pattern``, ``enum``, bounds, keys), because that is
the contract users code against. :mod:`structnews.build.release.versioning` turns a diff into a version
level; this module only states facts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
from structnews.build.tables.folder import TEXT_WITHHELD_KEY, Snapshot, load_snapshot
from structnews.schema.tables import TABLE_BY_NAME

# Descriptor keys that legitimately differ between any two snapshots (file locations, sizes,
# hashes, the version number itself) and are therefore not "metadata changes".
_VOLATILE_KEYS = {"version", "path", "structnews:bytes", "structnews:sha256", "structnews:rows", "structnews:files", "schema", "resources"}


# ---- schema ------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class SchemaChange:
    """One change to a table's contract. ``kind`` is a stable name versioning keys on."""

    table: str
    field: str
    kind: str  # table_added table_removed field_added field_removed type_changed constraint_tightened
    #            constraint_loosened primary_key_changed id_scheme_changed foreign_key_added foreign_key_removed
    detail: str


def _fields(snap: Snapshot, name: str) -> dict[str, dict[str, Any]]:
    """Field name -> Frictionless field; from the Parquet schema if there is no descriptor."""
    res = snap.resource(name)
    if res is not None and "schema" in res:
        return {f["name"]: f for f in res["schema"]["fields"]}
    return {f.name: {"name": f.name, "type": str(f.type), "constraints": {} if f.nullable else {"required": True}}
            for f in snap.tables[name].schema}


def _primary_key(snap: Snapshot, name: str) -> list[str]:
    res = snap.resource(name)
    if res is not None and "schema" in res:
        pk = res["schema"].get("primaryKey", [])
        return [pk] if isinstance(pk, str) else list(pk)
    spec = TABLE_BY_NAME.get(name)
    return [spec.primary_key] if spec else [snap.tables[name].column_names[0]]


def _foreign_keys(snap: Snapshot, name: str) -> set[str]:
    res = snap.resource(name) or {}
    return {json.dumps(fk, sort_keys=True) for fk in res.get("schema", {}).get("foreignKeys", [])}


def _constraint_changes(table: str, name: str, old: dict[str, Any], new: dict[str, Any], is_key: bool) -> list[SchemaChange]:
    out = []

    def add(kind: str, detail: str) -> None:
        out.append(SchemaChange(table, name, kind, detail))

    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if key in ("required", "unique"):
            add("constraint_tightened" if b else "constraint_loosened", f"{key}: {a} -> {b}")
        elif key == "pattern":
            if is_key:
                add("id_scheme_changed", f"id pattern {a!r} -> {b!r}")
            elif b is None:
                add("constraint_loosened", f"pattern {a!r} removed")
            else:
                # Whether one regular expression accepts a superset of another is undecidable in
                # general; any new or changed pattern is treated as a possible break.
                add("constraint_tightened", f"pattern {a!r} -> {b!r}")
        elif key in ("minLength", "minimum"):
            tighter = b is not None and (a is None or b > a)
            add("constraint_tightened" if tighter else "constraint_loosened", f"{key}: {a} -> {b}")
        elif key in ("maxLength", "maximum"):
            tighter = b is not None and (a is None or b < a)
            add("constraint_tightened" if tighter else "constraint_loosened", f"{key}: {a} -> {b}")
        elif key == "enum":
            sa, sb = set(a or []), set(b or [])
            if b is not None and (a is None or not sa <= sb):
                add("constraint_tightened", f"enum values removed: {sorted(sa - sb) if a else 'enum added'}")
            else:
                add("constraint_loosened", f"enum values added: {sorted(sb - sa)}" if b else "enum removed")
        else:
            add("constraint_tightened" if b is not None else "constraint_loosened", f"{key}: {a} -> {b}")
    return out


def schema_changes(old: Snapshot, new: Snapshot) -> list[SchemaChange]:
    """Every change to tables, fields, types, constraints and keys, sorted."""
    changes: list[SchemaChange] = []
    for name in sorted(set(old.tables) - set(new.tables)):
        changes.append(SchemaChange(name, "", "table_removed", "the table is gone"))
    for name in sorted(set(new.tables) - set(old.tables)):
        changes.append(SchemaChange(name, "", "table_added", f"{new.tables[name].num_rows} rows"))
    for name in sorted(set(old.tables) & set(new.tables)):
        fo, fn = _fields(old, name), _fields(new, name)
        pk_old, pk_new = _primary_key(old, name), _primary_key(new, name)
        if pk_old != pk_new:
            changes.append(SchemaChange(name, ",".join(pk_new), "primary_key_changed", f"{pk_old} -> {pk_new}"))
        for f in sorted(set(fo) - set(fn)):
            changes.append(SchemaChange(name, f, "field_removed", "the column is gone (removed or renamed)"))
        for f in sorted(set(fn) - set(fo)):
            changes.append(SchemaChange(name, f, "field_added", f"type {fn[f].get('type')}"))
        for f in sorted(set(fo) & set(fn)):
            a, b = fo[f], fn[f]
            ta = (a.get("type"), a.get("structnews:arrowType"))
            tb = (b.get("type"), b.get("structnews:arrowType"))
            if ta != tb:
                changes.append(SchemaChange(name, f, "type_changed", f"{'/'.join(x for x in ta if x)} -> {'/'.join(x for x in tb if x)}"))
            changes.extend(_constraint_changes(name, f, a.get("constraints", {}), b.get("constraints", {}), f in pk_new))
        fk_old, fk_new = _foreign_keys(old, name), _foreign_keys(new, name)
        for fk in sorted(fk_new - fk_old):
            changes.append(SchemaChange(name, ",".join(json.loads(fk)["fields"]), "foreign_key_added", fk))
        for fk in sorted(fk_old - fk_new):
            changes.append(SchemaChange(name, ",".join(json.loads(fk)["fields"]), "foreign_key_removed", fk))
    return sorted(changes)


# ---- records -----------------------------------------------------------------------------


@dataclass
class TableDiff:
    """Records of one table added, removed and changed, by stable id."""

    table: str
    rows_old: int
    rows_new: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # id -> names of the fields that changed
    ignored_fields: list[str] = field(default_factory=list)  # not compared (e.g. withheld text)

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def fields_changed(self) -> dict[str, int]:
        """Field -> number of records in which it changed."""
        counts: dict[str, int] = {}
        for names in self.changed.values():
            for n in names:
                counts[n] = counts.get(n, 0) + 1
        return dict(sorted(counts.items()))


def _rows_by_id(table: pa.Table, key: list[str]) -> dict[str, dict[str, Any]]:
    return {"|".join(str(r[k]) for k in key): r for r in table.to_pylist()}


def record_diff(name: str, old: Snapshot, new: Snapshot) -> TableDiff:
    """Compare one table's records by primary key (common columns only; schema changes are separate)."""
    a_tab, b_tab = old.tables.get(name), new.tables.get(name)
    diff = TableDiff(name, a_tab.num_rows if a_tab is not None else 0, b_tab.num_rows if b_tab is not None else 0)
    key = _primary_key(new if b_tab is not None else old, name)
    a = _rows_by_id(a_tab, key) if a_tab is not None and set(key) <= set(a_tab.column_names) else {}
    b = _rows_by_id(b_tab, key) if b_tab is not None and set(key) <= set(b_tab.column_names) else {}
    diff.added = sorted(set(b) - set(a))
    diff.removed = sorted(set(a) - set(b))
    if a_tab is None or b_tab is None:
        return diff
    common_cols = [c for c in b_tab.column_names if c in set(a_tab.column_names)]
    if name == "articles" and (old.text_withheld or new.text_withheld):
        # A text-withheld release replaces the text by a placeholder; comparing it would report
        # every article as changed, which says nothing about the data.
        diff.ignored_fields = ["text"]
        common_cols = [c for c in common_cols if c != "text"]
    for rid in sorted(set(a) & set(b)):
        ra, rb = a[rid], b[rid]
        names = [c for c in common_cols if ra[c] != rb[c]]
        if names:
            diff.changed[rid] = names
    return diff


# ---- whole -------------------------------------------------------------------------------


@dataclass
class ReleaseDiff:
    """Everything that differs between two snapshots."""

    old: str
    new: str
    old_version: str | None
    new_version: str | None
    tables: dict[str, TableDiff]
    schema: list[SchemaChange]
    metadata: list[str]  # descriptor keys (package or resource level) whose values changed

    @property
    def empty(self) -> bool:
        return not self.schema and not self.metadata and all(t.unchanged for t in self.tables.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "old": self.old, "new": self.new, "old_version": self.old_version, "new_version": self.new_version,
            "tables": {
                n: {"rows_old": t.rows_old, "rows_new": t.rows_new, "added": t.added, "removed": t.removed,
                    "changed": t.changed, "fields_changed": t.fields_changed(), "ignored_fields": t.ignored_fields}
                for n, t in self.tables.items()
            },
            "schema": [asdict(c) for c in self.schema],
            "metadata": self.metadata,
        }


def _metadata_changes(old: Snapshot, new: Snapshot) -> list[str]:
    a, b = old.descriptor or {}, new.descriptor or {}
    out = [k for k in sorted(set(a) | set(b)) if k not in _VOLATILE_KEYS and k != TEXT_WITHHELD_KEY and a.get(k) != b.get(k)]
    for name in sorted(set(old.tables) & set(new.tables)):
        ra, rb = old.resource(name) or {}, new.resource(name) or {}
        out += [f"{name}.{k}" for k in sorted(set(ra) | set(rb)) if k not in _VOLATILE_KEYS and ra.get(k) != rb.get(k)]
        fa, fb = _fields(old, name), _fields(new, name)
        out += [f"{name}.{f}.description" for f in sorted(set(fa) & set(fb)) if fa[f].get("description") != fb[f].get("description")]
    return out


def diff_snapshots(old: Snapshot, new: Snapshot) -> ReleaseDiff:
    names = list(new.tables) + [n for n in old.tables if n not in new.tables]
    return ReleaseDiff(
        old=str(old.root), new=str(new.root), old_version=old.version, new_version=new.version,
        tables={n: record_diff(n, old, new) for n in names},
        schema=schema_changes(old, new),
        metadata=_metadata_changes(old, new),
    )


def diff_folders(old: Path, new: Path) -> ReleaseDiff:
    """The diff between two snapshot folders (releases or build outputs)."""
    return diff_snapshots(load_snapshot(old), load_snapshot(new))


def summary_lines(diff: ReleaseDiff, max_ids: int = 10) -> list[str]:
    """A readable Markdown list: counts per table, the ids (up to ``max_ids``), the fields."""
    lines: list[str] = []
    for name, t in diff.tables.items():
        if t.unchanged:
            lines.append(f"- `{name}`: no record changes ({t.rows_new} rows)")
            continue
        lines.append(f"- `{name}`: {len(t.added)} added, {len(t.removed)} removed, {len(t.changed)} changed "
                     f"({t.rows_old} -> {t.rows_new} rows)")
        for label, ids in (("added", t.added), ("removed", t.removed)):
            if ids:
                more = f" and {len(ids) - max_ids} more" if len(ids) > max_ids else ""
                lines.append(f"  - {label}: {', '.join(f'`{i}`' for i in ids[:max_ids])}{more}")
        for rid in list(t.changed)[:max_ids]:
            lines.append(f"  - changed `{rid}`: {', '.join(t.changed[rid])}")
        if len(t.changed) > max_ids:
            lines.append(f"  - ... and {len(t.changed) - max_ids} more changed records "
                         f"(fields: {', '.join(f'{k} x{v}' for k, v in t.fields_changed().items())})")
        if t.ignored_fields:
            lines.append(f"  - not compared: {', '.join(t.ignored_fields)} (text withheld on one side)")
    for c in diff.schema:
        lines.append(f"- schema: `{c.table}{'.' + c.field if c.field else ''}` {c.kind.replace('_', ' ')} ({c.detail})")
    if diff.metadata:
        lines.append(f"- metadata changed: {', '.join(diff.metadata)}")
    return lines


def format_text(diff: ReleaseDiff) -> str:
    head = f"diff {diff.old} ({diff.old_version or '?'}) -> {diff.new} ({diff.new_version or '?'})"
    return "\n".join([head, *(summary_lines(diff, max_ids=1_000_000) or ["- identical"])])
