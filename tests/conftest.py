"""Shared fixtures: a small hand-written corpus (tests/fixtures) built once per session.

The fixture articles are invented; expected values in tests were checked by reading them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the fixture corpus (one article)."""
    target = tmp_path / "raw"
    shutil.copytree(FIXTURES / "corpus", target)
    return target


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture corpus built once; tests must not modify it."""
    from structnews.build.run.pipeline import build

    out = tmp_path_factory.mktemp("built")
    build(FIXTURES / "corpus", out)
    return out


@pytest.fixture(scope="session")
def repo_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own inputs (data/raw, data/corrections) built once into a scratch folder,
    with its draft cache in OUT/.cache; tests must not modify it."""
    from structnews.build.run.pipeline import build

    out = tmp_path_factory.mktemp("repo_build")
    build(REPO / "data" / "raw", out)
    return out
