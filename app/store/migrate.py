"""Bringing a database to the schema of this version of the application.

A missing SQLite file is created; an existing one is copied aside before it is migrated; a database
written by a newer version (a revision this version does not know) is refused.

A database already at this version's head (every start but the first after an upgrade) is recognised
without Alembic: the revisions are read from the migration files' ``revision``/``down_revision`` lines
and compared with the ``alembic_version`` table, so Alembic and Mako are imported only to migrate.
"""

from __future__ import annotations

import ast
import shutil
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from app.store.database import Database, sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(Exception):
    """The database was written by a newer version of the application."""


def alembic_config(db: Database) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def _assigned(tree: ast.Module, name: str) -> Any:
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == name and node.value is not None:  # type: ignore[union-attr]
            return ast.literal_eval(node.value)  # type: ignore[union-attr]
    return None


@cache
def declared_heads() -> frozenset[str]:
    """The head revisions of the migration files, read as text (no Alembic): revisions no other names
    as its ``down_revision``."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned(tree, "revision")
        if not revision:
            continue
        revisions.add(revision)
        down = _assigned(tree, "down_revision")
        parents.update((down,) if isinstance(down, str) else (down or ()))
    return frozenset(revisions - parents)


def head_revisions(db: Database) -> frozenset[str]:
    """The newest revisions this version knows (one per branch of migrations)."""
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(alembic_config(db)).get_heads())


def current_revisions(db: Database) -> frozenset[str]:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return frozenset()
        return frozenset(r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))


def check_not_newer(db: Database) -> frozenset[str]:
    """The database's revisions; DatabaseTooNew when this version does not know one of them."""
    from alembic.script import ScriptDirectory

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
    if current_revisions(db) == declared_heads():
        return False
    from alembic import command

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
