"""Per-row insert triggers set aside for a bulk write on SQLite, their work done once, set-wise, at its end.

The search migrations keep the FTS5 indexes and the case list's name sort keys current with triggers
that run for every inserted row (one FTS insert, one UPDATE of the new case row). For a bulk write of
many rows (a ledger import) they cost more than the inserts themselves. Inside the block, the insert
triggers of the given tables whose body is one of these two known forms are dropped:

- ``INSERT INTO fts(columns) VALUES (expressions of NEW);`` becomes one
  ``INSERT INTO fts(columns) SELECT expressions FROM table AS NEW WHERE NEW.id > :last ORDER BY NEW.id``;
- ``UPDATE table SET ... WHERE id = NEW.id;`` (the sort keys) becomes one UPDATE of the rows added,
  ``NEW.`` read as the row being updated.

``:last`` is the highest id of the table when the block began: the rows added since are exactly those
the triggers would have seen, since the block runs inside the caller's write transaction (``BEGIN
IMMEDIATE``: no other connection writes meanwhile). At the end of the block the set-wise statements run
and the triggers are created again from their own SQL. SQLite's DDL is transactional: if the block or
the transaction fails, the rollback brings the triggers back and nothing is half done. A trigger of any
other form stays in place (slower, never wrong). Other databases are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

_HEAD = r"CREATE\s+TRIGGER\s+\"?\w+\"?\s+AFTER\s+INSERT\s+ON\s+\"?(?P<table>\w+)\"?\s+BEGIN\s+"
_FTS_INSERT = re.compile(
    _HEAD + r"INSERT\s+INTO\s+(?P<target>\w+)\s*\((?P<columns>[\w\s,]+)\)\s*VALUES\s*\((?P<values>[^;]*)\)\s*;\s*END",
    re.IGNORECASE,
)
_SELF_UPDATE = re.compile(
    _HEAD + r"UPDATE\s+(?P<target>\w+)\s+SET\s+(?P<sets>[^;]*?)\s+WHERE\s+id\s*=\s*NEW\.id\s*;\s*END",
    re.IGNORECASE,
)
_NEW = re.compile(r"\bNEW\.", re.IGNORECASE)


@dataclass(frozen=True)
class _Deferred:
    name: str
    table: str
    create_sql: str
    catch_up_sql: str  # takes :last, the highest id of ``table`` before the block


def _catch_up(sql: str) -> tuple[str, str] | None:
    """(table, set-wise statement) doing the work of a known trigger for the rows after ``:last``."""
    if found := _FTS_INSERT.fullmatch(sql):
        table = found["table"]
        return table, (
            f'INSERT INTO "{found["target"]}"({found["columns"]}) SELECT {found["values"]} '
            f'FROM "{table}" AS NEW WHERE NEW.id > :last ORDER BY NEW.id'
        )
    if (found := _SELF_UPDATE.fullmatch(sql)) and found["target"].lower() == found["table"].lower():
        table = found["table"]
        sets = _NEW.sub(f'"{table}".', found["sets"])
        return table, f'UPDATE "{table}" SET {sets} WHERE id > :last'
    return None


def _known_triggers(session: Session, tables: set[str]) -> list[_Deferred]:
    rows = session.execute(text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
    known = []
    for name, table, sql in rows:
        if table not in tables or not sql or (done := _catch_up(sql)) is None or done[0] != table:
            continue
        columns = {r[1] for r in session.execute(text(f'PRAGMA table_info("{table}")'))}
        if "id" in columns:
            known.append(_Deferred(name, table, sql, done[1]))
    return known


@contextmanager
def deferred_insert_triggers(session: Session, tables: Iterable[str]) -> Iterator[None]:
    """On SQLite, the known per-row insert triggers of ``tables`` set aside for the block and their work
    done for the block's new rows at its end (see the module text); elsewhere nothing changes."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    triggers = _known_triggers(session, set(tables))
    last = {t.table: session.scalar(text(f'SELECT coalesce(max(id), 0) FROM "{t.table}"')) for t in triggers}
    connection = session.connection()
    for trigger in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{trigger.name}"')
    yield
    session.flush()
    for trigger in triggers:
        connection.exec_driver_sql(trigger.catch_up_sql, {"last": last[trigger.table]})
    for trigger in triggers:
        connection.exec_driver_sql(trigger.create_sql)
