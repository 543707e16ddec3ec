"""From candidates to ``NAME.txt`` + ``NAME.yaml``, shared by every importer.

The name depends on the content only (``<publisher-slug>_<published>_<first 8 hex of the text's
SHA-256>``), so importing the same source again writes the same names and, the files being equal,
adds nothing. A file that exists with other content is never overwritten. Before anything is
written, the text goes through the same decoding checks as ``structnews build``
(:func:`~structnews.build.ingest.rawtext.decode`) and the sidecar through the same parser
(:func:`~structnews.build.ingest.sidecars.parse_sidecar`), so that every pair written builds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from structnews.build.core.errors import Problem
from structnews.build.ingest.importers.base import (
    FIELDS,
    Candidate,
    Importer,
    Origin,
    Skipped,
    slug,
)
from structnews.build.ingest.inputs import SIDECAR_SUFFIXES, STEM, TEXT_SUFFIX
from structnews.build.ingest.rawtext import decode
from structnews.build.ingest.sidecars import parse_sidecar

SOURCE_KEYS = ("format", "file", "record", "warc_record_id", "target_uri")
DUPLICATE_CODES = ("duplicate_record", "already_in_folder")


@dataclass
class Summary:
    """What an import did: names written, records already imported (same files), duplicates,
    problems by code, and records skipped on purpose by reason."""

    imported: list[str] = field(default_factory=list)  # names of the articles written
    unchanged: int = 0
    duplicates: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    def add_problem(self, problem: Problem) -> None:
        self.problems.append(problem)
        (self.duplicates if problem.code in DUPLICATE_CODES else self.refused)[problem.code] += 1


def sidecar_yaml(candidate: Candidate) -> str:
    """The sidecar's text: plain YAML (no tags, anchors or flow style), fields in a fixed order."""
    data: dict[str, object] = {}
    for name in FIELDS:
        value = candidate.fields.get(name)
        if value is None or value == [] or value == "":
            continue
        data[name] = value.isoformat() if isinstance(value, dt.date) else value
    data["source"] = {k: candidate.origin.source[k] for k in SOURCE_KEYS if candidate.origin.source.get(k) is not None}
    provenance = {k: candidate.provenance[k] for k in FIELDS if k in data and k in candidate.provenance}
    if provenance:
        data["provenance"] = provenance
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10_000)


class Writer:
    """Writes candidates into one raw folder; remembers what this run wrote and what the folder held."""

    def __init__(self, out: Path):
        self.out = out
        self.seen: dict[str, str] = {}  # text SHA-256 -> where it was first met in this run
        self._by_size: dict[int, list[Path]] | None = None
        self._digests: dict[Path, str] = {}

    def _existing(self, data: bytes, digest: str) -> Path | None:
        """A text already in the folder with these bytes (files are hashed only when sizes match)."""
        if self._by_size is None:
            self._by_size = {}
            if self.out.is_dir():
                for p in sorted(self.out.iterdir()):
                    if p.suffix == TEXT_SUFFIX and p.is_file() and not p.is_symlink():
                        self._by_size.setdefault(p.stat().st_size, []).append(p)
        for p in self._by_size.get(len(data), []):
            if p not in self._digests:
                self._digests[p] = hashlib.sha256(p.read_bytes()).hexdigest()
            if self._digests[p] == digest:
                return p
        return None

    def write(self, candidate: Candidate) -> tuple[str, list[Problem], str | None]:
        """Write one article. Returns ('imported' | 'unchanged' | 'duplicate' | 'refused', problems,
        the article's name when it is in the folder)."""
        origin = candidate.origin
        try:
            data = candidate.text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return "refused", [origin.problem("text", "not_utf8", f"the text holds undecodable bytes at character {exc.start}",
                                              "re-save the source as UTF-8")], None
        text_problems = [_at(p, origin, "the article text") for p in decode(data, origin.path)[1]]
        side_text = sidecar_yaml(candidate)
        sidecar, side_problems = parse_sidecar(side_text, origin.path)
        problems = text_problems + [_at(p, origin) for p in side_problems]
        if problems or sidecar is None:
            return "refused", problems, None
        digest = hashlib.sha256(data).hexdigest()
        name = f"{slug(sidecar.publisher)}_{sidecar.published.isoformat()}_{digest[:8]}"
        assert STEM.match(name), name
        if digest in self.seen:
            return "duplicate", [origin.problem("text", "duplicate_record", f"the same article text as {self.seen[digest]}",
                                                "only the first is imported; remove the copy from the source")], None
        self.seen[digest] = origin.describe()
        text_path, side_path = self.out / f"{name}{TEXT_SUFFIX}", self.out / f"{name}.yaml"
        side_bytes = side_text.encode("utf-8")
        existing = self._existing(data, digest)
        if existing is not None:
            if existing == text_path and side_path.is_file() and side_path.read_bytes() == side_bytes:
                return "unchanged", [], name
            if existing == text_path and not _any_sidecar(text_path):
                _publish(side_path, side_bytes)  # the text was there alone: complete the pair
                return "imported", [], name
            what = (f"{side_path} differs from the sidecar this import writes" if existing == text_path
                    else f"the same text is already in {existing}, with another name")
            return "duplicate", [origin.problem("text", "already_in_folder", what,
                                                f"nothing was written; to import it again, remove {existing.stem}.txt and its sidecar first")], existing.stem
        taken = [p for p in (text_path, *(text_path.with_suffix(s) for s in SIDECAR_SUFFIXES)) if p.exists() or p.is_symlink()]
        if taken:
            return "refused", [origin.problem("text", "name_taken", f"{taken[0]} already exists with other content",
                                              "it is never overwritten; move it away if this import should replace it")], None
        self.out.mkdir(parents=True, exist_ok=True)
        _publish(text_path, data)
        try:
            _publish(side_path, side_bytes)
        except FileExistsError:  # appeared in the meantime: leave no text without its sidecar
            text_path.unlink()
            return "refused", [origin.problem("text", "name_taken", f"{side_path} appeared while importing",
                                              "another import is writing into the same folder; run one at a time")], None
        if self._by_size is not None:
            self._by_size.setdefault(len(data), []).append(text_path)
            self._digests[text_path] = digest
        return "imported", [], name


