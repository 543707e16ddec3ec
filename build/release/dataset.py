"""``structnews release``: a self-contained, reproducible Hugging Face dataset folder.

Layout of a release folder::

    README.md                                  dataset card (YAML configs + documentation)
    data/<table>/train-0000i-of-0000N.parquet  one config per table, split "train"
    datapackage.json                           Frictionless descriptor, paths pointing at the shards
    croissant.json                             Croissant metadata with the SHA-256 of every shard
    CHANGELOG.md  CITATION.cff                 history (with this release's entry) and citation
    events_timeline.png top_speakers.png cooccurrence.png

Reproducible: rows are sorted by each table's fixed key, Parquet is written with the build's
fixed options, the pictures have no timestamps or version strings, and no text mentions the
clock, so the same tables (and the same library versions) give byte-identical folders. The
folder is assembled in a staging directory next to the destination and moved into place whole.

Versioning: the tables are diffed against the previous release (``--previous``, default the
newest release under ``ROOT/dist``); :mod:`structnews.build.release.versioning` says which bump that
requires, the release proposes it, and refuses a number that contradicts it unless forced.
"""

from __future__ import annotations

import copy
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
from structnews.build.core.staging import Busy, staged_folder
from structnews.build.release.card import (
    DEFAULT_REPO_ID,
    CardInputs,
    croissant,
    publisher_rows,
    render_card,
    render_citation,
)
from structnews.build.release.figures import write_figures
from structnews.build.release.rehydrate import withhold, write_parquet
from structnews.build.release.versioning import (
    Requirement,
    bump,
    check_version,
    parse,
    required_level,
)
from structnews.build.run.provenance import provenance
from structnews.build.tables.descriptor import (
    DATASET_VERSION,
    PROVENANCE_KEY,
    sha256_file,
)
from structnews.build.tables.diff import ReleaseDiff, diff_snapshots, summary_lines
from structnews.build.tables.folder import TEXT_WITHHELD_KEY, Snapshot, load_snapshot
from structnews.schema.tables import TABLES, TableSpec

MAX_SHARD_BYTES = 500 * 1024 * 1024  # in-memory Arrow size; the zstd Parquet file is much smaller
MAX_SHARD_ROWS = 1_000_000
NO_TEXT_SUFFIX = "-no-text"


class ReleaseError(Exception):
    """A release that must not be made as asked (contradicting version, existing folder ...)."""


@dataclass
class ReleaseResult:
    out: Path
    version: str
    proposed: str
    previous: Path | None
    previous_version: str | None
    requirement: Requirement
    diff: ReleaseDiff | None


# ---- shards ------------------------------------------------------------------------------


def shard_count(table: pa.Table, max_rows: int = MAX_SHARD_ROWS, max_bytes: int = MAX_SHARD_BYTES) -> int:
    """How many files a table is split into (at least one, also for an empty table)."""
    return max(1, math.ceil(table.num_rows / max_rows), math.ceil(table.nbytes / max_bytes))


def shard_name(i: int, n: int) -> str:
    return f"train-{i:05d}-of-{n:05d}.parquet"


def sort_table(spec: TableSpec, table: pa.Table) -> pa.Table:
    """Rows in the registry's fixed order, the primary key breaking any tie."""
    keys = list(dict.fromkeys((*spec.sort_by, spec.primary_key)))
    return table.sort_by([(k, "ascending") for k in keys])


def write_shards(spec: TableSpec, table: pa.Table, folder: Path, n: int) -> list[dict[str, Any]]:
    """Write ``table`` as ``n`` contiguous shards; return ``{path, rows, bytes, sha256}`` for each."""
    per = math.ceil(table.num_rows / n) if table.num_rows else 0
    out = []
    for i in range(n):
        part = table.slice(i * per, per) if table.num_rows else table
        rel = f"data/{spec.name}/{shard_name(i, n)}"
        write_parquet(part, folder / rel)
        out.append({"path": rel, "rows": part.num_rows, "bytes": (folder / rel).stat().st_size, "sha256": sha256_file(folder / rel)})
    return out


# ---- descriptor and changelog --------------------------------------------------------------


