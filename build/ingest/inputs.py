"""Finding the article inputs: ``NAME.txt`` + ``NAME.yaml`` pairs in one folder.

Paths never leave the folder: symbolic links, and names that are not plain file names, are
problems, not inputs. The raw texts are also screened here (size, decoding, exact and near
duplicates), before any model is loaded: ``build`` and ``validate`` both start with
:func:`discover`, so they report the same problems, and a contributor learns about a bad file in
a second rather than after the whole corpus has been parsed.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from structnews.build.core.errors import Problem
from structnews.build.ingest.rawtext import MAX_RAW_BYTES, decode
from structnews.build.ingest.sidecars import read_sidecar
from structnews.schema.sidecar import Sidecar

# A stem is what corrections use to name an article (schema/corrections.py: ^[A-Za-z0-9._-]+$);
# it may not start with a dot (hidden files) and may not contain "..".
STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$")
TEXT_SUFFIX = ".txt"
SIDECAR_SUFFIXES = (".yaml", ".yml")

# Near-duplicates: share of distinct 5-word shingles two texts have in common (Jaccard).
NEAR_DUPLICATE_JACCARD = 0.8
MAX_POSTINGS = 8  # articles a shingle is indexed for: a later copy still meets the first ones
SAMPLE = 4  # one shingle in SAMPLE (content-defined) is compared
SHINGLE = 5


@dataclass(frozen=True)
class ArticleInput:
    name: str  # file stem
    text_path: Path
    display: str  # path as shown in messages
    sidecar: Sidecar
    raw_sha256: str  # of the raw bytes, computed once while screening


def _display(path: Path, base: Path | None = None) -> str:
    """The path as shown in messages: relative to the working folder when possible, and with any
    character that would break a ``path:line:`` message (newlines, controls) escaped."""
    try:
        shown = str(path.absolute().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    if not shown.isprintable():
        shown = shown.encode("unicode_escape", errors="backslashreplace").decode("ascii")
    return shown


def _shingles(text: str) -> set[int]:
    """A content-defined sample of the text's 5-word shingles: those whose CRC32 is 0 modulo
    SAMPLE. Two texts keep the same shingles of what they share, so Jaccard on the samples
    estimates Jaccard on all shingles at a SAMPLE-th of the cost. CRC32, not hash(): Python's
    string hashes change from process to process, and this screen must be deterministic."""
    words = text.lower().split()
    out = set()
    for i in range(max(0, len(words) - SHINGLE + 1)):
        h = zlib.crc32(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
        if h % SAMPLE == 0:
            out.add(h)
    return out


def _names_other(sidecar: Sidecar | None, stem: str) -> bool:
    """A near-duplicate is accepted when a sidecar's notes name the other article's stem."""
    return sidecar is not None and stem in (sidecar.notes or "")


@dataclass(frozen=True)
class _Text:
    name: str
    path: Path
    display: str
    sidecar: Sidecar | None  # None when the sidecar itself has problems


def screen_texts(inputs: list[_Text], near_duplicates: bool = True, digests: dict[str, str] | None = None) -> list[Problem]:
    """Size, decoding, exact duplicates (same bytes) and near-duplicates of the raw texts.

    Near-duplicates are found through an inverted index of shingles, so only pairs that share
    at least one shingle are compared (a corpus of distinct stories costs about linear time).
    """
    problems: list[Problem] = []
    by_digest: dict[str, _Text] = {}
    index: dict[int, list[int]] = {}
    kept: list[tuple[_Text, int]] = []  # each article and its number of sampled shingles
    for item in inputs:
        size = item.path.stat().st_size
        if size > MAX_RAW_BYTES:
            problems.append(Problem(item.display, None, "text", "too_large",
                                    f"the file is {size:,} bytes, over the limit of {MAX_RAW_BYTES:,}",
                                    "a raw file holds one article as plain text; split or trim it"))
            continue
        raw = item.path.read_bytes()
        try:
            text, decode_problems = decode(raw, item.display)
        except Exception:  # noqa: BLE001 - a bug, not bad input: the per-article stage reports it (article_failed)
            text, decode_problems = "", []
        problems.extend(decode_problems)
        if text is None:
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest in by_digest:
            first = by_digest[digest]
            problems.append(Problem(item.display, None, "text", "duplicate_article",
                                    f"the same bytes as {first.display} (both would get the same article id)",
                                    f"remove one of the two copies ({item.name} or {first.name})"))
            continue
        by_digest[digest] = item
        if digests is not None:
            digests[item.name] = digest
        if not near_duplicates:
            continue
        mine = _shingles(text)
        shared: Counter[int] = Counter()
        for s in mine:
            for j in index.get(s, ()):
                shared[j] += 1
        for j, common in sorted(shared.items()):
            other, theirs = kept[j]
            # |A ∪ B| = |A| + |B| - |A ∩ B|: no set work, and only sizes are kept.
            jaccard = common / (len(mine) + theirs - common)
            if jaccard >= NEAR_DUPLICATE_JACCARD and not (_names_other(item.sidecar, other.name) or _names_other(other.sidecar, item.name)):
                problems.append(Problem(item.display, None, "text", "near_duplicate",
                                        f"a near-duplicate of {other.display}: {jaccard:.0%} of their 5-word shingles are shared "
                                        f"(Jaccard similarity; the limit is {NEAR_DUPLICATE_JACCARD:.0%})",
                                        f"if it is the same story, keep one version; if both belong in the dataset, "
                                        f"name '{other.name}' in the `notes:` of {item.name}'s sidecar and say how they differ"))
        for s in mine:
            postings = index.setdefault(s, [])
            # A shingle already in many articles is boilerplate ("all rights reserved", a wire
            # template), not evidence that two stories are the same; indexing it further would
            # make the screen quadratic in the corpus size.
            if len(postings) < MAX_POSTINGS:
                postings.append(len(kept))
        kept.append((item, len(mine)))
    return problems


def discover(raw_dir: Path, near_duplicates: bool = True) -> tuple[list[ArticleInput], list[Problem]]:
    """Every article in raw_dir with its validated sidecar, and every problem found."""
    problems: list[Problem] = []
    if not raw_dir.is_dir():
        return [], [Problem(str(raw_dir), None, "raw", "missing_folder", "the raw folder does not exist",
                            "pass --raw with a folder of NAME.txt + NAME.yaml files")]
    root = raw_dir.resolve()
    inputs: list[ArticleInput] = []
    texts: dict[str, Path] = {}
    sidecars: dict[str, list[Path]] = {}
    for p in sorted(raw_dir.iterdir()):
        shown = _display(p, raw_dir)
        suffix = p.suffix
        if p.is_symlink() or not p.resolve().is_relative_to(root):
            problems.append(Problem(shown, None, "path", "outside_data", "is a symbolic link or points outside the raw folder",
                                    "commit the file itself inside the raw folder"))
            continue
        if suffix not in (TEXT_SUFFIX, *SIDECAR_SUFFIXES):
            if not p.name.startswith("."):  # .gitkeep, .DS_Store: not meant as inputs
                problems.append(Problem(shown, None, "path", "unexpected_file",
                                        f"not an article (NAME.txt) or a sidecar (NAME.yaml){' (the suffix is case-sensitive)' if suffix.lower() in ('.txt', '.yaml', '.yml') else ''}",
                                        "rename it to NAME.txt / NAME.yaml, or move it out of the raw folder"))
            continue
        if not p.is_file():
            problems.append(Problem(shown, None, "path", "not_a_file", "is a folder (or a special file), not a regular file",
                                    "the raw folder is flat: put NAME.txt + NAME.yaml directly in it"))
            continue
        if not STEM.match(p.stem):
            problems.append(Problem(shown, None, "path", "bad_file_name",
                                    f"the name {p.stem!r} is not a plain file name (letters, digits, '-', '_' and single dots; "
                                    "no leading dot, no '..', no spaces)",
                                    "rename the file (and its sidecar), e.g. publisher_2024_0001.txt"))
            continue
        if suffix == TEXT_SUFFIX:
            texts[p.stem] = p
        else:
            sidecars.setdefault(p.stem, []).append(p)
    for stem, paths in sorted(sidecars.items()):
        if len(paths) > 1:
            problems.append(Problem(_display(paths[-1], raw_dir), None, "sidecar", "two_sidecars",
                                    f"{stem} has two sidecars ({', '.join(p.name for p in paths)})", "keep one of them"))
            texts.pop(stem, None)
    for stem in sorted(set(sidecars) - set(texts)):
        if len(sidecars[stem]) == 1:
            problems.append(Problem(_display(sidecars[stem][0], raw_dir), None, "sidecar", "orphan_sidecar",
                                    "a sidecar with no article text", f"add {stem}.txt, or remove the sidecar"))
    screened: list[_Text] = []
    for stem in sorted(texts):
        text_path = texts[stem]
        shown = _display(text_path, raw_dir)
        side_path = sidecars.get(stem, [raw_dir / f"{stem}.yaml"])[0]
        sidecar, side_problems = read_sidecar(side_path, _display(side_path, raw_dir))
        problems.extend(side_problems)
        screened.append(_Text(stem, text_path, shown, None if side_problems else sidecar))
    # Every text is screened, also those whose sidecar is wrong: all problems at once.
    digests: dict[str, str] = {}
    problems.extend(screen_texts(screened, near_duplicates, digests))
    for item in screened:
        if item.sidecar is not None and item.name in digests:
            inputs.append(ArticleInput(item.name, item.path, item.display, item.sidecar, digests[item.name]))
    return inputs, problems
