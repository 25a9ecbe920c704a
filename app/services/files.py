"""Every file the application writes (a monthly export, a ledger export, a backup, a document PDF) goes
through :func:`safe_write`: the content goes to a uniquely named temporary file in the target's own
folder, is flushed to disk through a writable handle (Windows refuses ``fsync`` on a read-only one), and
only then replaces the target with ``os.replace``. On any failure the old file is left as it was and the
temporary file is removed.

What a person can get wrong is refused before anything is written, with one clear line: the target is a
folder, its folder is missing or read-only, the target is open in another program (Windows refuses the
replace with WinError 5 or 32), the target is the live database or one of its side files, or it exists
and the caller must not overwrite it.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.domain.errors import DomainError
from app.store.database import sqlite_path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")
TEMP_SUFFIX = ".tmp"
_SHARING_VIOLATIONS = frozenset({5, 32, 33})  # ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


class FileNotWritten(DomainError):
    """The file could not be written; an old file of that name is unchanged."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _is_database_file(target: Path, protect: Iterable[Path]) -> bool:
    for live in protect:
        candidates = [live, *(Path(f"{live}{suffix}") for suffix in SIDE_FILE_SUFFIXES)]
        if any(_same_file(target, c) for c in candidates):
            return True
    if target.name.endswith(SIDE_FILE_SUFFIXES) and Path(target.name.rsplit("-", 1)[0]).suffix in {".db", ".sqlite"}:
        return True
    try:
        with target.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_target(target: Path, *, overwrite: bool = True, protect: Iterable[Path] = ()) -> None:
    """Refuse, with one line, a target that cannot or must not be written; nothing is touched."""
    folder = target.parent
    if target.is_dir():
        raise FileNotWritten("file.target_is_folder", path=target)
    if not folder.exists():
        raise FileNotWritten("file.folder_missing", path=folder)
    if not folder.is_dir():
        raise FileNotWritten("file.not_a_folder", path=folder)
    if target.exists() and _is_database_file(target, protect):
        raise FileNotWritten("file.is_database", path=target)
    if any(_same_file(target, Path(f"{live}{s}")) for live in protect for s in ("", *SIDE_FILE_SUFFIXES)):
        raise FileNotWritten("file.is_live_database", path=target)
    if target.exists() and not overwrite:
        raise FileNotWritten("file.exists", path=target)


def _temp_beside(target: Path) -> Path:
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.name[:40]}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as err:
        raise _explain(err, target, stage="create") from err
    os.close(fd)
    return Path(name)


def fsync_file(path: Path) -> None:
    """Flush a written file to disk through a writable handle (what Windows' FlushFileBuffers needs)."""
    with path.open("r+b") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this and needs no such step)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _explain(err: OSError, target: Path, stage: str) -> FileNotWritten:
    """One line for a person, from what the operating system said."""
    winerror = getattr(err, "winerror", None)
    if err.errno == errno.ENOSPC:
        return FileNotWritten("file.disk_full", name=target.name)
    if err.errno == errno.ENAMETOOLONG:
        return FileNotWritten("file.name_too_long", name=target.name)
    if stage == "create" and isinstance(err, PermissionError | FileNotFoundError):
        return FileNotWritten("file.folder_unwritable", path=target.parent)
    if stage == "replace" and (isinstance(err, PermissionError) or winerror in _SHARING_VIOLATIONS):
        return FileNotWritten("file.open_elsewhere", name=target.name)
    if stage == "replace" and isinstance(err, FileExistsError):
        return FileNotWritten("file.exists", path=target)
    if isinstance(err, IsADirectoryError):
        return FileNotWritten("file.target_is_folder", path=target)
    reason = err.strerror or type(err).__name__
    return FileNotWritten("file.write_failed", path=target, reason=reason)


def _put_in_place(temp: Path, target: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, target)
        return
    if os.name == "nt":
        os.rename(temp, target)  # refuses an existing target on Windows
        return
    try:
        os.link(temp, target)  # refuses an existing target, atomically
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some shares): check, then rename
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(temp, target)
        return
    temp.unlink()


@contextmanager
def safe_write(target: Path | str, *, overwrite: bool = True, protect: Iterable[Path] = ()) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to write the content to (by name: openpyxl, zipfile,
    QPrinter); when the block ends without error, the file is flushed and replaces ``target``.

    ``overwrite=False`` refuses an existing target (also one that appears meanwhile); ``protect`` names
    live database files that must never be replaced (their -wal/-shm/-journal side files included).
    Any SQLite database file is refused as a target whatever ``protect`` says.
    """
    target = Path(target)
    protect = list(protect)
    check_target(target, overwrite=overwrite, protect=protect)
    temp = _temp_beside(target)
    try:
        try:
            yield temp
            fsync_file(temp)
        except OSError as err:
            raise _explain(err, target, stage="write") from err
        try:
            _put_in_place(temp, target, overwrite)
        except OSError as err:
            raise _explain(err, target, stage="replace") from err
        _fsync_folder(target.parent)
    finally:
        with suppress(OSError):  # Windows: a scanner may hold it a moment; it is hidden and named as ours
            temp.unlink(missing_ok=True)


def write_bytes(target: Path | str, data: bytes, *, overwrite: bool = True, protect: Iterable[Path] = ()) -> Path:
    """Write ``data`` to ``target`` through :func:`safe_write`."""
    target = Path(target)
    with safe_write(target, overwrite=overwrite, protect=protect) as temp:
        temp.write_bytes(data)
    return target


def live_database_files(url: str) -> list[Path]:
    """The files of a SQLite database that no export or backup may overwrite (empty for PostgreSQL)."""
    path = sqlite_path(url)
    return [] if path is None else [path]


def remove_tree(folder: Path) -> None:
    """Remove a folder and everything in it, read-only files included (Windows refuses to delete those;
    evidence copies are kept read-only). What cannot go (a file another program holds open) stays."""

    def writable_then_retry(function: Callable[[str], object], name: str, *_error: object) -> None:
        with suppress(OSError):
            os.chmod(name, stat.S_IWRITE | stat.S_IREAD)
            function(name)

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=writable_then_retry)
    else:
        shutil.rmtree(folder, onerror=writable_then_retry)
