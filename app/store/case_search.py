"""Full-text search over cases for the case list: which case ids match one search term.

A term matches a case through its number or complaint text, its consumer (name, phone, pinyin initials),
its merchant (name, WeChat ID, phone) or the text read from its evidence images (migration
0007_evidence_text). On SQLite the FTS5 trigram tables of migration 0002_search answer terms of three
characters or more; on PostgreSQL the pg_trgm GIN indexes serve ILIKE for them.

A shorter term (a two-character Chinese word or name) no trigram matches whole. On SQLite case and merchant
text is indexed with two spaces after it (migration 0017_short_search), so every occurrence of a short term
starts a trigram: :func:`short_term` reads those trigrams from the index's vocabulary. On PostgreSQL the
characters and character pairs of the text are indexed (migration 0019_short_search_postgresql). A rare
term is found through these indexes; a common one is tested on each case row while the list walks its sort
order, which finds a page of matches after a few hundred rows (see :func:`_short_term_clause`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Integer, TextClause, and_, column, text

from app.store.cases import Case
from app.store.patterns import escape_like

TRIGRAM = 3
RARE_MATCHES = 2_000
"""A short term found in at most this many case texts is looked up through the index; a commoner one is
tested row by row in the list's order (a page of matches is then near)."""
GRAMS_MAX = 500
"""At most this many trigrams of a short term are read from the vocabulary; more mean a common term."""
INITIALS_RE = re.compile(r"^[a-z]{2,32}$")


def search_terms(raw: str) -> list[str]:
    """The terms of a search box entry: full-width characters folded, split on spaces, at most 5."""
    folded = unicodedata.normalize("NFKC", raw or "").strip()
    return [t for t in folded.split() if t][:5]


def _like_pattern(term: str) -> str:
    return f"%{escape_like(term)}%"


def _prefix_bounds(term: str) -> tuple[str, str]:
    """[low, high) of the strings starting with ``term``, for a range scan on an index."""
    return term, term + "\U0010ffff"


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _sqlite_term_sql(term: str, n: int) -> tuple[str, dict[str, str]]:
    """A term of three characters or more, answered by the FTS5 trigram tables."""
    q = f"q{n}"
    params = {q: _fts_phrase(term)}
    parts = [
        f"SELECT rowid FROM cases_fts WHERE cases_fts MATCH :{q}",
        f"SELECT id FROM cases WHERE consumer_id IN (SELECT rowid FROM consumers_fts WHERE consumers_fts MATCH :{q})",
        f"SELECT id FROM cases WHERE merchant_id IN (SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH :{q})",
        f"SELECT case_id FROM evidence_readings WHERE evidence_id IN "
        f"(SELECT rowid FROM evidence_text_fts WHERE evidence_text_fts MATCH :{q})",
    ]
    return " UNION ".join(parts + _initials_part(term, n, params)), params


def _initials_part(term: str, n: int, params: dict[str, str]) -> list[str]:
    """Pinyin initials: "zs" finds 张三 (and 张三丰), through the index on consumers.name_initials."""
    lowered = term.lower()
    if not INITIALS_RE.match(lowered):
        return []
    lo, hi = f"ilo{n}", f"ihi{n}"
    params[lo], params[hi] = _prefix_bounds(lowered)
    return [
        f"SELECT id FROM cases WHERE consumer_id IN (SELECT id FROM consumers WHERE name_initials >= :{lo} "
        f"AND name_initials < :{hi})"
    ]


def _postgresql_term_sql(term: str, n: int) -> tuple[str, dict[str, str]]:
    like = f"l{n}"
    params = {like: _like_pattern(term)}
    parts = [
        f"SELECT id FROM cases WHERE facts ILIKE :{like} OR case_no ILIKE :{like}",
        f"SELECT id FROM cases WHERE consumer_id IN (SELECT id FROM consumers WHERE name ILIKE :{like} "
        f"OR phone LIKE :{like})",
        f"SELECT id FROM cases WHERE merchant_id IN (SELECT id FROM merchants WHERE name ILIKE :{like} "
        f"OR wechat_id ILIKE :{like} OR phone LIKE :{like})",
        f"SELECT case_id FROM evidence_readings WHERE text ILIKE :{like}",
    ]
    return " UNION ".join(parts + _initials_part(term, n, params)), params


