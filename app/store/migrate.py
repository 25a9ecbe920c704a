"""Bringing a database to the schema of this version of the application.

A missing SQLite file is created; an existing one is copied aside before it is migrated; a database
written by a newer version (a revision this version does not know) is refused.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.store.database import Database, sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(Exception):
    """The database was written by a newer version of the application."""


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def head_revisions(db: Database) -> frozenset[str]:
    """The newest revisions this version knows (one per branch of migrations)."""
    return frozenset(ScriptDirectory.from_config(alembic_config(db)).get_heads())


def current_revisions(db: Database) -> frozenset[str]:
    with db.engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def check_not_newer(db: Database) -> frozenset[str]:
    """The database's revisions; DatabaseTooNew when this version does not know one of them."""
    current = current_revisions(db)
    script = ScriptDirectory.from_config(alembic_config(db))
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = sorted(current - known)
    if unknown:
        raise DatabaseTooNew(
            f"数据库版本（{', '.join(unknown)}）比本程序新，请升级维权台后再打开。"
            "The database was written by a newer version of Weiquan Desk."
        )
    return current


def backup_before_migration(db: Database, current: str) -> Path | None:
    """Copy a SQLite file aside before changing its schema."""
    path = sqlite_path(db.url)
    if path is None or not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{current[:8]}-{stamp}{path.suffix}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(path, target)
    return target


def migrate(db: Database) -> bool:
    """Bring the schema to the newest revisions; True if anything was done."""
    current = check_not_newer(db)
    if current == head_revisions(db):
        return False
    if current:
        backup_before_migration(db, "-".join(sorted(current)))
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return True
