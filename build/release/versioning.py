"""Semantic versions for data: what a diff means for the people who use the tables.

Follows the Frictionless *data package version* recipe, adapted as the product asks:

* MAJOR: a change that can break code reading the tables: a table or field removed or renamed,
  a field retyped, a constraint tightened (``required`` added, a narrower ``enum``, a new
  ``pattern``, a higher minimum ...), a primary or foreign key changed, the id scheme changed.
* MINOR: something new that old code can ignore: records, fields or tables added, a constraint
  loosened.
* PATCH: corrections: existing records changed, records withdrawn as wrong (ids stay stable, so a
  removed id is a correction, listed in the diff), descriptions and other metadata.

The number a release proposes is the previous release's number bumped at the level the diff
requires; a number that bumps less than that (or goes backwards) contradicts the diff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from structnews.build.tables.diff import ReleaseDiff

LEVELS = ("none", "patch", "minor", "major")
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")

MAJOR_KINDS = {"table_removed", "field_removed", "type_changed", "constraint_tightened", "primary_key_changed",
               "id_scheme_changed", "foreign_key_added"}
MINOR_KINDS = {"table_added", "field_added", "constraint_loosened", "foreign_key_removed"}


def parse(version: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; anything else is a ValueError (no pre-release tags for data)."""
    m = _SEMVER.match(version.strip())
    if not m:
        raise ValueError(f"'{version}' is not a version of the form MAJOR.MINOR.PATCH (e.g. 0.2.0)")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def bump(version: str, level: str) -> str:
    major, minor, patch = parse(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def level_between(old: str, new: str) -> str:
    """The level by which ``new`` bumps ``old``: none, patch, minor, major, or 'backwards'."""
    a, b = parse(old), parse(new)
    if b < a:
        return "backwards"
    if b == a:
        return "none"
    if b[0] > a[0]:
        return "major"
    if b[1] > a[1]:
        return "minor"
    return "patch"


@dataclass(frozen=True)
class Requirement:
    """The level a diff requires, with the reasons (one line each) that decided it."""

    level: str
    reasons: tuple[str, ...]


def required_level(diff: ReleaseDiff) -> Requirement:
    """The smallest version bump that honestly describes ``diff``."""
    reasons: dict[str, list[str]] = {lvl: [] for lvl in LEVELS}
    for c in diff.schema:
        lvl = "major" if c.kind in MAJOR_KINDS else "minor" if c.kind in MINOR_KINDS else "patch"
        reasons[lvl].append(f"{c.table}{'.' + c.field if c.field else ''}: {c.kind.replace('_', ' ')} ({c.detail})")
    for name, t in diff.tables.items():
        if min(t.rows_old, t.rows_new) >= 3 and len(t.removed) == t.rows_old and len(t.added) == t.rows_new:
            # Not one id in common: either every record was replaced or ids are made differently now.
            reasons["major"].append(f"{name}: no id in common with the previous version (id scheme changed?)")
            continue
        if t.added:
            reasons["minor"].append(f"{name}: {len(t.added)} records added")
        if t.changed:
            reasons["patch"].append(f"{name}: {len(t.changed)} records corrected ({', '.join(t.fields_changed())})")
        if t.removed:
            reasons["patch"].append(f"{name}: {len(t.removed)} records withdrawn")
    if diff.metadata:
        reasons["patch"].append(f"metadata: {', '.join(diff.metadata)}")
    for lvl in reversed(LEVELS[1:]):
        if reasons[lvl]:
            return Requirement(lvl, tuple(reasons[lvl]))
    return Requirement("none", ())


def check_version(chosen: str, previous: str | None, required: str) -> list[str]:
    """Why ``chosen`` contradicts the diff against ``previous`` (empty list: it does not)."""
    try:
        parse(chosen)
    except ValueError as exc:
        return [str(exc)]
    if previous is None:
        return []
    actual = level_between(previous, chosen)
    if actual == "backwards":
        return [f"{chosen} is older than the previous release {previous}"]
    if LEVELS.index(actual) < LEVELS.index(required):
        return [f"{chosen} is a {actual} step from {previous}, but the changes need a {required} release "
                f"(propose {bump(previous, required)})"]
    return []
