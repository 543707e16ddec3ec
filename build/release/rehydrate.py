"""Text rights: withhold article text from a release, and put it back from a user's own raw files.

Design. ``release --no-text`` keeps every table and every column with its type and constraints
(so loaders, features, descriptors and foreign keys stay the same), and replaces each
``articles.text`` by a short placeholder ``withheld:sha256=<hex>;length=<n>``: the SHA-256 of the
UTF-8 clean text and its length in characters. The placeholder satisfies the column's
``min_length=1`` constraint, tells a reader exactly what is missing, and carries what is needed to
verify a restored text, in the row itself (no side table to keep in step). Spans in the other
tables still index the *real* text, which is why restoring it is checked span by span.

``rehydrate`` finds each article's raw file by ``articles.raw_sha256`` among the user's files,
re-runs the same decode and clean steps as the build (:mod:`structnews.build.ingest.rawtext`,
:mod:`structnews.build.ingest.clean`), checks the hash and length against the placeholder and every
mention, quote and event trigger against the restored text, and only then rewrites the article
shards (with the same rows, order and writer options, so the files are byte-identical to the
full-text release's), the descriptor and the Croissant hashes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from structnews.build.core.errors import InputError, Problem
from structnews.build.ingest.clean import clean
from structnews.build.ingest.rawtext import decode
from structnews.build.tables.checks import check_spans
from structnews.build.tables.descriptor import sha256_file
from structnews.build.tables.folder import TEXT_WITHHELD_KEY, load_snapshot, table_files
from structnews.build.tables.writer import PARQUET_OPTIONS

PLACEHOLDER = "withheld:sha256={sha};length={length}"
_PLACEHOLDER = re.compile(r"^withheld:sha256=(?P<sha>[0-9a-f]{64});length=(?P<length>\d+)$")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def placeholder(text: str) -> str:
    """What ``articles.text`` holds in a text-withheld release."""
    return PLACEHOLDER.format(sha=text_sha256(text), length=len(text))


def parse_placeholder(value: str) -> tuple[str, int] | None:
    """``(sha256, length)`` of a placeholder, or None if ``value`` is real text."""
    m = _PLACEHOLDER.match(value)
    return (m.group("sha"), int(m.group("length"))) if m else None


def _replace_text(articles: pa.Table, texts: list[str]) -> pa.Table:
    """The same table (schema and field metadata included) with a new ``text`` column."""
    i = articles.schema.get_field_index("text")
    return articles.set_column(i, articles.schema.field(i), pa.array(texts, type=articles.schema.field(i).type))


def withhold(articles: pa.Table) -> pa.Table:
    """Replace every article text by its placeholder."""
    return _replace_text(articles, [placeholder(t) for t in articles.column("text").to_pylist()])


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write with the build's fixed options, atomically (temp file + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")  # not mkstemp: its 0600 mode would travel with the file
    try:
        pq.write_table(table, tmp, **PARQUET_OPTIONS)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@dataclass
class RehydrateResult:
    articles: int
    files: list[Path]  # the article shards rewritten


def _index_raw(raw_dir: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    """sha256 -> file and file name -> file for every regular file under ``raw_dir``."""
    by_hash: dict[str, Path] = {}
    by_name: dict[str, Path] = {}
    for path in sorted(p for p in raw_dir.rglob("*") if p.is_file() and p.suffix not in {".yaml", ".yml"}):
        by_hash.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path)
        by_name.setdefault(path.name, path)
    return by_hash, by_name


def restore_texts(articles: pa.Table, raw_dir: Path) -> tuple[list[str], list[Problem]]:
    """The clean text of every article from the raw files, with every problem found."""
    if not raw_dir.is_dir():
        raise InputError([Problem(str(raw_dir), None, "raw", "missing", "no such folder",
                                  "pass the folder that holds your copies of the raw article files")])
    by_hash, by_name = _index_raw(raw_dir)
    texts: list[str] = []
    problems: list[Problem] = []
    rows = articles.select(["article_id", "source_file", "raw_sha256", "text"]).to_pylist()
    for row in rows:
        aid, name, raw_sha, current = row["article_id"], row["source_file"], row["raw_sha256"], row["text"]
        expected = parse_placeholder(current)
        if expected is None:
            texts.append(current)  # already has its text (a full release, or rehydrated before)
            continue
        path = by_hash.get(raw_sha)
        if path is None:
            same_name = by_name.get(name)
            if same_name is not None:
                got = hashlib.sha256(same_name.read_bytes()).hexdigest()
                problems.append(Problem(str(same_name), None, "raw_sha256", "raw_differs",
                                        f"{aid}: this file's SHA-256 is {got[:16]}..., the release expects {raw_sha[:16]}...",
                                        "use the exact bytes as originally scraped (no re-saving, no newline conversion)"))
            else:
                problems.append(Problem(str(raw_dir / name), None, "raw_sha256", "raw_missing",
                                        f"{aid}: no file with SHA-256 {raw_sha[:16]}... (originally '{name}')",
                                        "add your copy of the raw file to the folder"))
            texts.append(current)
            continue
        decoded, decode_problems = decode(path.read_bytes(), str(path))
        if decoded is None:
            problems.extend(decode_problems)
            texts.append(current)
            continue
        body = clean(decoded).text
        sha, length = expected
        if text_sha256(body) != sha or len(body) != length:
            problems.append(Problem(str(path), None, "text", "text_differs",
                                    f"{aid}: the cleaned text (length {len(body)}) does not match the release's hash (length {length})",
                                    "use the structnews version that made the release: cleaning rules may have changed"))
            texts.append(current)
            continue
        texts.append(body)
    return texts, problems


def rehydrate(release: Path, raw_dir: Path) -> RehydrateResult:
    """Put article text back into ``release`` in place; raise InputError listing every problem."""
    snap = load_snapshot(release)
    articles = snap.tables["articles"]
    texts, problems = restore_texts(articles, raw_dir)
    if problems:
        raise InputError(problems)
    tables = dict(snap.tables)
    tables["articles"] = _replace_text(articles, texts)
    for p in check_spans(tables):
        problems.append(Problem(str(release / p.path), None, p.field, p.code, p.message,
                                "the restored text does not fit the spans; was the release made from other raw files?"))
    if problems:
        raise InputError(problems)
    # Rewrite each shard with exactly its rows, so the sharding (and the bytes) match the full release.
    written: list[Path] = []
    start = 0
    restored = tables["articles"]
    for path in table_files(release, "articles"):
        n = pq.ParquetFile(path).metadata.num_rows
        write_parquet(restored.slice(start, n), path)
        start += n
        written.append(path)
    _update_hashes(release, written)
    return RehydrateResult(articles.num_rows, written)


def _update_hashes(release: Path, files: list[Path]) -> None:
    """Refresh sizes and hashes of rewritten files in datapackage.json and croissant.json."""
    rel = {p.relative_to(release).as_posix(): p for p in files}
    desc_path = release / "datapackage.json"
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    desc.pop(TEXT_WITHHELD_KEY, None)
    for res in desc["resources"]:
        for f in res.get("structnews:files", []):
            if f["path"] in rel:
                f["bytes"] = rel[f["path"]].stat().st_size
                f["sha256"] = sha256_file(rel[f["path"]])
        if res.get("structnews:files") and any(f["path"] in rel for f in res["structnews:files"]):
            res["structnews:bytes"] = sum(f["bytes"] for f in res["structnews:files"])
            if len(res["structnews:files"]) == 1:
                res["structnews:sha256"] = res["structnews:files"][0]["sha256"]
    desc_path.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    cr_path = release / "croissant.json"
    if cr_path.exists():
        cr = json.loads(cr_path.read_text(encoding="utf-8"))
        for item in cr.get("distribution", []):
            if item.get("contentUrl") in rel:
                item["sha256"] = sha256_file(rel[item["contentUrl"]])
        cr_path.write_text(json.dumps(cr, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
