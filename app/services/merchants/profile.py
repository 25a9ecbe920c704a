"""The merchant list (sortable by complaints in the last 90 days) and a merchant's profile page:
every case, the counts of its record, money recovered, and every name and identifier seen."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import today_local
from app.domain.errors import NotFound
from app.domain.money import ZERO
from app.domain.workflow import RESOLVED_OUTCOMES
from app.services.context import Actor
from app.services.merchants.identity import SimilarMerchant, similar_merchants
from app.services.merchants.record import MerchantStats, merchant_stats, ranked_page, recent_ranking, total_ranking
from app.services.merchants.search import matching_merchants
from app.services.privacy import PERSON_MERCHANT_KINDS, PersonalKind, present_merchant, present_personal
from app.store.cases import Case
from app.store.database import Database
from app.store.merchant_records import MerchantAlias, MerchantMerge
from app.store.merchants import Merchant
from app.store.people import Consumer
from app.store.reference import AuditEntry

SORTS = ("recent", "total")
PROFILE_CASES = 500
"""The profile lists this many of a merchant's most recent cases; its counts cover all of them."""


@dataclass(frozen=True)
class MerchantRow:
    """One line of the merchant list."""

    id: int
    name: str
    kind: str
    wechat_id: str | None
    phone: str | None
    blacklisted: bool
    stats: MerchantStats


def list_merchants(
    db: Database,
    actor: Actor,
    text: str = "",
    sort: str = "recent",
    blacklisted_only: bool = False,
    limit: int = 200,
    today: date | None = None,
) -> list[MerchantRow]:
    """Merchants matching ``text`` (or the top ``limit`` by ``sort``), most recent complaints first; names of
    private sellers, WeChat IDs and phones masked for the actor's roles."""
    actor.require_active()
    today = today or today_local()
    with db.read() as session:
        if text.strip():
            ids = [m.id for m, _ in matching_merchants(session, text, limit)]
        elif blacklisted_only:
            ids = list(
                session.scalars(
                    select(Merchant.id)
                    .where(Merchant.blacklisted.is_(True), Merchant.merged_into_id.is_(None))
                    .limit(limit)
                )
            )
        else:
            ids = recent_ranking(session, today, limit) if sort == "recent" else total_ranking(session, limit)
        stats = merchant_stats(session, ids, today)
        merchants = session.scalars(select(Merchant).where(Merchant.id.in_(ids))).all()
        rows = [
            MerchantRow(m.id, *_shown(actor, m), m.blacklisted, stats.get(m.id, MerchantStats()))
            for m in merchants
            if not blacklisted_only or m.blacklisted
        ]
    key = (lambda r: r.stats.recent_count) if sort == "recent" else (lambda r: r.stats.case_count)
    return sorted(rows, key=lambda r: (-key(r), -r.stats.case_count, r.id))


def _shown(actor: Actor, m: Merchant) -> tuple[str, str, str | None, str | None]:
    name, wechat, phone = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)
    return name, m.kind, wechat, phone


@dataclass(frozen=True)
class MerchantPage:
    """One page of the merchant list and the number of merchants it is a page of."""

    rows: list[MerchantRow]
    total: int
    offset: int
    capped: bool = False
    """A search found more than it lists: narrow it down."""


