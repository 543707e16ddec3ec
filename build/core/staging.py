"""Write new output somewhere safe, then move it in: the one way every command replaces files.

Three commands write folders that users keep (``build`` its tables, ``release`` a dataset
folder, ``explore`` a site). All of them follow the same rules, written once here:

- **One writer at a time.** :func:`locked` takes an exclusive lock (``flock``) on the
  destination; a second command aimed at the same place is refused at once with a message that
  says which process holds it, instead of racing it and failing half-way.
- **Nothing half-written is ever visible.** New content goes to a staging folder beside the
  destination (:func:`new_staging`) and is moved in only when complete
  (:func:`replace_folder`, or the caller's own per-file ``os.replace``).
- **Leftovers are removed only when their owner is gone.** Each staging folder's name records
  the process that made it (``PREFIX<host>.<pid>.<random>``, nothing inside the folder); :func:`remove_abandoned` deletes only those whose process no longer runs
  on this host, so a live build's staging folder is never taken for a killed one's.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STAGING_PREFIX = ".structnews-staging-"


class Busy(RuntimeError):
    """Another process is writing the same destination."""


def _me() -> dict[str, object]:
    return {"pid": os.getpid(), "host": socket.gethostname(), "command": " ".join(sys.argv[:3]),
            "since": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def lock_path(dest: Path, inside: bool) -> Path:
    """Where the lock of ``dest`` lives: inside it for folders updated file by file (a build),
    beside it for folders replaced as a whole (a release, a site)."""
    return dest / ".structnews.lock" if inside else dest.parent / f".{dest.name}.structnews.lock"


@contextmanager
def locked(dest: Path, *, inside: bool = True) -> Iterator[None]:
    """Hold the exclusive lock on ``dest`` for the duration; raise :class:`Busy` naming the
    holder when another process has it.

    An advisory ``flock`` on a lock file that also records the holder. The kernel drops the lock
    when the process dies, so a killed command never leaves a folder locked. The file is removed
    on release, so a finished command leaves nothing behind; the inode check after locking makes
    that removal safe (a process that locked a file just unlinked by its previous holder sees
    the mismatch and reports the folder as busy instead of sharing it with a newcomer).
    ``filelock`` would do the locking but neither removes the file nor exposes the descriptor
    for that check, hence these few lines of ``fcntl``."""
    path = lock_path(Path(dest), inside)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            raise BlockingIOError
    except BlockingIOError:
        os.close(fd)
        raise Busy(f"{dest} is being written by {_holder(path)}; wait for it to finish, or choose another output folder") from None
    try:
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(_me()).encode())
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def _holder(path: Path) -> str:
    try:
        holder = json.loads(path.read_text(encoding="utf-8"))
        return f"process {holder['pid']} on {holder['host']} ({holder['command']}, since {holder['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def new_staging(parent: Path, prefix: str = STAGING_PREFIX) -> Path:
    """A fresh staging folder in ``parent`` (same file system, so moves are renames), marked with
    this process as its owner."""
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{prefix}{_host_tag()}.{os.getpid()}.", dir=parent))
    staging.chmod(0o755)  # mkdtemp makes it private; what is moved in is meant to be shared
    return staging


def _host_tag() -> str:
    return "".join(c for c in socket.gethostname() if c.isalnum())[:32] or "host"


def _owner(staging: Path, prefix: str) -> tuple[str, int] | None:
    parts = staging.name[len(prefix):].split(".")
    if len(parts) >= 3 and parts[1].isdigit():
        return parts[0], int(parts[1])
    return None


def remove_abandoned(parent: Path, prefix: str = STAGING_PREFIX) -> list[Path]:
    """Delete staging folders in ``parent`` whose owning process is gone; return them.

    A folder whose name has no owner (an older version's) is removed too: the caller holds the
    destination's lock, so no live writer can be using it. One owned by a live process on another
    host (a shared file system) is kept: it cannot be checked from here."""
    removed: list[Path] = []
    if not parent.is_dir():
        return removed
    for stale in sorted(parent.glob(f"{prefix}*")):
        owner = _owner(stale, prefix)
        if owner is not None and owner[1] != os.getpid() and (owner[0] != _host_tag() or _alive(owner[1])):
            continue
        shutil.rmtree(stale, ignore_errors=True)
        removed.append(stale)
    return removed


def replace_folder(staging: Path, dest: Path) -> None:
    """Move a finished staging folder to ``dest``, replacing what was there.

    The old folder is renamed aside first and deleted only after the new one is in place, so
    at no point is there a half-written ``dest``."""
    old = None
    if dest.exists():
        old = dest.with_name(f"{STAGING_PREFIX}old-{dest.name}-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        dest.rename(old)
    try:
        staging.rename(dest)
    except OSError:
        if old is not None:
            old.rename(dest)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged_folder(dest: Path, prefix: str = STAGING_PREFIX) -> Iterator[Path]:
    """Lock ``dest``, give the caller an empty staging folder beside it, and move it in as
    ``dest`` when the block ends without an exception; otherwise leave ``dest`` untouched."""
    dest = Path(dest)
    with locked(dest, inside=False):
        remove_abandoned(dest.parent, prefix)
        staging = new_staging(dest.parent, prefix)
        try:
            yield staging
            replace_folder(staging, dest)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