@dataclass(frozen=True)
class ShortTerm:
    """What the indexes hold of a short term, in case numbers and complaint texts and in merchants' names
    and WeChat IDs: on SQLite the indexed trigrams starting with it, on PostgreSQL the term itself (its
    characters are indexed, migration 0019). ``None``: the term is too common there for the index to pay
    (in more than :data:`RARE_MATCHES` texts); ``()``: in none."""

    case_grams: tuple[str, ...] | None
    merchant_grams: tuple[str, ...] | None


def _grams(conn: Connection, vocabulary: str, term: str) -> tuple[str, ...] | None:
    lo, hi = _prefix_bounds(term.lower())
    rows = conn.exec_driver_sql(
        f"SELECT term, doc FROM {vocabulary} WHERE term >= ? AND term < ? LIMIT ?", (lo, hi, GRAMS_MAX + 1)
    ).all()
    if len(rows) > GRAMS_MAX or sum(doc for _term, doc in rows) > RARE_MATCHES:
        return None
    return tuple(gram for gram, _doc in rows)


PG_CASE_TEXT = "short_search_grams(coalesce(case_no, '') || ' ' || coalesce(facts, ''))"
PG_MERCHANT_TEXT = "short_search_grams(coalesce(name, '') || ' ' || coalesce(wechat_id, ''))"
"""The indexed expressions of migration 0019 (written the same, so that PostgreSQL uses the indexes)."""


def _pg_held(conn: Connection, table: str, grams: str, term: str) -> tuple[str, ...] | None:
    found = conn.execute(
        text(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {grams} @> ARRAY[CAST(:t AS text)] LIMIT :n) AS held"),
        {"t": term.lower(), "n": RARE_MATCHES + 1},
    ).scalar_one()
    if found > RARE_MATCHES:
        return None
    return (term.lower(),) if found else ()


def short_term(conn: Connection, term: str) -> ShortTerm:
    """What the indexes hold of a short term: the cases of a rare term are found through them; a common
    one is better tested row by row while the list walks its order."""
    if conn.dialect.name == "postgresql":
        return ShortTerm(
            _pg_held(conn, "cases", PG_CASE_TEXT, term), _pg_held(conn, "merchants", PG_MERCHANT_TEXT, term)
        )
    return ShortTerm(_grams(conn, "cases_fts_vocab", term), _grams(conn, "merchants_fts_vocab", term))


def _any_of(grams: Sequence[str]) -> str:
    return " OR ".join(_fts_phrase(g) for g in grams)


def _merchants_holding(dialect: str, term: str, found: ShortTerm | None, n: int, params: dict[str, str]) -> str | None:
    """SQL of the ids of merchants whose name or WeChat ID holds a short term: through the index when the
    term is rare among merchants, by a scan of their names otherwise; None when none holds it."""
    if found is None or found.merchant_grams is None:
        like, escape = _like(dialect)
        params[f"l{n}"] = _like_pattern(term)
        return f"SELECT id FROM merchants WHERE name {like} :l{n}{escape} OR wechat_id {like} :l{n}{escape}"
    if not found.merchant_grams:
        return None
    if dialect == "postgresql":
        params[f"m{n}"] = term.lower()
        return f"SELECT id FROM merchants WHERE {PG_MERCHANT_TEXT} @> ARRAY[CAST(:m{n} AS text)]"
    params[f"m{n}"] = "{name wechat_id} : (" + _any_of(found.merchant_grams) + ")"
    return f"SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH :m{n}"


def _like(dialect: str) -> tuple[str, str]:
    """The case-insensitive "contains" operator and its escape clause."""
    return ("ILIKE", "") if dialect == "postgresql" else ("LIKE", " ESCAPE '\\'")


def _term_params(term: str, n: int) -> dict[str, str]:
    """The "contains" pattern (``l{n}``) and name-prefix bounds (``lo{n}``, ``hi{n}``) of a short term."""
    params = {f"l{n}": _like_pattern(term)}
    params[f"lo{n}"], params[f"hi{n}"] = _prefix_bounds(term)
    return params


