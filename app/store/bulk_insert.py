"""Inserting many rows at once and learning their ids, in one statement per batch on every database.

``INSERT ... RETURNING`` with ordered results cannot be batched on SQLite: SQLAlchemy sends one INSERT per
row. Inside a write transaction (``BEGIN IMMEDIATE``, which :meth:`Database.transaction` takes on SQLite)
no other connection can insert, so the ids can be given out beforehand, after the highest one in use, and
the rows go to the driver's ``executemany``. PostgreSQL batches ``RETURNING`` itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.store import limits


def insert_returning_ids(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (dicts without ``id``) into ``model``'s table; their new ids, in the rows' order."""
    if not rows:
        return []
    limits.check_rows(model.__table__, rows)
    if session.get_bind().dialect.name != "sqlite":
        return list(session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows))
    first = (session.scalar(select(func.max(model.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    session.execute(insert(model), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids
