"""Upgrades protect data (issue 14, point 6): every saved revision, with realistic data, upgrades to this
version on SQLite and PostgreSQL without losing a case, a foreign key or the audit chain; a SQLite table
rebuild under foreign keys works as SQLite documents it; a failed upgrade tried again leaves one copy;
four PCs upgrading one PostgreSQL database at once all go on; and Alembic has exactly one head.

A new revision adds its saved files (see CONTRIBUTING.md), which the first test demands."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import alembic.command
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.services.audit import verify_chain
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.setup import open_database
from app.store.database import Database
from app.store.migrate import alembic_config, current_revisions, head_revisions
from tests.support.builders import wechat_draft

SAVED = Path(__file__).resolve().parent / "saved_schemas"
REVISIONS = sorted(p.stem for p in SAVED.glob("*.db"))
ROOT = Path(__file__).resolve().parents[2]


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(Database("sqlite://")))


def test_alembic_has_exactly_one_head():
    heads = _script().get_heads()
    assert len(heads) == 1, f"more than one Alembic head: {heads}; point your down_revision at main's head"


def test_every_revision_has_its_saved_schema_files():
    known = {rev.revision for rev in _script().walk_revisions()}
    missing = sorted(r for r in known if not (SAVED / f"{r}.db").exists())
    missing += sorted(r for r in known if not (SAVED / f"{r}.postgresql.sql").exists())
    assert not missing, f"run `python -m tests.store.saved_schemas.make {' '.join(missing)}` (CONTRIBUTING.md)"


def _saved_cases(conn) -> set[str]:
    return {row[0] for row in conn.execute("SELECT case_no FROM cases")}


def _check_upgraded(db: Database, expected: set[str]) -> None:
    assert current_revisions(db) == head_revisions(db)
    with db.engine.connect() as conn:
        found = set(conn.execute(text("SELECT case_no FROM cases")).scalars())
    assert found == expected and len(expected) >= 7
    report = verify_chain(db)
    assert report.intact and report.checked > 7
    doc = case_document(db, sorted(expected)[-1])
    assert doc["case_no"] == sorted(expected)[-1]
    register_case(db, Actor.cli(), wechat_draft(doc_date()), today=doc_date())


def doc_date():
    from datetime import date

    return date(2026, 11, 2)


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_saved_sqlite_database_upgrades_without_losing_anything(revision, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(SAVED / f"{revision}.db", path)
    conn = sqlite3.connect(path)
    expected = _saved_cases(conn)
    conn.close()
    db = open_database(f"sqlite:///{path}")
    try:
        _check_upgraded(db, expected)
        with db.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()


def load_saved_postgresql(url: str, revision: str) -> set[str]:
    """Load the saved dump of ``revision`` into the (empty) schema of ``url``; its case numbers."""
    engine = create_engine(url)
    with engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar()
        ext = conn.execute(
            text(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                "WHERE e.extname = 'pg_trgm'"
            )
        ).scalar()
        if ext is None:
            conn.execute(text("CREATE SCHEMA IF NOT EXISTS weiquan_ext"))
            conn.execute(text("CREATE EXTENSION pg_trgm SCHEMA weiquan_ext"))
            ext = "weiquan_ext"
        conn.commit()
        sql = (SAVED / f"{revision}.postgresql.sql").read_text(encoding="utf-8")
        sql = sql.replace("__SCHEMA__", str(schema)).replace("__EXT__", str(ext))
        raw = conn.connection.dbapi_connection
        with raw.cursor() as cursor:
            cursor.execute(sql)
        raw.commit()
        conn.execute(text(f'SET search_path TO "{schema}"'))
        found = set(conn.execute(text("SELECT case_no FROM cases")).scalars())
        conn.rollback()
    engine.dispose()
    return found


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_saved_postgresql_schema_upgrades_without_losing_anything(revision, pg_schema_url):
    expected = load_saved_postgresql(pg_schema_url, revision)
    db = open_database(pg_schema_url)
    try:
        _check_upgraded(db, expected)
    finally:
        db.dispose()


def test_a_failed_upgrade_tried_again_leaves_one_copy_and_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    shutil.copy(SAVED / "0001.db", path)
    before = path.read_bytes()

    def fails(*_args, **_kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(alembic.command, "upgrade", fails)
    for _ in range(3):
        with pytest.raises(RuntimeError):
            open_database(f"sqlite:///{path}")
    assert len(list(tmp_path.glob("office.before-*.db"))) == 1
    check = sqlite3.connect(path)
    assert check.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    check.close()
    assert len(before) > 0


UPGRADER = """
import sys
from app.services.setup import open_database
db = open_database(sys.argv[1])
db.dispose()
print("ok")
"""


def test_four_pcs_upgrading_one_postgresql_database_at_once_all_go_on(pg_schema_url):
    expected = load_saved_postgresql(pg_schema_url, "0001")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", UPGRADER, pg_schema_url], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err.decode()[-500:] for _out, err in results]
    db = open_database(pg_schema_url)
    try:
        assert current_revisions(db) == head_revisions(db)
        with db.engine.connect() as conn:
            assert set(conn.execute(text("SELECT case_no FROM cases")).scalars()) == expected
    finally:
        db.dispose()