def _at(problem: Problem, origin: Origin, of: str = "") -> Problem:
    """A check's problem, placed at the record it came from (the file does not exist yet); the
    line it named, if any, is a line ``of`` what was checked."""
    message = problem.message
    if of and problem.line is not None:
        message = f"{message} (line {problem.line} of {of})"
    if origin.note:
        message = f"{message} ({origin.note})"
    return replace(problem, path=origin.path, line=origin.line, message=message)


def _any_sidecar(text_path: Path) -> bool:
    return any(text_path.with_suffix(s).exists() for s in SIDECAR_SUFFIXES)


def _publish(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data``, all at once, and never over an existing file: written to a
    hidden temporary file, then hard-linked into place (which fails if the name exists)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: exclusive creation instead
            with path.open("xb") as fh:
                fh.write(data)
    finally:
        tmp.unlink(missing_ok=True)


# ---- Running an importer over sources ------------------------------------------------------------


def display(path: Path) -> str:
    """A source as shown in messages: relative to the working folder when it is under it."""
    try:
        shown = str(path.absolute().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    return shown if shown.isprintable() else shown.encode("unicode_escape", errors="backslashreplace").decode("ascii")


def expand(sources: Iterable[Path], suffixes: tuple[str, ...]) -> tuple[list[Path], list[Problem]]:
    """The files to read: files as given, folders searched (recursively, in name order) for files
    whose names end with one of ``suffixes``."""
    files: list[Path] = []
    problems: list[Problem] = []
    for source in sources:
        if source.is_file():
            files.append(source)
        elif source.is_dir():
            found = sorted(p for p in source.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes)
                           and not p.name.startswith("."))
            if not found:
                problems.append(Problem(display(source), None, "source", "no_sources",
                                        f"the folder holds no {' / '.join(suffixes)} files",
                                        "pass the files themselves, or choose the FORMAT that matches them"))
            files.extend(found)
        else:
            problems.append(Problem(display(source), None, "source", "missing_source", "no such file or folder",
                                    "check the path"))
    return files, problems


def import_sources(importer: Importer, sources: Iterable[Path], out: Path,
                   on_file: Callable[[Path], None] | None = None,
                   on_item: Callable[[str, list[Problem]], None] | None = None) -> Summary:
    """Run ``importer`` over every source and write what it finds into ``out``. ``on_file`` is told
    before each file is read; ``on_item`` after each record, with its outcome and problems."""
    files, problems = expand(sources, importer.suffixes)
    summary = Summary()
    writer = Writer(out)

    def report(status: str, found: list[Problem]) -> None:
        for problem in found:
            summary.add_problem(problem)
        if on_item:
            on_item(status, found)

    for problem in problems:
        report("refused", [problem])
    for path in files:
        if on_file:
            on_file(path)
        for item in importer.read(path, display(path)):
            if isinstance(item, Problem):
                report("refused", [item])
            elif isinstance(item, Skipped):
                summary.skipped[item.reason] += 1
                report("skipped", [])
            else:
                try:
                    status, found, name = writer.write(item)
                except OSError as exc:  # a full disk, a folder we may not write to
                    status, name = "refused", None
                    found = [item.origin.problem("text", "cannot_write", f"cannot write into {out} ({exc.strerror or exc})",
                                                 "check the --out folder: it must be a folder you can write to")]
                if status == "imported" and name:
                    summary.imported.append(name)
                elif status == "unchanged":
                    summary.unchanged += 1
                report(status, found)
    return summary
