"""Locks on an outputs folder: one writer at a time, and no reader inside a commit.

Two locks, both POSIX record locks (``fcntl.lockf``) on small files in the
outputs folder:

- the *writer lock* (``.writer.lock``) is held for a whole ``run`` or
  ``compact``. A second writer fails at once with the holder's pid, start time
  and command. The kernel drops the lock when its holder dies, however it dies,
  so a stale lock needs no clean-up: the next writer simply gets it.
- the *commit lock* (``.commit.lock``) is held exclusively only while a commit
  renames files into place, and shared by readers while they list and read
  parts, so a reader sees every document either before or after its commit.

Record locks, not ``flock``: they belong to the process, so worker processes
forked by a writer do not inherit (and cannot keep alive) the writer's lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from pipeline.core.errors import FatalError

WRITER_LOCK = ".writer.lock"
COMMIT_LOCK = ".commit.lock"


class OutputsLocked(FatalError):
    """Another process is writing the same outputs folder."""


def _holder(path: Path) -> str:
    """Who holds the lock, from what the holder wrote into the lock file.

    The holder writes it just after taking the lock, so a writer refused in that instant
    waits a moment for it rather than naming nobody.
    """
    info: dict = {}
    for _ in range(20):
        try:
            info = json.loads(path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            info = {}
        if info:
            break
        time.sleep(0.05)
    if not info:
        return "another process"
    return f"pid {info.get('pid')} (started {info.get('started')}: {info.get('command')})"


# Locks this process holds, by lock file, with their nesting depth: nested holders (``add --run``,
# compact's recover, a read inside a commit) share one fd. A second fd on the same file must
# never be opened and closed while the lock is held: closing any fd of a file drops all of this
# process's record locks on it.
_HELD: dict[Path, list[int]] = {}  # lock file -> [fd, depth]


@contextmanager
def _hold(path: Path, mode: int, locked_message: str | None = None) -> Iterator[int | None]:
    """Hold a record lock on ``path`` (re-entrant). Yields the fd when newly taken, else None.

    With ``locked_message`` the attempt does not wait: OutputsLocked is raised at once.
    """
    path = path.absolute()
    held = _HELD.get(path)
    fresh = None
    if held is None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(fd, mode | (fcntl.LOCK_NB if locked_message else 0))
        except OSError:
            os.close(fd)
            if locked_message is None:
                raise
            raise OutputsLocked(locked_message.format(holder=_holder(path))) from None
        held = _HELD[path] = [fd, 0]
        fresh = fd
    held[1] += 1
    try:
        yield fresh
    finally:
        held[1] -= 1
        if held[1] == 0:
            del _HELD[path]
            os.close(held[0])  # closing drops the lock


def _check_folder(outputs: Path) -> None:
    if outputs.exists() and not outputs.is_dir():
        raise FatalError(f"outputs {str(outputs)!r} is a file, not a folder; pass --outputs DIR naming a folder")


@contextmanager
def writer_lock(outputs: Path) -> Iterator[None]:
    """Hold the exclusive right to write ``outputs`` for the ``with`` block; re-entrant in one process.

    Raises OutputsLocked naming the holder when another process has it.
    """
    outputs = Path(outputs)
    _check_folder(outputs)
    outputs.mkdir(parents=True, exist_ok=True)
    message = (f"outputs {str(outputs)!r} are being written by {{holder}}; "
               f"wait for it to finish (or stop it) and try again")
    with _hold(outputs / WRITER_LOCK, fcntl.LOCK_EX, message) as fd:
        if fd is not None:
            info = {"pid": os.getpid(), "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "command": " ".join(sys.argv)[:200]}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
        yield


@contextmanager
def commit_lock(outputs: Path, shared: bool) -> Iterator[None]:
    """Hold the commit lock: exclusive for a writer's renames, shared for a reader's listing and reading.

    A reader that cannot create the lock file (a read-only outputs folder has no
    writer either) reads without it.
    """
    path = Path(outputs) / COMMIT_LOCK
    if shared and not path.exists() and not os.access(path.parent, os.W_OK):
        yield
        return
    with _hold(path, fcntl.LOCK_SH if shared else fcntl.LOCK_EX):
        yield
