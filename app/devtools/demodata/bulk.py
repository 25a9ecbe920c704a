"""Bulk loading: inserts of encoded rows, and on SQLite the per-row index work set aside meanwhile.

The search migration keeps FTS5 indexes and name sort keys current with per-row insert triggers, and
the case table has some twenty indexes; at a million cases, maintaining them row by row costs several
times the load itself. While loading, the known insert triggers and the secondary indexes are dropped;
the FTS5 indexes are filled batch by batch with one INSERT ... SELECT each, while the rows just written
are still in the page cache (measured faster than one rebuild at the end); afterwards the indexes are
created again (sorted once, far cheaper) and the triggers come back. All of it happens in the caller's
transaction (SQLite DDL is transactional, so an interrupted load leaves nothing behind). The sort keys
the triggers would have set are written in the rows themselves. An insert trigger this module does not
know stays in place: slower, never wrong.

On PostgreSQL the rows go in through ``COPY`` (several times faster than batched INSERTs). The loaded
tables' non-unique indexes (the trigram GIN indexes among them) and their foreign keys are set aside
the same way and built again at the end, each in one pass (re-adding a foreign key validates every row,
so nothing is trusted blindly); the insert trigger that sets the sort keys is disabled meanwhile, since
the rows carry them. PostgreSQL's DDL is transactional too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, Table, insert, text
from sqlalchemy.orm import Session

import app.store.schema  # noqa: F401  (registers every table on the metadata)
from app.store.base import Base
from app.store.types import Money, UTCDateTime

CHUNK_ROWS = 10_000
MEMO_LIMIT = 500_000
# Insert triggers whose effect the generator writes into the rows itself (migration 0002_search).
SORT_KEY_TRIGGERS = frozenset({"search_cases_sort_ai"})
PG_SORT_KEY_TRIGGERS = {"cases": "search_cases_sort"}
PG_MAINTENANCE_MEM = "512MB"
_CONTENT = re.compile(r"content\s*=\s*'?\"?(\w+)", re.IGNORECASE)
_VIEW_SOURCE = re.compile(r"\bFROM\s+\"?(\w+)", re.IGNORECASE)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


class _Memo(dict[Any, Any]):
    """Processed values remembered by value: dates, amounts, flags and (minute-rounded) moments repeat
    a great deal. Beyond ``MEMO_LIMIT`` values new ones are processed without being remembered."""

    def __init__(self, process: Any) -> None:
        super().__init__()
        self.process = process or (lambda value: value)

    def __missing__(self, value: Any) -> Any:
        done = self.process(value)
        if len(self) < MEMO_LIMIT:
            self[value] = done
        return done


def _kind(column_type: Any) -> str | None:
    """Which of the encoder's conversions a column's values need."""
    if isinstance(column_type, UTCDateTime):
        return "moment"
    if isinstance(column_type, Money):
        return "money"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, Boolean):
        return "flag"
    return None


class Encoder:
    """Values in the form the database stores them, made by SQLAlchemy's own bind processors of the
    dialect (so the stored form is exactly what the ORM writes) and remembered by value.

    ``encode.date[d]``, ``encode.moment[aware_datetime]``, ``encode.money[cents]``, ``encode.flag[b]``.
    """

    def __init__(self, session: Session) -> None:
        self.dialect = session.get_bind().dialect
        cases, history = table("cases").c, table("case_history").c
        self.date = _Memo(self._processor(cases.received_on))
        self.moment = _Memo(self._processor(history.at))
        money = self._processor(cases.amount_claimed) or (lambda value: value)
        self.money = _Memo(lambda cents: money(Decimal(cents).scaleb(-2)))
        self.flag = _Memo(self._processor(cases.consumer_consent))

    def _processor(self, column: Any) -> Any:
        return column.type.dialect_impl(self.dialect).bind_processor(self.dialect)


class _Plan:
    """An INSERT of given columns compiled once for the dialect.

    ``session.execute(insert(t), dicts)`` spends most of its time building each row's parameters in
    Python; here rows come as tuples of already encoded values (see :class:`Encoder`) and go to the
    driver's executemany as they are. A column whose type needs a conversion the encoder does not make
    is refused, so a schema change cannot slip values past their type.
    """

    def __init__(self, session: Session, name: str, columns: tuple[str, ...]) -> None:
        dialect = session.get_bind().dialect
        t = table(name)
        compiled = insert(t).compile(dialect=dialect, column_keys=list(columns))
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        order = tuple(compiled.positiontup or ()) if self.positional else tuple(compiled.binds)
        if sorted(order) != sorted(columns):
            raise LookupError(f"unexpected parameters for {name}: {order}")
        # the statement takes the table's column order; rows given in another order are rearranged
        self.reorder = None if order == columns or not self.positional else [columns.index(k) for k in order]
        for key in columns:
            column_type = t.c[key].type
            needs = column_type.dialect_impl(dialect).bind_processor(dialect) is not None
            if needs and _kind(column_type) is None:
                raise LookupError(f"{name}.{key}: no encoding for {column_type!r}")

    def parameters(self, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[Any]:
        if not self.positional:
            return [dict(zip(columns, row, strict=True)) for row in rows]
        if self.reorder is not None:
            return [tuple([row[i] for i in self.reorder]) for row in rows]
        return rows


_plans: dict[tuple[str, str, tuple[str, ...]], _Plan] = {}


def insert_rows(session: Session, name: str, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert rows of encoded values (tuples in the order of ``columns``), in chunks, one executemany each."""
    if not rows:
        return
    cache_key = (session.get_bind().dialect.name, name, columns)
    plan = _plans.get(cache_key) or _plans.setdefault(cache_key, _Plan(session, name, columns))
    connection = session.connection()
    if cache_key[0] == "postgresql":
        _copy_rows(connection.connection.dbapi_connection, name, columns, rows)
        return
    for start in range(0, len(rows), CHUNK_ROWS):
        connection.exec_driver_sql(plan.sql, plan.parameters(columns, list(rows[start : start + CHUNK_ROWS])))


