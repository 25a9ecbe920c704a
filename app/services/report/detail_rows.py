"""案件明细 as the cases stood at the end of the reported month (domain.md section 8, as-of rule).

The figure sheets count events by their date in the history, so a month reads the same whenever it is
exported. The detail sheet follows the same rule: each case shows the state it was in at the end of the
last day counted, with the acceptance, rejection and closing (date, outcome, money received) it had then,
taken from its history rows up to that day; content changed later (an edit of the facts, the class, the
parties, another mediator) is shown as it was, taken from the "before" of the first audited change after
that day. A case reopened, closed again or corrected since therefore gives the same row again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import LOCAL_TZ
from app.domain.money import ZERO
from app.domain.workflow import State
from app.services.cases import events
from app.services.ledger.columns import LedgerCase
from app.store.cases import Case, HistoryEntry
from app.store.merchants import Merchant
from app.store.people import User
from app.store.reference import AuditEntry

CHUNK = 1000
LATER_CHANGES = ("edit", "assign_mediator")
"""Audited changes of a case's content that the row undoes when they came after the month."""
_TEXT_FIELDS = {
    "source": "source",
    "ref_12315": "ref_12315",
    "channel": "channel",
    "payment": "payment",
    "nature": "nature",
    "category": "category",
    "sub_category": "sub_category",
    "facts": "facts",
    "consumer_name": "consumer_name",
    "consumer_phone": "consumer_phone",
    "consumer_id_number": "consumer_id",
}
"""An edit's snapshot key -> the LedgerCase field it was."""


@dataclass(frozen=True)
class _Then:
    """A case's state at the end of the day, from its history, and the closing it stood at then (date,
    outcome, money received; None when it was not closed)."""

    state: str
    closing: tuple[date | None, str | None, Decimal | None, Decimal | None] | None


def _history_then(session: Session, numbers: list[str], last: date) -> dict[str, _Then]:
    rows = session.execute(
        select(
            Case.case_no,
            HistoryEntry.to_state,
            HistoryEntry.action,
            HistoryEntry.event_on,
            HistoryEntry.outcome,
            HistoryEntry.recovered_amount,
            HistoryEntry.punitive_amount,
        )
        .join(HistoryEntry, HistoryEntry.case_id == Case.id)
        .where(Case.case_no.in_(numbers), HistoryEntry.event_on <= last, HistoryEntry.action != "edit")
        .order_by(Case.case_no, HistoryEntry.event_on, HistoryEntry.id)
    )
    closing_actions = frozenset(events.CLOSING_ACTIONS)
    found: dict[str, _Then] = {}
    for case_no, to_state, action, on, outcome, recovered, punitive in rows:
        closed = to_state == State.CLOSED and action in closing_actions
        found[case_no] = _Then(to_state, (on, outcome, recovered, punitive) if closed else None)
    return found


def _first_before(session: Session, numbers: list[str], last: date) -> dict[str, dict[str, Any]]:
    """Per case, each field's value before its first audited change after ``last``."""
    after = datetime.combine(last + timedelta(days=1), time(0), LOCAL_TZ)
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.detail)
        .where(
            AuditEntry.entity == "case",
            AuditEntry.entity_id.in_(numbers),
            AuditEntry.action.in_(LATER_CHANGES),
            AuditEntry.at >= after,
        )
        .order_by(AuditEntry.id)
    )
    found: dict[str, dict[str, Any]] = {}
    for case_no, detail in rows:
        before = json.loads(detail).get("before", {})
        known = found.setdefault(case_no, {})
        for key, value in before.items():
            known.setdefault(key, value)
    return found


def _merchants(session: Session, ids: set[int]) -> dict[int, Merchant]:
    if not ids:
        return {}
    return {m.id: m for m in session.scalars(select(Merchant).where(Merchant.id.in_(sorted(ids))))}


def _names(session: Session, logins: set[str]) -> dict[str, str]:
    if not logins:
        return {}
    rows = session.execute(select(User.login, User.name).where(User.login.in_(sorted(logins))))
    return {login: name for login, name in rows}


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _content_then(
    case: LedgerCase, before: dict[str, Any], merchants: dict[int, Merchant], names: dict[str, str]
) -> LedgerCase:
    changes: dict[str, Any] = {field: before[key] for key, field in _TEXT_FIELDS.items() if key in before}
    if "facts" in changes:
        changes["facts"] = changes["facts"] or ""
    if "purchase_date" in before:
        changes["purchase_date"] = _date(before["purchase_date"])
    if "amount_claimed" in before:
        changes["amount"] = Decimal(str(before["amount_claimed"] or "0.00"))
    if "requests" in before:
        changes["requests"] = sorted(before["requests"] or [])
    merchant = merchants.get(before["merchant_id"]) if before.get("merchant_id") is not None else None
    if merchant is not None:
        changes.update(
            merchant_name=merchant.name,
            merchant_kind=merchant.kind,
            merchant_wechat=merchant.wechat_id,
            merchant_phone=merchant.phone,
            uscc=merchant.uscc,
        )
    if "mediator" in before:
        login = before["mediator"]
        changes["mediator"] = names.get(login, login) if login else None
    return replace(case, **changes)


def _state_then(case: LedgerCase, then: _Then | None, last: date) -> LedgerCase:
    state = str(then.state) if then is not None else State.REGISTERED.value
    closed_on, outcome, recovered, punitive = (then.closing if then is not None else None) or (None, None, ZERO, ZERO)
    fields: dict[str, Any] = {
        "state": state,
        "accepted_on": case.accepted_on if case.accepted_on is not None and case.accepted_on <= last else None,
        "rejected_on": case.rejected_on if state == State.REJECTED else None,
        "closed_on": closed_on,
        "outcome": outcome,
        "recovered": recovered if recovered is not None else ZERO,
        "punitive": punitive if punitive is not None else ZERO,
    }
    if all(getattr(case, name) == value for name, value in fields.items()):
        return case
    return replace(case, **fields)


def as_it_stood(session: Session, cases: Iterable[LedgerCase], last: date) -> Iterator[LedgerCase]:
    """The cases as they stood at the end of ``last`` (the detail sheet's rows), in the order given."""
    stream = iter(cases)
    while chunk := list(islice(stream, CHUNK)):
        numbers = [c.case_no for c in chunk]
        history = _history_then(session, numbers, last)
        before = _first_before(session, numbers, last)
        merchant_ids = {b["merchant_id"] for b in before.values() if b.get("merchant_id") is not None}
        logins = {b["mediator"] for b in before.values() if b.get("mediator")}
        merchants, names = _merchants(session, merchant_ids), _names(session, logins)
        for case in chunk:
            then = _state_then(case, history.get(case.case_no), last)
            if case.case_no in before:
                then = _content_then(then, before[case.case_no], merchants, names)
            yield then
