"""Benchmarks of merchant work: the look-up as the clerk types, and the merchant page.

Floors run the SQL that returns the same rows with raw sqlite3: the matching merchants with their case
counts, and for the page the merchant, its latest cases, its counts and the money recovered.
"""

from __future__ import annotations

import itertools

from app.services.context import Actor
from app.services.merchants.profile import PROFILE_CASES, merchant_profile
from app.services.merchants.search import search_merchants
from bench import POSTGRESQL, SQLITE, BenchContext, Run, benchmark

BOTH = (SQLITE, POSTGRESQL)

LIMIT = 10
OPEN = "('registered','accepted','mediating','suspended','agreed','terminated')"


def _counts_raw(ctx: BenchContext, ids: list[int]) -> list[tuple[int, int, int]]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return (
        ctx.raw()
        .execute(
            f"SELECT merchant_id, count(*), count(*) FILTER (WHERE state IN {OPEN}) FROM cases "
            f"WHERE merchant_id IN ({marks}) GROUP BY merchant_id",
            ids,
        )
        .fetchall()
    )


def _lookup_raw(ctx: BenchContext, column: str, prefix: str) -> None:
    """The first merchants in the key's index order whose key starts with ``prefix``: a range scan of
    the index (ordering by id instead would let SQLite walk the whole table in rowid order)."""
    rows = (
        ctx.raw()
        .execute(
            f"SELECT id, name, kind, wechat_id, phone, uscc, blacklisted FROM merchants "
            f"WHERE {column} >= ? AND {column} < ? AND merged_into_id IS NULL ORDER BY {column}, id LIMIT ?",
            (prefix, prefix + "\uffff", LIMIT),
        )
        .fetchall()
    )
    _counts_raw(ctx, [r[0] for r in rows])


def _typed(ctx: BenchContext, column: str, length: int) -> list[str]:
    """What a clerk has typed after ``length`` characters, for merchants with several cases."""
    rows = (
        ctx.raw()
        .execute(
            f"SELECT m.{column} FROM merchants m WHERE m.{column} IS NOT NULL AND length(m.{column}) > ? "
            "AND m.id IN (SELECT merchant_id FROM cases GROUP BY merchant_id HAVING count(*) >= 3 LIMIT 500)",
            (length,),
        )
        .fetchall()
    )
    return [r[0][:length] for r in ctx.rng.sample(rows, min(ctx.runs + 1, len(rows)))]


def _lookup(ctx: BenchContext, column: str, length: int) -> tuple[Run, Run]:
    db = ctx.database()
    typed = _typed(ctx, column, length)
    for_app, for_floor = itertools.cycle(typed), itertools.cycle(typed)

    def app() -> None:
        search_merchants(db, Actor.cli(), next(for_app), LIMIT)

    def floor() -> None:
        _lookup_raw(ctx, column, next(for_floor))

    return app, floor


@benchmark("merchant_lookup_name", runs=21, backends=BOTH)
def merchant_lookup_name(ctx: BenchContext) -> tuple[Run, Run]:
    """Merchant look-up after two characters of a name, vs the name-key prefix query and case counts."""
    return _lookup(ctx, "name_key", 2)


@benchmark("merchant_lookup_wechat", runs=21, backends=BOTH)
def merchant_lookup_wechat(ctx: BenchContext) -> tuple[Run, Run]:
    """Merchant look-up after five characters of a WeChat ID, vs the WeChat-key prefix query and counts."""
    return _lookup(ctx, "wechat_key", 5)


@benchmark("merchant_lookup_phone", runs=21, backends=BOTH)
def merchant_lookup_phone(ctx: BenchContext) -> tuple[Run, Run]:
    """Merchant look-up after seven digits of a phone number, vs the phone prefix query and counts."""
    return _lookup(ctx, "phone", 7)


def _page_raw(ctx: BenchContext, merchant_id: int) -> None:
    conn = ctx.raw()
    conn.execute("SELECT * FROM merchants WHERE id = ?", (merchant_id,)).fetchone()
    conn.execute(
        "SELECT c.case_no, c.received_on, c.state, p.name, c.amount_claimed, c.outcome, c.recovered_amount, "
        "c.termination_ground, c.group_id FROM cases c JOIN consumers p ON p.id = c.consumer_id "
        "WHERE c.merchant_id = ? ORDER BY c.received_on DESC, c.id DESC LIMIT ?",
        (merchant_id, PROFILE_CASES),
    ).fetchall()
    conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE state IN {OPEN}), min(received_on), max(received_on), "
        "count(*) FILTER (WHERE termination_ground = 'absent_or_refused') FROM cases WHERE merchant_id = ?",
        (merchant_id,),
    ).fetchone()
    conn.execute(
        "SELECT sum(round(recovered_amount * 100)) FROM cases WHERE merchant_id = ? AND state = 'closed' "
        "AND outcome IN ('performed', 'self_settled')",
        (merchant_id,),
    ).fetchone()


