"""No test, extraction code or curated file shares a run of six words with an article we evaluate
on (eval/check_echoes.py): tests use invented sentences, and a sentence of an evaluation article
with its names swapped would tune a rule for that sentence. The held-out articles are in this
repository; the Wikinews and PolNeAR texts are read from ../shared when it is there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "eval" / "check_echoes.py"


def _run(*paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *paths], capture_output=True, text=True, cwd=REPO)


def test_nothing_in_the_repository_echoes_an_evaluated_article() -> None:
    run = _run()
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_held_out_sentence_with_its_names_swapped_is_found(tmp_path: Path) -> None:
    article = sorted((REPO / "eval").glob("heldout*/raw/*.txt"))[0]
    line = max(article.read_text(encoding="utf-8").splitlines(), key=len)
    words = line.split()
    words[0] = "Zorblat"  # a swapped name does not hide the rest of the sentence
    echo = tmp_path / "test_echo.py"
    echo.write_text(f"TEXT = {' '.join(words)!r}\n", encoding="utf-8")
    run = _run(str(echo))
    assert run.returncode == 1 and str(echo) in run.stdout and article.stem in run.stdout


def test_a_gazetteer_entrys_names_are_no_echo_but_its_description_is(tmp_path: Path) -> None:
    """An official name of six words or more is what any article about the body writes; a
    description of the entry is prose and must be the curator's own."""
    article = sorted((REPO / "eval").glob("heldout*/raw/*.txt"))[0]
    run = " ".join(max(article.read_text(encoding="utf-8").splitlines(), key=len).split()[:8]).replace(",", "")
    gazetteer = tmp_path / "gazetteer.yaml"
    gazetteer.write_text(f"  - {{name: {run}, type: ORG, aliases: [{run}]}}\n", encoding="utf-8")
    assert _run(str(gazetteer)).returncode == 0
    gazetteer.write_text(f"  - {{name: Vestmark, type: ORG, description: {run}}}\n", encoding="utf-8")
    assert _run(str(gazetteer)).returncode == 1
