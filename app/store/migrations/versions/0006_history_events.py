"""History rows carry the date and data of their event, so the monthly report counts events by month.

A closing row keeps its outcome and the money received, an agreement row its performance due date.
Existing rows are filled from the case where the case still holds the event (its latest closing,
acceptance, rejection, agreement, termination); rows of events a reopening undid, from the audit entry
of the same event, else the local date of their time stamp.

Revision ID: 0006_history_events
Revises: 0005_list_filters
Create Date: 2026-12-01
"""

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import Money

revision: str = "0006_history_events"
down_revision: str | tuple[str, ...] | None = "0005_list_filters"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_BEIJING = timezone(timedelta(hours=8))
_LATEST = (
    "case_history.id = (SELECT MAX(h.id) FROM case_history h WHERE h.case_id = case_history.case_id "
    "AND h.to_state = case_history.to_state AND h.action = case_history.action)"
)
_LATEST_CLOSING = (
    "case_history.id = (SELECT MAX(h.id) FROM case_history h WHERE h.case_id = case_history.case_id "
    "AND h.to_state = 'closed')"
)
_CASE = "(SELECT {column} FROM cases WHERE cases.id = case_history.case_id)"
_AGREEMENT = "(SELECT {column} FROM agreements WHERE agreements.case_id = case_history.case_id)"
_REPORTED_ACTIONS = ("close", "reopen", "agree", "terminate", "accept", "reject")


def _fill_from_cases() -> None:
    closed = _CASE.format(column="closed_on")
    op.execute(
        f"UPDATE case_history SET event_on = {closed}, outcome = {_CASE.format(column='outcome')}, "
        f"recovered_amount = {_CASE.format(column='recovered_amount')}, "
        f"punitive_amount = {_CASE.format(column='punitive_amount')} "
        f"WHERE to_state = 'closed' AND {_LATEST_CLOSING} AND {_CASE.format(column='state')} = 'closed'"
    )
    for action, column in (("accept", "accepted_on"), ("reject", "rejected_on"), ("terminate", "terminated_on")):
        op.execute(
            f"UPDATE case_history SET event_on = {_CASE.format(column=column)} WHERE action = '{action}' AND {_LATEST}"
        )
    op.execute(
        f"UPDATE case_history SET event_on = {_AGREEMENT.format(column='agreed_on')}, "
        f"due_on = {_AGREEMENT.format(column='performance_due_on')} WHERE action = 'agree' AND {_LATEST}"
    )


def _audited(bind: sa.Connection, case_ids: set[int]) -> dict[tuple[int, str], list[dict[str, object]]]:
    """The 'after' part of the audit entries of closings, terminations and agreements, per case and action,
    oldest first: they name the decision's date and money that the case no longer holds."""
    numbers = dict(bind.execute(sa.text("SELECT case_no, id FROM cases")).all()) if case_ids else {}
    found: dict[tuple[int, str], list[dict[str, object]]] = {}
    rows = bind.execute(
        sa.text(
            "SELECT entity_id, action, detail FROM audit_log WHERE entity = 'case' "
            "AND action IN ('close', 'terminate', 'agree') ORDER BY id"
        )
    )
    for case_no, action, detail in rows:
        case_id = numbers.get(case_no)
        if case_id in case_ids:
            after = json.loads(detail or "{}").get("after", {})
            found.setdefault((case_id, action), []).append(after)
    return found


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _fill_from_time_stamps() -> None:
    """Rows whose event the case no longer holds (undone by a reopening): the date and money from the
    audit entry of the same event, else the local date of the row's time stamp."""
    bind = op.get_bind()
    history = sa.table(
        "case_history",
        sa.column("id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("action", sa.String),
        sa.column("grounds", sa.String),
        sa.column("to_state", sa.String),
        sa.column("event_on", sa.Date),
        sa.column("outcome", sa.String),
        sa.column("recovered_amount", Money),
        sa.column("punitive_amount", Money),
        sa.column("due_on", sa.Date),
    )
    rows = bind.execute(
        sa.select(history.c.id, history.c.case_id, history.c.at, history.c.action, history.c.grounds)
        .where(
            history.c.event_on.is_(None),
            sa.or_(history.c.action.in_(_REPORTED_ACTIONS), history.c.to_state == "closed"),
        )
        .order_by(history.c.id)
    ).all()
    if not rows:
        return
    audited = _audited(bind, {r.case_id for r in rows})
    order: dict[int, int] = {}
    seen: dict[tuple[int, str], int] = {}
    for row_id, case_id, action in bind.execute(
        sa.select(history.c.id, history.c.case_id, history.c.action)
        .where(history.c.action.in_(("close", "terminate", "agree")))
        .order_by(history.c.id)
    ):
        order[row_id] = seen.get((case_id, action), 0)
        seen[(case_id, action)] = order[row_id] + 1
    for row_id, case_id, at, action, grounds in rows:
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        entries = audited.get((case_id, action), [])
        after = entries[order[row_id]] if row_id in order and order[row_id] < len(entries) else {}
        values: dict[str, object] = {"event_on": moment.astimezone(_BEIJING).date()}
        if action == "close":
            values["event_on"] = _day(after.get("closed_on")) or values["event_on"]
            values["outcome"] = after.get("outcome") or grounds.split(",")[0] or None
            values["recovered_amount"] = Decimal(str(after.get("received") or "0"))
            values["punitive_amount"] = Decimal(str(after.get("punitive") or "0"))
        elif action == "terminate":
            values["event_on"] = _day(after.get("terminated_on")) or values["event_on"]
        elif action == "agree":
            values["due_on"] = _day(after.get("performance_due_on"))
        bind.execute(sa.update(history).where(history.c.id == row_id).values(**values))


def upgrade() -> None:
    with op.batch_alter_table("case_history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("event_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("recovered_amount", sa.Numeric(precision=12, scale=2), nullable=True))
        batch_op.add_column(sa.Column("punitive_amount", sa.Numeric(precision=12, scale=2), nullable=True))
        batch_op.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch_op.create_index("ix_case_history_state_event", ["to_state", "event_on"], unique=False)
    _fill_from_cases()
    _fill_from_time_stamps()


def downgrade() -> None:
    with op.batch_alter_table("case_history", schema=None) as batch_op:
        batch_op.drop_index("ix_case_history_state_event")
        for column in ("due_on", "punitive_amount", "recovered_amount", "outcome", "event_on"):
            batch_op.drop_column(column)
