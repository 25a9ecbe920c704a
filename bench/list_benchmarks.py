"""The case list on the generated database, each operation beside the raw sqlite3 query that returns the
same rows: the count of matching cases plus the first page of 200 (or the page in the middle).

    python -m bench list_first_paint list_sort_received list_sort_merchant list_filter_combined \
        list_search_phrase list_search_phone list_search_initials list_scroll_middle start_interactive

Targets: every list operation under 100 ms median and within 3x its raw query; start to an interactive
main window on the million-case database under 2 s and within 2x a bare PySide6 window with the same
imports (both measured as fresh processes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from app.services.cases.listing import CaseList, CaseQuery
from app.services.context import Actor
from app.store.case_search import GRAMS_MAX, PG_CASE_TEXT, PG_MERCHANT_TEXT, RARE_MATCHES
from bench import POSTGRESQL, SQLITE, BenchContext, Run, benchmark

BOTH = (SQLITE, POSTGRESQL)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE = 200
ROW_SQL = (
    "SELECT case_no, received_on, consumer_sort, merchant_sort, channel, nature, state, mediator_sort, "
    "next_due_on, next_due_kind FROM cases"
)
OPEN = ("registered", "accepted", "mediating", "suspended", "agreed", "terminated")
WECHAT = ("wechat_moments", "wechat_group", "wechat_miniprogram", "wechat_live")
ROOT = Path(__file__).resolve().parents[1]


def _page_sql(where: str = "1 = 1", order: str = "received_on DESC, id DESC", offset: int = 0) -> str:
    return f"{ROW_SQL} WHERE {where} ORDER BY {order} LIMIT {PAGE} OFFSET {offset}"


def _pair(ctx: BenchContext, query: CaseQuery, where: str, order: str, params: tuple[Any, ...] = ()) -> tuple[Run, Run]:
    """App: count and first page through the case-list service; floor: the same two queries by hand."""
    case_list = CaseList(ctx.database(), Actor.cli(), today=ctx.today)
    conn = ctx.raw()

    def app() -> object:
        return case_list.first_page(query, PAGE)

    def floor() -> object:
        count = conn.execute(f"SELECT count(*) FROM cases WHERE {where}", params).fetchone()
        return count, conn.execute(_page_sql(where, order), params).fetchall()

    return app, floor


@benchmark("list_first_paint", runs=9, backends=BOTH)
def list_first_paint(ctx: BenchContext) -> tuple[Run, Run]:
    """Open the case list and paint its first screen (service, model, view), vs count + first page by hand."""
    from PySide6.QtWidgets import QApplication, QTableView

    from app.models.case_table import BLOCK_SIZE, CaseTableModel

    app_qt = QApplication.instance() or QApplication([])
    conn = ctx.raw()

    def app() -> object:
        case_list = CaseList(ctx.database(), Actor.cli(), today=ctx.today)
        model = CaseTableModel(case_list)
        model.show_page(case_list.first_page(CaseQuery(), BLOCK_SIZE))
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 700)
        image = view.grab()
        view.deleteLater()
        app_qt.processEvents()
        return image

    def floor() -> object:
        return conn.execute("SELECT count(*) FROM cases").fetchone(), conn.execute(_page_sql()).fetchall()

    return app, floor


@benchmark("list_sort_received", backends=BOTH)
def list_sort_received(ctx: BenchContext) -> tuple[Run, Run]:
    """Sort by received date, oldest first."""
    return _pair(ctx, CaseQuery(sort="received_on", descending=False), "1 = 1", "received_on ASC, id ASC")


@benchmark("list_sort_merchant", backends=BOTH)
def list_sort_merchant(ctx: BenchContext) -> tuple[Run, Run]:
    """Sort by merchant name (A to Z)."""
    return _pair(ctx, CaseQuery(sort="merchant", descending=False), "1 = 1", "merchant_sort ASC, id ASC")


@benchmark("list_filter_combined", backends=BOTH)
def list_filter_combined(ctx: BenchContext) -> tuple[Run, Run]:
    """Open cases from all WeChat channels with nature "quality", received in the last year."""
    since = ctx.today - timedelta(days=365)
    query = CaseQuery(states=OPEN, channel="wechat", nature="quality", received_from=since)
    marks = ", ".join("?" * len(OPEN)), ", ".join("?" * len(WECHAT))
    where = f"state IN ({marks[0]}) AND received_on >= ? AND nature = 'quality' AND channel IN ({marks[1]})"
    return _pair(ctx, query, where, "received_on DESC, id DESC", (*OPEN, since.isoformat(), *WECHAT))


def _pg_search_where(term: str) -> tuple[str, tuple[Any, ...]]:
    """What the pg_trgm indexes answer on PostgreSQL, the same unions the application writes."""
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = (
        "id IN (SELECT id FROM cases WHERE facts ILIKE ? OR case_no ILIKE ? "
        "UNION SELECT id FROM cases WHERE consumer_id IN (SELECT id FROM consumers WHERE name ILIKE ? OR phone LIKE ?) "
        "UNION SELECT id FROM cases WHERE merchant_id IN "
        "(SELECT id FROM merchants WHERE name ILIKE ? OR wechat_id ILIKE ? OR phone LIKE ?)"
    )
    params: tuple[Any, ...] = (like,) * 7
    if term.isascii() and term.isalpha() and term.islower():
        sql += (
            " UNION SELECT id FROM cases WHERE consumer_id IN "
            "(SELECT id FROM consumers WHERE name_initials >= ? AND name_initials < ?)"
        )
        params += (term, term + "\U0010ffff")
    return sql + ")", params


def _search_where(fts_term: str | None, like: str | None = None, backend: str = SQLITE) -> tuple[str, tuple[Any, ...]]:
    if backend == POSTGRESQL:
        return _pg_search_where(fts_term or like or "")
    if fts_term is not None:
        phrase = '"' + fts_term.replace('"', '""') + '"'
        sql = (
            "id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? "
            "UNION SELECT id FROM cases WHERE consumer_id IN "
            "(SELECT rowid FROM consumers_fts WHERE consumers_fts MATCH ?) "
            "UNION SELECT id FROM cases WHERE merchant_id IN "
            "(SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH ?))"
        )
        return sql, (phrase, phrase, phrase)
    assert like is not None
    sql = (
        "id IN (SELECT id FROM cases WHERE consumer_id IN "
        "(SELECT id FROM consumers WHERE name_initials >= ? AND name_initials < ?))"
    )
    return sql, (like, like + "\U0010ffff")


@benchmark("list_search_phrase", backends=BOTH)
def list_search_phrase(ctx: BenchContext) -> tuple[Run, Run]:
    """Search a four-character Chinese phrase of a complaint text: the start of the shop name it quotes."""
    facts = ctx.raw().execute("SELECT facts FROM cases WHERE id = ?", (ctx.cases // 3,)).fetchone()[0]
    quoted = facts[facts.index("“") + 1 :] if "“" in facts else facts
    phrase = quoted[:4]
    where, params = _search_where(phrase, backend=ctx.backend)
    return _pair(ctx, CaseQuery(search=phrase), where, "received_on DESC, id DESC", params)


@benchmark("list_search_phone", backends=BOTH)
def list_search_phone(ctx: BenchContext) -> tuple[Run, Run]:
    """Search the last four digits of a consumer's phone number."""
    phone = ctx.raw().execute("SELECT phone FROM consumers WHERE id = ?", (ctx.cases // 2,)).fetchone()[0]
    where, params = _search_where(phone[-4:], backend=ctx.backend)
    return _pair(ctx, CaseQuery(search=phone[-4:]), where, "received_on DESC, id DESC", params)


@benchmark("list_search_initials", backends=BOTH)
def list_search_initials(ctx: BenchContext) -> tuple[Run, Run]:
    """Search a consumer by the pinyin initials of a three-character name (e.g. "zxm")."""
    row = (
        ctx.raw()
        .execute(
            "SELECT name_initials FROM consumers WHERE length(name_initials) = 3 AND id > ? ORDER BY id LIMIT 1",
            (ctx.cases // 4,),
        )
        .fetchone()
    )
    initials = row[0]
    if ctx.backend == POSTGRESQL:
        where, params = _search_where(initials, backend=POSTGRESQL)
        return _pair(ctx, CaseQuery(search=initials), where, "received_on DESC, id DESC", params)
    where, params = _search_where(None, initials)
    fts_where, fts_params = _search_where(initials)
    return _pair(
        ctx,
        CaseQuery(search=initials),
        f"({where} OR {fts_where})",
        "received_on DESC, id DESC",
        (*params, *fts_params),
    )


@benchmark("list_scroll_middle", backends=BOTH)
def list_scroll_middle(ctx: BenchContext) -> tuple[Run, Run]:
    """Scroll to the middle of the whole list: the block of 200 rows there."""
    case_list = CaseList(ctx.database(), Actor.cli(), today=ctx.today)
    middle = case_list.total() // 2
    conn = ctx.raw()

    def app() -> object:
        return case_list.rows(CaseQuery(), middle, PAGE)

    def floor() -> object:
        return conn.execute(_page_sql(offset=middle)).fetchall()

    return app, floor


START_APP = """
import os
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from app.services.context import Actor
from app.services.setup import open_database
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.theme import apply_theme
app = QApplication([])
apply_theme(app, "light")
window = MainWindow(AppContext(db=open_database(sys.argv[1]), actor=Actor.cli()))
window.show_page("cases")
window.show()
page = window.pages["cases"]
loop = QEventLoop()
page.results_shown.connect(loop.quit)
QTimer.singleShot(60000, loop.quit)
if page.model.rowCount() == 0:
    loop.exec()
app.processEvents()
assert page.model.rowCount() > 0
os._exit(0)  # interactive now; do not wait for other pages' background statistics to finish
"""

START_BARE = """
import os
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from app.services.context import Actor
from app.services.setup import open_database
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.pages.cases_page import CasesPage
from app.views.theme import apply_theme
app = QApplication([])
apply_theme(app, "light")
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
os._exit(0)
"""


@benchmark("start_interactive", runs=5)
def start_interactive(ctx: BenchContext) -> tuple[Run, Run]:
    """Start a process that opens the database and shows the main window with the first page of cases,
    vs a process with the same first-screen imports that shows an empty main window. Both start with
    empty preferences (their own QSettings folder), whatever page this PC's user saved."""
    settings_home = tempfile.mkdtemp(prefix="weiquan-bench-settings-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": settings_home,
    }

    def child(code: str) -> Run:
        return lambda: subprocess.run(
            [sys.executable, "-c", code, ctx.url], cwd=ROOT, env=env, check=True, capture_output=True
        )

    return child(START_APP), child(START_BARE)


COUNT_CAP = 10_000  # as app.services.cases.listing.COUNT_CAP
COMMON_TWO_CHARS = "面霜"
"""A product word of the demo complaints: tens of thousands of hits on the million-case database."""


def _merchants_holding(ctx: BenchContext, term: str, pattern: str) -> tuple[str | None, tuple[Any, ...]]:
    """The merchants whose name or WeChat ID holds a short term, as the list finds them: probed once in the
    index (the merchants' trigram vocabulary on SQLite, the character-pair index on PostgreSQL); through
    the index when few merchants hold it, none when no one does, by a scan of every name otherwise."""
    conn, lowered = ctx.raw(), term.lower()
    if ctx.backend == POSTGRESQL:
        held = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM merchants WHERE {PG_MERCHANT_TEXT} @> ARRAY[CAST(? AS text)] "
            f"LIMIT {RARE_MATCHES + 1}) AS held",
            (lowered,),
        ).fetchone()[0]
        if held == 0:
            return None, ()
        if held <= RARE_MATCHES:
            return f"SELECT id FROM merchants WHERE {PG_MERCHANT_TEXT} @> ARRAY[CAST(? AS text)]", (lowered,)
        return "SELECT id FROM merchants WHERE name ILIKE ? OR wechat_id ILIKE ?", (pattern, pattern)
    grams = conn.execute(
        "SELECT term, doc FROM merchants_fts_vocab WHERE term >= ? AND term < ?", (lowered, lowered + "\U0010ffff")
    ).fetchall()
    if not grams:
        return None, ()
    if len(grams) <= GRAMS_MAX and sum(doc for _g, doc in grams) <= RARE_MATCHES:
        match = "{name wechat_id} : (" + _any_phrase([(g,) for g, _doc in grams]) + ")"
        return "SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH ?", (match,)
    return (
        "SELECT id FROM merchants WHERE name LIKE ? ESCAPE '\\' OR wechat_id LIKE ? ESCAPE '\\'",
        (pattern, pattern),
    )


def _short_where(ctx: BenchContext, term: str) -> tuple[str, tuple[Any, ...]]:
    """A common one- or two-character term tested on each row, written inline so that the walk of the
    received-date index stops after a page (its merchants found as :func:`_merchants_holding` says)."""
    like = "ILIKE" if ctx.backend == POSTGRESQL else "LIKE"
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    escape = "" if ctx.backend == POSTGRESQL else " ESCAPE '\\'"
    merchants, merchant_params = _merchants_holding(ctx, term, pattern)
    where = (
        f"(facts {like} ?{escape} OR case_no {like} ?{escape} "
        "OR consumer_id IN (SELECT id FROM consumers WHERE name >= ? AND name < ?) "
        f"OR id IN (SELECT case_id FROM evidence_readings WHERE text {like} ?{escape})"
        + (f" OR merchant_id IN ({merchants}))" if merchants else ")")
    )
    return where, (pattern, pattern, term, term + "\U0010ffff", pattern, *merchant_params)


def _pg_rare_pair(ctx: BenchContext, rare: str) -> tuple[Run, Run]:
    """PostgreSQL: app as on SQLite; floor: the count and page of the cases holding the term by the
    character-pair indexes (migration 0019), by hand, after probing once how often it occurs (as the list
    probes once per term)."""
    case_list = CaseList(ctx.database(), Actor.cli(), today=ctx.today)
    conn = ctx.raw()
    query = CaseQuery(search=rare)
    pattern = "%" + rare.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    has = "@> ARRAY[CAST(? AS text)]"

    def app() -> object:
        return case_list.first_page(query, PAGE)

    held = {  # probed once, as the list probes once per term: a part no text holds is left out
        table: conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {grams} {has} LIMIT {RARE_MATCHES + 1}) AS held",
            (rare.lower(),),
        ).fetchone()[0]
        for table, grams in (("cases", PG_CASE_TEXT), ("merchants", PG_MERCHANT_TEXT))
    }
    parts = [
        "SELECT id FROM cases WHERE consumer_id IN (SELECT id FROM consumers WHERE name >= ? AND name < ?)",
        "SELECT case_id FROM evidence_readings WHERE text ILIKE ?",
    ]
    params: list[Any] = [rare, rare + "\U0010ffff", pattern]
    if held["cases"]:
        parts.insert(0, f"SELECT id FROM cases WHERE {PG_CASE_TEXT} {has}")
        params.insert(0, rare.lower())
    if held["merchants"]:
        parts.append(
            f"SELECT id FROM cases WHERE merchant_id IN (SELECT id FROM merchants WHERE {PG_MERCHANT_TEXT} {has})"
        )
        params.append(rare.lower())
    where = f"id IN ({' UNION '.join(parts)})"

    def floor() -> object:
        count = conn.execute(f"SELECT count(*) FROM cases WHERE {where}", params).fetchone()
        return count, conn.execute(_page_sql(where), params).fetchall()

    return app, floor


