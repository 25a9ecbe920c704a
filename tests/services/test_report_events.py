"""The monthly report counts events by their own date, from the history (domain.md section 8): a month
already sent to the bureau stays the same when one of its cases is reopened and closed again later;
a running month is reported up to its as-of day; every figure carries the case-list filter that lists
the cases it counts, and its rows carry codes."""

from __future__ import annotations

import importlib
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import text

from app.domain import requirements as req
from app.domain.dates import LOCAL_TZ
from app.services import audit
from app.services.admin.users import add_user
from app.services.cases import workflow
from app.services.cases.detail import case_detail
from app.services.cases.intake import edit_case, register_case
from app.services.cases.listing import CaseList, CaseQuery
from app.services.context import Actor
from app.services.report import export_monthly_report, group_figures, month_summary
from app.services.report.dashboard import dashboard
from app.services.report.filters import group_filter
from app.services.report.months import month_end
from tests.support.builders import wechat_draft
from tests.support.report_data import MONTH, october_database

FIGURE_SHEETS = ("汇总", "问题性质", "商品服务类别", "具体商品服务", "购买渠道", "经营者")
NOVEMBER = date(2026, 11, 1)


@pytest.fixture(params=["sqlite", "postgresql"])
def october(request, tmp_path):
    with october_database(request.param, tmp_path) as built:
        yield built


def figures_of(path) -> dict[str, list[tuple[object, ...]]]:
    """Every cell of the figure sheets, row by row."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {name: [tuple(r) for r in wb[name].iter_rows(values_only=True)] for name in FIGURE_SHEETS}
    finally:
        wb.close()


def reopen_and_close_again(db, actor, no: str, reopened: date, closed: date, received: str) -> None:
    workflow.reopen_case(db, actor, no, req.ReopenInput("消费者反映未收到退款", reopened), today=reopened)
    agreed = req.AgreeInput("退款", reopened, closed, refund=Decimal(received))
    workflow.record_agreement(db, actor, no, agreed, today=reopened)
    workflow.close_case(
        db,
        actor,
        no,
        req.CloseInput(
            "performed",
            closed,
            received_amount=Decimal(received),
            paid_by="merchant",
            performance_confirmed=True,
        ),
        today=closed,
    )


def test_a_past_month_is_the_same_after_a_case_of_it_is_reopened_and_closed_again(october, tmp_path):
    db, boss, numbers = october
    before = figures_of(export_monthly_report(db, boss, MONTH, tmp_path / "before.xlsx").path)
    november_before = month_summary(db, NOVEMBER).this
    reopen_and_close_again(db, boss, numbers["self_settled"], date(2026, 11, 10), date(2026, 11, 20), "300.00")
    after = figures_of(export_monthly_report(db, boss, MONTH, tmp_path / "after.xlsx").path)
    assert after == before
    november = month_summary(db, NOVEMBER).this
    assert november.closed == november_before.closed + 1
    assert november.recovered == november_before.recovered + Decimal("300.00")


def detail_of(path) -> dict[str, dict[str, object]]:
    """The 案件明细 rows by case number, each as header -> value."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        header, *rows = wb["案件明细"].iter_rows(values_only=True)
        return {str(r[0]): dict(zip(header, r, strict=True)) for r in rows}
    finally:
        wb.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_detail_sheet_shows_each_case_as_it_stood_at_the_end_of_the_month(kind, tmp_path, monkeypatch):
    clock = {"now": datetime(2026, 10, 28, 12, 0, tzinfo=LOCAL_TZ)}
    monkeypatch.setattr(audit, "now_local", lambda: clock["now"])  # the audit times of October's work
    with october_database(kind, tmp_path) as (db, boss, numbers):
        add_user(db, Actor.cli(), "qian", "钱调解", ["mediator"])

        def export(name: str) -> dict[str, dict[str, object]]:
            return detail_of(export_monthly_report(db, boss, MONTH, tmp_path / name, unmasked=True).path)

        before = export("before.xlsx")
        clock["now"] = datetime(2026, 11, 12, 9, 30, tzinfo=LOCAL_TZ)
        reopen_and_close_again(db, boss, numbers["self_settled"], date(2026, 11, 10), date(2026, 11, 20), "300.00")
        draft = case_detail(db, boss, numbers["accepted"]).draft
        changed = replace(draft, facts="十一月补充的事实", sub_category="", consumer_name="王五", nature="quality")
        edit_case(db, boss, numbers["accepted"], changed, today=date(2026, 11, 12))
        workflow.assign_mediator(db, boss, numbers["mediating"], "qian")
        after = export("after.xlsx")
        assert after == before
        self_settled, oct_to_nov = after[numbers["self_settled"]], after[numbers["oct_to_nov"]]
        assert self_settled["状态"] == "已办结" and self_settled["办结结果"] == "自行和解"
        assert self_settled["挽回经济损失(元)"] == 150.5 and self_settled["办结日期"].date() == date(2026, 10, 28)
        assert oct_to_nov["状态"] == "达成协议" and oct_to_nov["办结日期"] is None
        assert oct_to_nov["挽回经济损失(元)"] == 0 and oct_to_nov["办结结果"] is None
        accepted = after[numbers["accepted"]]
        assert accepted["具体商品或服务"] == "经营性互联网服务" and accepted["消费者姓名"] != "王五"
        assert accepted["投诉问题性质"] == "虚假宣传" and "十一月补充" not in str(accepted["投诉内容"])
        assert after[numbers["mediating"]]["调解员"] == "赵主管"
        november = detail_of(export_monthly_report(db, boss, NOVEMBER, tmp_path / "nov.xlsx", unmasked=True).path)
        now = november[numbers["self_settled"]]
        assert now["办结结果"] == "履行完毕" and now["挽回经济损失(元)"] == 300 and now["办结日期"].day == 20
        assert november[numbers["oct_to_nov"]]["状态"] == "已办结"


