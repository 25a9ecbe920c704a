"""Finding merchants as the clerk types: by name (prefix, then contains), WeChat ID, phone, USCC or payee.

Typed text is normalised the way identifiers are stored (``app.domain.identifiers``), so "+86 139-0000-1111"
finds the seller stored as "13900001111", and "MeiZhuang_88" the one stored as "meizhuang_88". A record
merged into another leads to the one it was merged into; merged-away records are never offered.
Exact identifier matches come first, then identifier prefixes, then name prefixes, then names (or, for
digits, phone numbers) containing the text. Every look-up is one indexed query of plain columns: prefixes
walk the column's index in its order, "contains" asks the trigram search index (FTS5 on SQLite from three
characters, pg_trgm on PostgreSQL); only a two-character name fragment is still looked for by a scan,
and only when the indexed look-ups found too few.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy import text as sql_text
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
from app.services.context import Actor
from app.services.privacy import present_merchant
from app.store.cases import Case
from app.store.database import Database
from app.store.merchant_records import MerchantAlias
from app.store.merchants import Merchant
from app.store.patterns import LIKE_ESCAPE, escape_glob, escape_like

MIN_CONTAINS_CHARS = 2
TRIGRAM = 3
HIT_COLUMNS = (
    Merchant.id,
    Merchant.name,
    Merchant.kind,
    Merchant.wechat_id,
    Merchant.phone,
    Merchant.uscc,
    Merchant.blacklisted,
    Merchant.merged_into_id,
)


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
    PostgreSQL uses an index for LIKE 'prefix%' only under the C collation: the column is compared under
    it, which the index of migration 0016 is built on (whatever the database's own collation).
    """
    if dialect == "sqlite":
        return column.op("GLOB")(escape_glob(prefix) + "*")
    return column.collate("C").like(escape_like(prefix) + "%", escape=LIKE_ESCAPE)


def prefix_order(column: Any, dialect: str) -> Any:
    """The order of a prefix look-up that its index gives (C collation on PostgreSQL, see above)."""
    return column.collate("C") if dialect == "postgresql" else column


def contains_match(
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None], part: str, dialect: str
) -> ColumnElement[bool]:
    """``column`` contains ``part`` (a scan; used only after the indexed look-ups)."""
    if dialect == "sqlite":
        return column.op("GLOB")("*" + escape_glob(part) + "*")
    return column.like("%" + escape_like(part) + "%", escape=LIKE_ESCAPE)


