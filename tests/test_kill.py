"""A build killed at any moment, or a failing validate, leaves the published outputs untouched.

The outputs (``datapackage.json`` and ``data/<table>/<table>.parquet``) are replaced only by
atomic renames from a staging folder, the descriptor last. These tests SIGKILL a real
``structnews build`` subprocess at several points — while it starts, while it parses, as soon as
its staging folder appears, and once it has started writing tables there — and check that the
previous outputs are byte-identical, and that the next successful build leaves no staging folder.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXTURES
from structnews.schema.tables import TABLES

EXE = str(Path(sys.executable).with_name("structnews"))
STAGING = ".structnews-staging-"

PEOPLE = ["Anne Lind", "Bjarni Stefansson", "Carla Menzies", "Tomas Berg", "Ingrid Solheim", "Paolo Ricci", "Mara Kovac",
          "Jonas Weber", "Elena Petrova", "Samuel Okafor", "Lucia Fernandez", "Hiro Tanaka", "Amira Haddad", "Oskar Nilsson"]
PLACES = ["Oslo", "Reykjavik", "Brussels", "Geneva", "Vienna", "Lisbon", "Warsaw", "Nairobi", "Ottawa", "Canberra", "Lima", "Hanoi"]
GROUPS = ["the European Union", "the fishermen's union", "the transport ministry", "the port authority", "the central bank",
          "the farmers' association", "the city council", "the coast guard", "the energy regulator", "the teachers' union"]
VERBS = ["threatened to impose sanctions on", "agreed to meet", "accused", "asked for help from", "rejected a proposal from",
         "promised aid to", "criticised", "welcomed an offer from", "demanded talks with", "signed a deal with"]
TOPICS = ["fishing quotas", "rail fares", "grain exports", "water rights", "a new pipeline", "teachers' pay", "port fees",
          "border checks", "fuel prices", "housing rules"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(i: int) -> str:
    """An invented wire story; every article draws different people, places and sentences, so
    no two are near-duplicates (the build rejects those) and each takes the parser some time."""
    rng = random.Random(i)
    who = rng.sample(PEOPLE, 4)
    where = rng.sample(PLACES, 3)
    lines = [f"{who[0]} and {who[1]} meet in {where[0]} over {rng.choice(TOPICS)}", ""]
    for _ in range(14):
        a, b = rng.sample(who, 2)
        sentence = rng.choice([
            f"{a} {rng.choice(VERBS)} {rng.choice(GROUPS)} in {rng.choice(where)} on {rng.choice(DAYS)}.",
            f"“We will not accept {rng.choice(TOPICS)} on these terms,” {a} told reporters in {rng.choice(where)}.",
            f"{b} said that {rng.choice(GROUPS)} would {rng.choice(['resume', 'suspend', 'review', 'end'])} "
            f"talks about {rng.choice(TOPICS)} by {rng.choice(DAYS)}.",
            f"According to {rng.choice(GROUPS)}, {a} {rng.choice(VERBS)} {b} after the meeting.",
        ])
        lines += [sentence, ""]
    lines.append(f"Story number {i}.")
    return "\n".join(lines) + "\n"


def outputs(root: Path) -> dict[str, str]:
    """SHA-256 of the published outputs: the descriptor and every table."""
    files = [root / "datapackage.json"] + [root / "data" / s.name / f"{s.name}.parquet" for s in TABLES]
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture()
def setting(tmp_path: Path) -> tuple[Path, Path]:
    """(big raw folder, output folder holding a previous build of the small fixture corpus)."""
    small = tmp_path / "small" / "raw"
    shutil.copytree(FIXTURES / "corpus", small)
    out = tmp_path / "out"
    done = subprocess.run([EXE, "build", "--raw", str(small), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    big = tmp_path / "big" / "raw"
    big.mkdir(parents=True)
    for i in range(40):
        (big / f"story_{i:03d}.txt").write_text(article(i), encoding="utf-8")
        (big / f"story_{i:03d}.yaml").write_text(f"publisher: Test Wire\npublished: 2024-02-{1 + i % 28:02d}\n", encoding="utf-8")
    return big, out


def _staging(out: Path) -> list[Path]:
    return [p for p in out.iterdir() if p.name.startswith(STAGING)]


def _staging_has_table(out: Path) -> bool:
    return any(any(p.rglob("*.parquet")) for p in _staging(out))


def _kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool], timeout: float = 120.0) -> bool:
    """SIGKILL the build as soon as ready() holds; False if it finished first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # its worker processes too (its own process group)
            except ProcessLookupError:
                pass
            proc.wait()
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    raise AssertionError("the build neither finished nor reached the kill point")


POINTS: dict[str, Callable[[Path, float], Callable[[], bool]]] = {
    "after-0.5s": lambda out, t0: lambda: time.monotonic() - t0 >= 0.5,
    "after-1.5s": lambda out, t0: lambda: time.monotonic() - t0 >= 1.5,
    "staging-appears": lambda out, t0: lambda: bool(_staging(out)),
    "staging-has-a-table": lambda out, t0: lambda: _staging_has_table(out),
}


@pytest.mark.parametrize("point", list(POINTS))
def test_killed_build_leaves_previous_outputs_byte_identical(point: str, setting: tuple[Path, Path]) -> None:
    big, out = setting
    before = outputs(out)
    t0 = time.monotonic()
    proc = subprocess.Popen([EXE, "build", "--raw", str(big), "--out", str(out), "--no-cache"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    if not _kill_when(proc, POINTS[point](out, t0)):
        pytest.fail(f"the build finished before the kill point {point}; make the corpus bigger")
    assert proc.returncode == -signal.SIGKILL
    assert outputs(out) == before, f"outputs changed after a kill at {point}"
    # A later successful build replaces the outputs and leaves no staging folder behind.
    done = subprocess.run([EXE, "build", "--raw", str(big), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not _staging(out), "a staging folder left by the killed build survived the next build"
    assert outputs(out) != before


def test_the_build_takes_long_enough_to_be_killed_half_way(setting: tuple[Path, Path]) -> None:
    """Guards the test above: if the corpus parsed in a blink, the kill points would be meaningless."""
    big, out = setting
    t0 = time.monotonic()
    done = subprocess.run([EXE, "build", "--raw", str(big), "--out", str(out), "--no-cache"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - t0 > 2.0


def test_failing_validate_leaves_everything_byte_identical(setting: tuple[Path, Path]) -> None:
    big, out = setting
    small = out.parent / "small" / "raw"
    (small / "broken.txt").write_bytes(b"caf\xe9\n")
    (small / "broken.yaml").write_text("publisher: X\npublished: 2999-01-01\n", encoding="utf-8")

    def everything() -> dict[str, str]:
        return {str(p.relative_to(out.parent)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(out.parent.rglob("*")) if p.is_file()}

    before = everything()
    result = subprocess.run([EXE, "validate", "--raw", str(small), "--root", str(out)], capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "broken.txt" in result.stderr and "broken.yaml" in result.stderr
    assert everything() == before