def test_a_case_reopened_in_a_later_month_still_counts_as_closed_in_its_month(october):
    db, boss, numbers = october
    october_before = month_summary(db, MONTH).this
    workflow.reopen_case(
        db,
        boss,
        numbers["closed_no_agreement"],
        req.ReopenInput("重新调解", date(2026, 11, 3)),
        today=date(2026, 11, 3),
    )
    october_after = month_summary(db, MONTH).this
    assert october_after == october_before
    listed = CaseList(db, Actor.cli()).count(CaseQuery(closed_from=MONTH, closed_to=month_end(MONTH)))
    assert listed == october_after.closed


def test_every_figure_of_the_month_carries_the_filter_that_lists_its_cases(october):
    db, _boss, _numbers = october
    cases = CaseList(db, Actor.cli(), today=date(2026, 12, 1))
    summary = month_summary(db, MONTH)
    counted = {"resolved": summary.this.resolved, "double_count": summary.this.double_count}
    for row in summary.rows():
        if row.key == "enquiries":
            assert row.filter is None, "consultations are not cases"
            continue
        listed = cases.count(row.filter)
        if row.key in ("recovered", "resolution_rate"):
            assert listed == counted["resolved"], row.key
        elif row.key == "double_amount":
            assert listed == counted["double_count"], row.key
        else:
            assert listed == row.values[0], row.key


def test_breakdown_rows_carry_codes_and_filters(october):
    db, _boss, _numbers = october
    cases = CaseList(db, Actor.cli(), today=date(2026, 12, 1))
    first, last = MONTH, month_end(MONTH)
    for grouping in ("nature", "category", "sub_category", "channel"):
        for row in group_figures(db, MONTH, grouping):
            chosen = group_filter(grouping, row.code, first, last)
            if chosen is not None:
                assert cases.count(chosen) == row.accepted, (grouping, row.code, row.label)
            resolved = group_filter(grouping, row.code, first, last, resolved=True)
            if resolved is not None:
                assert cases.count(resolved) == row.resolved, (grouping, row.code, row.label)
    channels = {r.code: r for r in group_figures(db, MONTH, "channel")}
    assert channels["wechat"].label == "微信渠道小计" and channels["total"].label == "合计"
    items = {(r.kind, r.code): r for r in group_figures(db, MONTH, "sub_category")}
    assert items[("row", "g_food_general")].accepted == 1 and items[("subtotal", "g_food")].label == "食品类小计"
    general = group_filter("sub_category", "g_food_general", first, last)
    assert general is not None and general.sub_category == "g_food_general" and cases.count(general) == 1


