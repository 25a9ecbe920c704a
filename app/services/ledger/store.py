"""Storing checked ledger rows in bulk inside the import's transaction.

Consumers, cases, requests and the one "imported" history row per case go in as multi-row INSERTs;
merchants are recognised a batch at a time (:mod:`app.services.ledger.merchant_batch`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_numbers import parse_case_no
from app.domain.deadlines import CaseClock, next_running_deadline
from app.domain.pinyin import name_initials
from app.domain.workflow import State
from app.services.clocks import Reference, limits_of
from app.services.context import Actor
from app.services.ledger.merchant_batch import MerchantResolver
from app.services.ledger.rows import LedgerEntry
from app.store.bulk_insert import insert_returning_ids, insert_rows
from app.store.cases import Case, CaseRequest, HistoryEntry
from app.store.counters import move_counters_past
from app.store.people import Consumer, active_mediators

IMPORTED = "imported"


class LedgerStore:
    """Writes batches of entries; remembers merchants and the highest case number per year."""

    def __init__(self, session: Session, actor: Actor, today: date, note: str, at: datetime) -> None:
        self.session, self.actor, self.today, self.note, self.at = session, actor, today, note, at
        self.ref = Reference(session)
        self.merchants = MerchantResolver(session, at)
        self._counters: dict[int, int] = {}
        self.mediators = self._mediators()
        self.unknown_mediators: set[str] = set()
        self._due: dict[tuple[State, date, date | None, str], tuple[date | None, str | None]] = {}

    def _mediators(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for user in active_mediators(self.session):
            found.setdefault(user.login, user.id)
            found.setdefault(user.name, user.id)
        return found

    def existing(self, case_nos: Sequence[str]) -> set[str]:
        """Which of these case numbers the database already holds."""
        found: set[str] = set()
        for start in range(0, len(case_nos), 500):
            chunk = list(case_nos[start : start + 500])
            found.update(self.session.scalars(select(Case.case_no).where(Case.case_no.in_(chunk))))
        return found

    def _next_due(self, entry: LedgerEntry, rule_set_code: str) -> tuple[date | None, str | None]:
        """The running deadline of the entry's clock, worked out once per state, dates and rule set (the rows
        of a ledger share them a great deal)."""
        key = (entry.state, entry.clean.received_on, entry.accepted_on, rule_set_code)
        found = self._due.get(key)
        if found is None:
            clock = CaseClock(state=entry.state, received_on=entry.clean.received_on, accepted_on=entry.accepted_on)
            first = next_running_deadline(
                clock, limits_of(self.ref.rule_sets[rule_set_code]), self.ref.calendar, self.today
            )
            found = self._due[key] = (first.due, first.kind) if first else (None, None)
        return found

    def _consumer_row(self, entry: LedgerEntry) -> dict[str, object]:
        d = entry.clean.draft
        return {
            "name": d.consumer_name,
            "name_initials": name_initials(d.consumer_name),
            "phone": entry.clean.consumer_phone,
            "id_number": entry.clean.consumer_id_number,
            "address": None,
            "agent_name": None,
            "agent_authorised": False,
        }

    def _mediator_id(self, entry: LedgerEntry) -> int | None:
        if not entry.mediator:
            return None
        return self.mediators.get(entry.mediator)

    def _case_row(self, entry: LedgerEntry, consumer_id: int, merchant_id: int) -> dict[str, object]:
        clean, d = entry.clean, entry.clean.draft
        rules = self.ref.rules_on(clean.received_on)
        due_on, due_kind = self._next_due(entry, rules.code)
        return {
            "case_no": entry.case_no,
            "source": d.source,
            "ref_12315": d.ref_12315 or None,
            "received_on": clean.received_on,
            "registered_at": self.at,
            "state": entry.state.value,
            "rule_set_code": rules.code,
            "consumer_id": consumer_id,
            "merchant_id": merchant_id,
            "channel": d.channel or None,
            "payment": d.payment or None,
            "purchase_date": clean.purchase_date,
            "order_no": None,
            "amount_claimed": clean.amount_claimed,
            "nature": d.nature or None,
            "category": d.category or None,
            "sub_category": d.sub_category or None,
            "facts": d.facts,
            "request_text": d.request_text,
            "accepted_on": entry.accepted_on,
            "rejected_on": entry.rejected_on,
            "decision_reason": None,
            "mediator_id": self._mediator_id(entry),
            "closed_on": entry.closed_on,
            "outcome": entry.outcome,
            "recovered_amount": entry.recovered,
            "punitive_amount": entry.punitive,
            "next_due_on": due_on,
            "next_due_kind": due_kind,
            "created_by": self.actor.login,
        }

    def store(self, entries: Sequence[LedgerEntry]) -> None:
        """Insert the cases of these entries (numbers already checked to be new)."""
        if not entries:
            return
        merchant_ids = self.merchants.resolve(entries)
        consumer_ids = insert_returning_ids(self.session, Consumer, [self._consumer_row(e) for e in entries])
        case_ids = insert_returning_ids(
            self.session,
            Case,
            [self._case_row(e, c, m) for e, c, m in zip(entries, consumer_ids, merchant_ids, strict=True)],
        )
        requests = [
            {"case_id": i, "code": code}
            for e, i in zip(entries, case_ids, strict=True)
            for code in dict.fromkeys(e.clean.draft.requests)
        ]
        insert_rows(self.session, CaseRequest, requests)
        insert_rows(
            self.session,
            HistoryEntry,
            [
                {
                    "case_id": i,
                    "from_state": None,
                    "to_state": e.state.value,
                    "action": IMPORTED,
                    "actor": self.actor.login,
                    "at": self.at,
                    "grounds": "",
                    "note": f"{self.note} 第{e.row}行",
                    **_imported_event(e),
                }
                for e, i in zip(entries, case_ids, strict=True)
            ],
        )
        for entry in entries:
            if parsed := parse_case_no(entry.case_no):
                year, number = parsed
                self._counters[year] = max(self._counters.get(year, 0), number)

    def finish(self) -> None:
        """Move the case-number counters past the imported numbers, so new cases never collide."""
        move_counters_past(self.session, self._counters)


def _imported_event(entry: LedgerEntry) -> dict[str, Any]:
    """The event an imported case stands at, for the monthly report: a closed case counts as closed on its
    办结日期 with its outcome and money."""
    if entry.state == State.CLOSED:
        return {
            "event_on": entry.closed_on,
            "outcome": entry.outcome,
            "recovered_amount": entry.recovered,
            "punitive_amount": entry.punitive,
        }
    on = entry.rejected_on or entry.accepted_on or entry.clean.received_on
    return {"event_on": on, "outcome": None, "recovered_amount": None, "punitive_amount": None}
