"""Recognising a merchant across cases by its normalised identifiers, and creating new ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.identifiers import normalize_name
from app.services.audit import serialize_writes
from app.services.cases.drafts import CleanCase, MerchantDraft
from app.store.database import Database
from app.store.merchant_records import MerchantAlias
from app.store.merchants import Merchant
from app.store.patterns import escape_like

SIMILAR_NAME_CUTOFF = 75
"""Least similarity at which another merchant's name is offered to the clerk.

Similarity = rapidfuzz ``fuzz.WRatio`` of the two name keys (``normalize_name``: no spaces or punctuation,
lower-case), 0-100. Four-character shop names differing in one character score 75.
"""


def find_by_identifiers(
    session: Session, uscc: str | None, wechat_key: str | None, phone: str | None, payee_key: str | None
) -> Merchant | None:
    """The merchant sharing any identifier (USCC, WeChat ID, phone, payee), oldest first; merged ones
    lead to the record they were merged into."""
    conditions = []
    if uscc:
        conditions.append(Merchant.uscc == uscc)
    if wechat_key:
        conditions.append(Merchant.wechat_key == wechat_key)
    if phone:
        conditions.append(Merchant.phone == phone)
    if payee_key:
        conditions.append(Merchant.payee_key == payee_key)
    if not conditions:
        return None
    found = session.scalars(select(Merchant).where(or_(*conditions)).order_by(Merchant.id).limit(1)).first()
    if found is None:
        found = _find_by_alias(session, {"uscc": uscc, "wechat_id": wechat_key, "phone": phone, "payee": payee_key})
    while found is not None and found.merged_into_id is not None:
        found = session.get(Merchant, found.merged_into_id)
    return found


def _find_by_alias(session: Session, keys: dict[str, str | None]) -> Merchant | None:
    """The oldest merchant that once appeared under one of these identifiers (a second phone, ...)."""
    conditions = [(MerchantAlias.kind == kind) & (MerchantAlias.value_key == key) for kind, key in keys.items() if key]
    merchant_id = session.scalar(
        select(MerchantAlias.merchant_id).where(or_(*conditions)).order_by(MerchantAlias.merchant_id).limit(1)
    )
    return session.get(Merchant, merchant_id) if merchant_id is not None else None


def merchant_for_case(session: Session, clean: CleanCase) -> tuple[Merchant, bool]:
    """The merchant a new case is against: an existing one found by an identifier, else a new record.
    Returns the merchant and whether it was created."""
    draft: MerchantDraft = clean.draft.merchant
    payee_key = normalize_name(draft.payee) if draft.payee else None
    serialize_writes(session)  # one look-up-or-create at a time on PostgreSQL, in commit order
    found = find_by_identifiers(session, clean.merchant_uscc, clean.merchant_wechat, clean.merchant_phone, payee_key)
    if found is not None:
        _fill_missing(found, draft, clean, payee_key)
        note_aliases(session, found, draft, clean)
        return found, False
    merchant = Merchant(
        name=draft.name or draft.wechat_id or draft.payee or draft.phone or "未知经营者",
        kind=draft.kind or "unregistered",
        uscc=clean.merchant_uscc,
        wechat_id=draft.wechat_id or None,
        wechat_key=clean.merchant_wechat,
        phone=clean.merchant_phone,
        payee=draft.payee or None,
        payee_key=payee_key,
        shop_name=draft.shop_name or None,
        address=draft.address or None,
        verified=bool(draft.verified_how),
        verified_how=draft.verified_how or None,
        created_at=now_local(),
    )
    merchant.name_key = normalize_name(merchant.name)
    session.add(merchant)
    session.flush()
    note_aliases(session, merchant, draft, clean)
    return merchant, True


def _fill_missing(merchant: Merchant, draft: MerchantDraft, clean: CleanCase, payee_key: str | None) -> None:
    """Add identifiers the record did not have yet; never overwrite what is known."""
    if not merchant.uscc and clean.merchant_uscc:
        merchant.uscc = clean.merchant_uscc
    if not merchant.wechat_key and clean.merchant_wechat:
        merchant.wechat_id, merchant.wechat_key = draft.wechat_id, clean.merchant_wechat
    if not merchant.phone and clean.merchant_phone:
        merchant.phone = clean.merchant_phone
    if not merchant.payee_key and payee_key:
        merchant.payee, merchant.payee_key = draft.payee, payee_key


def _alias_values(draft: MerchantDraft, clean: CleanCase | None) -> list[tuple[str, str, str]]:
    """(kind, value as typed, normalised key) for every name and identifier in the draft."""
    values: list[tuple[str, str, str]] = []
    for kind, raw in (("name", draft.name), ("shop", draft.shop_name), ("payee", draft.payee)):
        if raw and raw.strip() and normalize_name(raw):
            values.append((kind, raw.strip(), normalize_name(raw)))
    if clean is not None:
        for kind, raw, key in (
            ("wechat_id", draft.wechat_id, clean.merchant_wechat),
            ("phone", draft.phone, clean.merchant_phone),
            ("uscc", draft.uscc, clean.merchant_uscc),
        ):
            if key:
                values.append((kind, raw.strip() or key, key))
    return values


def note_aliases(session: Session, merchant: Merchant, draft: MerchantDraft, clean: CleanCase | None) -> None:
    """Remember each name and identifier the merchant appeared under, once per merchant."""
    for kind, value, key in _alias_values(draft, clean):
        exists = session.scalar(
            select(MerchantAlias.id).where(
                MerchantAlias.merchant_id == merchant.id,
                MerchantAlias.kind == kind,
                MerchantAlias.value_key == key[:120],
            )
        )
        if exists is None:
            session.add(
                MerchantAlias(
                    merchant_id=merchant.id, kind=kind, value=value[:120], value_key=key[:120], seen_at=now_local()
                )
            )
    session.flush()


@dataclass(frozen=True)
class SimilarMerchant:
    """Another merchant whose name looks alike; offered to the clerk, never merged by itself."""

    id: int
    name: str
    wechat_id: str | None
    phone: str | None
    similarity: int


GRAM_COMMON = 400
"""A three-character run found in more names than this says little about a name: its matches are not read
(the first ``GRAM_COMMON + 1`` only, to know); "深圳市" or "有限公" are in tens of thousands."""

CANDIDATES_MAX = 400
"""At most this many merchants sharing runs with the name are scored: those sharing the most."""

PREFIX_MAX = 2000
"""At most this many merchants starting like the name's key (of about its length) are scored."""

