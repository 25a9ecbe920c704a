"""Is the SQLite file on a network share? SQLite's locking is not reliable over SMB/CIFS or NFS, so two
PCs opening one file there can corrupt it; the application warns at start and the README explains why.

Windows: UNC paths (\\\\server\\share\\...) and drive letters that Windows reports as remote
(GetDriveTypeW == DRIVE_REMOTE). Linux and other Unix systems: the file system type of the mount that
holds the file, from /proc/mounts (nfs, cifs, smb3, sshfs, ...).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from app.domain.messages import msg
from app.store.database import Database, sqlite_path

DRIVE_REMOTE = 4
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.glusterfs",
        "ncpfs",
        "coda",
    }
)
MOUNTS_FILE = Path("/proc/mounts")


@dataclass(frozen=True)
class NetworkLocation:
    """Where a path lives on the network, and how we know."""

    path: str
    how: str


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def network_mount(path: str, mounts_text: str) -> NetworkLocation | None:
    """The network mount holding ``path``, judged from the text of /proc/mounts (longest mount point wins)."""
    best: tuple[str, str, str] | None = None
    target = path.rstrip("/") or "/"
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        source, point, fstype = _unescape_mount(parts[0]), _unescape_mount(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[1])):
            best = (source, point, fstype)
    if best is None or best[2].lower() not in NETWORK_FS_TYPES:
        return None
    return NetworkLocation(path, msg("network.mount", fstype=best[2], source=best[0], point=best[1]).text())


def windows_network(path: str, drive_type: int | None = None) -> NetworkLocation | None:
    """A UNC path, or a mapped drive Windows reports as remote (``drive_type`` given in tests)."""
    win = PureWindowsPath(path)
    if win.drive.startswith(("\\\\", "//")) or path.startswith(("\\\\", "//")):
        return NetworkLocation(path, msg("network.unc", path=win.drive or path).text())
    if len(win.drive) == 2 and win.drive[1] == ":":
        kind = drive_type if drive_type is not None else _drive_type(win.drive)
        if kind == DRIVE_REMOTE:
            return NetworkLocation(path, msg("network.mapped_drive", drive=win.drive).text())
    return None


def _drive_type(drive: str) -> int | None:
    if sys.platform != "win32":
        return None
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\"))  # type: ignore[attr-defined]


def network_location(path: Path | str) -> NetworkLocation | None:
    """Where on the network this file lives, or None for a local disk."""
    text = str(path)
    if sys.platform == "win32" or text.startswith(("\\\\", "//")):
        return windows_network(text)
    try:
        mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return network_mount(os.path.realpath(text), mounts)


def network_warning(db: Database) -> str | None:
    """The warning to show when the database is a SQLite file on a network share, else None."""
    path = sqlite_path(db.url)
    if path is None:
        return None
    where = network_location(path.parent)
    if where is None:
        return None
    return msg("network.sqlite_on_share", path=path, how=where.how).text()
