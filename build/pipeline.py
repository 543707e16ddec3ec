"""The whole build: inputs -> per-article drafts -> records -> tables, written safely.

Outputs are written into a staging folder next to the destination, checked, and only then moved
into place file by file with atomic renames; a build that fails (bad input, a bug, or being
killed) leaves the previous tables and descriptor untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from structnews.build.article import pipeline_version, process_article
from structnews.build.canonical import Records, resolve
from structnews.build.checks import check_tables
from structnews.build.corrections import apply_corrections, load_corrections
from structnews.build.drafts import ArticleDraft
from structnews.build.errors import InputError, Problem
from structnews.build.inputs import ArticleInput, discover
from structnews.build.package import write_descriptor
from structnews.build.tables import table_path, to_arrow, write_table
from structnews.schema.tables import TABLES

Progress = Callable[[str], None]
STAGING_PREFIX = ".structnews-staging-"


@dataclass
class BuildResult:
    records: Records
    out_dir: Path
    counts: dict[str, int]


def process_inputs(inputs: list[ArticleInput], progress: Progress | None = None) -> list[ArticleDraft]:
    drafts: list[ArticleDraft] = []
    problems: list[Problem] = []
    for item in inputs:
        try:
            drafts.append(process_article(item.text_path.read_bytes(), item.sidecar, item.text_path.name, item.display))
        except InputError as exc:
            problems.extend(exc.problems)
        if progress:
            progress(item.name)
    seen: dict[str, str] = {}
    for d in drafts:
        if d.raw_sha256 in seen:
            problems.append(Problem(d.source_file, None, "text", "duplicate_article",
                                    f"the same bytes as {seen[d.raw_sha256]}", "remove one of the two copies"))
        seen.setdefault(d.raw_sha256, d.source_file)
    if problems:
        raise InputError(problems)
    return drafts


def write_outputs(records: Records, staging: Path) -> dict[str, int]:
    """Write every table and the descriptor under ``staging``; return row counts."""
    tables = {}
    by_table = records.by_table()
    for spec in TABLES:
        table = to_arrow(spec, by_table[spec.name])
        write_table(table, staging / table_path(spec))
        tables[spec.name] = table
    problems = check_tables(tables, where=str(staging))
    if problems:
        raise InputError(problems)
    write_descriptor(staging, staging / "datapackage.json", pipeline=pipeline_version())
    return {name: t.num_rows for name, t in tables.items()}


def move_into_place(staging: Path, out_dir: Path) -> None:
    """Atomic per-file replacement; the descriptor last, so it never names files not yet there."""
    for spec in TABLES:
        src = staging / table_path(spec)
        dst = out_dir / table_path(spec)
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
    os.replace(staging / "datapackage.json", out_dir / "datapackage.json")


def default_corrections(raw_dir: Path) -> Path:
    """Corrections live beside the raw folder: data/raw -> data/corrections."""
    return raw_dir.parent / "corrections"


def build(raw_dir: Path, out_dir: Path, progress: Progress | None = None, corrections_dir: Path | None = None) -> BuildResult:
    inputs, problems = discover(raw_dir)
    corrections, correction_problems = load_corrections(corrections_dir or default_corrections(raw_dir))
    problems += correction_problems
    if problems:
        raise InputError(problems)
    if not inputs:
        raise InputError([Problem(str(raw_dir), None, "raw", "no_articles", "no NAME.txt files found",
                                  "add articles with their NAME.yaml sidecars")])
    drafts = process_inputs(inputs, progress)
    records, problems = apply_corrections(resolve(drafts), corrections)
    if problems:
        raise InputError(problems)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(f"{STAGING_PREFIX}*"):
        # Left by a build that was killed before it could clean up; never read, safe to remove.
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        counts = write_outputs(records, staging)
        move_into_place(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(records, out_dir, counts)