def _copy_rows(raw: Any, name: str, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
    """PostgreSQL: the rows through ``COPY ... FROM STDIN`` on the session's own connection (and so in
    its transaction); psycopg adapts the encoded values as it does for any statement."""
    names = ", ".join(f'"{c}"' for c in columns)
    with raw.cursor() as cursor, cursor.copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def _fts_tables(session: Session, loaded: set[str]) -> dict[str, tuple[str, str]]:
    """External-content FTS5 tables whose content is one of ``loaded`` or a view of one: FTS table ->
    (content table or view, loaded table)."""
    views = {
        name: origin[1]
        for name, sql in session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'view'"))
        if (origin := _VIEW_SOURCE.search(sql or ""))
    }
    found = {}
    for name, sql in session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5(%'")
    ):
        match = _CONTENT.search(sql or "")
        source = views.get(match[1], match[1]) if match else None
        if match and source in loaded:
            found[name] = (match[1], source)
    return found


def _known_insert_triggers(session: Session, loaded: set[str], fts: Iterable[str]) -> list[tuple[str, str]]:
    rows = session.execute(text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"))
    known = []
    for name, tbl_name, sql in rows:
        is_insert = re.search(r"\bAFTER\s+INSERT\s+ON\b", sql or "", re.IGNORECASE) is not None
        feeds_fts = any(f"INSERT INTO {f}(" in (sql or "").replace(" (", "(") for f in fts)
        if tbl_name in loaded and is_insert and (feeds_fts or name in SORT_KEY_TRIGGERS):
            known.append((name, sql))
    return known


def _indexes(session: Session, loaded: set[str]) -> list[tuple[str, str]]:
    """The explicitly created indexes of the loaded tables (constraint indexes have no SQL and stay)."""
    rows = session.execute(
        text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    )
    return [(name, sql) for name, tbl_name, sql in rows if tbl_name in loaded]


class Loader:
    """Inserts rows of the loaded tables, and on SQLite fills their FTS5 indexes batch by batch from the
    rows just written (one INSERT ... SELECT each, the work the dropped per-row triggers would do)."""

    def __init__(self, session: Session, fts: dict[str, tuple[str, str]]) -> None:
        self.session = session
        self.fill: dict[str, list[str]] = {}
        for name, (content, source) in fts.items():
            columns = ", ".join(f'"{r[1]}"' for r in session.execute(text(f'PRAGMA table_info("{name}")')))
            self.fill.setdefault(source, []).append(
                f'INSERT INTO "{name}"(rowid, {columns}) SELECT id, {columns} FROM "{content}" WHERE id BETWEEN ? AND ?'
            )

    def insert(self, name: str, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
        insert_rows(self.session, name, columns, rows)
        if rows and name in self.fill:
            at = columns.index("id")
            ids = [row[at] for row in rows]
            for sql in self.fill[name]:
                self.session.connection().exec_driver_sql(sql, (min(ids), max(ids)))


@contextmanager
def _pg_loading(session: Session, tables: Iterable[str]) -> Iterator[Loader]:
    """PostgreSQL: non-unique indexes and foreign keys of the loaded tables set aside, the sort-key
    trigger disabled, all restored at the end of the block (in the caller's transaction)."""
    loaded = sorted(set(tables))
    where = "n.nspname = current_schema() AND c.relname = ANY(:tables)"
    indexes = session.execute(
        text(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid "
            f"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {where} AND NOT x.indisunique "
            "ORDER BY i.relname"
        ),
        {"tables": loaded},
    ).all()
    foreign = session.execute(
        text(
            "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
            f"JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE {where} AND k.contype = 'f' ORDER BY c.relname, k.conname"
        ),
        {"tables": loaded},
    ).all()
    triggers = [
        (t, name)
        for t, name in PG_SORT_KEY_TRIGGERS.items()
        if t in loaded
        and session.execute(
            text("SELECT 1 FROM pg_trigger WHERE tgname = :n AND tgrelid = to_regclass(:t)"), {"n": name, "t": t}
        ).first()
    ]
    connection = session.connection()
    connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{PG_MAINTENANCE_MEM}'")
    for table_name, constraint, _definition in foreign:
        connection.exec_driver_sql(f'ALTER TABLE "{table_name}" DROP CONSTRAINT "{constraint}"')
    for name, _definition in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    for table_name, trigger in triggers:
        connection.exec_driver_sql(f'ALTER TABLE "{table_name}" DISABLE TRIGGER "{trigger}"')
    yield Loader(session, {})
    for table_name, trigger in triggers:
        connection.exec_driver_sql(f'ALTER TABLE "{table_name}" ENABLE TRIGGER "{trigger}"')
    for _name, definition in indexes:
        connection.exec_driver_sql(definition)
    for table_name, constraint, definition in foreign:
        connection.exec_driver_sql(f'ALTER TABLE "{table_name}" ADD CONSTRAINT "{constraint}" {definition}')


@contextmanager
def loading(session: Session, tables: Iterable[str]) -> Iterator[Loader]:
    """A :class:`Loader` for ``tables``. The known insert triggers and the secondary indexes of the
    tables (on PostgreSQL also their foreign keys) are set aside for the block and created again
    afterwards."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        with _pg_loading(session, tables) as pg_loader:
            yield pg_loader
        return
    if dialect != "sqlite":
        yield Loader(session, {})
        return
    loaded = set(tables)
    fts = _fts_tables(session, loaded)
    triggers = _known_insert_triggers(session, loaded, fts)
    indexes = _indexes(session, loaded)
    for name, _sql in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    for name, _sql in indexes:
        session.execute(text(f'DROP INDEX "{name}"'))
    yield Loader(session, fts)
    connection = session.connection()
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)