def _any_phrase(grams: list[Any]) -> str:
    return " OR ".join('"' + g.replace('"', '""') + '"' for (g,) in grams)


def _short_pair(ctx: BenchContext, term: str) -> tuple[Run, Run]:
    """App: the first page of a short search (its count comes later, in the background); floor: the
    same page by hand."""
    case_list = CaseList(ctx.database(), Actor.cli(), today=ctx.today)
    conn = ctx.raw()
    where, params = _short_where(ctx, term)
    query = CaseQuery(search=term)

    def app() -> object:
        return case_list.first_page(query, PAGE)

    def floor() -> object:
        return conn.execute(_page_sql(where), params).fetchall()

    return app, floor


@benchmark("list_search_two_chars", backends=BOTH)
def list_search_two_chars(ctx: BenchContext) -> tuple[Run, Run]:
    """Search a two-character word found in tens of thousands of complaints (面霜): the first page."""
    return _short_pair(ctx, COMMON_TWO_CHARS)


@benchmark("list_search_two_chars_rare", runs=5, backends=BOTH)
def list_search_two_chars_rare(ctx: BenchContext) -> tuple[Run, Run]:
    """Search the first two characters of a consumer's name (a rare one): the first page. On SQLite the
    floor finds them as the list does, through the trigrams starting with the term (migration
    0017_short_search), and counts them; on PostgreSQL it walks the received-date order."""
    names = ctx.raw().execute(
        "SELECT substr(name, 1, 2), count(*) FROM consumers WHERE id BETWEEN ? AND ? GROUP BY 1 ORDER BY 2, 1",
        (ctx.cases // 5, ctx.cases // 5 + 2000),
    )
    rare = next(name for name, _count in names.fetchall() if len(name) == 2)
    if ctx.backend == POSTGRESQL:
        return _pg_rare_pair(ctx, rare)
    case_list = CaseList(ctx.database(), Actor.cli(), today=ctx.today)
    conn = ctx.raw()
    query = CaseQuery(search=rare)
    pattern = "%" + rare.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    def app() -> object:
        return case_list.first_page(query, PAGE)

    def floor() -> object:
        bounds = (rare.lower(), rare.lower() + "\U0010ffff")
        vocabulary = "SELECT term FROM {} WHERE term >= ? AND term < ?"
        grams = conn.execute(vocabulary.format("cases_fts_vocab"), bounds).fetchall()
        merchant_grams = conn.execute(vocabulary.format("merchants_fts_vocab"), bounds).fetchall()
        parts = [
            "SELECT id FROM cases WHERE consumer_id IN (SELECT id FROM consumers WHERE name >= ? AND name < ?)",
            "SELECT case_id FROM evidence_readings WHERE text LIKE ? ESCAPE '\\'",
        ]
        params: list[Any] = [rare, rare + "\U0010ffff", pattern]
        if grams:
            parts.insert(0, "SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?")
            params.insert(0, _any_phrase(grams))
        if merchant_grams:
            parts.append(
                "SELECT id FROM cases WHERE merchant_id IN "
                "(SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH ?)"
            )
            params.append("{name wechat_id} : (" + _any_phrase(merchant_grams) + ")")
        where = f"id IN ({' UNION '.join(parts)})"
        count = conn.execute(f"SELECT count(*) FROM cases WHERE {where}", params).fetchone()
        return count, conn.execute(_page_sql(where), params).fetchall()

    return app, floor


@benchmark("list_search_two_chars_count", runs=5, backends=BOTH)
def list_search_two_chars_count(ctx: BenchContext) -> tuple[Run, Run]:
    """The background count of the common two-character search, capped at 10,000 ("1万+")."""
    case_list = CaseList(ctx.database(), Actor.cli(), today=ctx.today)
    conn = ctx.raw()
    where, params = _short_where(ctx, COMMON_TWO_CHARS)
    query = CaseQuery(search=COMMON_TWO_CHARS)

    def app() -> object:
        return case_list.capped_count(query)

    def floor() -> object:
        return conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM cases WHERE {where} LIMIT {COUNT_CAP + 1}) AS found", params
        ).fetchone()

    return app, floor