SHORT_NAME = 6
"""Keys of at most this many characters are also matched by their first characters: one changed character
can leave a longer name no run of three in common only if the name is shorter."""

LONG_NAME = 24
"""Runs of at most this many characters' worth of a name are looked up."""


def _trigrams(text: str) -> list[str]:
    return list(dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2)))


def _sharing(session: Session, runs: list[str]) -> tuple[dict[int, str], list[str]]:
    """The merchants (id -> name key, not merged away) sharing the most uncommon runs with the name (at most
    CANDIDATES_MAX), and the common runs (in more than GRAM_COMMON names), in one statement: each run's
    first ``GRAM_COMMON + 1`` matches by the FTS5 trigram index on SQLite, pg_trgm's on PostgreSQL (any
    case), counted by the database."""
    if not runs:
        return {}, []
    is_sqlite = session.get_bind().dialect.name == "sqlite"
    parts: list[str] = []
    values: dict[str, object] = {"over": GRAM_COMMON + 1, "common": GRAM_COMMON, "top": CANDIDATES_MAX}
    for i, run in enumerate(runs):
        if is_sqlite:
            values[f"r{i}"] = 'name : "' + run.replace('"', '""') + '"'
            one = f"SELECT rowid AS id FROM merchants_fts WHERE merchants_fts MATCH :r{i} LIMIT :over"
        else:
            values[f"r{i}"] = "%" + escape_like(run) + "%"
            one = f"SELECT id FROM merchants WHERE name ILIKE :r{i} ESCAPE '\\' LIMIT :over"
        parts.append(f"SELECT {i} AS run, id FROM ({one}) AS r{i}")
    rows = session.execute(
        text(
            f"WITH m AS ({' UNION ALL '.join(parts)}), "
            "sizes AS (SELECT run, count(*) AS n FROM m GROUP BY run), "
            "top AS (SELECT m.id, count(*) AS shared FROM m JOIN sizes ON sizes.run = m.run "
            "WHERE sizes.n <= :common GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT :top) "
            "SELECT merchants.id, merchants.name_key, NULL AS run FROM top JOIN merchants ON merchants.id = top.id "
            "WHERE merchants.merged_into_id IS NULL "
            "UNION ALL SELECT NULL, NULL, run FROM sizes WHERE n > :common"
        ),
        values,
    ).all()
    found = {mid: name_key for mid, name_key, run in rows if run is None and name_key}
    return found, [runs[run] for _, _, run in rows if run is not None]


