"""List code, test and curated lines that share a run of N words with a corpus or evaluation text.

Why: tests must use invented sentences (not a sentence of the held-out sets in ``eval/heldout*``
with its names swapped), and no text of the Wikinews corpus or of PolNeAR may be copied into
this repository (their licences; and a test shaped on an evaluation sentence tunes
for that sentence). A sentence taken from an article with its names swapped still shares long
word runs with it; this finds them.

    python3 eval/check_echoes.py [--words 6] [PATH ...]     (default paths: tests build schema data/curated docs CHANGELOG.md README.md)

Reads the texts from $STRUCTNEWS_SHARED (default ../shared beside the repository). Prints one line
per hit: file:line, the shared words, the article. A hit can be a common phrase ("declared a state
of emergency in"); read it before rewording. Exit status 1 when anything is found.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("corpus/wikinews/raw", "eval/polnear-dev/raw")
HELD_OUT = "eval/heldout*/raw/*.txt"  # the repository's own evaluation articles
STEM = re.compile(r"[\w.-]+")  # a candidate file name in a line (compared with the articles' names)
# A gazetteer entry's names ('Court of Justice of the European Union'): an official name of six
# words or more is world knowledge any article about the body writes out, not a sentence of one.
GAZETTEER_NAMES = re.compile(r"\b(?:name|aliases|capital_of): (?:\[[^\]]*\]|[^,}]*)")


def words(text: str) -> list[str]:
    """Lower-case words, an apostrophe inside a word kept ('don't', 'x's'; ’ read as '), a quote
    mark at a word's edge dropped: "'for" and "2014'" in a quoted example are 'for' and '2014'."""
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.lower().replace("’", "'"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=6, help="length of a shared run (default 6)")
    parser.add_argument("paths", nargs="*", default=["tests", "build", "schema", "data/curated", "docs", "CHANGELOG.md", "README.md"])
    args = parser.parse_args()
    shared = Path(os.environ.get("STRUCTNEWS_SHARED", ROOT.parent / "shared"))
    runs: dict[tuple[str, ...], str] = {}
    # (the repository's own held-out sets too: a test shaped on one of their sentences tunes for it)
    sources = [f for corpus in CORPORA for f in sorted((shared / corpus).glob("*.txt"))] + sorted(ROOT.glob(HELD_OUT))
    for text_file in sources:
        w = words(text_file.read_text(errors="replace"))
        for i in range(len(w) - args.words + 1):
            runs.setdefault(tuple(w[i : i + args.words]), text_file.stem)
    stems = {f.stem for f in sources}
    if not runs:
        print(f"no corpus texts under {shared}: set STRUCTNEWS_SHARED", file=sys.stderr)
        return 2
    hits = 0
    for base in args.paths:
        for path in sorted((ROOT / base).rglob("*")) if (ROOT / base).is_dir() else [ROOT / base]:
            if path.suffix not in {".py", ".yaml", ".md"}:
                continue
            for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                for stem in stems & set(STEM.findall(line)):
                    line = line.replace(stem, " ")  # an article's file name, cited as such, is no echo
                if path.name == "gazetteer.yaml":
                    line = GAZETTEER_NAMES.sub(" ", line)
                w = words(line)
                for i in range(len(w) - args.words + 1):
                    run = tuple(w[i : i + args.words])
                    if run in runs:
                        hits += 1
                        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                        print(f"{shown}:{number}: '{' '.join(run)}' ({runs[run]})")
                        break
    print(f"{hits} lines share a run of {args.words} words with a corpus text", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