def test_a_running_month_is_reported_up_to_its_as_of_day_and_says_so(october, tmp_path):
    db, boss, _numbers = october
    mid = date(2026, 10, 15)
    running = month_summary(db, MONTH, as_of=mid)
    assert not running.complete and running.as_of == mid
    whole = month_summary(db, MONTH, as_of=date(2026, 12, 1))
    assert whole.complete and whole.as_of == month_end(MONTH)
    assert running.this.received < whole.this.received
    assert running.this.closed == 1 < whole.this.closed  # closed on 12 October; others later
    path = export_monthly_report(db, boss, MONTH, tmp_path / "running.xlsx", as_of=mid).path
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        title = next(wb["汇总"].iter_rows(max_row=1, values_only=True))[0]
        notes = {r[0]: r[1] for r in wb["说明"].iter_rows(min_row=2, values_only=True)}
    finally:
        wb.close()
    assert "截至10月15日" in title and "本月尚未结束" in title
    assert notes["统计截至"].startswith("2026-10-15")


def test_the_dashboard_reads_rows_by_code_and_hands_over_their_filters(october):
    db, _boss, _numbers = october
    board = dashboard(db, MONTH, date(2026, 12, 1))
    cases = CaseList(db, Actor.cli(), today=date(2026, 12, 1))
    assert board.as_of == month_end(MONTH)
    assert board.wechat_filter is not None and cases.count(board.wechat_filter) == board.wechat_accepted
    for bar in board.natures:
        assert bar.filter is not None and cases.count(bar.filter) == bar.accepted
    for comparison in board.comparisons:
        assert (comparison.filter is None) == (comparison.key == "enquiries"), comparison.key
    assert "personal_rights" in {bar.code for bar in board.natures}


def test_history_of_an_earlier_version_is_filled_in_so_the_months_stay_the_same(october):
    """Migration 0006 fills history rows that hold no event data (those of an earlier version): the months
    read as before, including a closing a reopening undid (its date and money come from the audit entry
    of that closing)."""
    db, boss, numbers = october
    reopen_and_close_again(db, boss, numbers["self_settled"], date(2026, 11, 10), date(2026, 11, 20), "300.00")
    months = [MONTH, NOVEMBER]
    before = [month_summary(db, m).rows() for m in months]
    migration = importlib.import_module("app.store.migrations.versions.0006_history_events")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE case_history SET event_on = NULL, outcome = NULL, recovered_amount = NULL, "
                "punitive_amount = NULL, due_on = NULL"
            )
        )
        with Operations.context(MigrationContext.configure(conn)):
            migration._fill_from_cases()
            migration._fill_from_time_stamps()
    assert [month_summary(db, m).rows() for m in months] == before


def test_each_export_is_kept_and_a_re_export_says_what_changed_since(october, tmp_path):
    db, boss, _numbers = october
    first = export_monthly_report(db, boss, MONTH, tmp_path / "1.xlsx")
    assert first.since.previous_at is None and first.since.lines() == ["本月首次导出"]
    same = export_monthly_report(db, boss, MONTH, tmp_path / "2.xlsx")
    assert same.since.previous_at is not None and same.since.changes == ()
    assert same.since.lines()[0].endswith("导出的相同")
    late = register_case(db, boss, wechat_draft(date(2026, 10, 30)), today=date(2026, 10, 30))
    assert late
    changed = export_monthly_report(db, boss, MONTH, tmp_path / "3.xlsx")
    assert any(c.startswith("汇总 · 登记投诉 · 本月：") for c in changed.since.changes), changed.since.changes
    wb = openpyxl.load_workbook(changed.path, read_only=True)
    try:
        notes = {r[0]: r[1] for r in wb["说明"].iter_rows(min_row=2, values_only=True)}
    finally:
        wb.close()
    assert "登记投诉" in notes["与上次导出相比"] and "处变化" in notes["与上次导出相比"]
