"""The command line both Wikinews gold checkers share: ``[--gold FOLDER] [RAW_DIR]``."""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def gold_and_raw(file_name: str) -> tuple[str, Path, Path]:
    """The gold folder's name, its ``file_name`` and the raw texts folder: RAW_DIR, else
    $WIKINEWS_RAW, else ``../shared/corpus/wikinews/raw`` beside the repository."""
    args = sys.argv[1:]
    gold_dir = "gold"
    if args[:1] == ["--gold"] and len(args) > 1:
        gold_dir, args = args[1], args[2:]
    raw = Path(args[0] if args else os.environ.get("WIKINEWS_RAW", REPO.parent / "shared" / "corpus" / "wikinews" / "raw"))
    return gold_dir, HERE / gold_dir / file_name, raw
