"""The held-out gold folders (texts in this repository) must pass their own checkers.

A gold line that no longer matches its raw text (a typo, a moved offset, an event outside the
body lines) would silently lower a figure of `structnews evaluate`; each checker names the file,
line and record instead. The Wikinews folders are checked in test_real_corpora.py (their texts
live in ../shared).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BLIND = frozenset({"heldout6", "heldout8", "heldout9"})  # never read (eval/sets.yaml)


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9"])
def test_heldout_gold_passes_its_checker(folder: str) -> None:
    checker = REPO / "eval" / folder / "check_gold.py"
    run = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True, cwd=REPO)
    # a blind set's checker output quotes its gold: not shown in a test report (run it by hand)
    shown = f"the checker of blind set {folder} failed: run {checker} by hand" if folder in BLIND else run.stdout + run.stderr
    assert run.returncode == 0 and "errors: none" in run.stdout, shown


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
@pytest.mark.parametrize("broken", ["quote", "count"])
def test_heldout_checker_rejects_broken_gold(folder: str, broken: str, tmp_path: Path) -> None:
    """The checker is not a formality: a quote whose text no longer occurs in its article, or an
    entity whose mention count no longer matches the body, fails with exit status 1."""
    import json
    import shutil

    copy = tmp_path / folder
    shutil.copytree(REPO / "eval" / folder, copy)
    name = "quotes.jsonl" if broken == "quote" else "entities.jsonl"
    lines = (copy / "gold" / name).read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    if broken == "quote":
        first["text"] = first["text"] + " and something never written"
    else:
        first["count"] = first["count"] + 1
    lines[0] = json.dumps(first, ensure_ascii=False)
    (copy / "gold" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(REPO / "eval" / "check_heldout.py"), str(copy)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "errors: none" not in run.stdout
