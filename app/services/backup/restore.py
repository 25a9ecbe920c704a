"""Restoring a backup file as one step: everything is verified first (every SHA-256 of the manifest, the
database copy's own integrity check, its case count against the manifest), the copy is brought to this
version and given its audit entry, and only then swapped in — on SQLite by renames guarded by a marker
(:mod:`app.services.backup.sqlite_swap`), on PostgreSQL in one transaction
(:mod:`app.services.backup.pg_swap`). The replaced database is kept aside, never deleted. A restore that
fails any check leaves the original live; one that is interrupted is rolled back on the next start.
"""

from __future__ import annotations

import secrets
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.services import audit
from app.services.backup import pg_swap, sqlite_swap
from app.services.backup.archive import BackupInvalid, Manifest, extract, verify_archive
from app.services.backup.dumps import check_sqlite, current_schema, pg_dump_load, portable_load
from app.services.backup.staging import work_folder
from app.services.cases.evidence import evidence_folder
from app.services.context import Actor
from app.services.reference import seed_reference_data
from app.services.setup import open_database
from app.store.cases import Case
from app.store.database import Database, sqlite_path
from app.store.guard import DatabaseBusy, OwnerLock, owner_lock_file
from app.store.migrate import alembic_config, migrate

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RestoreResult:
    """What was restored, and where the previous database was put."""

    manifest: Manifest
    kept_aside: list[str]
    cases: int


def _stamp() -> str:
    """When, plus a few random letters, so two restores in one second never share a name aside."""
    return f"{now_local():%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


def _check_revisions(db: Database, manifest: Manifest) -> None:
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config(db)).walk_revisions()}
    unknown = sorted(set(manifest.revisions) - known)
    if unknown:
        raise BackupInvalid("backup.newer_version", revisions=", ".join(unknown))


def _check_target(db: Database, manifest: Manifest) -> None:
    if db.is_sqlite != (manifest.database_format == "sqlite"):
        kind = msg("backup.kind_sqlite") if manifest.database_format == "sqlite" else msg("backup.kind_postgresql")
        raise BackupInvalid("backup.other_kind", kind=kind)
    if manifest.database_format == "pg_dump" and manifest.schema != current_schema(db):
        raise BackupInvalid("backup.other_schema", schema=manifest.schema, current=current_schema(db))


def _count_and_record(session: Session, actor: Actor, backup: Path, manifest: Manifest, aside: list[str]) -> int:
    """The restored copy's case count, checked against the manifest, and its audit entry."""
    seed_reference_data(session)
    cases = session.scalar(select(func.count()).select_from(Case)) or 0
    expected = manifest.counts.get("cases")
    if expected is not None and cases != expected:
        raise BackupInvalid("backup.case_count_untouched", cases=cases, expected=expected)
    audit.record(
        session,
        actor,
        "restore",
        "database",
        backup.name[:40],
        after={"file": str(backup), "created_at": manifest.created_at, "kept_aside": aside},
    )
    return cases


def restore_backup(db: Database, actor: Actor, backup: Path | str, progress: Progress | None = None) -> RestoreResult:
    """Replace the database (and, for SQLite, the evidence folder) with the backup's content."""
    actor.require(Permission.BACKUP)
    backup = Path(backup)
    manifest = verify_archive(backup, progress)
    _check_revisions(db, manifest)
    _check_target(db, manifest)
    if db.is_sqlite:
        return _restore_sqlite(db, actor, backup, manifest)
    return _restore_postgresql(db, actor, backup, manifest)


def _stage_sqlite(backup: Path, manifest: Manifest, staging: Path) -> Path:
    """Extract the database and the evidence into ``staging`` and check the database copy."""
    member = next(m for m in manifest.members if m.name == manifest.database_member)
    staged_db = staging / "weiquan.db"
    extract(backup, member, staged_db)
    conn = sqlite3.connect(staged_db)
    try:
        check_sqlite(conn, staged_db)
    finally:
        conn.close()
    for item in manifest.evidence_members:
        extract(backup, item, staging / "evidence" / item.name.removeprefix("evidence/"))
    return staged_db


def _prepare_staged(staged_db: Path, actor: Actor, backup: Path, manifest: Manifest, aside: list[str]) -> int:
    """Bring the staged copy to this version, check it and write its audit entry; then leave WAL mode
    so that it is one self-contained file to rename."""
    staged = open_database(f"sqlite:///{staged_db.as_posix()}")
    reference = Database(f"sqlite:///{(staged_db.parent / 'reference.db').as_posix()}")
    try:
        migrate(reference)
        reference.dispose()
        sqlite_swap.strip_foreign_objects(staged_db, staged_db.parent / "reference.db")
        with staged.transaction() as session:
            cases = _count_and_record(session, actor, backup, manifest, aside)
    finally:
        staged.dispose()
        reference.dispose()
    conn = sqlite3.connect(staged_db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return cases


def _restore_sqlite(db: Database, actor: Actor, backup: Path, manifest: Manifest) -> RestoreResult:
    path, folder = sqlite_path(db.url), evidence_folder(db)
    assert path is not None and folder is not None
    sqlite_swap.recover_interrupted_restore(path)
    lock = OwnerLock(owner_lock_file(path))
    if not lock.try_acquire():
        raise DatabaseBusy("restore.another_running")
    try:
        db.dispose()
        sqlite_swap.require_sole_user(path)
        staging = Path(tempfile.mkdtemp(prefix=sqlite_swap.STAGING_PREFIX, dir=path.parent))
        try:
            staged_db = _stage_sqlite(backup, manifest, staging)
            plan = sqlite_swap.plan_swap(path, folder, _stamp(), staging)
            cases = _prepare_staged(staged_db, actor, backup, manifest, plan.kept_aside)
            sqlite_swap.begin(path, plan)
            try:
                sqlite_swap.require_sole_user(path)
                sqlite_swap.swap(plan, staged_db, staging / "evidence")
            finally:
                sqlite_swap.finish(path)
        finally:
            sqlite_swap.remove_staging(staging)
    finally:
        lock.release()
    return RestoreResult(manifest, plan.kept_aside, cases)


def _restore_postgresql(db: Database, actor: Actor, backup: Path, manifest: Manifest) -> RestoreResult:
    schema = current_schema(db)
    aside = f"{schema}_before_restore_{_stamp().replace('-', '_')}"[:63]
    member = next(m for m in manifest.members if m.name == manifest.database_member)
    counted: list[int] = []
    with work_folder(db, "restore") as work:  # personal data: in the data folder, never the system's temp
        dump = work / Path(member.name).name
        extract(backup, member, dump)

        def fill(conn: Connection) -> None:
            if manifest.database_format == "pg_dump":
                pg_dump_load(conn, schema, dump)
            else:
                portable_load(conn, dump)

        def check(session: Session) -> int:
            counted.append(
                _count_and_record(
                    session, actor, backup, manifest, [msg("backup.pg_schema_aside", schema=aside).text()]
                )
            )
            return counted[-1]

        pg_swap.restore_schema(db, schema, aside, sorted(manifest.revisions), fill, check)
    return RestoreResult(manifest, [msg("backup.pg_schema_aside", schema=aside).text()], counted[-1])
