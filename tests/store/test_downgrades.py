"""Downgrades of issue 16's migrations on a SQLite database with data, through the application's own
connection (foreign keys on): 0008_rule_clocks gives each rule set its one day kind back, 0011_case_paths
drops the entrusted-case columns, without the table rebuild SQLite refuses under foreign keys; the
database then upgrades to head again with every case."""

from __future__ import annotations

import shutil
from pathlib import Path

import alembic.command
import pytest
from sqlalchemy import text

from app.services.setup import open_database
from app.store.database import Database
from app.store.migrate import alembic_config, current_revisions, head_revisions

SAVED = Path(__file__).resolve().parent / "saved_schemas"


def _downgrade(path: Path, revision: str) -> Database:
    db = Database(f"sqlite:///{path.as_posix()}")
    with db.engine.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        cfg = alembic_config(db)
        cfg.attributes["connection"] = conn
        alembic.command.downgrade(cfg, revision)
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    return db


@pytest.mark.parametrize("saved", ["0008_rule_clocks", "0014_respondents"])
def test_downgrade_to_0007_keeps_the_cases_and_the_day_kind(tmp_path, saved):
    path = tmp_path / "w.db"
    shutil.copy(SAVED / f"{saved}.db", path)
    db = _downgrade(path, "0007_evidence_text")
    with db.engine.connect() as conn:
        cases = conn.execute(text("SELECT count(*) FROM cases")).scalar()
        kinds = dict(conn.execute(text("SELECT code, day_kind FROM rule_sets")).all())
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(cases)")}
    db.dispose()
    assert cases and kinds["SAMR-2022"] == "working" and kinds["SAMR-2026"] == "calendar"
    assert "entrusted_by" not in columns
    again = open_database(f"sqlite:///{path.as_posix()}")
    try:
        assert current_revisions(again) == head_revisions(again)
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM cases")).scalar() == cases
    finally:
        again.dispose()
