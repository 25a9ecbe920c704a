"""Finding merchants as the clerk types: by name (prefix, then contains), WeChat ID, phone, USCC or payee.

Typed text is normalised the way identifiers are stored (``app.domain.identifiers``), so "+86 139-0000-1111"
finds the seller stored as "13900001111", and "MeiZhuang_88" the one stored as "meizhuang_88". A record
merged into another leads to the one it was merged into; merged-away records are never offered.
Exact identifier matches come first, then identifier prefixes, then name prefixes, then names (or, for
digits, phone numbers) containing the text. Every look-up is one indexed query of plain columns: prefixes
walk the column's index in its order, "contains" asks the trigram search index (FTS5 on SQLite from three
characters, pg_trgm on PostgreSQL), and only when the others found too few; a two-character name fragment
is looked for by a scan. All the look-ups of one keystroke, the merges and the case counts are one
statement (:func:`_statement`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    case,
    distinct,
    func,
    literal_column,
    select,
    union_all,
)
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


def _prefix_pattern(prefix: str, dialect: str) -> str:
    """The pattern of :func:`prefix_match` for ``prefix``."""
    return escape_glob(prefix) + "*" if dialect == "sqlite" else escape_like(prefix) + "%"


def _prefix_of(column: Any, pattern: Any, dialect: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        return column.op("GLOB")(pattern)  # type: ignore[no-any-return]
    return column.collate("C").like(pattern, escape=LIKE_ESCAPE)  # type: ignore[no-any-return]


def prefix_match(
    column: InstrumentedAttribute[str | None] | InstrumentedAttribute[str], prefix: str, dialect: str
) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, written so that the column's plain index is used.

    SQLite's LIKE ignores ASCII case and so cannot use a BINARY index; GLOB is case-sensitive and can.
    PostgreSQL uses an index for LIKE 'prefix%' only under the C collation: the column is compared under
    it, which the index of migration 0016 is built on (whatever the database's own collation).
    """
    return _prefix_of(column, _prefix_pattern(prefix, dialect), dialect)


def prefix_order(column: Any, dialect: str) -> Any:
    """The order of a prefix look-up that its index gives (C collation on PostgreSQL, see above)."""
    return column.collate("C") if dialect == "postgresql" else column


