"""Two commands writing the same folder at once (two terminals, a CI retry), as real processes.

One of them writes; the other is refused at once with a message naming the process that holds
the folder, without a traceback and without touching the first one's staging folder. Staging
folders are removed only when the process named in their name is gone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import FIXTURES
from structnews.build.core.staging import STAGING_PREFIX, _host_tag, remove_abandoned

EXE = str(Path(sys.executable).with_name("structnews"))
ENV = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "COLUMNS": "300"}


def _wait_for(condition, proc: subprocess.Popen, timeout: float = 120.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, f"the first process ended before the check could run: {proc.communicate()}"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _corpus(folder: Path, n: int) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from corpus import write_corpus

    write_corpus(folder, n, seed=5)
    return folder


def test_two_builds_into_one_folder_one_writes_the_other_is_told_who(tmp_path: Path) -> None:
    raw = _corpus(tmp_path / "raw", 12_000)
    out = tmp_path / "out"
    first = subprocess.Popen([EXE, "build", "--raw", str(raw), "--out", str(out), "--no-cache", "-j", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        # The first build holds the lock (it records its pid in the lock file) while it parses.
        _wait_for(lambda: str(first.pid) in _read(out / ".structnews.lock"), first)
        second = subprocess.run([EXE, "build", "--raw", str(raw), "--out", str(out), "--no-cache"],
                                capture_output=True, text=True, env=ENV, timeout=300)
        assert second.returncode == 1
        assert "Traceback" not in second.stdout + second.stderr, second.stderr
        assert "[output_busy]" in second.stderr and f"process {first.pid}" in second.stderr, second.stderr
        stdout, stderr = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, stderr
    assert "Traceback" not in stdout + stderr
    assert (out / "datapackage.json").exists()
    assert not list(out.glob(f"{STAGING_PREFIX}*")) and not (out / ".structnews.lock").exists()
    # Once the first has finished, the folder is free again.
    third = subprocess.run([EXE, "build", "--raw", str(raw), "--out", str(out)], capture_output=True, text=True, env=ENV, timeout=600)
    assert third.returncode == 0, third.stderr


def test_two_builds_started_together_end_with_one_written_and_one_refused(tmp_path: Path) -> None:
    """The race as it happens: both started at the same moment, neither waits for the other."""
    raw = _corpus(tmp_path / "raw", 6_000)
    out = tmp_path / "out"
    cmd = [EXE, "build", "--raw", str(raw), "--out", str(out), "--no-cache", "-j", "1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV) for _ in range(2)]
    outputs = [p.communicate(timeout=600) for p in procs]
    results = [(p.returncode, stdout, stderr) for p, (stdout, stderr) in zip(procs, outputs)]
    assert sorted(code for code, _, _ in results) == [0, 1], results
    for code, stdout, stderr in results:
        assert "Traceback" not in stdout + stderr, stderr
        if code == 1:
            # the holder is named once its lock says who it is; read in the instant between the
            # lock's creation and its first write, it is 'another process' (staging._holder)
            assert "[output_busy]" in stderr and ("is being written by process" in stderr
                                                  or "is being written by another process" in stderr), stderr
    assert (out / "datapackage.json").exists()
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from structnews.build.core.staging import locked
    # Hold the lock exactly as `structnews release` and `structnews explore` take it.
    with locked(Path(sys.argv[1]), inside=False):
        print("locked", flush=True)
        time.sleep(120)
""")


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small")
    raw = root / "raw"
    shutil.copytree(FIXTURES / "corpus", raw)
    done = subprocess.run([EXE, "build", "--raw", str(raw), "--out", str(root / "out")], capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr
    return root / "out"


@pytest.mark.parametrize("command", ["release", "explore"])
def test_release_and_explore_refuse_a_folder_another_process_writes(command: str, small_build: Path, tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(dest)], stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        # A staging folder of the live holder (as if it were half-way through writing): kept.
        live = tmp_path / f"{'.release-staging-' if command == 'release' else STAGING_PREFIX}{_host_tag()}.{holder.pid}.x1"
        live.mkdir()
        args = ["release", "--root", str(small_build), "--out", str(dest), "--version", "1.0.0"] if command == "release" \
            else ["explore", "--root", str(small_build), "--out", str(dest)]
        refused = subprocess.run([EXE, *args], capture_output=True, text=True, env=ENV, timeout=300)
        assert refused.returncode == 1
        assert "Traceback" not in refused.stdout + refused.stderr, refused.stderr
        message = " ".join(refused.stderr.split())
        assert "is being written by process" in message and str(holder.pid) in message, refused.stderr
        assert live.is_dir() and not dest.exists()
    finally:
        holder.kill()
        holder.wait()
    # The holder is gone: the same command now runs, and removes the dead holder's staging folder.
    done = subprocess.run([EXE, *args], capture_output=True, text=True, env=ENV, timeout=300)
    assert done.returncode == 0, done.stderr
    assert dest.is_dir() and not live.exists()


def test_only_staging_folders_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        alive = tmp_path / f"{STAGING_PREFIX}{_host_tag()}.{sleeper.pid}.abc"
        gone = tmp_path / f"{STAGING_PREFIX}{_host_tag()}.{dead_pid}.def"
        elsewhere = tmp_path / f"{STAGING_PREFIX}otherhost.{dead_pid}.ghi"  # cannot be checked from here
        for folder in (alive, gone, elsewhere):
            folder.mkdir()
        assert remove_abandoned(tmp_path) == [gone]
        assert alive.is_dir() and elsewhere.is_dir() and not gone.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