def merchant_page(
    db: Database,
    actor: Actor,
    text: str = "",
    sort: str = "recent",
    blacklisted_only: bool = False,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> MerchantPage:
    """A page of all merchants (ranked as ``sort`` says), or of the best matches of a search, with the count;
    names of private sellers, WeChat IDs and phones masked for the actor's roles."""
    actor.require_active()
    today = today or today_local()
    with db.read() as session:
        capped = False
        if text.strip():
            matches = [m.id for m, _ in matching_merchants(session, text, limit + 1)]
            capped, total, offset = len(matches) > limit, min(len(matches), limit), 0
            ids = matches[:limit]
        else:
            ids, total = ranked_page(session, today, sort, blacklisted_only, offset, limit)
        stats = merchant_stats(session, ids, today)
        found = {m.id: m for m in session.scalars(select(Merchant).where(Merchant.id.in_(ids)))}
        rows = [
            MerchantRow(m.id, *_shown(actor, m), m.blacklisted, stats.get(m.id, MerchantStats()))
            for m in (found[i] for i in ids if i in found)
            if not blacklisted_only or m.blacklisted
        ]
    return MerchantPage(rows, total if not text.strip() else len(rows), offset, capped)


@dataclass(frozen=True)
class MerchantCase:
    """One case on the merchant's page."""

    case_no: str
    received_on: date
    state: str
    consumer_name: str
    amount_claimed: Decimal
    outcome: str | None
    recovered: Decimal
    termination_ground: str | None
    group_id: int | None


@dataclass(frozen=True)
class BlacklistEvent:
    """A supervisor put the merchant on the blacklist or took it off."""

    at: datetime
    actor: str
    listed: bool
    reason: str


@dataclass(frozen=True)
class MergeEvent:
    """A merge into or out of this merchant, for the profile and the undo button."""

    id: int
    kept_id: int
    merged_id: int
    merged_name: str
    at: datetime
    by: str
    undone: bool


@dataclass(frozen=True)
class MerchantProfile:
    """Everything the merchant page shows."""

    id: int
    name: str
    kind: str
    uscc: str | None
    wechat_id: str | None
    phone: str | None
    payee: str | None
    shop_name: str | None
    address: str | None
    verified: bool
    blacklisted: bool
    blacklist_reason: str | None
    merged_into_id: int | None
    stats: MerchantStats
    recovered: Decimal
    cases: list[MerchantCase] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)
    blacklist_history: list[BlacklistEvent] = field(default_factory=list)
    merges: list[MergeEvent] = field(default_factory=list)


def _cases(session: Session, actor: Actor, merchant_id: int) -> list[MerchantCase]:
    """The merchant's most recent PROFILE_CASES cases, newest first, consumers' names masked for the actor."""
    rows = session.execute(
        select(
            Case.case_no,
            Case.received_on,
            Case.state,
            Consumer.name,
            Case.amount_claimed,
            Case.outcome,
            Case.recovered_amount,
            Case.termination_ground,
            Case.group_id,
        )
        .join(Consumer, Consumer.id == Case.consumer_id)
        .where(Case.merchant_id == merchant_id)
        .order_by(Case.received_on.desc(), Case.id.desc())
        .limit(PROFILE_CASES)
    )
    return [
        MerchantCase(
            row.case_no,
            row.received_on,
            row.state,
            present_personal(actor, row.name, PersonalKind.NAME) or "",
            row.amount_claimed,
            row.outcome,
            row.recovered_amount,
            row.termination_ground,
            row.group_id,
        )
        for row in rows
    ]


def _recovered(session: Session, merchant_id: int) -> Decimal:
    """Money consumers actually received in the merchant's resolved cases (summed exactly, in Python)."""
    amounts = session.scalars(
        select(Case.recovered_amount).where(
            Case.merchant_id == merchant_id, Case.outcome.in_(sorted(RESOLVED_OUTCOMES))
        )
    )
    return sum(amounts, ZERO)


def merged_into(session: Session, merchant_id: int) -> list[Merchant]:
    """Every record merged (directly or through another) into this one and not split off again."""
    found: list[Merchant] = []
    frontier = [merchant_id]
    while frontier:
        children = list(session.scalars(select(Merchant).where(Merchant.merged_into_id.in_(frontier))))
        found.extend(children)
        frontier = [c.id for c in children]
    return found


_SEEN_KINDS = {"wechat_id": PersonalKind.WECHAT_ID, "phone": PersonalKind.PHONE, "payee": PersonalKind.NAME}