def _alias(kind: str | tuple[str, ...], condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Merchants that appeared under an alias of this kind meeting the condition."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return Merchant.id.in_(select(MerchantAlias.merchant_id).where(MerchantAlias.kind.in_(kinds), condition))


def _fts_contains() -> ColumnElement[bool]:
    """The first ``:fetch`` merchants by id matching the FTS5 query ``:fts`` of the trigram index (a part of
    three characters or more): FTS5 gives its matches in rowid order, so it stops there instead of
    listing every match (thousands for five digits of a phone)."""
    matches = sql_text("SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH :fts ORDER BY rowid LIMIT :fetch")
    return Merchant.id.in_(matches.columns(Merchant.id))


def _fts_query(column: str, part: str) -> str:
    return f'{column} : "' + part.replace('"', '""') + '"'


def _condition(key: str, dialect: str) -> tuple[ColumnElement[bool], Any]:
    """The condition of the look-up named ``key`` (its values are bound parameters, named as the values of
    :func:`_lookups`) and the order that lets its index answer it."""
    by_id: Any = Merchant.id
    exact = {
        "uscc": (Merchant.uscc, "uscc"),
        "wechat": (Merchant.wechat_key, "wechat"),
        "phone": (Merchant.phone, "phone"),
        "payee": (Merchant.payee_key, "name_key"),
    }
    prefixes = {
        "wechat_prefix": (Merchant.wechat_key, "wechat_pattern"),
        "phone_prefix": (Merchant.phone, "digits_pattern"),
        "uscc_prefix": (Merchant.uscc, "uscc_pattern"),
        "name_prefix": (Merchant.name_key, "name_pattern"),
    }
    if key in exact:
        column, value = exact[key]
        return column == bindparam(value), by_id
    if key.endswith("_alias"):
        kind = key.removesuffix("_alias")
        return _alias("wechat_id" if kind == "wechat" else kind, MerchantAlias.value_key == bindparam(kind)), by_id
    if key in prefixes:
        column, value = prefixes[key]
        return _prefix_of(column, bindparam(value), dialect), prefix_order(column, dialect)
    if key == "name_alias_prefix":
        found = _alias(
            ("name", "shop", "payee"), _prefix_of(MerchantAlias.value_key, bindparam("name_pattern"), dialect)
        )
        return found, by_id
    if key == "fts":
        return _fts_contains(), by_id
    if key == "name_scan":  # SQLite, under three characters
        return Merchant.name_key.op("GLOB")(bindparam("contains")), by_id
    # PostgreSQL: ordered by id + 0, so that the trigram index finds the few matches instead of a walk of
    # the primary key; names ignore case, as FTS5's trigram index does on SQLite
    column = Merchant.phone if key == "phone_contains" else Merchant.name
    like = column.like if key == "phone_contains" else column.ilike
    return like(bindparam("contains"), escape=LIKE_ESCAPE), Merchant.id + 0


class Lookup(NamedTuple):
    """One way of matching what was typed: the condition's name (:func:`_condition`), what it matches by,
    and whether it is a "contains" look-up, tried only when the others found too few (it may read every
    merchant, or long lists of the trigram index: "wxid_" is in a fortieth of the WeChat IDs)."""

    key: str
    matched_by: str
    contains: bool = False


def _contains(part: str, name_key: str, digits_only: bool, dialect: str) -> tuple[list[Lookup], dict[str, str]]:
    """The "contains" look-up of what was typed (phone numbers for digits, names otherwise) and its value."""
    matched_by = "phone" if digits_only else "name"
    if dialect == "postgresql":
        part = part if digits_only else part.strip()
        key = "phone_contains" if digits_only else "name_contains"
        return [Lookup(key, matched_by, contains=True)], {"contains": f"%{escape_like(part)}%"}
    if len(part if digits_only else name_key) >= TRIGRAM:
        column = "phone" if digits_only else "name"
        return [Lookup("fts", matched_by, contains=True)], {
            "fts": _fts_query(column, part if digits_only else part.strip())
        }
    if digits_only:
        return [], {}
    return [Lookup("name_scan", matched_by, contains=True)], {"contains": "*" + escape_glob(name_key) + "*"}


def _lookups(text: str, dialect: str) -> tuple[list[Lookup], dict[str, str]]:
    """The look-ups to try, best first, and the values they are asked with."""
    compact = to_halfwidth(text)
    name_key = normalize_name(compact)
    wechat = _try(normalize_wechat_id, compact)
    phone = _try(normalize_phone, compact)
    uscc = _try(normalize_uscc, compact)
    digits = "".join(ch for ch in compact if ch.isdigit())
    digits_only = len(digits) >= 3 and digits == compact.replace(" ", "").replace("-", "")
    found: list[Lookup] = []
    values: dict[str, str] = {}
    if uscc:
        found.append(Lookup("uscc", "uscc"))
        values["uscc"] = uscc
    if wechat:
        found.append(Lookup("wechat", "wechat_id"))
        values["wechat"] = wechat
    if phone:
        found.append(Lookup("phone", "phone"))
        values["phone"] = phone
    if name_key:
        found.append(Lookup("payee", "payee"))
        values["name_key"] = name_key
    found += [Lookup(f"{key}_alias", matched_by) for key, matched_by in _EXACT_ALIASES if key in values]
    if wechat:
        found.append(Lookup("wechat_prefix", "wechat_id"))
        values["wechat_pattern"] = _prefix_pattern(wechat, dialect)
    if digits_only:
        found.append(Lookup("phone_prefix", "phone"))
        values["digits_pattern"] = _prefix_pattern(digits, dialect)
    if len(compact) >= 4 and compact.isalnum() and compact.isascii():
        found.append(Lookup("uscc_prefix", "uscc"))
        values["uscc_pattern"] = _prefix_pattern(compact.upper(), dialect)
    if name_key:
        found += [Lookup("name_prefix", "name"), Lookup("name_alias_prefix", "alias")]
        values["name_pattern"] = _prefix_pattern(name_key, dialect)
    if len(name_key) >= MIN_CONTAINS_CHARS or digits_only:
        contains, value = _contains(digits if digits_only else compact, name_key, digits_only, dialect)
        found += contains
        values.update(value)
    return found, values


_EXACT_ALIASES = (("uscc", "uscc"), ("wechat", "wechat_id"), ("phone", "phone"))


def _branch(rank: int, key: str, dialect: str, gate: ColumnElement[bool] | None) -> Select[Any]:
    """The look-up's first ``:fetch`` rows in its index order (a subquery of its own, so that it walks its own
    index), numbered by ``rank`` and position; none unless ``gate`` holds.

    The gate is a LIMIT of 0, which both databases see before reading anything (SQLite tests a condition
    of WHERE on every row; PostgreSQL would still start parallel workers for a scan, 15 ms). On PostgreSQL
    an outer LIMIT ``:fetch`` keeps the planner's estimate: for a LIMIT it cannot compute it expects a
    tenth of the matches, and a statement that looks costly enough is compiled by JIT (50-100 ms).
    """
    condition, order = _condition(key, dialect)
    fetch = bindparam("fetch", type_=Integer)
    by_id = order is Merchant.id
    columns = [Merchant.id, Merchant.merged_into_id] + ([] if by_id else [order.label("sort_key")])
    inner = (
        select(*columns)
        .where(condition)
        .order_by(*((order,) if by_id else (order, Merchant.id)))
        .limit(fetch if gate is None else case((gate, fetch), else_=0))
        .subquery()
    )
    if gate is not None and dialect == "postgresql":
        inner = select(inner).limit(fetch).subquery()
    sort_key = prefix_order(inner.c.sort_key, dialect) if isinstance(order.type, String) else None
    position = (inner.c.id,) if sort_key is None else (sort_key, inner.c.id)  # the inner order, on its rows
    return select(
        literal_column(str(rank), Integer).label("rank"),
        func.row_number().over(order_by=position).label("pos"),
        inner.c.id,
        inner.c.merged_into_id.label("next_id"),
    )


@lru_cache(maxsize=128)
def _statement(lookups: tuple[Lookup, ...], dialect: str, counts: bool) -> Select[Any]:
    """One statement for the look-ups (built once per shape; values are bound parameters, with ``fetch``,
    ``span`` and ``limit``): each look-up's rows (:func:`_branch`), the "contains" ones only when the
    others found fewer than ``limit`` merchants that were not merged away; merged records followed to the
    one that survives (a recursive walk of ``merged_into_id``); each survivor kept at its best place; the
    first ``limit`` of them with, if ``counts``, their cases and open cases."""
    first = [_branch(rank, lookup.key, dialect, None) for rank, lookup in enumerate(lookups) if not lookup.contains]
    later = [(rank, lookup.key) for rank, lookup in enumerate(lookups) if lookup.contains]
    if first and later:
        found = union_all(*first).cte("found")
        standing = select(func.count(distinct(found.c.id))).where(found.c.next_id.is_(None)).scalar_subquery()
        gate = standing < bindparam("limit")
        branches = [select(found), *(_branch(rank, key, dialect, gate) for rank, key in later)]
    else:
        branches = [*first, *(_branch(rank, key, dialect, None) for rank, key in later)]
    hits = union_all(*branches).cte("hits")
    chain = select(hits.c.rank, hits.c.pos, hits.c.id, hits.c.next_id).cte("chain", recursive=True)
    # the next record by a subquery, not a join: a join's plan is chosen for the rows the planner expects
    # (PostgreSQL expects thousands and hashes every merchant), a subquery reads one row by its key
    onward = Merchant.__table__.alias("onward")
    then = select(onward.c.merged_into_id).where(onward.c.id == chain.c.next_id).scalar_subquery()
    chain = chain.union_all(
        select(chain.c.rank, chain.c.pos, chain.c.next_id, then).where(chain.c.next_id.is_not(None))
    )
    place = func.min(chain.c.rank * bindparam("span") + chain.c.pos).label("place")
    best = (
        select(chain.c.id, place, func.min(chain.c.rank).label("rank"))
        .where(chain.c.next_id.is_(None))
        .group_by(chain.c.id)
        .order_by(place)
        .limit(bindparam("limit"))
        .subquery("best")
    )
    shown: list[Any] = [*HIT_COLUMNS, best.c.rank]
    if counts:
        is_open = Case.state.in_([s.value for s in OPEN_STATES])
        cases_of = select(func.count()).where(Case.merchant_id == Merchant.id)
        shown += [
            cases_of.scalar_subquery().label("case_count"),
            cases_of.where(is_open).scalar_subquery().label("open_count"),
        ]
    return select(*shown).join(best, best.c.id == Merchant.id).order_by(best.c.place)


def matching_merchants(session: Session, text: str, limit: int, counts: bool = False) -> list[tuple[Any, str]]:
    """The surviving merchants matching ``text``, best first, each with what it matched by (rows of
    :data:`HIT_COLUMNS`, and ``case_count`` and ``open_count`` if ``counts``).

    One statement (see :func:`_statement`).
    """
    dialect = session.get_bind().dialect.name
    lookups, values = _lookups(text, dialect)
    if not lookups:
        return []
    params = {**values, "fetch": 2 * limit, "span": 2 * limit + 1, "limit": limit}
    rows = session.connection().execute(_statement(tuple(lookups), dialect, counts), params)
    return [(row, lookups[row.rank].matched_by) for row in rows]


def search_merchants(db: Database, actor: Actor, text: str, limit: int = 10) -> list[MerchantHit]:
    """Merchants matching what the clerk has typed so far (a name, WeChat ID, phone, credit code), best matches
    first (at most ``limit``); names of private sellers, WeChat IDs and phones masked for the actor's roles."""
    if not text or not text.strip() or limit <= 0:
        return []
    actor.require_active()
    with db.read() as session:
        if not db.is_sqlite:
            # one statement, nothing to hold a transaction open for: no BEGIN and ROLLBACK round trips
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        found = matching_merchants(session, text, limit, counts=True)
    hits = []
    for m, matched_by in found:
        name, wechat_id, phone = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)
        hits.append(
            MerchantHit(
                id=m.id,
                name=name,
                kind=m.kind,
                wechat_id=wechat_id,
                phone=phone,
                uscc=m.uscc,
                case_count=m.case_count,
                open_count=m.open_count,
                blacklisted=m.blacklisted,
                matched_by=matched_by,
            )
        )
    return hits
