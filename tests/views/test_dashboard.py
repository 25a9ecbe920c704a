"""The dashboard shows the monthly report's figures, and its bars open the list filtered to them."""

from __future__ import annotations

from datetime import date, timedelta

from app.devtools.demo import generate_demo
from app.domain.dates import today_local
from app.services.report import month_summary
from app.services.report.dashboard import dashboard
from app.views.context import AppContext
from app.views.pages.dashboard_page import DashboardPage


def test_dashboard_figures_equal_the_monthly_report(sqlite_db):
    today = today_local()
    generate_demo(sqlite_db, 600, seed=3, today=today)
    month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    board = dashboard(sqlite_db, month, today)
    report = month_summary(sqlite_db, month)
    by_key = {c.key: c for c in board.comparisons}
    for key in ("accepted", "resolved", "resolution_rate", "recovered", "overdue_open"):
        assert by_key[key].now == report.this.value(key), key
        assert by_key[key].last_month == report.prior.value(key), key
        assert by_key[key].last_year == report.last_year.value(key), key
    assert sum(n.accepted for n in board.natures) <= report.this.accepted
    assert board.trend[-1].accepted == report.this.accepted
    assert len(board.trend) == 24


def test_clicking_a_bar_opens_the_case_list_filtered_to_it(qtbot, sqlite_db, admin):
    today = today_local()
    generate_demo(sqlite_db, 400, seed=5, today=today)
    ctx = AppContext(sqlite_db, admin)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.month.setDate(page.month.date().addMonths(-1))
    shown: list[dict] = []
    pages: list[str] = []
    ctx.hub.show_cases.connect(shown.append)
    ctx.hub.show_page.connect(pages.append)
    page.open_nature(0)
    first = page.data.month
    assert shown[-1]["nature"] == page.nature_bars[0].code
    assert shown[-1]["accepted_from"] == first and pages[-1] == "cases"
    page.open_trend(len(page.data.trend) - 1, 1)
    assert shown[-1]["resolved"] is True and shown[-1]["closed_from"] == first
    assert page.table.rowCount() == 6  # with 接待来访和咨询
    assert page.table.item(0, 1).text() == f"{page.data.comparisons[0].now:,}"
    assert date.today() >= first


def test_a_nature_bar_shows_exactly_the_cases_it_counts(qtbot, sqlite_db, admin):
    from app.views.pages.cases_page import CasesPage

    today = today_local()
    generate_demo(sqlite_db, 500, seed=7, today=today)
    ctx = AppContext(sqlite_db, admin)
    board, cases = DashboardPage(ctx), CasesPage(ctx)
    qtbot.addWidget(board)
    qtbot.addWidget(cases)
    with qtbot.waitSignal(board.loaded, timeout=20000):
        board.month.setDate(board.month.date().addMonths(-1))
    busiest = max(range(len(board.nature_bars)), key=lambda i: board.nature_bars[i].accepted)
    with qtbot.waitSignal(cases.results_shown, timeout=20000):
        board.open_nature(busiest)
    assert cases.model.rowCount() == board.nature_bars[busiest].accepted > 0
    assert "受理于" in cases.filters.handed_over_label.text()
    with qtbot.waitSignal(cases.results_shown, timeout=20000):
        board.open_trend(len(board.data.trend) - 1, 1)
    assert cases.model.rowCount() == board.data.trend[-1].resolved
    with qtbot.waitSignal(cases.results_shown, timeout=20000):
        cases.filters.reset()
    assert not cases.filters.handed_over_label.isVisible()


def test_a_running_month_is_so_far_and_compared_with_the_same_days(qtbot, sqlite_db, admin):
    from app.services.report.figures import month_figures
    from app.services.report.months import add_months

    today = today_local().replace(day=min(today_local().day, 27))
    if today == today_local() and today.day == 1:
        today = today.replace(day=2)
    generate_demo(sqlite_db, 600, seed=9, today=today)
    board = dashboard(sqlite_db, today, today)
    assert board.running and board.as_of == today
    previous = add_months(today.replace(day=1), -1)
    same_days = month_figures(sqlite_db, previous, as_of=previous.replace(day=today.day))
    by_key = {c.key: c for c in board.comparisons}
    assert by_key["accepted"].last_month == same_days.accepted
    assert by_key["resolved"].last_month == same_days.resolved
    page = DashboardPage(AppContext(sqlite_db, admin))
    qtbot.addWidget(page)
    page.show_data(board)
    assert page.table.horizontalHeaderItem(1).text() == "本月至今"
    assert page.table.horizontalHeaderItem(2).text() == "上月同期"


