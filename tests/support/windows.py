"""Windows file semantics that Linux does not have, simulated so the Linux test run meets them:

- ``os.fsync`` on a handle opened read-only fails there with ``PermissionError: [Errno 13]``
  (FlushFileBuffers needs write access);
- a file another program holds open (a workbook in Excel or WPS) cannot be replaced, renamed or
  removed: ``PermissionError`` with ``winerror`` 5 (access denied) or 32 (sharing violation).
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def refuse_fsync_on_read_only_handles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make ``os.fsync`` behave as on Windows; returns the descriptors it flushed."""
    real_fsync = os.fsync
    flushed: list[int] = []

    def fsync(fd: int) -> None:
        fd = fd if isinstance(fd, int) else fd.fileno()
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_fsync(fd)
        flushed.append(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return flushed


class HeldFiles:
    """Files "open in another program": replacing, renaming or removing them fails as on Windows."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, winerror: int = 5) -> None:
        self.held: set[Path] = set()
        self.winerror = winerror
        self.refusals = 0
        for name in ("replace", "rename"):
            real = getattr(os, name)
            monkeypatch.setattr(os, name, self._guard_move(real))
        for name in ("remove", "unlink"):
            real = getattr(os, name)
            monkeypatch.setattr(os, name, self._guard_remove(real))

    def _refuse(self, path: object) -> None:
        if Path(os.fsdecode(path)).resolve() in self.held:  # type: ignore[arg-type]
            self.refusals += 1
            err = PermissionError(errno.EACCES, "Access is denied" if self.winerror == 5 else "in use", str(path))
            err.winerror = self.winerror  # type: ignore[attr-defined]
            raise err

    def _guard_move(self, real):
        def move(src, dst, *args, **kwargs):
            self._refuse(src)
            self._refuse(dst)
            return real(src, dst, *args, **kwargs)

        return move

    def _guard_remove(self, real):
        def remove(path, *args, **kwargs):
            self._refuse(path)
            return real(path, *args, **kwargs)

        return remove

    @contextmanager
    def open_in_excel(self, path: Path) -> Iterator[Path]:
        """While the block runs, ``path`` is held open by another program."""
        resolved = Path(path).resolve()
        self.held.add(resolved)
        try:
            yield path
        finally:
            self.held.discard(resolved)