def _alias(kind: str | tuple[str, ...], condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Merchants that appeared under an alias of this kind meeting the condition."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return Merchant.id.in_(select(MerchantAlias.merchant_id).where(MerchantAlias.kind.in_(kinds), condition))


def _fts_contains(column: str, part: str) -> ColumnElement[bool]:
    """Merchants whose ``column`` contains ``part`` (three characters or more), by the FTS5 trigram index."""
    query = f'{column} : "' + part.replace('"', '""') + '"'
    matches = sql_text("SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH :q").bindparams(q=query)
    return Merchant.id.in_(matches.columns(Merchant.id))


def _contains(text_: str, name_key: str, digits_only: bool, dialect: str) -> list[tuple[str, Any, Any]]:
    """The "contains" look-ups of what was typed: phone numbers for digits, names otherwise."""
    column, key, matched_by = ("phone", text_, "phone") if digits_only else ("name", name_key, "name")
    if dialect == "postgresql":
        # ordered by id + 0: the trigram index finds the few matches, instead of a walk of the primary key;
        # names ignore case, as FTS5's trigram index does on SQLite
        if digits_only:
            found = contains_match(Merchant.phone, text_, dialect)
        else:
            part = text_.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            found = Merchant.name.ilike(f"%{part}%", escape="\\")
        return [(matched_by, found, Merchant.id + 0)]
    if len(key) >= TRIGRAM:
        return [(matched_by, _fts_contains(column, text_.strip() if not digits_only else text_), Merchant.id)]
    if digits_only:
        return []
    return [(matched_by, contains_match(Merchant.name_key, name_key, dialect), Merchant.id)]


def _lookups(text: str, dialect: str) -> list[tuple[str, Any, Any]]:
    """The conditions to try, best first, each with the name of what it matches and the order that lets
    its index answer it."""
    compact = to_halfwidth(text)
    name_key = normalize_name(compact)
    wechat = _try(normalize_wechat_id, compact)
    phone = _try(normalize_phone, compact)
    uscc = _try(normalize_uscc, compact)
    digits = "".join(ch for ch in compact if ch.isdigit())
    digits_only = len(digits) >= 3 and digits == compact.replace(" ", "").replace("-", "")
    by_id = Merchant.id
    found: list[tuple[str, Any, Any]] = []
    if uscc:
        found.append(("uscc", Merchant.uscc == uscc, by_id))
    if wechat:
        found.append(("wechat_id", Merchant.wechat_key == wechat, by_id))
    if phone:
        found.append(("phone", Merchant.phone == phone, by_id))
    if name_key:
        found.append(("payee", Merchant.payee_key == name_key, by_id))
    for kind, key in (("uscc", uscc), ("wechat_id", wechat), ("phone", phone)):
        if key:
            found.append((kind, _alias(kind, MerchantAlias.value_key == key), by_id))
    if wechat:
        found.append(
            (
                "wechat_id",
                prefix_match(Merchant.wechat_key, wechat, dialect),
                prefix_order(Merchant.wechat_key, dialect),
            )
        )
    if digits_only:
        found.append(("phone", prefix_match(Merchant.phone, digits, dialect), prefix_order(Merchant.phone, dialect)))
    if len(compact) >= 4 and compact.isalnum() and compact.isascii():
        found.append(
            ("uscc", prefix_match(Merchant.uscc, compact.upper(), dialect), prefix_order(Merchant.uscc, dialect))
        )
    if name_key:
        found.append(
            ("name", prefix_match(Merchant.name_key, name_key, dialect), prefix_order(Merchant.name_key, dialect))
        )
        found.append(
            (
                "alias",
                _alias(("name", "shop", "payee"), prefix_match(MerchantAlias.value_key, name_key, dialect)),
                by_id,
            )
        )
    if len(name_key) >= MIN_CONTAINS_CHARS or digits_only:
        found += _contains(digits if digits_only else compact, name_key, digits_only, dialect)
    return found


def _resolve(session: Session, row: Any) -> Any:
    """Follow ``merged_into_id`` to the record that survives."""
    while row.merged_into_id is not None:
        row = session.execute(select(*HIT_COLUMNS).where(Merchant.id == row.merged_into_id)).one()
    return row


def matching_merchants(session: Session, text: str, limit: int) -> list[tuple[Any, str]]:
    """The surviving merchants matching ``text``, best first, each with what it matched by (rows of
    :data:`HIT_COLUMNS`)."""
    dialect = session.get_bind().dialect.name
    chosen: dict[int, tuple[Any, str]] = {}
    for matched_by, condition, order in _lookups(text, dialect):
        if len(chosen) >= limit:
            break
        keys = (order, Merchant.id) if order is not Merchant.id else (Merchant.id,)
        rows = session.execute(select(*HIT_COLUMNS).where(condition).order_by(*keys).limit(limit * 2))
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


def search_merchants(db: Database, actor: Actor, text: str, limit: int = 10) -> list[MerchantHit]:
    """Merchants matching what the clerk has typed so far (a name, WeChat ID, phone, credit code), best matches
    first (at most ``limit``); names of private sellers, WeChat IDs and phones masked for the actor's roles."""
    if not text or not text.strip() or limit <= 0:
        return []
    actor.require_active()
    with db.read() as session:
        found = matching_merchants(session, text, limit)
        counts = case_counts(session, (m.id for m, _ in found))
        shown = {m.id: present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone) for m, _ in found}
        return [
            MerchantHit(
                id=m.id,
                name=shown[m.id][0],
                kind=m.kind,
                wechat_id=shown[m.id][1],
                phone=shown[m.id][2],
                uscc=m.uscc,
                case_count=counts.get(m.id, (0, 0))[0],
                open_count=counts.get(m.id, (0, 0))[1],
                blacklisted=m.blacklisted,
                matched_by=matched_by,
            )
            for m, matched_by in found
        ]
