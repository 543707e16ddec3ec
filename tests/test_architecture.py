"""The layout's rules, checked: imports flow one way, modules stay small, the cache key covers
everything the per-article function depends on.

The import contract lives in ``pyproject.toml`` (``[tool.importlinter]``) and is run with
import-linter's own ``lint-imports``. import-linter cannot walk the editable install's path hook,
so the package is copied into a plain ``structnews/`` folder first (a few hundred KB).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from structnews.build.extract import article

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")
MAX_LINES = 600


def _mirror(tmp_path: Path) -> Path:
    pkg = tmp_path / "src" / "structnews"
    for name in ("build", "schema"):
        shutil.copytree(ROOT / name, pkg / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "explore_assets", "templates"))
    return tmp_path / "src"


def _lint(src: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          cwd=src, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(not LINT.exists(), reason="import-linter is not installed (pip install -e '.[dev]')")
def test_imports_flow_one_way(tmp_path: Path) -> None:
    result = _lint(_mirror(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.skipif(not LINT.exists(), reason="import-linter is not installed (pip install -e '.[dev]')")
def test_an_import_reaching_up_a_stage_breaks_the_contract(tmp_path: Path) -> None:
    src = _mirror(tmp_path)
    # An extractor that reaches into the build runner: the kind of shortcut the contract forbids.
    (src / "structnews" / "build" / "extract" / "shortcut.py").write_text(
        "from structnews.build.run import pipeline\n", encoding="utf-8")
    (src / "structnews" / "schema" / "shortcut.py").write_text(
        "from structnews.build.core import errors\n", encoding="utf-8")
    result = _lint(src)
    assert result.returncode != 0
    assert "structnews.build.extract.shortcut -> structnews.build.run.pipeline" in result.stdout
    assert "structnews.schema.shortcut -> structnews.build.core.errors" in result.stdout


def test_no_module_is_over_600_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "build").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these along their steps: {long}"


def test_every_stage_folder_is_a_package_listed_for_the_wheel() -> None:
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    folders = {"structnews.build." + ".".join(p.parent.relative_to(ROOT / "build").parts)
               for p in (ROOT / "build").rglob("__init__.py")}
    assert folders <= listed, f"add to [tool.setuptools] packages: {sorted(folders - listed)}"


def test_pipeline_version_covers_every_file_the_article_function_runs() -> None:
    files = {str(p.relative_to(ROOT)) for p in article.source_files()}
    # The per-article function imports these stages; each of their modules must be in the key.
    excluded = tuple(ROOT / "build" / part for part in article.NOT_PER_ARTICLE)
    for stage in article.PER_ARTICLE_STAGES:
        for path in (ROOT / "build" / stage).rglob("*.py"):
            if not any(path.is_relative_to(e) for e in excluded):
                assert str(path.relative_to(ROOT)) in files
    # The schema, including the curated-data models whose defaults change extraction.
    assert "schema/curated.py" in files and "schema/base.py" in files
    # And the function really imports nothing outside them (so the list is complete).
    code = subprocess.run(
        [sys.executable, "-c",
         "import sys, structnews.build.extract.article; "
         "print('\\n'.join(sorted(m for m in sys.modules if m.startswith('structnews.build.'))))"],
        capture_output=True, text=True, check=True).stdout.split()
    stages = {m.split(".")[2] for m in code}
    assert stages <= set(article.PER_ARTICLE_STAGES), stages
    # ... and none of the subpackages left out of the key.
    left_out = {"structnews.build." + part.replace("/", ".") for part in article.NOT_PER_ARTICLE}
    assert not [m for m in code if any(m == x or m.startswith(x + ".") for x in left_out)]


@pytest.mark.parametrize("victim", ["build/core/errors.py", "build/ingest/clean.py", "build/extract/quotes/speakers.py",
                                    "schema/curated.py", "build/extract/new_module.py"])
def test_changing_any_dependency_changes_the_cache_key(tmp_path: Path, victim: str) -> None:
    mirror = tmp_path / "tree"
    for name in ("build", "schema"):
        shutil.copytree(ROOT / name, mirror / name, ignore=shutil.ignore_patterns("__pycache__"))

    def files() -> list[Path]:
        return article.source_files(mirror / "build", mirror / "schema")

    before = article.code_fingerprint(files())
    path = mirror / victim
    path.write_text((path.read_text(encoding="utf-8") if path.exists() else "") + "\n# changed\n", encoding="utf-8")
    assert article.code_fingerprint(files()) != before


def test_curated_data_and_model_are_in_the_cache_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from structnews.build.core import curated
    from structnews.build.extract import nlp

    article.pipeline_version.cache_clear()
    base = article.pipeline_version()
    monkeypatch.setattr(curated, "fingerprint", lambda: "other-curated")
    article.pipeline_version.cache_clear()
    assert article.pipeline_version() != base
    monkeypatch.undo()
    monkeypatch.setattr(nlp, "model_fingerprint", lambda: "other-model==9")
    article.pipeline_version.cache_clear()
    assert article.pipeline_version() != base
    article.pipeline_version.cache_clear()
