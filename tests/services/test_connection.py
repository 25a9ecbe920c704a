"""A dropped PostgreSQL connection is bridged by retrying; a server that stays away gives a clear
message and writes nothing; the administrator's connection test says what it found."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, event, func, select, text

from app.services.cases.intake import register_case
from app.services.connection import ConnectionLost, test_connection, with_reconnect
from app.store.cases import Case
from tests.conftest import pg_url
from tests.support.builders import wechat_draft

D0 = date(2026, 11, 2)
NOBODY_LISTENS = "postgresql+psycopg://postgres@127.0.0.1:1/test"


def test_a_terminated_backend_is_retried_and_the_case_written_once(pg_db, admin):
    killer = create_engine(pg_url())
    killed: list[int] = []

    def kill_first_connection(conn) -> None:
        if not killed:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with killer.begin() as k:
                k.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            killed.append(pid)

    event.listen(pg_db.engine, "begin", kill_first_connection)
    retries: list[str] = []
    try:
        case_no = with_reconnect(
            lambda: register_case(pg_db, admin, wechat_draft(D0), today=D0),
            wait_s=0.01,
            on_retry=lambda n, why: retries.append(why),
        )
    finally:
        event.remove(pg_db.engine, "begin", kill_first_connection)
        killer.dispose()

    assert killed and len(retries) == 1
    with pg_db.read() as session:
        assert session.scalars(select(Case.case_no)).all() == [case_no]


def test_a_server_that_stays_away_gives_a_clear_message():
    from app.store.database import Database

    db = Database(NOBODY_LISTENS)
    attempts: list[int] = []
    try:
        with pytest.raises(ConnectionLost) as lost:
            with_reconnect(lambda: attempts.append(1) or db.engine.connect().close(), wait_s=0.01)
    finally:
        db.dispose()
    assert len(attempts) == 3
    assert "连接中断" in lost.value.message and "仍然保留" in lost.value.message


def test_connection_test_reports_server_and_tables(pg_db, tmp_path):
    found = test_connection(pg_db.url)
    assert found.ok and found.has_schema and found.server.startswith("PostgreSQL")
    refused = test_connection(NOBODY_LISTENS)
    assert not refused.ok and refused.message.startswith("连接失败")
    assert not test_connection("not a url").ok
    assert test_connection(f"sqlite:///{tmp_path / 'new.db'}").ok


def test_connection_test_changes_nothing(pg_schema_url):
    found = test_connection(pg_schema_url)
    assert found.ok and not found.has_schema
    engine = create_engine(pg_schema_url)
    with engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).select_from(text("pg_tables")).where(text("schemaname = current_schema()"))
            ).scalar()
            == 0
        )
    engine.dispose()
