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


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3"])
def test_heldout_gold_passes_its_checker(folder: str) -> None:
    checker = REPO / "eval" / folder / "check_gold.py"
    run = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "errors: none" in run.stdout


def test_heldout2_checker_rejects_a_broken_offset(tmp_path: Path) -> None:
    """The checker is not a formality: a quote whose text no longer occurs in its article fails."""
    import json
    import shutil

    copy = tmp_path / "heldout2"
    shutil.copytree(REPO / "eval" / "heldout2", copy)
    lines = (copy / "gold" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["text"] = first["text"] + " and something never written"
    lines[0] = json.dumps(first, ensure_ascii=False)
    (copy / "gold" / "quotes.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(copy / "check_gold.py")], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