def test_every_dashboard_number_equals_the_list_it_opens_overdue_included(qtbot, sqlite_db, admin):
    """Each figure of the month (超期未办结 counted as of today) is the number of cases the list shows."""
    from app.views.pages.cases_page import CasesPage

    today = today_local()
    generate_demo(sqlite_db, 600, seed=11, today=today)
    ctx = AppContext(sqlite_db, admin)
    board, cases = DashboardPage(ctx), CasesPage(ctx)
    qtbot.addWidget(board)
    qtbot.addWidget(cases)
    board.show()
    qtbot.waitUntil(lambda: board.data is not None, timeout=20000)
    rows = {c.key: row for row, c in enumerate(board.data.comparisons)}
    for key in ("accepted", "resolved", "overdue_open"):
        figure = board.data.comparisons[rows[key]]
        with qtbot.waitSignal(cases.results_shown, timeout=20000):
            board.open_figure(rows[key])
        assert cases.model.rowCount() == figure.now, key


def test_overdue_is_one_number_on_the_dashboard_the_list_filter_and_the_due_page(qtbot, sqlite_db, admin):
    """超期未办结 (dashboard), 已超期 (case-list filter) and the due page's overdue lines are the same cases,
    a suspended case whose clock the suspension does not pause and whose deadline has passed included."""
    from app.domain import requirements as req
    from app.services.admin.users import add_user
    from app.services.cases import workflow
    from app.services.cases.detail import case_detail
    from app.views.pages.cases_page import CasesPage
    from app.views.pages.due_page import DuePage
    from tests.support.builders import to_mediating

    today = today_local()
    generate_demo(sqlite_db, 600, seed=11, today=today)  # the demo's own past-due cases beside the one made here
    add_user(sqlite_db, admin, "boss", "王主任", ["supervisor", "mediator"])
    suspended = to_mediating(sqlite_db, admin, today - timedelta(days=120))
    on = today - timedelta(days=5)
    workflow.suspend_case(sqlite_db, admin, suspended, req.SuspendInput("other", on, "等待第三方答复"), today=on)
    assert case_detail(sqlite_db, admin, suspended).state == "suspended"
    paused = to_mediating(sqlite_db, admin, today - timedelta(days=120))
    workflow.suspend_case(sqlite_db, admin, paused, req.SuspendInput("testing", on), today=on)
    _stop_pausing_for_testing(sqlite_db, case_detail(sqlite_db, admin, paused).rule_set)
    ctx = AppContext(sqlite_db, admin)
    board, cases, due = DashboardPage(ctx), CasesPage(ctx), DuePage(ctx)
    for widget in (board, cases, due):
        qtbot.addWidget(widget)
    board.show()
    qtbot.waitUntil(lambda: board.data is not None, timeout=20000)
    figure = next(c for c in board.data.comparisons if c.key == "overdue_open").now
    with qtbot.waitSignal(cases.results_shown, timeout=20000):
        cases.filters.due.setCurrentIndex(cases.filters.due.findData("overdue"))
    listed = cases.model.rowCount()
    on_desk = [i.case_no for i in due.items if i.overdue]
    assert figure == listed == len(on_desk) > 0
    assert suspended in on_desk
    assert paused in on_desk, "its cached next due date (none: paused) is stale; the definition counts it"
    suspended_cases = [i for i in due.items if i.overdue and i.state == "suspended"]
    assert suspended_cases  # this one (the demo's random draw may or may not hold another)


def _stop_pausing_for_testing(db, code: str) -> None:
    """The rule set no longer pauses the clock while testing (as an edit of the rule set would say), and no
    case's cached next due date is computed again: a cache that disagrees with the definition."""
    from app.store.reference import RuleSetRow

    with db.transaction() as session:
        row = session.get(RuleSetRow, code)
        row.pausing_reasons = ",".join(r for r in row.pausing_reasons.split(",") if r != "testing")
