"""The curated data files themselves: YAML silently keeps the last of two equal keys, so a word
added twice to a mapping (a kind noun, a role) would hide the first entry's value."""

from __future__ import annotations

from pathlib import Path

import pytest
from structnews.build.core.plainyaml import duplicate_key_problems

CURATED = sorted((Path(__file__).resolve().parent.parent / "data" / "curated").glob("*.yaml"))


@pytest.mark.parametrize("path", CURATED, ids=lambda p: p.name)
def test_no_curated_mapping_has_a_key_twice(path: Path) -> None:
    assert duplicate_key_problems(path.read_text(encoding="utf-8"), str(path)) == []


def test_the_check_finds_a_key_written_twice() -> None:
    problems = duplicate_key_problems("kind_nouns:\n  tabloid: ORG\n  tabloid: ORG\n", "x.yaml")
    assert len(problems) == 1 and problems[0].line == 3
