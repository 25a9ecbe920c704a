"""Bringing a database to the schema of this version of the application.

A missing SQLite file is created; an existing one is copied aside before it is migrated; a database
written by a newer version (a revision this version does not know) is refused.

A database already at this version's head (every start but the first after an upgrade) is recognised
without Alembic: the revisions are read from the migration files' ``revision``/``down_revision`` lines
and compared with the ``alembic_version`` table, so Alembic and Mako are imported only to migrate.
"""

from __future__ import annotations

import ast
import os
import shutil
import sqlite3
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from app.domain.errors import DomainError
from app.store.database import Database, display_location, sqlite_path
from app.store.guard import PG_UPGRADE_LOCK

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
        target: ast.expr
        value: ast.expr | None
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == name and value is not None:
            return ast.literal_eval(value)
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
    """Copy a SQLite file aside before changing its schema: one copy per revision left behind, so an
    upgrade that fails and is tried again does not leave another full copy each time (the failed
    attempt was rolled back, so the file is still the one that was copied)."""
    path = sqlite_path(db.url)
    if path is None or not path.exists():
        return None
    target = path.with_name(f"{path.stem}.before-{current[:40]}{path.suffix}")
    if target.exists():
        return target
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copy2(path, partial)
    os.replace(partial, target)
    return target


def _upgrade_sqlite(db: Database, cfg: Any) -> None:
    """SQLite's documented way to rebuild a table that others reference (batch mode's "move and copy"):
    foreign keys off outside the transaction, the rebuild in one transaction, ``PRAGMA
    foreign_key_check`` before the commit, foreign keys on again. ``legacy_alter_table`` keeps the final
    rename from re-parsing triggers that name the table being rebuilt (the search triggers join users),
    which would otherwise fail while the old table is already dropped."""
    from alembic import command

    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, where SQLite honours it
        raw.execute("PRAGMA legacy_alter_table=ON")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"foreign keys broken by the upgrade: {broken[:3]}")
        finally:
            raw.execute("PRAGMA legacy_alter_table=OFF")
            raw.execute("PRAGMA foreign_keys=ON")


def _upgrade_postgresql(db: Database, cfg: Any) -> None:
    """One upgrader at a time: the others wait for the advisory lock, then find the work done."""
    from alembic import command

    with db.engine.begin() as conn:
        conn.execute(
            text("SELECT pg_advisory_xact_lock(:k, hashtext(current_setting('search_path')))"),
            {"k": PG_UPGRADE_LOCK},
        )
        done: Iterable[str] = (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalars() if _has_versions(conn) else []
        )
        if frozenset(done) == head_revisions(db):
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def _has_versions(conn: Any) -> bool:
    return bool(inspect(conn).has_table("alembic_version"))


class ForeignDatabase(DomainError):
    """The file or schema holds another program's tables: it is not given the application's."""


def refuse_foreign_file(path: Path) -> None:
    """Before the application touches an existing SQLite file (even WAL mode rewrites its header):
    refuse another program's database; a file that is no database at all raises sqlite3.DatabaseError."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        conn.close()
    names = [n for n in names if not n.startswith("sqlite_")]
    if names and "alembic_version" not in names:
        raise ForeignDatabase("database.foreign", where=path, table=names[0])


def refuse_foreign(db: Database) -> None:
    """A database with tables but no ``alembic_version`` belongs to another program."""
    with db.engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if not n.startswith("sqlite_")]
    if names and "alembic_version" not in names:
        raise ForeignDatabase("database.foreign", where=display_location(db.url), table=names[0])


def migrate(db: Database) -> bool:
    """Bring the schema to the newest revisions; True if anything was done."""
    if current_revisions(db) == declared_heads():
        return False
    refuse_foreign(db)
    from alembic import command

    current = check_not_newer(db)
    if current == head_revisions(db):
        return False
    if current:
        backup_before_migration(db, "-".join(sorted(current)))
    cfg = alembic_config(db)
    if db.is_sqlite:
        _upgrade_sqlite(db, cfg)
    elif db.dialect == "postgresql":
        _upgrade_postgresql(db, cfg)
    else:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    return True
