"""The history timeline of a case: its transitions (the history table) merged with the changes that do
not move it (edits, sessions, evidence, mediator assignment, from the audit log), oldest first."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import LOCAL_TZ
from app.store.cases import Case, HistoryEntry
from app.store.people import User
from app.store.reference import AuditEntry

AUDITED_CHANGES = ("edit", "log_session", "add_evidence", "assign_mediator")
"""Audit actions shown on the timeline; transitions come from the history table instead."""


@dataclass(frozen=True)
class TimelineEntry:
    """One step in the life of a case: who did what, when."""

    at: datetime
    actor: str
    actor_name: str
    action: str
    from_state: str | None
    to_state: str | None
    grounds: tuple[str, ...]
    note: str
    changed: tuple[str, ...] = ()


def _names(session: Session, logins: set[str]) -> dict[str, str]:
    if not logins:
        return {}
    rows = session.execute(select(User.login, User.name).where(User.login.in_(sorted(logins))))
    return {login: name for login, name in rows}


def _audit_note(entry: AuditEntry) -> tuple[str, tuple[str, ...]]:
    """A short note and the changed fields of an audit entry."""
    try:
        after = json.loads(entry.detail).get("after", {})
    except (ValueError, AttributeError):
        return "", ()
    if entry.action == "edit":
        return "", tuple(sorted(after))
    if entry.action == "add_evidence":
        return str(after.get("file", "")), ()
    if entry.action == "assign_mediator":
        return str(after.get("mediator", "")), ()
    return "", ()


def _from_history(h: HistoryEntry) -> TimelineEntry:
    return TimelineEntry(
        h.at.astimezone(LOCAL_TZ),
        h.actor,
        h.actor,
        h.action,
        h.from_state,
        h.to_state,
        tuple(g for g in h.grounds.split(",") if g),
        h.note,
    )


def _from_audit(a: AuditEntry) -> TimelineEntry:
    note, changed = _audit_note(a)
    return TimelineEntry(a.at.astimezone(LOCAL_TZ), a.actor, a.actor, a.action, None, None, (), note, changed)


def _ordered(history: list[HistoryEntry], audits: list[AuditEntry]) -> list[TimelineEntry]:
    """History rows placed by their audit entries (whose ids give the true order), changes in between;
    history rows without an audit entry (imports, say) go in by time."""
    pending = [h for h in history if h.action != "edit"]
    ordered: list[TimelineEntry] = []
    for a in audits:
        if a.action in AUDITED_CHANGES:
            ordered.append(_from_audit(a))
            continue
        match = next((i for i, h in enumerate(pending) if h.action == a.action), None)
        if match is not None:
            ordered.append(_from_history(pending.pop(match)))
    for h in pending:
        entry = _from_history(h)
        position = next((i for i, e in enumerate(ordered) if e.at > entry.at), len(ordered))
        ordered.insert(position, entry)
    return ordered


def timeline_of(session: Session, case: Case) -> list[TimelineEntry]:
    """Every transition and change of the case with actor and time, oldest first."""
    audits = list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "case", AuditEntry.entity_id == case.case_no)
            .order_by(AuditEntry.id)
        )
    )
    entries = _ordered(list(case.history), audits)
    assigned = {e.note for e in entries if e.action == "assign_mediator" and e.note}
    names = _names(session, {e.actor for e in entries} | assigned)
    return [
        replace(
            e,
            actor_name=names.get(e.actor, e.actor),
            note=names.get(e.note, e.note) if e.action == "assign_mediator" else e.note,
        )
        for e in entries
    ]
