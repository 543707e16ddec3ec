"""The one reader of a built folder: where its files are, and what they hold.

A *built folder* is either a build output (``ROOT/data/<table>/<table>.parquet``) or a release
folder (``ROOT/data/<table>/train-0000i-of-0000N.parquet``), each with ``ROOT/datapackage.json``.
Everything that reads tables back (validation, diffs, SQL, the explorer, evaluation, rehydration)
goes through this module, so the layout is known in one place and every reader reports a
missing or unreadable file the same way (:class:`FolderError`, naming the file).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from structnews.schema.tables import TABLES, TableSpec

DESCRIPTOR = "datapackage.json"
TEXT_WITHHELD_KEY = "structnews:text"  # package-level marker written by `release --no-text`


class FolderError(FileNotFoundError):
    """A built folder lacks a table or holds a file that is not readable Parquet."""


def table_path(spec: TableSpec) -> str:
    """Path of a table's file in a build output, relative to the folder (and to datapackage.json)."""
    return f"data/{spec.name}/{spec.name}.parquet"


def table_files(root: Path, name: str) -> list[Path]:
    """The Parquet files of one table, in either layout, in a fixed (name) order."""
    return sorted((Path(root) / "data" / name).glob("*.parquet"), key=lambda p: p.name)


def read_descriptor(root: Path) -> dict[str, Any] | None:
    """The folder's ``datapackage.json``, or None when it has none."""
    path = Path(root) / DESCRIPTOR
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FolderError(f"{path}: cannot be read as JSON ({exc})") from exc


def table_names(root: Path, descriptor: dict[str, Any] | None = None) -> list[str]:
    """The tables of a folder: its descriptor's resources, else every ``data/<name>/`` with Parquet."""
    if descriptor is not None:
        return [r["name"] for r in descriptor.get("resources", [])]
    data = Path(root) / "data"
    return sorted(p.name for p in data.iterdir() if p.is_dir() and table_files(root, p.name)) if data.is_dir() else []


def read_table(root: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """One table, all its files concatenated in order."""
    files = table_files(root, name)
    if not files:
        raise FolderError(f"{Path(root) / 'data' / name}: no Parquet files; run `structnews build` first, or point "
                          "--root at a folder holding data/<table>/*.parquet (a build output or a release folder)")
    parts = []
    for path in files:
        try:
            parts.append(pq.read_table(path, columns=columns))
        except (OSError, pa.ArrowException) as exc:
            raise FolderError(f"{path}: cannot be read as Parquet ({exc})") from exc
    return pa.concat_tables(parts) if len(parts) > 1 else parts[0]


def read_tables(root: Path, specs: tuple[TableSpec, ...] = TABLES) -> dict[str, pa.Table]:
    """The five tables of a folder, by name."""
    return {spec.name: read_table(root, spec.name) for spec in specs}


@dataclass
class Snapshot:
    """The tables and descriptor of one folder."""

    root: Path
    descriptor: dict[str, Any] | None
    tables: dict[str, pa.Table]

    @property
    def version(self) -> str | None:
        return (self.descriptor or {}).get("version")

    @property
    def text_withheld(self) -> bool:
        return (self.descriptor or {}).get(TEXT_WITHHELD_KEY) == "withheld"

    def resource(self, name: str) -> dict[str, Any] | None:
        for res in (self.descriptor or {}).get("resources", []):
            if res.get("name") == name:
                return res
        return None


def load_snapshot(root: Path) -> Snapshot:
    """Read every table under ``root``; tables are the descriptor's resources, else data/*/."""
    root = Path(root)
    descriptor = read_descriptor(root)
    names = table_names(root, descriptor)
    if not names:
        raise FolderError(f"{root}: no datapackage.json and no data/<table>/*.parquet; is this a release or a build output?")
    return Snapshot(root, descriptor, {name: read_table(root, name) for name in names})
