"""Finding the article inputs: ``NAME.txt`` + ``NAME.yaml`` pairs in one folder.

Paths never leave the folder: symbolic links, and names that are not plain file names, are
problems, not inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from structnews.build.errors import Problem
from structnews.build.sidecars import read_sidecar
from structnews.schema.sidecar import Sidecar


@dataclass(frozen=True)
class ArticleInput:
    name: str  # file stem
    text_path: Path
    display: str  # path as shown in messages
    sidecar: Sidecar


def _display(path: Path, base: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def discover(raw_dir: Path) -> tuple[list[ArticleInput], list[Problem]]:
    """Every article in raw_dir with its validated sidecar, and every problem found."""
    problems: list[Problem] = []
    if not raw_dir.is_dir():
        return [], [Problem(str(raw_dir), None, "raw", "missing_folder", "the raw folder does not exist",
                            "pass --raw with a folder of NAME.txt + NAME.yaml files")]
    root = raw_dir.resolve()
    inputs: list[ArticleInput] = []
    entries = sorted(raw_dir.iterdir())
    texts = {p.stem: p for p in entries if p.suffix == ".txt"}
    sidecars = {p.stem: p for p in entries if p.suffix in {".yaml", ".yml"}}
    for p in entries:
        shown = _display(p, raw_dir)
        if p.is_symlink() or not p.resolve().is_relative_to(root):
            problems.append(Problem(shown, None, "path", "outside_data", "is a symbolic link or points outside the raw folder",
                                    "commit the file itself inside the raw folder"))
            texts.pop(p.stem, None) if p.suffix == ".txt" else sidecars.pop(p.stem, None)
    for stem in sorted(set(sidecars) - set(texts)):
        problems.append(Problem(_display(sidecars[stem], raw_dir), None, "sidecar", "orphan_sidecar",
                                "a sidecar with no article text", f"add {stem}.txt, or remove the sidecar"))
    for stem in sorted(texts):
        text_path = texts[stem]
        shown = _display(text_path, raw_dir)
        side_path = sidecars.get(stem, raw_dir / f"{stem}.yaml")
        sidecar, side_problems = read_sidecar(side_path, _display(side_path, raw_dir))
        if side_problems:
            problems.extend(side_problems)
            continue
        assert sidecar is not None
        inputs.append(ArticleInput(stem, text_path, shown, sidecar))
    return inputs, problems
