"""Dumping and loading the database for a backup.

- SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot while the
  application keeps working; the copy is checked with ``PRAGMA integrity_check``.
- PostgreSQL: ``pg_dump --format=custom`` of the application's schema when pg_dump is on PATH, loaded
  by ``pg_restore``; otherwise a portable dump of every table through SQLAlchemy (JSON lines), loaded
  into a schema migrated to the same revisions.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlencode

from sqlalchemy import Connection, Integer, MetaData, Table, text
from sqlalchemy.engine import make_url

from app.domain.errors import DomainError
from app.store.database import Database

PORTABLE_BATCH = 2000
SKIP_TABLES = frozenset({"alembic_version"})
COUNTED_TABLES = ("cases", "evidence")


class DumpFailed(DomainError):
    """The database could not be dumped or loaded; the message says what the tool reported."""


def sqlite_snapshot(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (WAL included), as one self-contained file."""
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        check_sqlite(dst, target)
    finally:
        dst.close()
        src.close()


def check_sqlite(conn: sqlite3.Connection, label: Path) -> None:
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise DumpFailed("backup.integrity", name=label.name, details="; ".join(result[:3]))


def pg_tools_available() -> bool:
    return shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """The libpq URI for pg_dump/pg_restore (password moved to PGPASSWORD, off the command line)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    host = parsed.host or ""
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    query = urlencode({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    return f"postgresql://{user}{host}{port}/{parsed.database or ''}" + (f"?{query}" if query else ""), env


def current_schema(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT current_schema()")).scalar())


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise DumpFailed(
            "backup.tool_failed", tool=Path(args[0]).name, detail=detail[0] if detail else result.returncode
        )


def pg_dump(db: Database, schema: str, target: Path) -> dict[str, int]:
    """Dump the schema with pg_dump; returns the row counts of COUNTED_TABLES in the very snapshot that
    pg_dump saw (exported from a repeatable-read transaction held open while it runs)."""
    uri, env = libpq_target(db.url)
    with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
        snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar()
        counts = {
            name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() or 0) for name in COUNTED_TABLES
        }
        _run(
            [
                str(shutil.which("pg_dump")),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--schema={schema}",
                f"--file={target}",
                f"--dbname={uri}",
            ],
            env,
        )
        conn.rollback()
    return counts


def sqlite_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in COUNTED_TABLES}
    finally:
        conn.close()


def pg_dump_load(conn: Connection, schema: str, dump: Path) -> None:
    """Copy the table data of a pg_dump file into the tables on ``conn`` (already migrated), in the
    caller's transaction. Only data is taken from the dump, and only for the application's own tables:
    the schema objects come from this version's migrations, so a trigger or function someone added to
    the backed-up schema never comes across. Foreign keys are set aside while copying (pg_dump does not
    order rows of one table by their references) and validated again afterwards."""
    tables = {t.name: t for t in _tables(conn)}
    keys = _drop_foreign_keys(conn, schema)
    args = [str(shutil.which("pg_restore")), "--data-only", f"--schema={schema}", "--file=-", str(dump)]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        with conn.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
            _copy_blocks(cursor, schema, proc.stdout, set(tables))
        stderr = proc.stderr.read().decode("utf-8", "replace")
        if proc.wait() != 0:
            raise DumpFailed("backup.tool_failed", tool="pg_restore", detail=(stderr.strip().splitlines() or ["?"])[0])
    for table, name, definition in keys:
        conn.execute(text(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'))
    reset_sequences(conn, tables.values())


_COPY_HEADER = re.compile(rb'^COPY ("?[^".]+"?)\.("?[^"(]+"?) (\(.*\)) FROM stdin;$')


def _copy_blocks(cursor: Any, schema: str, lines: IO[bytes], known: set[str]) -> None:
    """Feed every ``COPY ... FROM stdin`` block of pg_restore's script to the table it names."""
    for line in lines:
        match = _COPY_HEADER.match(line.rstrip(b"\n"))
        if match is None:
            continue
        table = match.group(2).decode("utf-8").strip('"')
        columns = match.group(3).decode("utf-8")
        if table not in known:
            for row in lines:
                if row == b"\\.\n":
                    break
            continue
        with cursor.copy(f'COPY "{schema}"."{table}" {columns} FROM STDIN') as copy:
            for row in lines:
                if row == b"\\.\n":
                    break
                copy.write(row)


