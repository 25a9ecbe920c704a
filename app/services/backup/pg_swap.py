"""Restoring into PostgreSQL as one transaction: rename the live schema aside, create it anew from this
version's migrations, copy the backup's rows in, check them, write the audit entry, commit. Until the
commit every other program sees the old schema; if anything fails, or the process dies, the server
rolls the whole transaction back and the old schema stays live.

The restore holds the schema's connection lock exclusively (:mod:`app.store.guard`): it is refused while
any other connection of the application is open, and programs that connect meanwhile wait for it.
The pg_trgm extension lives in its own schema (``weiquan_ext``), so neither the renamed-aside schema
nor a later ``DROP SCHEMA ... CASCADE`` of it takes the live trigram indexes along.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.orm import Session

from app.store.database import Database
from app.store.guard import PG_CONNECTION_LOCK, DatabaseBusy
from app.store.migrate import alembic_config

EXTENSION_SCHEMA = "weiquan_ext"
_LOCK_ARGS = "(:k, hashtext(current_setting('search_path')))"
Fill = Callable[[Connection], None]
Check = Callable[[Session], int]


def _holders(conn: Connection) -> list[str]:
    """Who else holds the schema's connection lock, from pg_stat_activity."""
    rows = conn.execute(
        text(
            "SELECT coalesce(nullif(a.application_name, ''), 'psql'), coalesce(host(a.client_addr), 'local') "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.classid = :k AND l.objsubid = 2 AND l.granted "
            "AND l.objid::int8 = (hashtext(current_setting('search_path'))::int8 & 4294967295) "
            "AND a.datname = current_database() AND l.pid <> pg_backend_pid()"
        ),
        {"k": PG_CONNECTION_LOCK},
    ).all()
    return [f"{host}" for _app, host in rows]


def move_extension_out(conn: Connection, schema: str) -> None:
    """pg_trgm installed into the application's schema (older versions did) moves to its own schema."""
    where = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    ).scalar()
    if where == schema:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{EXTENSION_SCHEMA}"'))
        conn.execute(text(f'ALTER EXTENSION pg_trgm SET SCHEMA "{EXTENSION_SCHEMA}"'))


def _migrate(db: Database, conn: Connection, revisions: list[str] | str) -> None:
    cfg = alembic_config(db)
    cfg.attributes["connection"] = conn
    for revision in [revisions] if isinstance(revisions, str) else revisions:
        command.upgrade(cfg, revision)


def restore_schema(db: Database, schema: str, aside: str, revisions: list[str], fill: Fill, check: Check) -> None:
    """Swap in a schema built from ``revisions`` and filled by ``fill``; ``check`` (in the same
    transaction) counts the cases and writes the audit entry, raising to abandon the restore."""
    db.dispose()
    engine = create_engine(db.url)
    try:
        with engine.connect() as conn:
            locked = conn.execute(text(f"SELECT pg_try_advisory_lock{_LOCK_ARGS}"), {"k": PG_CONNECTION_LOCK}).scalar()
            if not locked:
                others = _holders(conn)
                conn.rollback()
                where = "、".join(sorted(set(others))) or "其他电脑"
                raise DatabaseBusy("restore.connections_open", count=len(others), where=where)
            conn.commit()
            try:
                with conn.begin():
                    move_extension_out(conn, schema)
                    conn.execute(text(f'ALTER SCHEMA "{schema}" RENAME TO "{aside}"'))
                    conn.execute(text(f'CREATE SCHEMA "{schema}"'))
                    _migrate(db, conn, revisions)
                    fill(conn)
                    _migrate(db, conn, "heads")
                    with Session(bind=conn) as session:
                        check(session)
                        session.flush()
            finally:
                conn.execute(text(f"SELECT pg_advisory_unlock{_LOCK_ARGS}"), {"k": PG_CONNECTION_LOCK})
                conn.commit()
    finally:
        engine.dispose()