def _with_all(session: Session, runs: list[str]) -> Any:
    """(id, name key) of merchants, not merged away, whose names have all these runs (at most PREFIX_MAX)."""
    alive = Merchant.merged_into_id.is_(None)
    if session.get_bind().dialect.name == "sqlite":
        query = " AND ".join('"' + run.replace('"', '""') + '"' for run in runs)
        matches = text("SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH :q LIMIT :n").bindparams(
            q=f"name : ({query})", n=PREFIX_MAX
        )
        return session.execute(
            select(Merchant.id, Merchant.name_key).where(Merchant.id.in_(matches.columns(Merchant.id)), alive)
        )
    having = [Merchant.name.ilike("%" + escape_like(run) + "%", escape="\\") for run in runs]
    return session.execute(select(Merchant.id, Merchant.name_key).where(*having, alive).limit(PREFIX_MAX))


def _candidates(session: Session, name: str, key: str) -> dict[int, str]:
    """Merchants (not merged away) whose names could be similar, with their name keys: those sharing the
    most uncommon three-character runs with the name (the trigram search index); those having all its
    common runs ("X的摄影工作室" typed as "阿家的摄影工作室" shares only those); and for a short name
    (SHORT_NAME) those starting like its key, of about its length (the key's index: short names may share
    no run).

    Names differing in one character share a run of three unless the name is short; the key prefix covers
    those (WRatio of two four-character keys differing in the second character is 75, the cut-off).
    """
    found, common = _sharing(session, _trigrams(name.strip().lower()[:LONG_NAME]))
    if len(common) >= 2:
        found.update((mid, name_key) for mid, name_key in _with_all(session, common).all() if name_key)
    if len(key) > SHORT_NAME:
        return found
    prefix = key[:1] if len(key) <= 4 else key[:2]
    rows = session.execute(
        select(Merchant.id, Merchant.name_key)
        .where(
            Merchant.name_key >= prefix,
            Merchant.name_key < prefix + "\U0010ffff",
            func.length(Merchant.name_key).between(len(key) - 2, len(key) + 2),
            Merchant.merged_into_id.is_(None),
        )
        .order_by(Merchant.name_key)
        .limit(PREFIX_MAX)
    ).all()
    found.update((mid, name_key) for mid, name_key in rows if name_key)
    return found


def similar_merchants(
    db: Database, name: str, exclude_id: int | None = None, limit: int = 5, cutoff: int = SIMILAR_NAME_CUTOFF
) -> list[SimilarMerchant]:
    """Merchants (not merged away) whose names are similar to ``name`` (see SIMILAR_NAME_CUTOFF), scored
    among the candidates the indexes give (see :func:`_candidates`), not among every merchant."""
    key = normalize_name(name or "")
    if not key:
        return []
    with db.read() as session:
        choices = _candidates(session, name, key)
        if exclude_id is not None:
            choices.pop(exclude_id, None)
        choices = dict(sorted(choices.items()))  # equal scores: the oldest merchants first, on either database
        best = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=cutoff, limit=limit)
        found = {
            row.id: row
            for row in session.execute(
                select(Merchant.id, Merchant.name, Merchant.wechat_id, Merchant.phone).where(
                    Merchant.id.in_([b[2] for b in best])
                )
            )
        }
        return [
            SimilarMerchant(found[mid].id, found[mid].name, found[mid].wechat_id, found[mid].phone, round(score))
            for _, score, mid in best
        ]