@benchmark("merchant_page", runs=15, backends=BOTH)
def merchant_page(ctx: BenchContext) -> tuple[Run, Run]:
    """The page of a merchant with many complaints, vs the same merchant, cases, counts and sum by raw SQL."""
    db, today = ctx.database(), ctx.today
    busiest = [
        r[0]
        for r in ctx.raw()
        .execute("SELECT merchant_id FROM cases GROUP BY merchant_id ORDER BY count(*) DESC LIMIT 5")
        .fetchall()
    ]
    for_app, for_floor = itertools.cycle(busiest), itertools.cycle(busiest)

    def app() -> None:
        merchant_profile(db, Actor.cli(), next(for_app), today)

    def floor() -> None:
        _page_raw(ctx, next(for_floor))

    return app, floor


SIMILAR_LIMIT = 5
CANDIDATES_MAX = 5000  # as app.services.merchants.identity.CANDIDATES_MAX


def _variants(ctx: BenchContext) -> list[str]:
    """Names as a clerk might type a known merchant's: one character of a four-or-more character name
    replaced."""
    rows = (
        ctx.raw()
        .execute("SELECT name FROM merchants WHERE length(name) >= 4 AND id % 97 = 0 ORDER BY id LIMIT 500")
        .fetchall()
    )
    picked = ctx.rng.sample([r[0] for r in rows], min(ctx.runs + 1, len(rows)))
    variants = []
    for name in picked:
        at = ctx.rng.randrange(len(name))
        variants.append(name[:at] + "家" + name[at + 1 :])
    return variants


def _similar_raw(ctx: BenchContext, name: str) -> list[tuple[str, float, int]]:
    """The same candidates read by hand (trigram index, key prefix), scored by rapidfuzz."""
    from rapidfuzz import fuzz, process

    from app.domain.identifiers import normalize_name
    from app.services.merchants.identity import SIMILAR_NAME_CUTOFF

    conn, key = ctx.raw(), normalize_name(name)
    lowered = name.lower()
    grams = list(dict.fromkeys(lowered[i : i + 3] for i in range(len(lowered) - 2)))
    prefix = key[:1] if len(key) <= 4 else key[:2]
    ids: set[int] = set()
    if ctx.backend == SQLITE:
        query = "name : (" + " OR ".join(f'"{g}"' for g in grams) + ")"
        ids.update(
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH ? LIMIT ?", (query, CANDIDATES_MAX)
            )
        )
    else:
        anyof = " OR ".join("name LIKE ?" for _ in grams[:20])
        ids.update(
            r[0]
            for r in conn.execute(
                f"SELECT id FROM merchants WHERE {anyof} LIMIT ?", (*[f"%{g}%" for g in grams[:20]], CANDIDATES_MAX)
            )
        )
    ids.update(
        r[0]
        for r in conn.execute(
            "SELECT id FROM merchants WHERE name_key >= ? AND name_key < ? ORDER BY name_key LIMIT ?",
            (prefix, prefix + "\U0010ffff", CANDIDATES_MAX),
        )
    )
    marks = ",".join("?" * len(ids))
    choices = dict(
        conn.execute(
            f"SELECT id, name_key FROM merchants WHERE id IN ({marks}) AND merged_into_id IS NULL", list(ids)
        ).fetchall()
    )
    best = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=SIMILAR_NAME_CUTOFF, limit=SIMILAR_LIMIT)
    found = [b[2] for b in best]
    if found:
        marks = ",".join("?" * len(found))
        conn.execute(f"SELECT id, name, wechat_id, phone FROM merchants WHERE id IN ({marks})", found).fetchall()
    return best


@benchmark("merchant_similar_names", runs=15, backends=BOTH)
def merchant_similar_names(ctx: BenchContext) -> tuple[Run, Run]:
    """Merchants with names similar to a typed one (one character changed), vs the same candidates read
    by hand and scored by rapidfuzz."""
    from app.services.merchants.identity import similar_merchants

    db = ctx.database()
    names = _variants(ctx)
    for_app, for_floor = itertools.cycle(names), itertools.cycle(names)

    def app() -> None:
        similar_merchants(db, next(for_app), limit=SIMILAR_LIMIT)

    def floor() -> None:
        _similar_raw(ctx, next(for_floor))

    return app, floor
