"""Who else has the database open, so that a restore never swaps it under a running program.

- SQLite: while a restore runs, a marker file ``<db>.restoring`` sits beside the database. Every
  connection checks it before and after it opens the file, and every transaction checks that the file
  at the database's path is still the one the connection opened; a program that opened the file before
  a restore swapped it is stopped with one line instead of writing into the file kept aside.
- PostgreSQL: every connection of the application holds a shared advisory lock on its schema (keyed by
  its search path) for as long as it is open. A restore takes the same lock exclusively: it is refused
  while any other connection is open, and a program that connects meanwhile waits until it is done.

The owner of a running restore holds :class:`OwnerLock`; a marker without a living owner is a restore
that was interrupted (a power cut, SIGKILL), which the next start rolls back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from app.domain.errors import DomainError

PG_CONNECTION_LOCK = 7_202_612
PG_UPGRADE_LOCK = 7_202_613
PG_SHARED_LOCK_SQL = "SELECT pg_advisory_lock_shared(%s, hashtext(current_setting('search_path')))"


class DatabaseBusy(DomainError):
    """The database is being restored, or was replaced by a restore since this program opened it."""


def restore_marker(database: Path) -> Path:
    return Path(f"{database}.restoring")


def owner_lock_file(database: Path) -> Path:
    return Path(f"{database}.restore-lock")


def file_identity(path: Path) -> tuple[int, int] | None:
    """Device and inode (on Windows the file index) of the file at ``path``; None when there is none."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def refuse_during_restore(database: Path) -> None:
    if restore_marker(database).exists():
        raise DatabaseBusy("restore.in_progress")


def refuse_if_replaced(database: Path, opened: tuple[int, int] | None) -> None:
    """Stop a connection whose file is no longer the one at the database's path."""
    refuse_during_restore(database)
    if opened is not None and file_identity(database) != opened:
        raise DatabaseBusy("restore.replaced")


class OwnerLock:
    """An exclusive lock on a small file, released when the holder closes it or dies (fcntl/msvcrt)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def try_acquire(self) -> bool:
        fh = self.path.open("a+b")
        try:
            _lock(fh)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            _unlock(self._fh)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> OwnerLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows check
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
