"""Text lengths, the same on SQLite and PostgreSQL: the one home of the limits is the length of each
``String(N)`` column, and every write is checked against it before it reaches the database.

PostgreSQL refuses a value longer than ``VARCHAR(N)`` (a DataError at commit), SQLite stores it; so
without this the same name would be refused on one database and kept on the other. Each flush of the
ORM (every service's transaction) and each bulk insert of the ledger import checks the values it writes
and refuses the too long ones with one catalogued problem per field, before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import FromClause, String, Table, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from app.domain.errors import InvalidInput, Problem
from app.domain.messages import msg

LABELS: Mapping[str, str] = {
    "consumers.name": "消费者姓名",
    "consumers.address": "地址",
    "consumers.phone": "消费者电话",
    "merchants.name": "经营者名称",
    "merchants.name_key": "经营者名称",
    "merchants.shop_name": "店铺名称",
    "merchants.phone": "经营者电话",
    "cases.ref_12315": "12315编号",
    "cases.case_no": "案件编号",
    "cases.entrusted_by": "委托单位",
    "cases.order_no": "订单号",
    "advance_payments.payer_name": "先行赔付方",
    "users.name": "姓名",
    "users.login": "登录名",
}
"""A column's field label in messages (the Chinese key of the catalog's FIELDS); others by table.column."""


def limit_of(table: FromClause, key: str) -> int | None:
    """The length limit of a text column, None when it has none."""
    column = table.columns.get(key)
    if column is None or not isinstance(column.type, String):
        return None
    return column.type.length


def _problem(table: Table, key: str, value: str, limit: int) -> Problem:
    label = LABELS.get(f"{table.name}.{key}", f"{table.name}.{key}")
    shown = value if len(value) <= 24 else value[:20] + "…"
    return Problem(label, msg("value.max_chars", limit=limit), shown)


def text_problem(label: str, table: FromClause, key: str, value: str | None) -> Problem | None:
    """The problem of a form field whose text is longer than the column it is stored in, or None."""
    limit = limit_of(table, key)
    if value is None or limit is None or len(value) <= limit:
        return None
    shown = value if len(value) <= 24 else value[:20] + "…"
    return Problem(label, msg("value.max_chars", limit=limit), shown)


def _distinct(problems: Iterable[Problem]) -> list[Problem]:
    """The first problem of each field (a derived key column repeats its source's)."""
    first: dict[str, Problem] = {}
    for problem in problems:
        first.setdefault(problem.field, problem)
    return list(first.values())[:20]


def row_problems(table: Table, row: Mapping[str, Any]) -> list[Problem]:
    """Every value of ``row`` (column key -> value) longer than its column allows."""
    problems = []
    for key, value in row.items():
        if isinstance(value, str) and (limit := limit_of(table, key)) is not None and len(value) > limit:
            problems.append(_problem(table, key, value, limit))
    return problems


def _instance_problems(obj: object) -> list[Problem]:
    state = instance_state(obj)
    table = state.mapper.local_table
    if not isinstance(table, Table):
        return []
    values = {}
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if isinstance(column.type, String) and column.type.length and column.table is table:
            values[column.key] = state.dict.get(attr.key)
    return row_problems(table, values)


_limited: dict[Table, dict[str, int]] = {}


def _limited_columns(table: Table) -> dict[str, int]:
    """key -> limit of every text column of ``table`` that has a length limit, found once per table."""
    found = _limited.get(table)
    if found is None:
        found = _limited[table] = {
            c.key: c.type.length for c in table.columns if isinstance(c.type, String) and c.type.length
        }
    return found


def check_rows(table: Table, rows: Iterable[Mapping[str, Any]]) -> None:
    """Refuse (InvalidInput) rows of a bulk insert with a value too long for its column."""
    check_tables_rows((table, row) for row in rows)


def check_tables_rows(rows: Iterable[tuple[Table, Mapping[str, Any]]]) -> None:
    """Refuse (InvalidInput) rows of several tables written together, naming every value too long at once."""
    problems = []
    for table, row in rows:
        limited = _limited_columns(table)
        for key, value in row.items():
            if isinstance(value, str) and (limit := limited.get(key)) is not None and len(value) > limit:
                problems.append(_problem(table, key, value, limit))
    if problems:
        raise InvalidInput(_distinct(problems))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    problems = [p for obj in (*session.new, *session.dirty) for p in _instance_problems(obj)]
    if problems:
        raise InvalidInput(_distinct(problems))


def install(factory: sessionmaker[Session]) -> None:
    """Check every flush of the sessions ``factory`` makes."""
    event.listen(factory, "before_flush", _before_flush)