def release_descriptor(base: dict[str, Any], version: str, files: dict[str, list[dict[str, Any]]], no_text: bool,
                       written_by: dict[str, Any] | None = None) -> dict[str, Any]:
    """The build's descriptor with the release's version and the shards' paths, sizes and hashes.

    Its ``structnews:provenance`` is the build's (what made the records); ``written_by``, the
    provenance of the environment writing the shards, is added under ``release`` only when it
    differs (another pyarrow may write other bytes for the same rows)."""
    desc = copy.deepcopy(base)
    desc["version"] = version
    if written_by is not None and desc.get(PROVENANCE_KEY) != written_by:
        desc[PROVENANCE_KEY] = {**(desc.get(PROVENANCE_KEY) or {}), "release": written_by}
    if no_text:
        desc[TEXT_WITHHELD_KEY] = "withheld"
    for res in desc["resources"]:
        shards = files[res["name"]]
        res["path"] = shards[0]["path"] if len(shards) == 1 else [f["path"] for f in shards]
        res["structnews:bytes"] = sum(f["bytes"] for f in shards)
        if len(shards) == 1:
            res["structnews:sha256"] = shards[0]["sha256"]
        else:
            res.pop("structnews:sha256", None)
        res["structnews:files"] = [{"path": f["path"], "rows": f["rows"], "bytes": f["bytes"], "sha256": f["sha256"]} for f in shards]
    return desc


_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\].*$", re.MULTILINE)