def _drop_foreign_keys(conn: Connection, schema: str) -> list[tuple[str, str, str]]:
    rows = conn.execute(
        text(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = :s"
        ),
        {"s": schema},
    ).all()
    for table, name, _definition in rows:
        conn.execute(text(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"'))
    return [(str(t), str(n), str(d)) for t, n, d in rows]


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"$d": str(value)}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    ((tag, raw),) = value.items()
    decoders: dict[str, Callable[[Any], Any]] = {
        "$d": Decimal,
        "$dt": datetime.fromisoformat,
        "$date": date.fromisoformat,
        "$b": base64.b64decode,
    }
    return decoders[tag](raw)


def _tables(conn: Connection) -> list[Table]:
    meta = MetaData()
    meta.reflect(conn)
    return [t for t in meta.sorted_tables if t.name not in SKIP_TABLES]


def portable_dump(db: Database, target: Path) -> dict[str, int]:
    """Every table as JSON lines: a header {"table", "columns"} then one list of values per row.
    Returns the row count of each table. Runs in one repeatable-read transaction for a consistent view."""
    counts: dict[str, int] = {}
    with (
        db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn,
        target.open("w", encoding="utf-8") as out,
    ):
        for table in _tables(conn):
            columns = [c.name for c in table.columns]
            out.write(json.dumps({"table": table.name, "columns": columns}, ensure_ascii=False) + "\n")
            order = list(table.primary_key.columns) or list(table.columns)[:1]
            rows = conn.execute(table.select().order_by(*order)).yield_per(PORTABLE_BATCH)
            counts[table.name] = 0
            for row in rows:
                out.write(json.dumps([_encode(v) for v in row], ensure_ascii=False) + "\n")
                counts[table.name] += 1
    return counts


def _read_portable(dump: Path) -> Iterator[tuple[str, list[str], list[list[Any]]]]:
    """(table, columns, rows) per table in the file, rows in batches."""
    with dump.open(encoding="utf-8") as fh:
        table, columns, batch = "", list[str](), list[list[Any]]()
        for line in fh:
            item = json.loads(line)
            if isinstance(item, dict):
                if batch:
                    yield table, columns, batch
                table, columns, batch = item["table"], item["columns"], []
                continue
            batch.append([_decode(v) for v in item])
            if len(batch) >= PORTABLE_BATCH:
                yield table, columns, batch
                batch = []
        if batch:
            yield table, columns, batch


def portable_load(conn: Connection, dump: Path) -> None:
    """Insert the rows of a portable dump into the empty tables on ``conn`` (already migrated to the
    dump's revisions), in the caller's transaction. Self-references (a merchant merged into another)
    are filled in afterwards; a table this version does not know is not restored."""
    tables = {t.name: t for t in _tables(conn)}
    later: list[tuple[Table, str, list[dict[str, Any]]]] = []
    for name, columns, rows in _read_portable(dump):
        table = tables.get(name)
        if table is None:
            continue
        own_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        if own_refs:
            later.append((table, own_refs[0], [dict(r) for r in records]))
            for record in records:
                for column in own_refs:
                    record[column] = None
        conn.execute(table.insert(), records)
    for table, column, records in later:
        _fill_self_references(conn, table, column, records)
    reset_sequences(conn, tables.values())


def _fill_self_references(conn: Connection, table: Table, column: str, records: list[dict[str, Any]]) -> None:
    key = next(iter(table.primary_key.columns))
    for record in records:
        if record.get(column) is not None:
            conn.execute(table.update().where(key == record[key.name]).values({column: record[column]}))


def reset_sequences(conn: Connection, tables: Any) -> None:
    """After rows were inserted with their ids, the next id must come after the largest one."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        name, column = table.name, keys[0].name
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": f'"{name}"', "c": column}).scalar()
        if seq:
            conn.execute(
                text(f'SELECT setval(:s, COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) FROM "{name}"'),
                {"s": seq},
            )
