"""The development sets (``eval/sets.yaml``): build each set's raw folder, score it, report.

A set is data, not code: a name, a gold folder, a raw folder, the kinds of gold it holds, the
gold's format and, for events, the PLOVER types its gold covers. :func:`run_set` builds the raw
folder with the normal build (:func:`structnews.build.run.pipeline.build`) into
``CACHE/<set>/tables`` and scores the tables with the scorer of the set's format. A set whose
raw or gold folder is absent is skipped with the reason, and a set whose build fails reports
the build's problems; neither stops the other sets. See docs/evaluation.md.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)
from structnews.build.core.errors import InputError, Problem
from structnews.build.run.pipeline import build
from structnews.build.tables.folder import read_descriptor
from structnews.build.use.evaluate import ALL_EVENT_TYPES, NATIVE_KINDS, evaluate
from structnews.build.use.invented import INVENTED_KINDS, score_invented, stage_articles
from structnews.build.use.polnear import POLNEAR_KINDS, score_polnear
from structnews.schema.events import EventType

DEFAULT_REGISTRY = Path("eval/sets.yaml")
DEFAULT_CACHE = Path(".cache/eval")
SHARED_ENV = "STRUCTNEWS_SHARED"  # where ../shared is, for checkouts that are not beside it
SHARED_PREFIX = "../shared"

Kind = Literal["quotes", "entities", "events", "indirect"]
KINDS_OF_FORMAT: dict[str, tuple[str, ...]] = {"native": NATIVE_KINDS, "polnear": POLNEAR_KINDS, "invented": INVENTED_KINDS}


class EvalSet(BaseModel):
    """One development set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")] = Field(description="Short name, used by --set and as the cache folder.")
    description: Annotated[str, StringConstraints(min_length=1)] = Field(description="One line: what the articles are.")
    gold: Annotated[str, StringConstraints(min_length=1)] = Field(description="Gold folder, relative to the registry's root.")
    raw: Annotated[str, StringConstraints(min_length=1)] = Field(description="Raw folder (NAME.txt + NAME.yaml), relative to the registry's root.")
    format: Literal["native", "polnear", "invented"] = Field(default="native", description="native: data/gold's JSONL (docs/gold-*.md); polnear: the PolNeAR conversion's files; invented: invented sentences (eval/invented/README.md), built as articles written from the gold folder itself (raw names the same folder).")
    kinds: list[Kind] = Field(min_length=1, description="What the gold holds and is scored: quotes, entities, events (native); quotes, indirect (polnear).")
    event_types: list[EventType] | None = Field(default=None, description="PLOVER types the event gold covers; omitted = all 16.")
    articles: Literal["all", "gold"] = Field(default="all", description="Build every article of the raw folder, or only those the gold names.")

    @model_validator(mode="after")
    def _consistent(self) -> EvalSet:
        allowed = KINDS_OF_FORMAT[self.format]
        wrong = [k for k in self.kinds if k not in allowed]
        if wrong:
            raise ValueError(f"kinds {wrong} cannot be scored with format {self.format!r} (allowed: {', '.join(allowed)})")
        if len(set(self.kinds)) != len(self.kinds):
            raise ValueError("kinds are listed more than once")
        if self.event_types is not None and "events" not in self.kinds:
            raise ValueError("event_types is given but events are not scored")
        if self.format == "invented" and (self.articles != "all" or self.event_types is not None):
            raise ValueError("an invented set builds all its sentences over all 16 types: articles and event_types do not apply")
        return self

    def scope(self) -> frozenset[str]:
        return ALL_EVENT_TYPES if self.event_types is None else frozenset(t.value for t in self.event_types)


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    root: str = Field(default="..", description="The folder set paths are relative to, itself relative to the registry file.")
    sets: list[EvalSet] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Registry:
        dup = [n for n, c in Counter(s.name for s in self.sets).items() if c > 1]
        if dup:
            raise ValueError(f"set names are not unique: {', '.join(dup)}")
        return self


def load_registry(path: Path) -> Registry:
    """Read and validate a registry; a problem names the file (and the set) at fault."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError([Problem(str(path), None, "registry", "unreadable", str(exc).replace("\n", " "),
                                  "give --sets the path of eval/sets.yaml")]) from None
    try:
        return Registry.model_validate(data)
    except ValidationError as exc:
        raise InputError([Problem(str(path), None, ".".join(str(p) for p in err["loc"]) or "registry", "invalid_registry",
                                  err["msg"], "see docs/evaluation.md for the registry format") for err in exc.errors()]) from None


def resolve(registry_path: Path, registry: Registry, path: str) -> Path:
    """A set's folder: relative to the registry's root; ``../shared/...`` from $STRUCTNEWS_SHARED if set."""
    shared = os.environ.get(SHARED_ENV)
    parts = Path(path).parts
    if shared and parts[:2] == ("..", "shared"):
        return Path(shared, *parts[2:])
    return (Path(registry_path).parent / registry.root / path).resolve()


def gold_articles(s: EvalSet, gold_dir: Path) -> set[str]:
    """File stems the set's gold names."""
    files = [f"{k}.jsonl" for k in s.kinds] + (["partial.jsonl"] if s.format == "polnear" else [])
    stems: set[str] = set()
    for name in files:
        path = gold_dir / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                stems.add(row["article"] if "article" in row else Path(row["doc"]).stem)
    return stems


