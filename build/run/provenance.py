"""What built a set of tables: enough to set up the same environment and rebuild them exactly.

Recorded under ``structnews:provenance`` in every descriptor the build writes, carried into each
release's descriptor and card:

- ``structnews`` and ``pipeline``: the package version and the pipeline fingerprint (the code of
  the per-article stages, the curated data, the model and spaCy; see
  :func:`structnews.build.extract.article.pipeline_version`);
- ``python`` (major.minor), ``spacy``, ``model`` and ``pyarrow``: what parses and what writes;
- ``lock``: ``sha256:<hex>`` of ``requirements/lock.txt`` when every package it pins is installed
  at its pinned version, else ``null``, with the differences under ``unlocked`` (or no
  ``unlocked`` key at all when no lock file is found, as from an installed wheel).

Nothing here depends on the clock, the host or paths, so builds under the same lock give the
same descriptor bytes. ``python -m structnews.build.run.provenance`` prints it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from structnews.build.tables.descriptor import PROVENANCE_KEY  # noqa: F401 (part of this module's interface)

LOCK_FILE = "requirements/lock.txt"
MAX_LISTED = 20  # differences from the lock listed in a descriptor; the rest are counted
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")  # 'smart-open[http]==9.0.2': a pin with extras


def canonical(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def default_lock() -> Path | None:
    """``requirements/lock.txt`` of the checkout this package runs from (an editable install), or
    None (an installed wheel carries no lock)."""
    path = Path(__file__).resolve().parents[2] / LOCK_FILE
    return path if path.is_file() else None


def read_lock(path: Path) -> dict[str, str]:
    """Distribution name (canonical) -> pinned version, from a ``name==version`` requirements file."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            pins[canonical(match[1])] = match[2]
    return pins


def installed() -> dict[str, str]:
    """Distribution name (canonical) -> installed version, as ``import`` would find them."""
    found: dict[str, str] = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            found.setdefault(canonical(name), dist.version)
    return found


def lock_differences(pins: dict[str, str], have: dict[str, str] | None = None) -> list[str]:
    """``name installed (locked pinned)`` for every pin not met, sorted; extra packages are ignored."""
    have = installed() if have is None else have
    return [f"{name} {have.get(name, 'missing')} (locked {version})"
            for name, version in sorted(pins.items()) if have.get(name) != version]


def sha256_text(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _package_version() -> str:
    try:
        return importlib.metadata.version("structnews")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=8)
def _provenance(lock: Path | None, lock_sha: str | None) -> tuple[tuple[str, Any], ...]:
    import pyarrow
    import spacy
    from structnews.build.extract import nlp
    from structnews.build.extract.article import pipeline_version

    out: dict[str, Any] = {
        "structnews": _package_version(),
        "pipeline": pipeline_version(),
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "spacy": spacy.__version__,
        "model": f"{nlp.MODEL_NAME}=={nlp.MODEL_VERSION}",
        "pyarrow": pyarrow.__version__,
        "lock": None,
    }
    if lock is not None:
        diffs = lock_differences(read_lock(lock))
        if diffs:
            more = [f"... and {len(diffs) - MAX_LISTED} more"] if len(diffs) > MAX_LISTED else []
            out["unlocked"] = diffs[:MAX_LISTED] + more
        else:
            out["lock"] = f"sha256:{lock_sha}"
    return tuple(out.items())


def provenance(lock: Path | None | bool = None) -> dict[str, Any]:
    """This environment's provenance. ``lock``: the lock file to check against (default: the
    checkout's :data:`LOCK_FILE`; False: none)."""
    path = default_lock() if lock is None else (None if lock is False else Path(lock))
    # Keyed by the lock's hash, so that a refreshed lock is seen within one process too.
    return dict(_provenance(path, sha256_text(path) if path is not None else None))


def summary(prov: dict[str, Any] | None) -> str:
    """One line: ``pyarrow 26.0.1, spaCy 3.8.18, ... lock sha256:abcd1234``."""
    if not prov:
        return "no provenance recorded"
    lock = prov.get("lock")
    where = f"lock {lock[:15]}" if lock else ("unlocked" if "unlocked" in prov else "no lock file")
    return (f"Python {prov.get('python')}, spaCy {prov.get('spacy')}, {prov.get('model')}, "
            f"pyarrow {prov.get('pyarrow')}, structnews {prov.get('structnews')}, {where}")


def differences(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[str]:
    """``key: old -> new`` for every provenance entry that differs."""
    old, new = old or {}, new or {}
    return [f"{k}: {old.get(k)} -> {new.get(k)}" for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]


def main() -> None:
    prov = provenance()
    print(json.dumps(prov, indent=2))
    lock = default_lock()
    if lock is not None:
        diffs = lock_differences(read_lock(lock))
        print(f"{len(diffs)} of the packages pinned in {LOCK_FILE} differ from what is installed" + (":" if diffs else "."))
        for line in diffs:
            print(f"  {line}")


if __name__ == "__main__":
    main()
