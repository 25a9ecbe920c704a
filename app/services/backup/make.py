"""Backing up the whole office into one file: the database (a consistent snapshot taken while the
application runs), the evidence files beside a SQLite database, and a manifest of SHA-256 sums.
Restoring lives in :mod:`app.services.backup.restore`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.domain.dates import now_local
from app.domain.permissions import Permission
from app.services import audit
from app.services.audit_anchors import read_head, write_local_anchor
from app.services.backup.archive import Manifest, write_archive
from app.services.backup.dumps import (
    COUNTED_TABLES,
    current_schema,
    pg_dump,
    pg_tools_available,
    portable_dump,
    sqlite_counts,
    sqlite_snapshot,
)
from app.services.backup.staging import work_folder
from app.services.cases.evidence import evidence_folder
from app.services.context import Actor
from app.services.files import check_target, live_database_files
from app.services.version import app_version
from app.store.database import Database, sqlite_path
from app.store.migrate import current_revisions

DB_MEMBERS = {
    "sqlite": "database/weiquan.db",
    "pg_dump": "database/postgresql.dump",
    "portable": "database/tables.jsonl",
}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupResult:
    """The file written and what it holds."""

    path: Path
    manifest: Manifest

    @property
    def cases(self) -> int:
        return self.manifest.counts.get("cases", 0)


def evidence_files(db: Database) -> Iterator[tuple[str, Path]]:
    """(archive name, file) of every evidence file kept beside a SQLite database, in a stable order."""
    folder = evidence_folder(db)
    if folder is None or not folder.is_dir():
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        yield "evidence/" + path.relative_to(folder).as_posix(), path


def _dump_database(db: Database, work: Path, use_pg_dump: bool | None) -> tuple[str, Path, dict[str, int]]:
    """(format, dump file, row counts in that very dump) of a consistent dump of the database."""
    if db.is_sqlite:
        source = sqlite_path(db.url)
        if source is None:
            raise ValueError("an in-memory database cannot be backed up")
        target = work / "weiquan.db"
        sqlite_snapshot(source, target)
        return "sqlite", target, sqlite_counts(target)
    schema = current_schema(db)
    if use_pg_dump is not False and pg_tools_available():
        target = work / "postgresql.dump"
        return "pg_dump", target, pg_dump(db, schema, target)
    target = work / "tables.jsonl"
    counts = portable_dump(db, target)
    return "portable", target, {name: counts.get(name, 0) for name in COUNTED_TABLES}


def create_backup(
    db: Database, actor: Actor, out: Path | str, progress: Progress | None = None, use_pg_dump: bool | None = None
) -> BackupResult:
    """Write one backup file; the database may be in use meanwhile (the snapshot is consistent)."""
    actor.require(Permission.BACKUP)
    out = Path(out)
    check_target(out, overwrite=False, protect=live_database_files(db.url))
    head = read_head(db)  # read before the dump, so the dump's chain extends it
    with work_folder(db, "backup") as work:  # personal data: in the data folder, never the system's temp
        fmt, dump, counts = _dump_database(db, work, use_pg_dump)
        evidence = list(evidence_files(db))
        manifest = Manifest(
            created_at=now_local().isoformat(timespec="seconds"),
            app_version=app_version(),
            source=db.describe(),
            database_format=fmt,
            database_member=DB_MEMBERS[fmt],
            schema=None if db.is_sqlite else current_schema(db),
            revisions=sorted(current_revisions(db)),
            counts={**counts, "evidence_files": len(evidence)},
            audit_head=head.to_dict(),
        )
        write_archive(
            out, [(DB_MEMBERS[fmt], dump), *evidence], manifest, progress, protect=live_database_files(db.url)
        )
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "backup",
            "database",
            out.name[:40],
            after={"file": str(out), "format": fmt, **manifest.counts},
        )
    write_local_anchor(db)
    return BackupResult(out, manifest)
