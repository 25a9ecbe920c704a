"""Finding merchants as the clerk types: by name (prefix, then contains), WeChat ID, phone, USCC or payee.

Typed text is normalised the way identifiers are stored (``app.domain.identifiers``), so "+86 139-0000-1111"
finds the seller stored as "13900001111", and "MeiZhuang_88" the one stored as "meizhuang_88". A record
merged into another leads to the one it was merged into; merged-away records are never offered.
Exact identifier matches come first, then identifier prefixes, then name prefixes, then names containing
the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.errors import InvalidValue
from app.domain.identifiers import (
    normalize_name,
    normalize_phone,
    normalize_uscc,
    normalize_wechat_id,
    to_halfwidth,
)
from app.domain.workflow import OPEN_STATES
from app.store.cases import Case
from app.store.database import Database
from app.store.merchant_records import MerchantAlias
from app.store.merchants import Merchant

MIN_CONTAINS_CHARS = 2


@dataclass(frozen=True)
class MerchantHit:
    """One merchant offered to the clerk, with how it matched and how many complaints it has."""

    id: int
    name: str
    kind: str
    wechat_id: str | None
    phone: str | None
    uscc: str | None
    case_count: int
    open_count: int
    blacklisted: bool
    matched_by: str


def _try(normalise: object, text: str) -> str | None:
    try:
        return normalise(text)  # type: ignore[operator]
    except InvalidValue:
        return None


def prefix_match(
    column: InstrumentedAttribute[str | None] | InstrumentedAttribute[str], prefix: str, dialect: str
) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, written so that the column's plain index is used.

    SQLite's LIKE ignores ASCII case and so cannot use a BINARY index; GLOB is case-sensitive and can.
    PostgreSQL with the C collation uses the index for LIKE 'prefix%'.
    """
    if dialect == "sqlite":
        escaped = "".join(f"[{ch}]" if ch in "*?[" else ch for ch in prefix)
        return column.op("GLOB")(escaped + "*")
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(escaped + "%", escape="\\")


def contains_match(column: InstrumentedAttribute[str], part: str, dialect: str) -> ColumnElement[bool]:
    """``column`` contains ``part`` (a scan; used only after the indexed look-ups)."""
    if dialect == "sqlite":
        escaped = "".join(f"[{ch}]" if ch in "*?[" else ch for ch in part)
        return column.op("GLOB")("*" + escaped + "*")
    escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like("%" + escaped + "%", escape="\\")


def _alias(kind: str | tuple[str, ...], condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Merchants that appeared under an alias of this kind meeting the condition."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return Merchant.id.in_(select(MerchantAlias.merchant_id).where(MerchantAlias.kind.in_(kinds), condition))


def _lookups(text: str, dialect: str) -> list[tuple[str, ColumnElement[bool]]]:
    """The conditions to try, best first, each with the name of what it matches."""
    compact = to_halfwidth(text)
    name_key = normalize_name(compact)
    wechat = _try(normalize_wechat_id, compact)
    phone = _try(normalize_phone, compact)
    uscc = _try(normalize_uscc, compact)
    digits = "".join(ch for ch in compact if ch.isdigit())
    found: list[tuple[str, ColumnElement[bool]]] = []
    if uscc:
        found.append(("uscc", Merchant.uscc == uscc))
    if wechat:
        found.append(("wechat_id", Merchant.wechat_key == wechat))
    if phone:
        found.append(("phone", Merchant.phone == phone))
    if name_key:
        found.append(("payee", Merchant.payee_key == name_key))
    for kind, key in (("uscc", uscc), ("wechat_id", wechat), ("phone", phone)):
        if key:
            found.append((kind, _alias(kind, MerchantAlias.value_key == key)))
    if wechat:
        found.append(("wechat_id", prefix_match(Merchant.wechat_key, wechat, dialect)))
    if len(digits) >= 3 and digits == compact.replace(" ", "").replace("-", ""):
        found.append(("phone", prefix_match(Merchant.phone, digits, dialect)))
    if len(compact) >= 4 and compact.isalnum() and compact.isascii():
        found.append(("uscc", prefix_match(Merchant.uscc, compact.upper(), dialect)))
    if name_key:
        found.append(("name", prefix_match(Merchant.name_key, name_key, dialect)))
        found.append(
            ("alias", _alias(("name", "shop", "payee"), prefix_match(MerchantAlias.value_key, name_key, dialect)))
        )
    if len(name_key) >= MIN_CONTAINS_CHARS:
        found.append(("name", contains_match(Merchant.name_key, name_key, dialect)))
    return found


def _resolve(session: Session, merchant: Merchant) -> Merchant:
    """Follow ``merged_into_id`` to the record that survives."""
    while merchant.merged_into_id is not None:
        merchant = session.get_one(Merchant, merchant.merged_into_id)
    return merchant


def matching_merchants(session: Session, text: str, limit: int) -> list[tuple[Merchant, str]]:
    """The surviving merchants matching ``text``, best first, each with what it matched by."""
    dialect = session.get_bind().dialect.name
    chosen: dict[int, tuple[Merchant, str]] = {}
    for matched_by, condition in _lookups(text, dialect):
        if len(chosen) >= limit:
            break
        rows = session.scalars(select(Merchant).where(condition).order_by(Merchant.id).limit(limit * 2))
        for row in rows:
            survivor = _resolve(session, row)
            if survivor.id not in chosen and len(chosen) < limit:
                chosen[survivor.id] = (survivor, matched_by)
    return list(chosen.values())


def case_counts(session: Session, merchant_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Merchant id -> (all cases, open cases), in one grouped query."""
    ids = list(merchant_ids)
    if not ids:
        return {}
    is_open = Case.state.in_([s.value for s in OPEN_STATES])
    rows = session.execute(
        select(Case.merchant_id, func.count(), func.count().filter(is_open))
        .where(Case.merchant_id.in_(ids))
        .group_by(Case.merchant_id)
    )
    return {merchant_id: (total, open_) for merchant_id, total, open_ in rows}


def search_merchants(db: Database, text: str, limit: int = 10) -> list[MerchantHit]:
    """Merchants matching what the clerk has typed so far, best matches first (at most ``limit``)."""
    if not text or not text.strip() or limit <= 0:
        return []
    with db.read() as session:
        found = matching_merchants(session, text, limit)
        counts = case_counts(session, (m.id for m, _ in found))
        return [
            MerchantHit(
                id=m.id,
                name=m.name,
                kind=m.kind,
                wechat_id=m.wechat_id,
                phone=m.phone,
                uscc=m.uscc,
                case_count=counts.get(m.id, (0, 0))[0],
                open_count=counts.get(m.id, (0, 0))[1],
                blacklisted=m.blacklisted,
                matched_by=matched_by,
            )
            for m, matched_by in found
        ]
