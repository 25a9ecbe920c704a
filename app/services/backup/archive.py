"""The backup file: a zip archive holding the database dump, the evidence files and ``manifest.json``,
which lists every other member with its size and SHA-256 sum.

The archive is written through :mod:`app.services.files` (a unique temporary name beside the target,
renamed only when complete), so a half-written backup never looks like a good one. Verification reads
every member and compares it with the manifest before a restore touches anything.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from app.domain.errors import DomainError
from app.services.files import safe_write

FORMAT = "weiquan-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1 << 20

Progress = Callable[[int, int], None]


class BackupInvalid(DomainError):
    """The backup file is damaged, altered or not a Weiquan Desk backup; nothing was restored."""


@dataclass(frozen=True)
class Member:
    """One file in the archive with its size and SHA-256."""

    name: str
    size: int
    sha256: str


@dataclass
class Manifest:
    """What the backup holds: the database dump, evidence files, and facts about where they came from."""

    created_at: str
    app_version: str
    source: str
    database_format: str
    database_member: str
    schema: str | None = None
    revisions: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    members: list[Member] = field(default_factory=list)
    audit_head: dict[str, Any] | None = None
    """The audit chain head when the backup was taken (entries, last_id, hash, taken_at): an anchor."""

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            **self.__dict__,
            "members": [m.__dict__ for m in self.members],
        }
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data: dict[str, Any] = json.loads(text)
        if data.pop("format", None) != FORMAT:
            raise BackupInvalid("backup.not_a_backup")
        if data.pop("format_version", None) != FORMAT_VERSION:
            raise BackupInvalid("backup.format_version")
        members = [Member(**m) for m in data.pop("members")]
        return cls(**data, members=members)

    @property
    def evidence_members(self) -> list[Member]:
        return [m for m in self.members if m.name.startswith("evidence/")]


def _copy_hashing(source: Path, sink: Any) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            sink.write(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def write_archive(
    out: Path,
    files: Iterable[tuple[str, Path]],
    manifest: Manifest,
    progress: Progress | None = None,
    protect: Iterable[Path] = (),
) -> Manifest:
    """Write ``files`` (archive name, file on disk) and the manifest to ``out`` through the safe file
    write: an existing file of that name is refused, never overwritten; ``protect`` names the live database."""
    items = list(files)
    with (
        safe_write(out, overwrite=False, protect=protect) as partial,
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf,
    ):
        for done, (name, path) in enumerate(items, 1):
            with zf.open(name, "w", force_zip64=True) as sink:
                size, digest = _copy_hashing(path, sink)
            manifest.members.append(Member(name, size, digest))
            if progress:
                progress(done, len(items))
        zf.writestr(MANIFEST, manifest.to_json())
    return manifest


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and "\\" not in name and ":" not in name


def _hash_member(zf: zipfile.ZipFile, name: str) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with zf.open(name) as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def verify_archive(path: Path, progress: Progress | None = None) -> Manifest:
    """The manifest, after every member was read and matched its size and SHA-256; BackupInvalid otherwise."""
    if not path.is_file():
        raise BackupInvalid("backup.not_found", path=path)
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = Manifest.from_json(zf.read(MANIFEST).decode("utf-8"))
            _check_members(zf, manifest, progress)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as err:
        raise BackupInvalid("backup.unreadable", reason=err) from err
    return manifest


def _check_members(zf: zipfile.ZipFile, manifest: Manifest, progress: Progress | None) -> None:
    listed = {m.name for m in manifest.members}
    present = set(zf.namelist()) - {MANIFEST}
    if extra := sorted(present - listed):
        raise BackupInvalid("backup.extra_file", name=extra[0])
    if missing := sorted(listed - present):
        raise BackupInvalid("backup.missing_file", name=missing[0])
    if manifest.database_member not in listed:
        raise BackupInvalid("backup.no_database")
    for done, member in enumerate(manifest.members, 1):
        if not _safe_name(member.name):
            raise BackupInvalid("backup.unsafe_path", name=member.name)
        size, digest = _hash_member(zf, member.name)
        if (size, digest) != (member.size, member.sha256):
            raise BackupInvalid("backup.checksum", name=member.name)
        if progress:
            progress(done, len(manifest.members))


def extract(path: Path, member: Member, target: Path) -> None:
    """Copy one member to ``target``, checking its SHA-256 again on the way (the file could have been
    swapped since it was verified)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as zf, zf.open(member.name) as src, target.open("wb") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
    if digest.hexdigest() != member.sha256:
        raise BackupInvalid("backup.changed_during_restore", name=member.name)