def release_entry(version: str, previous: str | None, req: Requirement, lines: list[str], counts: dict[str, int]) -> str:
    """The ``### Data`` block this release adds to its changelog."""
    out = ["### Data", ""]
    if previous:
        out.append(f"- A {req.level.upper()} release relative to {previous}"
                   + (f": {'; '.join(req.reasons)}." if req.reasons else " (no data changes)."))
        out += lines
    else:
        out.append("- First release: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()) + ".")
    return "\n".join(out) + "\n"


def changelog_with_entry(base: str | None, version: str, entry: str) -> str:
    """``base`` with ``entry`` appended to the section of ``version`` (made after [Unreleased] if absent)."""
    text = base if base else "# Changelog\n\n## [Unreleased]\n"
    if not text.endswith("\n"):
        text += "\n"
    headings = list(_HEADING.finditer(text))
    for i, h in enumerate(headings):
        if h.group("version") == version:
            end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
            section = text[h.start():end].rstrip("\n") + "\n\n" + entry
            return text[: h.start()] + section + ("\n" + text[end:] if end < len(text) else "")
    after = next((h for h in headings if h.group("version").lower() != "unreleased"), None)
    section = f"## [{version}]\n\n{entry}"
    if after is None:
        return text.rstrip("\n") + "\n\n" + section
    return text[: after.start()] + section + "\n" + text[after.start():]


def release_date(changelog: str, version: str) -> str | None:
    """The date the changelog gives this version (``## [X.Y.Z] - YYYY-MM-DD``), if any.

    Releases never read the clock (that would break reproducibility); the maintainers' changelog
    is the one place a date is decided.
    """
    m = re.search(rf"^## \[{re.escape(version)}\] - (\d{{4}}-\d{{2}}-\d{{2}})\s*$", changelog, re.MULTILINE)
    return m.group(1) if m else None


# ---- previous release --------------------------------------------------------------------


def _version_of(folder: Path) -> str | None:
    try:
        return json.loads((folder / "datapackage.json").read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None


def newest_release(dist: Path, exclude: Path | None = None) -> Path | None:
    """The full-text release under ``dist`` with the highest version (text-withheld ones skipped)."""
    if not dist.is_dir():
        return None
    best: tuple[tuple[int, int, int], Path] | None = None
    for folder in sorted(p for p in dist.iterdir() if p.is_dir()):
        if exclude is not None and folder.resolve() == exclude.resolve():
            continue
        desc_path = folder / "datapackage.json"
        if not desc_path.exists():
            continue
        desc = json.loads(desc_path.read_text(encoding="utf-8"))
        if desc.get(TEXT_WITHHELD_KEY) == "withheld":
            continue
        try:
            key = parse(str(desc.get("version", "")))
        except ValueError:
            continue
        if best is None or key > best[0]:
            best = (key, folder)
    return best[1] if best else None


# ---- the release -------------------------------------------------------------------------


def _human_corrected(root: Path, tables: dict[str, pa.Table]) -> bool:
    """True when people fixed records: a correction file in ROOT/data/corrections, or method=human rows."""
    from structnews.build.resolve.corrections import load_corrections

    if load_corrections(root / "data" / "corrections")[0]:
        return True
    return any("method" in t.column_names and "human" in set(t.column("method").to_pylist()) for t in tables.values())


def _quality(root: Path) -> dict[str, Any] | None:
    gold = root / "data" / "gold"
    if not any(gold.glob("*.jsonl")):
        return None
    from structnews.build.use.evaluate import evaluate

    report = evaluate(gold, root)
    report.pop("errors", None)
    return report


def make_release(
    root: Path,
    *,
    version: str | None = None,
    out: Path | None = None,
    previous: Path | None = None,
    auto_previous: bool = True,
    force: bool = False,
    no_text: bool = False,
    repo_id: str = DEFAULT_REPO_ID,
    max_shard_rows: int = MAX_SHARD_ROWS,
    max_shard_bytes: int = MAX_SHARD_BYTES,
) -> ReleaseResult:
    """Write the release folder for the tables under ``root``; see the module docstring."""
    from structnews.build.tables.checks import check_tables

    current = load_snapshot(root)
    if current.descriptor is None:
        raise ReleaseError(f"{root}: no datapackage.json; run `structnews build` first")
    missing = [s.name for s in TABLES if s.name not in current.tables]
    if missing:
        raise ReleaseError(f"{root}: tables missing: {', '.join(missing)}")
    problems = check_tables(current.tables, where=str(root / "data"))
    if problems:
        raise ReleaseError("the tables fail their checks; run `structnews validate`:\n" + "\n".join(p.format() for p in problems))
    tables = {s.name: sort_table(s, current.tables[s.name]) for s in TABLES}

    dist = root / "dist"
    if previous is None and auto_previous:
        previous = newest_release(dist, exclude=out)
    prev_snap: Snapshot | None = load_snapshot(previous) if previous is not None else None
    diff = diff_snapshots(prev_snap, current) if prev_snap is not None else None
    req = required_level(diff) if diff is not None else Requirement("none", ())
    prev_version = prev_snap.version if prev_snap is not None else None
    if prev_version is not None:
        proposed = bump(prev_version, req.level)
    else:
        proposed = str(current.descriptor.get("version") or DATASET_VERSION)
    chosen = version or proposed
    contradictions = check_version(chosen, prev_version, req.level)
    if contradictions and not force:
        raise ReleaseError("; ".join(contradictions) + ". Use --force to release it anyway.")

    out = out or dist / (chosen + (NO_TEXT_SUFFIX if no_text else ""))
    if out.exists() and any(out.iterdir()) and not force:
        raise ReleaseError(f"{out} exists; pass --force to replace it, or --out another folder")
    try:
        with staged_folder(out, prefix=".release-staging-") as staging:
            files: dict[str, list[dict[str, Any]]] = {}
            for spec in TABLES:
                table = tables[spec.name]
                n = shard_count(table, max_shard_rows, max_shard_bytes)  # planned on the full text, so a
                if no_text and spec.name == "articles":                    # rehydrated variant shards alike
                    table = withhold(table)
                files[spec.name] = write_shards(spec, table, staging, n)
            released = {**tables, "articles": withhold(tables["articles"]) if no_text else tables["articles"]}
            desc = release_descriptor(current.descriptor, chosen, files, no_text, written_by=provenance())
            (staging / "datapackage.json").write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            lines = summary_lines(diff) if diff is not None else []
            counts = {s.name: tables[s.name].num_rows for s in TABLES}
            entry = release_entry(chosen, prev_version, req, lines, counts)
            base_log = root / "CHANGELOG.md"
            log = changelog_with_entry(base_log.read_text(encoding="utf-8") if base_log.exists() else None, chosen, entry)
            (staging / "CHANGELOG.md").write_text(log, encoding="utf-8")
            date = release_date(log, chosen)
            cr = croissant(chosen, repo_id, desc, files, date_published=date)
            (staging / "croissant.json").write_text(json.dumps(cr, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            figures = [p.name for p in write_figures(tables, staging)]
            (staging / "CITATION.cff").write_text(render_citation(chosen, repo_id, date), encoding="utf-8")
            languages = sorted(set(tables["articles"].column("language").to_pylist()))
            card = render_card(CardInputs(
                version=chosen, repo_id=repo_id, tables=released, shards=files,
                descriptor=desc, no_text=no_text, human_corrected=_human_corrected(root, tables),
                previous_version=prev_version, level=req.level, reasons=req.reasons, diff_lines=lines,
                quality=_quality(root), figures=figures, publishers=publisher_rows(tables["articles"]), languages=languages,
            ))
            (staging / "README.md").write_text(card, encoding="utf-8")
    except Busy as exc:
        raise ReleaseError(str(exc)) from None
    return ReleaseResult(out, chosen, proposed, previous, prev_version, req, diff)