def _stage(raw: Path, stems: list[str], target: Path) -> None:
    """Copy the selected articles (text and sidecar) into ``target`` (the build refuses symlinks)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for stem in stems:
        for suffix in (".txt", ".yaml", ".yml"):
            src = raw / f"{stem}{suffix}"
            if src.exists():
                shutil.copyfile(src, target / src.name)


def run_set(s: EvalSet, registry_path: Path, registry: Registry, *, cache: Path = DEFAULT_CACHE,
            exclude: set[str] | frozenset[str] = frozenset(), jobs: int | None = None,
            progress: Any = None) -> dict[str, Any]:
    """Build and score one set. Never raises for a missing folder or a failed build: the result's
    ``status`` is ``scored``, ``skipped`` (with ``reason``) or ``failed`` (with ``reason`` and
    ``problems``)."""
    gold_dir, raw_dir = resolve(registry_path, registry, s.gold), resolve(registry_path, registry, s.raw)
    result: dict[str, Any] = {"set": s.name, "description": s.description, "format": s.format, "kinds": list(s.kinds),
                              "gold": s.gold, "raw": s.raw, "status": "scored", "excluded": []}
    if "events" in s.kinds:
        result["event_types"] = "all 16" if s.event_types is None else sorted(t.value for t in s.event_types)
    if not raw_dir.is_dir():
        return {**result, "status": "skipped", "reason": f"raw folder {s.raw} is absent ({raw_dir})"}
    if not gold_dir.is_dir():
        return {**result, "status": "skipped", "reason": f"gold folder {s.gold} is absent ({gold_dir})"}
    stems = sorted(p.stem for p in raw_dir.glob("*.txt"))
    if s.articles == "gold":
        wanted = gold_articles(s, gold_dir)
        missing = sorted(wanted - set(stems))
        if missing:
            result["gold_articles_without_raw"] = missing
        stems = sorted(wanted & set(stems))
    excluded = sorted(set(stems) & set(exclude))
    selected = [st for st in stems if st not in excluded]
    result["excluded"] = excluded
    result["articles"] = len(selected)
    build_raw = raw_dir
    invented: dict[str, Any] = {}
    if s.format == "invented":
        build_raw = cache / s.name / "raw"
        try:
            invented = stage_articles(gold_dir, build_raw)
            result["articles"] = len(invented)
        except InputError as exc:
            return {**result, "status": "failed", "reason": f"the invented sentences have {len(exc.problems)} problem(s)",
                    "problems": [p.format() for p in exc.problems]}
    elif len(selected) != len(list(raw_dir.glob("*.txt"))):
        build_raw = cache / s.name / "raw"
        _stage(raw_dir, selected, build_raw)
    tables = cache / s.name / "tables"
    try:
        build(build_raw, tables, progress=progress, corrections_dir=raw_dir.parent / "corrections", jobs=jobs)
    except InputError as exc:
        return {**result, "status": "failed", "reason": f"the build refused {len(exc.problems)} problem(s)",
                "problems": [p.format() for p in exc.problems]}
    except Exception as exc:  # noqa: BLE001 - one set's crash must not stop the others
        return {**result, "status": "failed", "reason": f"the build crashed: {type(exc).__name__}: {exc}", "problems": []}
    descriptor = read_descriptor(tables) or {}
    result["pipeline"] = descriptor.get("structnews", {}).get("pipeline")
    try:
        if s.format == "invented":
            report = score_invented(invented, tables)
        elif s.format == "polnear":
            report = score_polnear(gold_dir, raw_dir, tables, kinds=s.kinds, skip_docs=set(excluded))
        else:
            report = evaluate(gold_dir, tables, kinds=s.kinds, event_types=s.scope(), skip_articles=set(excluded))
    except ValueError as exc:
        return {**result, "status": "failed", "reason": f"scoring failed: {exc}", "problems": []}
    result["report"] = report
    return result


def figures(result: dict[str, Any]) -> dict[str, Any]:
    """A set's result for --out: everything but the individual errors (counted by kind)."""
    out = {k: v for k, v in result.items() if k != "report"}
    if "report" in result:
        report = dict(result["report"])
        errors = report.pop("errors", [])
        out["figures"] = report
        out["error_counts"] = dict(sorted(Counter(e["kind"] for e in errors).items()))
    return out
