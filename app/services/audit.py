"""The tamper-evident audit trail: every entry hashes its content together with the previous hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.messages import msg
from app.services.context import Actor
from app.store.database import Database
from app.store.limits import check_rows
from app.store.reference import AuditEntry

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_202_611


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(_plain(v) for v in value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, entity: str, entity_id: str, detail: str) -> str:
    """The hash of one entry: over its content and the previous entry's hash.

    The time is hashed in UTC, as the database gives it back, whatever zone it was recorded in.
    """
    moment = at.astimezone(UTC).isoformat(timespec="seconds")
    payload = json.dumps(
        [prev_hash, moment, actor, action, entity, entity_id, detail], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def serialize_writes(session: Session) -> None:
    """On PostgreSQL, take the lock every audited write holds until its commit (the chain needs one
    writer at a time). Taking it earlier in a transaction costs nothing more, and makes a look-up done
    after it see every write committed before: merchant identity uses this, so eight PCs registering
    cases against one WeChat ID at once create one merchant, not eight."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})


_AUDIT = cast(Table, AuditEntry.__table__)
_LAST_HASH = select(_AUDIT.c.hash).order_by(_AUDIT.c.id.desc()).limit(1)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one audit entry in the caller's transaction, then flush the caller's changes (one flush:
    reading the previous hash does not flush them first, and the entry is a plain INSERT)."""
    with session.no_autoflush:
        serialize_writes(session)
        prev = session.scalar(_LAST_HASH) or GENESIS
    changes = {"before": _plain(before or {}), "after": _plain(after or {})}
    detail = json.dumps(changes, ensure_ascii=False, sort_keys=True)
    at = now_local().replace(microsecond=0)
    target = str(entity_id)
    row = {
        "at": at,
        "actor": actor.login,
        "action": action,
        "entity": entity,
        "entity_id": target,
        "detail": detail,
        "prev_hash": prev,
        "hash": entry_hash(prev, at, actor.login, action, entity, target, detail),
    }
    check_rows(_AUDIT, [row])
    session.execute(insert(_AUDIT).values(row))
    session.flush()


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: how many entries, and the first that does not match."""

    checked: int
    first_bad_id: int | None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None


def verify_chain(db: Database) -> ChainReport:
    """Walk the audit log in order and name the first entry whose hash or link does not match."""
    prev = GENESIS
    count = 0
    with db.read() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
            count += 1
            if entry.prev_hash != prev:
                return ChainReport(count, entry.id, msg("audit.broken_link").text())
            expected = entry_hash(
                prev, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id, entry.detail
            )
            if entry.hash != expected:
                return ChainReport(count, entry.id, msg("audit.hash_mismatch").text())
            prev = entry.hash
    return ChainReport(count, None)
