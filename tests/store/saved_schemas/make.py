"""Write the saved schema of one or more revisions, with realistic data, for the upgrade tests.

    python -m tests.store.saved_schemas.make REVISION [REVISION ...]

For each revision: a SQLite file (``<revision>.db``) and a PostgreSQL dump (``<revision>.postgresql.sql``,
plain INSERTs; ``__SCHEMA__`` and ``__EXT__`` stand for the schema and the schema of pg_trgm). The data
is made by this version's services (users, merchants, cases through the workflow with a mediator,
evidence, the audit chain) and projected onto the revision's tables: columns the revision does not have
are left out, columns it has that the services no longer write get a plain value of their type.

A released revision's files are written once, when the revision is added, and never regenerated: they
are what a database of that release looks like, whatever later edits do to the migration scripts.
Needs WEIQUAN_TEST_PG for the PostgreSQL dump.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection, MetaData, create_engine, text
from sqlalchemy import types as sqltypes

from app.domain import requirements as req
from app.services.admin.users import add_user
from app.services.backup.dumps import libpq_target, reset_sequences
from app.services.cases.evidence import add_evidence
from app.services.cases.intake import register_case
from app.services.cases.respondents import add_respondent, record_advance_payment
from app.services.context import Actor
from app.services.setup import open_database
from app.store.database import Database
from app.store.migrate import alembic_config
from tests.support.builders import to_mediating, wechat_draft

HERE = Path(__file__).resolve().parent
DAY = date(2026, 10, 12)


def realistic_source(folder: Path) -> Database:
    """A database at this version's head, filled through the services."""
    db = open_database(f"sqlite:///{(folder / 'source.db').as_posix()}")
    actor = Actor.cli()
    add_user(db, actor, "zhao", "赵调解", ["mediator", "supervisor"])
    add_user(db, actor, "qian", "钱登记", ["clerk"])
    numbers = [register_case(db, actor, wechat_draft(DAY), today=DAY) for _ in range(4)]
    numbers += [to_mediating(db, actor, DAY, mediator_login="zhao") for _ in range(3)]
    shot = folder / "聊天截图.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(64)))
    add_evidence(db, actor, numbers[-1], shot, "chat_screenshot")
    add_respondent(db, actor, numbers[-1], req.RespondentInput("platform", "拼好物电商平台", kind="platform"))
    record_advance_payment(
        db, actor, numbers[-1], req.AdvancePaymentInput("platform", "拼好物电商平台", Decimal("99.50"), DAY), today=DAY
    )
    return db


# What the release that had these columns wrote into them (the services of this version no longer do).
FORMER_VALUES = {("rule_sets", "day_kind"): "working"}


def _plain_value(column: Any, n: int) -> Any:
    if (column.table.name, column.name) in FORMER_VALUES:
        return FORMER_VALUES[(column.table.name, column.name)]
    kind = column.type
    if isinstance(kind, sqltypes.Boolean):
        return False
    if isinstance(kind, sqltypes.Integer):
        return 0
    if isinstance(kind, sqltypes.Numeric):
        return Decimal("0.00")
    if isinstance(kind, sqltypes.DateTime):
        return datetime(2026, 10, 12, 2, 0, tzinfo=UTC)
    if isinstance(kind, sqltypes.Date):
        return DAY
    if isinstance(kind, sqltypes.LargeBinary):
        return b""
    return f"v{n}"


def project(source: Database, target: Connection) -> None:
    """Copy the source's rows into the revision's tables on ``target`` (already migrated)."""
    have, want = MetaData(), MetaData()
    with source.engine.connect() as conn:
        have.reflect(conn)
        rows = {
            name: [dict(r._mapping) for r in conn.execute(table.select())]
            for name, table in have.tables.items()
            if name != "alembic_version" and "_fts" not in name
        }
    want.reflect(target)
    for table in want.sorted_tables:
        if table.name not in rows:
            continue
        records = []
        for n, row in enumerate(rows[table.name]):
            record = {}
            for column in table.columns:
                if column.name in row:
                    record[column.name] = row[column.name]
                elif not column.nullable and column.server_default is None:
                    record[column.name] = _plain_value(column, n)
            records.append(record)
        if records:
            target.execute(table.insert(), records)
    if target.dialect.name == "postgresql":
        reset_sequences(target, want.sorted_tables)


def _migrate_to(db: Database, conn: Connection, revision: str) -> None:
    cfg = alembic_config(db)
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def save_sqlite(source: Database, revision: str, folder: Path) -> Path:
    target = folder / f"{revision}.db"
    db = Database(f"sqlite:///{target.as_posix()}")
    with db.engine.begin() as conn:
        _migrate_to(db, conn, revision)
        project(source, conn)
    db.dispose()
    out = HERE / f"{revision}.db"
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute(f"VACUUM INTO '{out}'")
    conn.close()
    return out


def save_postgresql(source: Database, revision: str) -> Path:
    base = os.environ["WEIQUAN_TEST_PG"]
    schema = f"wq_saved_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base}?options=-csearch_path%3D{schema}"
    try:
        db = Database(url)
        with db.engine.begin() as conn:
            _migrate_to(db, conn, revision)
            project(source, conn)
            ext = conn.execute(
                text(
                    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                    "WHERE e.extname = 'pg_trgm'"
                )
            ).scalar()
        db.dispose()
        uri, env = libpq_target(base)
        dump = subprocess.run(
            [str(shutil.which("pg_dump")), "--inserts", "--no-owner", "--no-privileges", f"--schema={schema}", uri],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    lines = [line for line in dump.splitlines() if not line.startswith(("CREATE SCHEMA", "\\restrict", "\\unrestrict"))]
    body = "\n".join(lines).replace(f"{schema}.", "__SCHEMA__.").replace(f'"{schema}"', '"__SCHEMA__"')
    if ext:
        body = re.sub(rf"\b{re.escape(str(ext))}\.gin_trgm_ops", "__EXT__.gin_trgm_ops", body)
    out = HERE / f"{revision}.postgresql.sql"
    out.write_text(body + "\n", encoding="utf-8")
    return out


def main(revisions: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        source = realistic_source(Path(tmp))
        for revision in revisions:
            print(save_sqlite(source, revision, Path(tmp)))
            if os.environ.get("WEIQUAN_TEST_PG"):
                print(save_postgresql(source, revision))
        source.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
