"""Working folders for files that hold personal data (a backup's database copy or dump, a restore's
extracted dump): never in the system's temporary folder, where a killed process would leave a full copy
of the office's cases for anyone to find, but in the data folder (beside a SQLite database, else the
user data folder), held by a lock file inside while in use, removed afterwards, and removed on the next
start if a crash left one (like the restore's staging folders of :mod:`app.services.backup.sqlite_swap`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.services.files import remove_tree
from app.store.database import Database, default_data_dir, sqlite_path
from app.store.guard import OwnerLock

WORK_PREFIX = ".weiquan-work-"
VIEWER_CACHE = f"{WORK_PREFIX}viewer"
"""Copies of evidence kept in the database (PostgreSQL), written for the system viewer to open: no lock,
so the next start removes them."""
IN_USE = ".in-use"


def data_folder(db: Database | str) -> Path:
    """Where a database's working files go: beside a SQLite file, else the user data folder."""
    path = sqlite_path(db if isinstance(db, str) else db.url)
    return path.parent if path is not None else default_data_dir()


@contextmanager
def work_folder(db: Database | str, purpose: str) -> Iterator[Path]:
    """A new working folder in the data folder, locked while the block runs, removed afterwards."""
    parent = data_folder(db)
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{purpose}-", dir=parent))
    lock = OwnerLock(folder / IN_USE)
    lock.try_acquire()
    try:
        yield folder
    finally:
        lock.release()
        remove_tree(folder)


def remove_stale_work(folders: Iterable[Path]) -> list[Path]:
    """Remove the working folders a killed process left (their lock is free); folders in use stay."""
    removed = []
    for parent in dict.fromkeys(folders):
        if not parent.is_dir():
            continue
        for folder in parent.glob(f"{WORK_PREFIX}*"):
            if not folder.is_dir():
                continue
            lock = OwnerLock(folder / IN_USE)
            try:
                free = lock.try_acquire()
            except OSError:
                continue
            if not free:
                continue
            lock.release()
            remove_tree(folder)
            removed.append(folder)
    return removed