def _rare_term_sql(dialect: str, term: str, found: ShortTerm, n: int) -> tuple[str, dict[str, str]]:
    """A rare short term: the cases whose text holds it by the index (SQLite: one of its trigrams, see
    :func:`short_term`; PostgreSQL: its characters, migration 0019), and those of a consumer (name
    prefix), merchant or evidence text containing it."""
    like, escape = _like(dialect)
    params = _term_params(term, n)
    parts = [
        f"SELECT id FROM cases WHERE consumer_id IN (SELECT id FROM consumers WHERE name >= :lo{n} AND name < :hi{n})",
        f"SELECT case_id FROM evidence_readings WHERE text {like} :l{n}{escape}",
    ]
    if found.case_grams and dialect == "postgresql":
        params[f"g{n}"] = term.lower()
        parts.insert(0, f"SELECT id FROM cases WHERE {PG_CASE_TEXT} @> ARRAY[CAST(:g{n} AS text)]")
    elif found.case_grams:
        params[f"g{n}"] = _any_of(found.case_grams)
        parts.insert(0, f"SELECT rowid FROM cases_fts WHERE cases_fts MATCH :g{n}")
    merchants = _merchants_holding(dialect, term, found, n, params)
    if merchants is not None:
        parts.append(f"SELECT id FROM cases WHERE merchant_id IN ({merchants})")
    return " UNION ".join(parts + _initials_part(term, n, params)), params


def _short_term_clause(dialect: str, term: str, n: int, found: ShortTerm | None = None) -> TextClause:
    """A term of one or two characters as a test of each case row (no index finds it): complaint text
    or case number containing it, a consumer or merchant whose name (or WeChat ID) has it, or text read
    from its evidence. Written
    inline, not as ``id IN (...)``, so that a walk of the list's sort index can stop after one page
    instead of first testing every case."""
    like, escape = _like(dialect)
    params = _term_params(term, n)
    parts = [
        f"cases.facts {like} :l{n}{escape}",
        f"cases.case_no {like} :l{n}{escape}",
        f"cases.consumer_id IN (SELECT id FROM consumers WHERE name >= :lo{n} AND name < :hi{n})",
        f"cases.id IN (SELECT case_id FROM evidence_readings WHERE text {like} :l{n}{escape})",
    ]
    merchants = _merchants_holding(dialect, term, found, n, params)
    if merchants is not None:
        parts.append(f"cases.merchant_id IN ({merchants})")
    lowered = term.lower()
    if INITIALS_RE.match(lowered):
        params[f"ilo{n}"], params[f"ihi{n}"] = _prefix_bounds(lowered)
        parts.append(
            f"cases.consumer_id IN (SELECT id FROM consumers WHERE name_initials >= :ilo{n} "
            f"AND name_initials < :ihi{n})"
        )
    return text("(" + " OR ".join(parts) + ")").bindparams(**params)


def search_clause(
    dialect: str,
    raw: str,
    scan_in_order: bool = False,
    short_terms: Mapping[str, ShortTerm] | None = None,
) -> ColumnElement[bool] | None:
    """A WHERE clause on ``cases`` keeping the cases that match every term of ``raw``; None for no terms.

    ``scan_in_order`` writes the test as ``cases.id + 0 IN (...)`` so that SQLite cannot look the matches
    up by id and must walk the index of the sort order instead (the better plan when matches are many).
    ``short_terms``: what the indexes hold of each short term (:func:`short_term`, SQLite); a short term
    without it, or too common in the case texts, is tested row by row.
    """
    clauses: list[ColumnElement[bool] | TextClause] = []
    tested = Case.id + 0 if scan_in_order else Case.id
    for n, term in enumerate(search_terms(raw)):
        found = (short_terms or {}).get(term)
        if len(term) < TRIGRAM and (found is None or found.case_grams is None):
            clauses.append(_short_term_clause(dialect, term, n, found))
            continue
        if len(term) < TRIGRAM and found is not None:
            sql, params = _rare_term_sql(dialect, term, found, n)
        else:
            build = _postgresql_term_sql if dialect == "postgresql" else _sqlite_term_sql
            sql, params = build(term, n)
        ids = text(sql).bindparams(**params).columns(column("id", Integer))
        clauses.append(tested.in_(ids))
    return and_(*clauses) if clauses else None