def _seen(session: Session, actor: Actor, merchant: Merchant) -> list[tuple[str, str]]:
    """(kind, value) of every name and identifier seen, on this record, its aliases and merged records; the
    personal ones (WeChat IDs, phones, payees, a private seller's names) masked for the actor."""
    records = [merchant, *merged_into(session, merchant.id)]
    seen: dict[tuple[str, str], None] = {}
    for m in records:
        for kind, value in (
            ("name", m.name),
            ("uscc", m.uscc),
            ("wechat_id", m.wechat_id),
            ("phone", m.phone),
            ("payee", m.payee),
            ("shop", m.shop_name),
        ):
            if value:
                seen[(kind, value)] = None
    ids = [m.id for m in records]
    for alias in session.scalars(
        select(MerchantAlias).where(MerchantAlias.merchant_id.in_(ids)).order_by(MerchantAlias.id)
    ):
        seen[(alias.kind, alias.value)] = None
    person = merchant.kind in PERSON_MERCHANT_KINDS
    shown: dict[tuple[str, str], None] = {}
    for kind, value in seen:
        personal = _SEEN_KINDS.get(kind) or (PersonalKind.NAME if person and kind == "name" else None)
        shown[(kind, (present_personal(actor, value, personal) or value) if personal else value)] = None
    return list(shown)


def _blacklist_history(session: Session, merchant_id: int) -> list[BlacklistEvent]:
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "merchant",
            AuditEntry.entity_id == str(merchant_id),
            AuditEntry.action.in_(("blacklist_add", "blacklist_remove")),
        )
        .order_by(AuditEntry.id)
    )
    return [
        BlacklistEvent(
            e.at, e.actor, e.action == "blacklist_add", json.loads(e.detail).get("after", {}).get("reason", "")
        )
        for e in entries
    ]


def _merges(session: Session, merchant_id: int) -> list[MergeEvent]:
    rows = session.scalars(
        select(MerchantMerge)
        .where((MerchantMerge.kept_id == merchant_id) | (MerchantMerge.merged_id == merchant_id))
        .order_by(MerchantMerge.id)
    )
    return [
        MergeEvent(
            r.id,
            r.kept_id,
            r.merged_id,
            session.get_one(Merchant, r.merged_id).name,
            r.merged_at,
            r.merged_by,
            r.undone_at is not None,
        )
        for r in rows
    ]


def merchant_profile(db: Database, actor: Actor, merchant_id: int, today: date | None = None) -> MerchantProfile:
    """The merchant's page, personal values (consumers' names, a private seller's name, WeChat IDs, phones,
    payee, address) masked for the actor's roles; NotFound for an unknown id."""
    actor.require_active()
    today = today or today_local()
    with db.read() as session:
        m = session.get(Merchant, merchant_id)
        if m is None:
            raise NotFound("merchant.not_found", merchant_id=merchant_id)
        cases = _cases(session, actor, m.id)
        recovered = _recovered(session, m.id)
        name, wechat, phone = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)
        person = m.kind in PERSON_MERCHANT_KINDS
        return MerchantProfile(
            id=m.id,
            name=name,
            kind=m.kind,
            uscc=m.uscc,
            wechat_id=wechat,
            phone=phone,
            payee=present_personal(actor, m.payee, PersonalKind.NAME),
            shop_name=m.shop_name,
            address=present_personal(actor, m.address, PersonalKind.ADDRESS) if person else m.address,
            verified=m.verified,
            blacklisted=m.blacklisted,
            blacklist_reason=m.blacklist_reason,
            merged_into_id=m.merged_into_id,
            stats=merchant_stats(session, [m.id], today).get(m.id, MerchantStats()),
            recovered=recovered,
            cases=cases,
            seen=_seen(session, actor, m),
            blacklist_history=_blacklist_history(session, m.id),
            merges=_merges(session, m.id),
        )


def similar_to(db: Database, actor: Actor, merchant_id: int) -> list[SimilarMerchant]:
    """Other merchants whose names look like this one's, their personal values masked for the actor."""
    actor.require_active()
    with db.read() as session:
        m = session.get(Merchant, merchant_id)
        if m is None:
            raise NotFound("merchant.not_found", merchant_id=merchant_id)
        name = m.name
    found = similar_merchants(db, name, exclude_id=merchant_id)
    with db.read() as session:
        query = select(Merchant.id, Merchant.kind).where(Merchant.id.in_([s.id for s in found]))
        kinds: dict[int, str] = {mid: kind for mid, kind in session.execute(query)}
    shown = []
    for s in found:
        shown_name, wechat, phone = present_merchant(actor, kinds.get(s.id, ""), s.name, s.wechat_id, s.phone)
        shown.append(SimilarMerchant(s.id, shown_name, wechat, phone, s.similarity))
    return shown
