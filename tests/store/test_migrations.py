"""Migrations: empty to head on both databases, a newer database refused, SQLite copied before migrating."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from app.cli import main as cli_main
from app.services.setup import Database, open_database
from app.store.migrate import (
    DatabaseTooNew,
    backup_before_migration,
    current_revisions,
    head_revisions,
    migrate,
)
from app.store.schema import Base


def _check_schema(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revisions(db) == head_revisions(db)


def test_sqlite_file_is_created_and_migrated(tmp_path):
    path = tmp_path / "new" / "weiquan.db"
    db = open_database(f"sqlite:///{path}")
    assert path.exists()
    _check_schema(db)
    assert migrate(db) is False, "a current database needs no migration"
    db.dispose()


def test_postgresql_migrates_from_empty_to_head(pg_schema_url):
    db = open_database(pg_schema_url)
    _check_schema(db)
    db.dispose()


def test_newer_database_is_refused_with_a_message(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_future')"))
    db.dispose()
    with pytest.raises(DatabaseTooNew, match="newer"):
        open_database(url)
    assert cli_main(["--db", url, "case", "list"]) == 1
    assert "比本程序新" in capsys.readouterr().err


def test_newer_postgresql_database_is_refused(pg_schema_url):
    db = open_database(pg_schema_url)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_future')"))
    db.dispose()
    with pytest.raises(DatabaseTooNew):
        open_database(pg_schema_url)


def test_sqlite_file_is_copied_aside_before_migration(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'w.db'}")
    copy = backup_before_migration(db, "0001")
    assert copy is not None and copy.exists() and copy.stat().st_size > 0
    copied = Database(f"sqlite:///{copy}")
    assert current_revisions(copied) == head_revisions(db)
    copied.dispose()
    db.dispose()


def test_sqlite_pragmas_are_set(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
