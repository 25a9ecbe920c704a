"""Supervisor actions on merchant records: the blacklist, merging two records, and undoing a merge.

A merge moves the cases of one record to another, fills identifiers the kept record lacks, and marks
the merged record ``merged_into_id``; it keeps the merged record and the list of moved cases, so the
undo restores exactly what was there (cases registered against the kept record since stay with it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.errors import ActionRefused, InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import Actor
from app.store.cases import Case, CaseRespondent
from app.store.database import Database
from app.store.merchant_records import CaseGroup, MerchantMerge
from app.store.merchants import Merchant

FILLED_FIELDS = ("uscc", "wechat_id", "wechat_key", "phone", "payee", "payee_key", "shop_name", "address")


def _merchant(session: Session, merchant_id: int) -> Merchant:
    merchant = session.get(Merchant, merchant_id)
    if merchant is None:
        raise NotFound("merchant.not_found", merchant_id=merchant_id)
    return merchant


def _need_reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise InvalidInput([Problem("理由", msg("value.reason_required"))])
    return reason.strip()


def set_blacklisted(db: Database, actor: Actor, merchant_id: int, listed: bool, reason: str) -> None:
    """Put the merchant on the blacklist (``listed``) or take it off, with a reason (supervisor)."""
    actor.require(Permission.MANAGE_BLACKLIST)
    reason = _need_reason(reason)
    with db.transaction() as session:
        merchant = _merchant(session, merchant_id)
        if merchant.merged_into_id is not None:
            raise ActionRefused("merchant.merged_act_on_target", name=merchant.name)
        if merchant.blacklisted == listed:
            raise ActionRefused(
                "merchant.already_blacklisted" if listed else "merchant.not_blacklisted", name=merchant.name
            )
        before = {"blacklisted": merchant.blacklisted, "reason": merchant.blacklist_reason}
        merchant.blacklisted = listed
        merchant.blacklist_reason = reason if listed else None
        audit.record(
            session,
            actor,
            "blacklist_add" if listed else "blacklist_remove",
            "merchant",
            merchant.id,
            before=before,
            after={"blacklisted": listed, "reason": reason},
        )


@dataclass(frozen=True)
class MergePreview:
    """What a merge would do, for the confirmation dialog."""

    kept_name: str
    merged_name: str
    cases_moving: int
    fills: dict[str, str]
    conflicts: dict[str, tuple[str, str]]


def _check_pair(kept: Merchant, merged: Merchant) -> None:
    if kept.id == merged.id:
        raise ActionRefused("merchant.merge_self")
    for m in (kept, merged):
        if m.merged_into_id is not None:
            raise ActionRefused("merchant.merged", name=m.name)


def merge_preview(db: Database, kept_id: int, merged_id: int) -> MergePreview:
    """The cases that would move, identifiers that would be filled, and identifiers that differ."""
    with db.read() as session:
        kept, merged = _merchant(session, kept_id), _merchant(session, merged_id)
        _check_pair(kept, merged)
        moving = len(list(session.scalars(select(Case.id).where(Case.merchant_id == merged.id))))
        fills, conflicts = {}, {}
        for name in ("uscc", "wechat_id", "phone", "payee", "shop_name", "address"):
            mine, theirs = getattr(kept, name), getattr(merged, name)
            if theirs and not mine:
                fills[name] = theirs
            elif theirs and mine and theirs != mine:
                conflicts[name] = (mine, theirs)
        return MergePreview(kept.name, merged.name, moving, fills, conflicts)


def _fill_from(kept: Merchant, merged: Merchant) -> dict[str, Any]:
    """Copy what the kept record lacks; return the kept record's values before (for the undo)."""
    before: dict[str, Any] = {"blacklisted": kept.blacklisted, "blacklist_reason": kept.blacklist_reason, "filled": {}}
    for name in FILLED_FIELDS:
        if getattr(merged, name) and not getattr(kept, name):
            before["filled"][name] = getattr(merged, name)
            setattr(kept, name, getattr(merged, name))
    if merged.blacklisted and not kept.blacklisted:
        kept.blacklisted, kept.blacklist_reason = True, merged.blacklist_reason
    return before


def _move_respondents(session: Session, merged_id: int, kept_id: int) -> list[int]:
    """Point the cases' further respondents (a platform named beside a seller) at the kept record; not
    where the case already names the kept record (as merchant or respondent). Returns the rows moved."""
    moved = []
    for row in session.scalars(select(CaseRespondent).where(CaseRespondent.merchant_id == merged_id)):
        taken = session.scalar(
            select(Case.id).where(
                Case.id == row.case_id,
                or_(
                    Case.merchant_id == kept_id,
                    Case.id.in_(select(CaseRespondent.case_id).where(CaseRespondent.merchant_id == kept_id)),
                ),
            )
        )
        if taken is None:
            moved.append(row.id)
    if moved:
        session.execute(update(CaseRespondent).where(CaseRespondent.id.in_(moved)).values(merchant_id=kept_id))
    return moved


