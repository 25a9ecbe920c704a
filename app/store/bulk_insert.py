"""Inserting many rows at once and learning their ids, in one statement per batch on every database.

The rows go through Core (``table.insert()`` with a list of dicts, every row with the same keys and
``None`` as NULL), so the driver's ``executemany`` gets the whole batch. The ORM's bulk insert would
instead group the rows by which of their values are ``None`` and send one statement per group, which
for ledger rows (optional columns filled here and there) is close to one statement per row.

``INSERT ... RETURNING`` with ordered results cannot be batched on SQLite. Inside a write transaction
(``BEGIN IMMEDIATE``, which :meth:`Database.transaction` takes on SQLite) no other connection can
insert, so the ids are given out beforehand, after the highest one in use. PostgreSQL batches
``RETURNING`` itself (insertmanyvalues).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store import limits


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts of column values, all with the same keys) into ``model``'s table in one
    executemany; values longer than their column are refused first (InvalidInput)."""
    if not rows:
        return
    table = model.__table__
    limits.check_rows(table, rows)
    session.execute(table.insert(), list(rows))


def insert_returning_ids(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (dicts without ``id``, all with the same keys) into ``model``'s table; their new
    ids, in the rows' order."""
    if not rows:
        return []
    table = model.__table__
    limits.check_rows(table, rows)
    if session.get_bind().dialect.name != "sqlite":
        statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, list(rows)))
    first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    session.execute(table.insert(), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids
