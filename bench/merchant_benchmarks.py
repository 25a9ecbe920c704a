"""Benchmarks of merchant work: the look-up as the clerk types, and the merchant page.

Floors run the SQL that returns the same rows with raw sqlite3 (or psycopg): the look-ups the application
makes for the typed text, one query each, the merged records followed and the matching merchants' case
counts, and for the page the merchant, its latest cases, its counts and the money recovered.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from app.domain.errors import InvalidValue
from app.domain.identifiers import normalize_name, normalize_phone, normalize_uscc, normalize_wechat_id, to_halfwidth
from app.services.context import Actor
from app.services.merchants.profile import PROFILE_CASES, merchant_profile
from app.services.merchants.search import search_merchants
from app.store.patterns import escape_glob, escape_like
from bench import POSTGRESQL, SQLITE, BenchContext, Run, benchmark

BOTH = (SQLITE, POSTGRESQL)

LIMIT = 10
HIT = "id, name, kind, wechat_id, phone, uscc, blacklisted, merged_into_id"
NAME_ALIASES = "('name', 'shop', 'payee')"
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


def _try(normalise: Callable[[str], str], text: str) -> str | None:
    try:
        return normalise(text)
    except InvalidValue:
        return None


def _lookup_branches(text: str, pg: bool) -> list[tuple[str, tuple[Any, ...], str]]:
    """(condition, values, order) of each look-up the application makes for ``text``, best first, in raw SQL:
    exact identifiers, aliases, prefixes (GLOB on SQLite, LIKE under the C collation on PostgreSQL), then
    "contains" (FTS5 trigram index, or pg_trgm)."""
    compact = to_halfwidth(text)
    name_key = normalize_name(compact)
    wechat, phone = _try(normalize_wechat_id, compact), _try(normalize_phone, compact)
    uscc = _try(normalize_uscc, compact)
    digits = "".join(ch for ch in compact if ch.isdigit())
    digits_only = len(digits) >= 3 and digits == compact.replace(" ", "").replace("-", "")

    def prefix(column: str, value: str) -> tuple[str, tuple[Any, ...], str]:
        if pg:
            return (
                f"{column} COLLATE \"C\" LIKE ? ESCAPE '\\'",
                (escape_like(value) + "%",),
                f'{column} COLLATE "C", id',
            )
        return f"{column} GLOB ?", (escape_glob(value) + "*",), f"{column}, id"

    alias = "id IN (SELECT merchant_id FROM merchant_aliases WHERE kind = ? AND value_key = ?)"
    found = [
        (f"{column} = ?", (value,), "id")
        for column, value in (("uscc", uscc), ("wechat_key", wechat), ("phone", phone), ("payee_key", name_key))
        if value
    ]
    found += [
        (alias, (kind, value), "id")
        for kind, value in (("uscc", uscc), ("wechat_id", wechat), ("phone", phone))
        if value
    ]
    if wechat:
        found.append(prefix("wechat_key", wechat))
    if digits_only:
        found.append(prefix("phone", digits))
    if len(compact) >= 4 and compact.isalnum() and compact.isascii():
        found.append(prefix("uscc", compact.upper()))
    if name_key:
        condition, values, _ = prefix("value_key", name_key)
        found.append(prefix("name_key", name_key))
        found.append(
            (
                f"id IN (SELECT merchant_id FROM merchant_aliases WHERE kind IN {NAME_ALIASES} AND {condition})",
                values,
                "id",
            )
        )
    if len(name_key) >= 2 or digits_only:
        part = digits if digits_only else compact.strip()
        if pg:
            like = "phone LIKE ?" if digits_only else "name ILIKE ?"
            found.append((f"{like} ESCAPE '\\'", (f"%{escape_like(part)}%",), "id + 0"))
        elif len(part if digits_only else name_key) >= 3:
            column = "phone" if digits_only else "name"
            query = f'{column} : "' + part.replace('"', '""') + '"'
            fts = "id IN (SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH ? ORDER BY rowid LIMIT ?)"
            found.append((fts, (query, 2 * LIMIT), "id"))
        elif not digits_only:
            found.append(("name_key GLOB ?", (f"*{escape_glob(name_key)}*",), "id"))
    return found


def _lookup_raw(ctx: BenchContext, text: str) -> list[tuple[Any, ...]]:
    """The application's look-ups for ``text`` by hand, one query each in order until ``LIMIT`` merchants are
    found (merged records followed to the survivor), then their case counts."""
    conn, chosen = ctx.raw(), {}
    for condition, values, order in _lookup_branches(text, ctx.backend == POSTGRESQL):
        if len(chosen) >= LIMIT:
            break
        rows = conn.execute(
            f"SELECT {HIT} FROM merchants WHERE {condition} ORDER BY {order} LIMIT ?", (*values, 2 * LIMIT)
        ).fetchall()
        for row in rows:
            while row[-1] is not None:
                row = conn.execute(f"SELECT {HIT} FROM merchants WHERE id = ?", (row[-1],)).fetchone()
            if len(chosen) < LIMIT:
                chosen.setdefault(row[0], row)
    _counts_raw(ctx, list(chosen))
    return list(chosen.values())


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
        _lookup_raw(ctx, next(for_floor))

    return app, floor


@benchmark("merchant_lookup_name", runs=21, backends=BOTH)
def merchant_lookup_name(ctx: BenchContext) -> tuple[Run, Run]:
    """Merchant look-up after two characters of a name, vs the same look-ups and case counts by hand."""
    return _lookup(ctx, "name_key", 2)


@benchmark("merchant_lookup_wechat", runs=21, backends=BOTH)
def merchant_lookup_wechat(ctx: BenchContext) -> tuple[Run, Run]:
    """Merchant look-up after five characters of a WeChat ID, vs the same look-ups and counts by hand."""
    return _lookup(ctx, "wechat_key", 5)


@benchmark("merchant_lookup_phone", runs=21, backends=BOTH)
def merchant_lookup_phone(ctx: BenchContext) -> tuple[Run, Run]:
    """Merchant look-up after seven digits of a phone number, vs the same look-ups and counts by hand."""
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
GRAM_COMMON, CANDIDATES_MAX, PREFIX_MAX, SHORT_NAME = 400, 400, 2000, 6  # as app.services.merchants.identity


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


def _sharing_raw(ctx: BenchContext, grams: list[str]) -> tuple[dict[int, str], list[str]]:
    """The merchants sharing the most uncommon runs (name keys, not merged away) and the common runs: each
    run's first GRAM_COMMON + 1 matches, counted by the database, in one statement."""
    if not grams:
        return {}, []
    if ctx.backend == SQLITE:
        one = "SELECT rowid AS id FROM merchants_fts WHERE merchants_fts MATCH ? LIMIT ?"
        values = [v for g in grams for v in ('name : "' + g.replace('"', '""') + '"', GRAM_COMMON + 1)]
    else:
        one = "SELECT id FROM merchants WHERE name ILIKE ? ESCAPE '\\' LIMIT ?"
        values = [v for g in grams for v in ("%" + escape_like(g) + "%", GRAM_COMMON + 1)]
    union = " UNION ALL ".join(f"SELECT {i} AS run, id FROM ({one}) AS r{i}" for i in range(len(grams)))
    rows = (
        ctx.raw()
        .execute(
            f"WITH m AS ({union}), sizes AS (SELECT run, count(*) AS n FROM m GROUP BY run), "
            "top AS (SELECT m.id, count(*) AS shared FROM m JOIN sizes ON sizes.run = m.run WHERE sizes.n <= ? "
            "GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT ?) "
            "SELECT merchants.id, merchants.name_key, NULL AS run FROM top JOIN merchants ON merchants.id = top.id "
            "WHERE merchants.merged_into_id IS NULL UNION ALL SELECT NULL, NULL, run FROM sizes WHERE n > ?",
            (*values, GRAM_COMMON, CANDIDATES_MAX, GRAM_COMMON),
        )
        .fetchall()
    )
    return {i: k for i, k, run in rows if run is None}, [grams[run] for _, _, run in rows if run is not None]


def _similar_raw(ctx: BenchContext, name: str) -> list[tuple[str, float, int]]:
    """The same candidates read by hand (uncommon runs by the trigram index, all common runs, the key prefix
    of a short name), scored by rapidfuzz."""
    from rapidfuzz import fuzz, process

    from app.services.merchants.identity import SIMILAR_NAME_CUTOFF

    conn, key = ctx.raw(), normalize_name(name)
    lowered = name.strip().lower()[:24]
    grams = list(dict.fromkeys(lowered[i : i + 3] for i in range(len(lowered) - 2)))
    choices, common = _sharing_raw(ctx, grams)
    if len(common) >= 2:
        if ctx.backend == SQLITE:
            query = "name : (" + " AND ".join('"' + g.replace('"', '""') + '"' for g in common) + ")"
            rows = conn.execute(
                "SELECT id, name_key FROM merchants WHERE id IN (SELECT rowid FROM merchants_fts "
                "WHERE merchants_fts MATCH ? LIMIT ?) AND merged_into_id IS NULL",
                (query, PREFIX_MAX),
            )
        else:
            having = " AND ".join("name ILIKE ? ESCAPE '\\'" for _ in common)
            rows = conn.execute(
                f"SELECT id, name_key FROM merchants WHERE {having} AND merged_into_id IS NULL LIMIT ?",
                (*["%" + escape_like(g) + "%" for g in common], PREFIX_MAX),
            )
        choices.update(rows.fetchall())
    if len(key) <= SHORT_NAME:
        prefix = key[:1] if len(key) <= 4 else key[:2]
        rows = conn.execute(
            "SELECT id, name_key FROM merchants WHERE name_key >= ? AND name_key < ? AND length(name_key) "
            "BETWEEN ? AND ? AND merged_into_id IS NULL ORDER BY name_key LIMIT ?",
            (prefix, prefix + "\U0010ffff", len(key) - 2, len(key) + 2, PREFIX_MAX),
        )
        choices.update(rows.fetchall())
    choices = {mid: k for mid, k in sorted(choices.items()) if k}
    best_found = process.extract(
        key, choices, scorer=fuzz.WRatio, score_cutoff=SIMILAR_NAME_CUTOFF, limit=SIMILAR_LIMIT
    )
    found = [b[2] for b in best_found]
    if found:
        marks = ",".join("?" * len(found))
        conn.execute(f"SELECT id, name, wechat_id, phone FROM merchants WHERE id IN ({marks})", found).fetchall()
    return best_found


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
