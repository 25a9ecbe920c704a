"""Fourteen ways of tampering with the audit log directly in the database, used by the anchor tests and
by ``bench/reliability.py``: six that the hash chain alone shows, and eight that need an anchor (the
chain head kept outside the database) because whoever tampers also recomputes or cuts.

Each tamper takes a database that holds a busy audit log (:func:`populate`) and changes it with plain
SQL or the ORM, as someone with the database password would."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.services.audit import GENESIS, entry_hash
from app.services.cases.intake import edit_case, register_case
from app.services.context import Actor
from app.store.database import Database
from app.store.reference import AuditEntry
from tests.support.builders import wechat_draft

D0 = date(2026, 5, 11)


def populate(db: Database, actor: Actor | None = None, cases: int = 4) -> None:
    """Cases registered and edited: a few dozen audit entries."""
    actor = actor or Actor.cli()
    for i in range(cases):
        day = D0 + timedelta(days=i)
        no = register_case(db, actor, wechat_draft(day, consumer_name=f"李{i}"), today=day)
        edit_case(db, actor, no, wechat_draft(day, consumer_name=f"李{i}", facts="补充事实"), today=day)


def _ids(db: Database) -> list[int]:
    with db.engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT id FROM audit_log ORDER BY id"))]


def _sql(db: Database, sql: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def recompute(db: Database) -> None:
    """Rewrite every prev_hash and hash so the chain alone verifies again (what a careful forger does)."""
    with Session(db.engine) as session:
        prev = GENESIS
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            entry.prev_hash = prev
            entry.hash = entry_hash(
                prev, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id, entry.detail
            )
            prev = entry.hash
        session.commit()


def _append(db: Database, days_back: int = 0, count: int = 1) -> None:
    """Forged entries at the end, linked and hashed correctly, dated ``days_back`` days before the last."""
    with Session(db.engine) as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
        prev, at = (last.hash, last.at) if last else (GENESIS, None)
        assert at is not None
        at = at - timedelta(days=days_back)
        for n in range(count):
            detail = json.dumps({"after": {"note": f"forged {n}"}, "before": {}}, sort_keys=True)
            h = entry_hash(prev, at, "boss", "delete_case", "case", "WQ-1", detail)
            session.add(
                AuditEntry(
                    at=at,
                    actor="boss",
                    action="delete_case",
                    entity="case",
                    entity_id="WQ-1",
                    detail=detail,
                    prev_hash=prev,
                    hash=h,
                )
            )
            session.flush()
            prev = h
        session.commit()


# ---- found by the chain alone ----


def edit_detail(db: Database) -> None:
    _sql(db, "UPDATE audit_log SET detail = '{}' WHERE id = :i", i=_ids(db)[5])


def edit_actor(db: Database) -> None:
    _sql(db, "UPDATE audit_log SET actor = 'someone_else' WHERE id = :i", i=_ids(db)[3])


def delete_middle(db: Database) -> None:
    _sql(db, "DELETE FROM audit_log WHERE id = :i", i=_ids(db)[4])


def swap_two(db: Database) -> None:
    ids = _ids(db)
    a, b, spare = ids[2], ids[3], ids[-1] + 1000
    _sql(db, "UPDATE audit_log SET id = :s WHERE id = :a", s=spare, a=a)
    _sql(db, "UPDATE audit_log SET id = :a WHERE id = :b", a=a, b=b)
    _sql(db, "UPDATE audit_log SET id = :b WHERE id = :s", b=b, s=spare)


def rehash_one(db: Database) -> None:
    """One entry changed and its own hash recomputed: the next entry's link no longer matches."""
    victim = _ids(db)[6]
    with Session(db.engine) as session:
        entry = session.get(AuditEntry, victim)
        assert entry is not None
        entry.detail = "{}"
        entry.hash = entry_hash(
            entry.prev_hash, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id, entry.detail
        )
        session.commit()


def append_unhashed(db: Database) -> None:
    """An entry added at the end without a correct hash."""
    _sql(
        db,
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash) "
        "SELECT at, 'boss', 'delete_case', 'case', 'WQ-1', '{}', hash, :h FROM audit_log WHERE id = :i",
        h="f" * 64,
        i=_ids(db)[-1],
    )


# ---- found only against an anchor ----


def truncate_one(db: Database) -> None:
    _sql(db, "DELETE FROM audit_log WHERE id = :i", i=_ids(db)[-1])


def truncate_tail(db: Database) -> None:
    _sql(db, "DELETE FROM audit_log WHERE id >= :i", i=_ids(db)[-8])


def delete_everything(db: Database) -> None:
    _sql(db, "DELETE FROM audit_log")


def edit_and_recompute(db: Database) -> None:
    _sql(db, "UPDATE audit_log SET detail = '{}' WHERE id = :i", i=_ids(db)[5])
    recompute(db)


def edit_first_and_recompute(db: Database) -> None:
    _sql(db, "UPDATE audit_log SET actor = 'someone_else' WHERE id = :i", i=_ids(db)[0])
    recompute(db)


def delete_and_recompute(db: Database) -> None:
    _sql(db, "DELETE FROM audit_log WHERE id = :i", i=_ids(db)[4])
    recompute(db)


def replace_tail_with_forged(db: Database) -> None:
    """The last entries cut off and as many forged ones appended, hashed correctly: the count is the same."""
    _sql(db, "DELETE FROM audit_log WHERE id >= :i", i=_ids(db)[-3])
    _append(db, count=3)


def append_backdated(db: Database) -> None:
    """A forged entry appended after the anchor, hashed correctly, dated days before it."""
    _append(db, days_back=3)


BY_CHAIN: list[tuple[str, Callable[[Database], None]]] = [
    ("edit a detail", edit_detail),
    ("edit an actor", edit_actor),
    ("delete a middle entry", delete_middle),
    ("swap two entries", swap_two),
    ("edit one entry and its own hash", rehash_one),
    ("append an entry with a wrong hash", append_unhashed),
]
BY_ANCHOR: list[tuple[str, Callable[[Database], None]]] = [
    ("cut the last entry", truncate_one),
    ("cut the last 8 entries", truncate_tail),
    ("delete every entry", delete_everything),
    ("edit an entry, recompute every hash", edit_and_recompute),
    ("edit the first entry, recompute every hash", edit_first_and_recompute),
    ("delete an entry, recompute every hash", delete_and_recompute),
    ("replace the tail with forged entries", replace_tail_with_forged),
    ("append a forged backdated entry", append_backdated),
]
TAMPERS = BY_CHAIN + BY_ANCHOR