def merge_merchants(db: Database, actor: Actor, kept_id: int, merged_id: int, reason: str) -> int:
    """Merge ``merged_id`` into ``kept_id`` (supervisor, after confirmation); returns the merge id."""
    actor.require(Permission.MERGE_MERCHANTS)
    reason = _need_reason(reason)
    with db.transaction() as session:
        kept, merged = _merchant(session, kept_id), _merchant(session, merged_id)
        _check_pair(kept, merged)
        case_ids = list(session.scalars(select(Case.id).where(Case.merchant_id == merged.id).order_by(Case.id)))
        group_ids = list(session.scalars(select(CaseGroup.id).where(CaseGroup.merchant_id == merged.id)))
        if case_ids:
            session.execute(
                update(Case).where(Case.id.in_(case_ids)).values(merchant_id=kept.id, version=Case.version + 1),
                execution_options={"synchronize_session": False},
            )
        if group_ids:
            session.execute(update(CaseGroup).where(CaseGroup.id.in_(group_ids)).values(merchant_id=kept.id))
        respondent_ids = _move_respondents(session, merged.id, kept.id)
        before = _fill_from(kept, merged) | {"groups": group_ids, "respondents": respondent_ids}
        merged.merged_into_id = kept.id
        record = MerchantMerge(
            kept_id=kept.id,
            merged_id=merged.id,
            case_ids=json.dumps(case_ids),
            kept_before=json.dumps(before, ensure_ascii=False),
            reason=reason,
            merged_by=actor.login,
            merged_at=now_local(),
        )
        session.add(record)
        session.flush()
        audit.record(
            session,
            actor,
            "merchant_merge",
            "merchant",
            kept.id,
            after={"merge": record.id, "merged": merged.id, "cases": case_ids, "reason": reason},
        )
        return record.id


def _check_latest(session: Session, record: MerchantMerge) -> None:
    """Only the latest merge still in force on either record can be undone, so undoing stays exact."""
    ids = (record.kept_id, record.merged_id)
    later = session.scalar(
        select(MerchantMerge.id)
        .where(
            MerchantMerge.id > record.id,
            MerchantMerge.undone_at.is_(None),
            or_(MerchantMerge.kept_id.in_(ids), MerchantMerge.merged_id.in_(ids)),
        )
        .limit(1)
    )
    if later is not None:
        raise ActionRefused("merchant.undo_later_first", later=later)


def undo_merge(db: Database, actor: Actor, merge_id: int) -> None:
    """Split a merged record off again: its cases go back, the kept record loses what the merge filled."""
    actor.require(Permission.MERGE_MERCHANTS)
    with db.transaction() as session:
        record = session.get(MerchantMerge, merge_id)
        if record is None:
            raise NotFound("merge.not_found", merge_id=merge_id)
        if record.undone_at is not None:
            raise ActionRefused("merge.already_undone", merge_id=merge_id)
        _check_latest(session, record)
        kept, merged = _merchant(session, record.kept_id), _merchant(session, record.merged_id)
        case_ids = json.loads(record.case_ids)
        before = json.loads(record.kept_before)
        if case_ids:
            session.execute(
                update(Case)
                .where(Case.id.in_(case_ids), Case.merchant_id == kept.id)
                .values(merchant_id=merged.id, version=Case.version + 1),
                execution_options={"synchronize_session": False},
            )
        if before.get("groups"):
            session.execute(update(CaseGroup).where(CaseGroup.id.in_(before["groups"])).values(merchant_id=merged.id))
        if before.get("respondents"):
            session.execute(
                update(CaseRespondent).where(CaseRespondent.id.in_(before["respondents"])).values(merchant_id=merged.id)
            )
        for name, value in before["filled"].items():
            if getattr(kept, name) == value:
                setattr(kept, name, None)
        kept.blacklisted, kept.blacklist_reason = before["blacklisted"], before["blacklist_reason"]
        merged.merged_into_id = None
        record.undone_at, record.undone_by = now_local(), actor.login
        audit.record(
            session,
            actor,
            "merchant_unmerge",
            "merchant",
            kept.id,
            after={"merge": record.id, "merged": merged.id, "cases": case_ids},
        )
