"""Restoring a backup file: everything is verified first (every SHA-256 of the manifest, the database
copy's own integrity check), and only then is the current database moved aside, never deleted, and the
backup put in its place. If putting it in place fails, the old database is moved back.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from app.domain.dates import now_local
from app.domain.permissions import Permission
from app.services import audit
from app.services.backup.archive import BackupInvalid, Manifest, extract, verify_archive
from app.services.backup.dumps import check_sqlite, current_schema, pg_restore, portable_load
from app.services.cases.evidence import evidence_folder
from app.services.context import Actor
from app.services.setup import open_database
from app.store.cases import Case
from app.store.database import Database, sqlite_path
from app.store.migrate import alembic_config

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RestoreResult:
    """What was restored, and where the previous database was put."""

    manifest: Manifest
    kept_aside: list[str]
    cases: int


def _stamp() -> str:
    return now_local().strftime("%Y%m%d-%H%M%S")


def _check_revisions(db: Database, manifest: Manifest) -> None:
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config(db)).walk_revisions()}
    unknown = sorted(set(manifest.revisions) - known)
    if unknown:
        raise BackupInvalid(f"备份来自更新版本的维权台（数据库版本 {', '.join(unknown)}），请升级后再恢复")


def _check_target(db: Database, manifest: Manifest) -> None:
    if db.is_sqlite != (manifest.database_format == "sqlite"):
        kind = "SQLite 文件" if manifest.database_format == "sqlite" else "PostgreSQL 数据库"
        raise BackupInvalid(f"此备份来自{kind}，只能恢复到同类数据库")
    if manifest.database_format == "pg_dump" and manifest.schema != current_schema(db):
        raise BackupInvalid(
            f"此备份来自 PostgreSQL 模式 {manifest.schema}，当前数据库使用 {current_schema(db)}；"
            "请连接到同名模式后再恢复"
        )


def restore_backup(db: Database, actor: Actor, backup: Path | str, progress: Progress | None = None) -> RestoreResult:
    """Replace the database (and, for SQLite, the evidence folder) with the backup's content."""
    actor.require(Permission.BACKUP)
    backup = Path(backup)
    manifest = verify_archive(backup, progress)
    _check_revisions(db, manifest)
    _check_target(db, manifest)
    put_in_place = _restore_sqlite if db.is_sqlite else _restore_postgresql
    aside = put_in_place(db, backup, manifest)
    restored = open_database(db.url)
    try:
        with restored.transaction() as session:
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
            audit.record(
                session,
                actor,
                "restore",
                "database",
                backup.name[:40],
                after={"file": str(backup), "created_at": manifest.created_at, "kept_aside": aside},
            )
    finally:
        restored.dispose()
    expected = manifest.counts.get("cases")
    if expected is not None and cases != expected:
        raise BackupInvalid(f"恢复后案件数 {cases} 与备份清单的 {expected} 不符；原数据库保存在 {', '.join(aside)}")
    return RestoreResult(manifest, aside, cases)


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
        target = staging / "evidence" / item.name.removeprefix("evidence/")
        extract(backup, item, target)
        os.chmod(target, 0o444)
    return staged_db


def _restore_sqlite(db: Database, backup: Path, manifest: Manifest) -> list[str]:
    path = sqlite_path(db.url)
    folder = evidence_folder(db)
    assert path is not None and folder is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=path.parent))
    try:
        staged_db = _stage_sqlite(backup, manifest, staging)
        if path.exists():
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        moves = _move_aside(path, folder, _stamp())
        try:
            os.replace(staged_db, path)
            if (staging / "evidence").exists():
                os.replace(staging / "evidence", folder)
        except OSError:
            _move_back(moves)
            raise
        return [str(new) for _, new in moves]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _move_aside(path: Path, folder: Path, stamp: str) -> list[tuple[Path, Path]]:
    """Rename the database file (with its -wal/-shm) and the evidence folder out of the way."""
    moves = []
    for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), folder):
        if old.exists():
            suffix = path.suffix if old == path else ""
            if old == path:
                new = path.with_name(f"{path.stem}.before-restore-{stamp}{suffix}")
            else:
                new = old.with_name(f"{old.name}.before-restore-{stamp}")
            os.replace(old, new)
            moves.append((old, new))
    return moves


def _move_back(moves: list[tuple[Path, Path]]) -> None:
    for old, new in reversed(moves):
        if old.exists() and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        elif old.exists():
            old.unlink()
        os.replace(new, old)


def _restore_postgresql(db: Database, backup: Path, manifest: Manifest) -> list[str]:
    """Rename the current schema aside, create it anew, load the dump; on failure, rename it back."""
    schema = current_schema(db)
    aside = f"{schema}_before_restore_{_stamp().replace('-', '_')}"[:63]
    member = next(m for m in manifest.members if m.name == manifest.database_member)
    with tempfile.TemporaryDirectory(prefix="weiquan-restore-") as tmp:
        dump = Path(tmp) / Path(member.name).name
        extract(backup, member, dump)
        db.dispose()
        with db.engine.begin() as conn:
            conn.execute(text(f'ALTER SCHEMA "{schema}" RENAME TO "{aside}"'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        db.dispose()
        try:
            if manifest.database_format == "pg_dump":
                pg_restore(db, schema, dump)
            else:
                _load_portable(db, manifest, dump)
        except Exception:
            db.dispose()
            with db.engine.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                conn.execute(text(f'ALTER SCHEMA "{aside}" RENAME TO "{schema}"'))
            raise
    db.dispose()
    return [f"PostgreSQL 模式 {aside}"]


def _load_portable(db: Database, manifest: Manifest, dump: Path) -> None:
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        for revision in manifest.revisions:
            command.upgrade(cfg, revision)
    portable_load(db, dump)
