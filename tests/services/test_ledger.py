"""Ledger import: every problem of a bad ledger listed and nothing written; normalisation of what
spreadsheets hold; imported cases keep their state; export, import, export gives the same figures."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select, text

from app.domain.errors import InvalidInput, PermissionDenied
from app.services.admin.users import add_user
from app.services.cases.intake import register_case
from app.services.cases.listing import CaseList, CaseQuery
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.ledger import HEADERS, import_ledger
from app.services.merchants.search import search_merchants
from app.services.report import export_monthly_report, month_summary
from app.services.report.groups import category_rows, channel_rows, nature_rows, sub_category_rows
from app.store.cases import Case
from app.store.reference import AuditEntry
from tests.support.builders import wechat_draft
from tests.support.report_data import MONTH, october_database

GOOD = {
    "案件编号": "TZ2026-001",
    "登记日期": "2026-10-09",
    "来源": "来电",
    "消费者姓名": "李四",
    "消费者电话": "13912345678",
    "经营者名称": "小王水果",
    "经营者类型": "未登记个人",
    "经营者微信号": "wang_fruit",
    "购买渠道": "微信群",
    "支付方式": "微信转账",
    "交易日期": "2026-10-01",
    "涉及金额(元)": "88.00",
    "商品或服务类别": "食品类",
    "投诉问题性质": "质量",
    "诉求": "退款、赔偿损失",
    "投诉内容": "水果腐烂",
    "状态": "已受理",
    "受理日期": "2026-10-10",
}


def write_ledger(path, rows: list[dict[str, object]], headers: list[str] | None = None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    headers = headers or list(GOOD)
    ws.append(headers)
    for row in rows:
        ws.append([row.get(h) for h in headers])
    wb.save(path)
    return path


def counts(db) -> tuple[int, int]:
    with db.read() as session:
        imports = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import_ledger")
        return session.scalar(select(func.count()).select_from(Case)), session.scalar(imports)


def test_bad_ledger_imports_nothing_and_lists_every_problem(db, tmp_path):
    headers = [h for h in GOOD if h != "投诉内容"] + ["备注"]
    rows = [
        {**GOOD, "案件编号": "A1", "登记日期": "2026-02-30"},
        {**GOOD, "案件编号": "A2", "涉及金额(元)": "-5"},
        {**GOOD, "案件编号": "A3", "消费者电话": "12345"},
        {**GOOD, "案件编号": "A4", "状态": "处理中"},
        {**GOOD, "案件编号": "A1"},
        {**GOOD, "案件编号": "A6"},
    ]
    path = write_ledger(tmp_path / "bad.xlsx", rows, headers)
    with pytest.raises(InvalidInput) as err:
        import_ledger(db, Actor.cli(), path)
    found = {(p.row, p.field) for p in err.value.problems}
    assert found == {
        (1, "投诉内容"),
        (2, "登记日期"),
        (3, "涉及金额(元)"),
        (4, "消费者电话"),
        (5, "状态"),
        (6, "案件编号"),
    }
    by_row = {p.row: p for p in err.value.problems}
    assert by_row[1].reason() == "缺少必填列"
    assert by_row[2].value == "2026-02-30" and "不存在" in by_row[2].reason()
    assert by_row[3].value == "-5" and "负数" in by_row[3].reason()
    assert by_row[4].value == "12345"
    assert by_row[5].value == "处理中" and "已登记" in by_row[5].reason()
    assert "第2行" in by_row[6].reason()
    assert counts(db) == (0, 0)


def test_normalises_full_width_digits_spaces_excel_and_text_dates(db, tmp_path):
    rows = [
        {
            **GOOD,
            "案件编号": " TZ-1 ",
            "消费者电话": "１３９ １２３４ ５６７８",
            "登记日期": datetime(2026, 10, 9),
            "受理日期": 46305,
            "交易日期": "2026年10月1日",
            "涉及金额(元)": "¥1,234.50",
        },
        {
            **GOOD,
            "案件编号": "TZ-2",
            "消费者电话": 13912345678,
            "涉及金额(元)": 99.9,
            "投诉问题性质": "人格尊严",
            "诉求": "退款;赔礼道歉\n更换",
            "状态": "已办结",
            "办结日期": "2026/10/20",
            "办结结果": "履行完毕",
            "挽回经济损失(元)": 300,
            "加倍赔偿金额(元)": "100",
        },
    ]
    report = import_ledger(
        db,
        Actor.cli(),
        write_ledger(
            tmp_path / "l.xlsx", rows, [*GOOD, "办结日期", "办结结果", "挽回经济损失(元)", "加倍赔偿金额(元)"]
        ),
    )
    assert report.imported == 2 and report.rows == 2
    first, second = case_document(db, "TZ-1"), case_document(db, "TZ-2")
    assert first["consumer"]["phone"] == "13912345678"
    assert (first["received_on"], first["accepted_on"]) == ("2026-10-09", "2026-10-10")
    assert first["amounts"]["claimed"] == "1234.50" and first["state"] == "accepted"
    assert second["consumer"]["phone"] == "13912345678" and second["nature"] == "人格权益"
    assert (second["state"], second["outcome"], second["closed_on"]) == ("closed", "performed", "2026-10-20")
    assert second["amounts"] == {"claimed": "99.90", "recovered": "300.00", "punitive": "100.00"}


def test_imported_cases_keep_their_state_with_one_history_row(db, tmp_path):
    rows = [
        {**GOOD, "案件编号": "WQ2026-000500", "状态": "调解中", "调解员": "赵主管"},
        {**GOOD, "案件编号": "WQ2026-000501", "状态": "已登记", "受理日期": None},
    ]
    add_user(db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    import_ledger(db, Actor.cli(), write_ledger(tmp_path / "l.xlsx", rows, [*GOOD, "调解员"]))
    doc = case_document(db, "WQ2026-000500")
    assert doc["state"] == "mediating" and len(doc["history"]) == 1
    assert doc["history"][0]["to"] == "mediating" and doc["history"][0]["from"] is None
    assert [d["kind"] for d in doc["deadlines"]] == ["mediation"]
    new_no = register_case(db, Actor.cli(), wechat_draft(date(2026, 11, 2)), today=date(2026, 11, 2))
    assert new_no == "WQ2026-000502", "the case-number counter moved past the imported numbers"
    assert counts(db) == (3, 1)


def test_existing_case_numbers_are_problems_unless_skipped(db, tmp_path):
    path = write_ledger(tmp_path / "l.xlsx", [GOOD])
    import_ledger(db, Actor.cli(), path)
    with pytest.raises(InvalidInput) as err:
        import_ledger(db, Actor.cli(), path)
    assert [(p.row, p.field, p.value) for p in err.value.problems] == [(2, "案件编号", "TZ2026-001")]
    report = import_ledger(db, Actor.cli(), path, skip_existing=True)
    assert report.skipped == ["TZ2026-001"] and report.imported == 0
    assert counts(db)[0] == 1


def test_dry_run_checks_but_writes_nothing_and_reports_unknown_columns(db, tmp_path):
    path = write_ledger(tmp_path / "l.xlsx", [GOOD], [*GOOD, "备注"])
    report = import_ledger(db, Actor.cli(), path, dry_run=True)
    assert report.imported == 1 and report.unknown_columns == ["备注"] and report.dry_run
    assert counts(db) == (0, 0)


def test_a_masked_report_is_refused_as_a_ledger(sqlite_db, tmp_path):
    masked = export_monthly_report(sqlite_db, Actor.cli(), MONTH, tmp_path / "masked.xlsx")
    with pytest.raises(InvalidInput) as err:
        import_ledger(sqlite_db, Actor.cli(), masked.path)
    assert "已脱敏" in err.value.problems[0].reason()


def test_import_needs_the_permission(sqlite_db, tmp_path):
    mediator = Actor("med1", "李调解", frozenset({"mediator"}))
    with pytest.raises(PermissionDenied):
        import_ledger(sqlite_db, mediator, write_ledger(tmp_path / "l.xlsx", [GOOD]))


def figures_of(db):
    summary = month_summary(db, MONTH)
    with db.read() as session:
        groups = [
            nature_rows(session, date(2026, 10, 1), date(2026, 10, 31)),
            category_rows(session, date(2026, 10, 1), date(2026, 10, 31)),
            sub_category_rows(session, date(2026, 10, 1), date(2026, 10, 31)),
            channel_rows(session, date(2026, 10, 1), date(2026, 10, 31)),
        ]
    return {r.key: r.values[0] for r in summary.rows()}, groups


def test_unmasked_export_imports_into_an_empty_database_and_exports_the_same(db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("source")
    with october_database("sqlite", folder) as (source, boss, _numbers):
        first = export_monthly_report(source, boss, MONTH, folder / "first.xlsx", unmasked=True)
        source_figures = figures_of(source)
    add_user(db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    report = import_ledger(db, Actor.cli(), first.path)
    assert report.imported == first.detail_rows and report.unknown_mediators == []
    figures, groups = figures_of(db)
    expected, expected_groups = source_figures
    # The ledger has no agreement due date or termination date, so the two cases overdue in those
    # phases cannot be overdue after a round trip; every other figure is the same.
    assert expected.pop("overdue_open") == 3 and figures.pop("overdue_open") == 1
    assert figures == expected and groups == expected_groups
    again = export_monthly_report(db, Actor.cli(), MONTH, folder / "again.xlsx", unmasked=True)
    rows = [list(openpyxl.load_workbook(p)["案件明细"].iter_rows(values_only=True)) for p in (first.path, again.path)]
    assert rows[0] == rows[1] and rows[0][0] == tuple(HEADERS)
    recovered = HEADERS.index("挽回经济损失(元)")
    assert any(Decimal(str(r[recovered])) > 0 for r in rows[1][1:] if r[recovered] is not None)
    item = HEADERS.index("具体商品或服务")
    assert {r[item] for r in rows[1][1:]} >= {"普通食品", "经营性互联网服务", None}


def test_imported_cases_are_searchable_and_sorted_by_name_and_later_cases_too(db, tmp_path):
    """The import does the search-index and sort-key work for its rows in bulk: the imported cases are
    found by their text and sorted by their names, and a case registered afterwards is indexed as ever."""
    rows = [
        {
            **GOOD,
            "案件编号": "TZ2026-101",
            "消费者姓名": "周一",
            "经营者名称": "甲店",
            "经营者微信号": "shop_a",
            "投诉内容": "保温杯漏水严重",
        },
        {
            **GOOD,
            "案件编号": "TZ2026-102",
            "消费者姓名": "吴二",
            "经营者名称": "乙店",
            "经营者微信号": "shop_b",
            "投诉内容": "面霜过敏红肿",
        },
    ]
    import_ledger(db, Actor.cli(), write_ledger(tmp_path / "l.xlsx", rows))
    cases = CaseList(db, Actor.cli())
    assert [r.case_no for r in cases.rows(CaseQuery(search="保温杯"), 0, 10)] == ["TZ2026-101"]
    assert [r.case_no for r in cases.rows(CaseQuery(search="面霜"), 0, 10)] == ["TZ2026-102"]
    by_consumer = cases.rows(CaseQuery(sort="consumer", descending=False), 0, 10)
    assert [(r.consumer, r.merchant) for r in by_consumer] == sorted([("吴二", "乙店"), ("周一", "甲店")])
    assert {h.name for h in search_merchants(db, Actor.cli(), "shop_b")} == {"乙店"}
    new_no = register_case(db, Actor.cli(), wechat_draft(date(2026, 11, 2)), today=date(2026, 11, 2))
    new_text = case_document(db, new_no)["facts"]
    assert new_no in {r.case_no for r in cases.rows(CaseQuery(search=new_text[:4]), 0, 10)}


def test_a_refused_import_leaves_the_search_triggers_in_place(db, tmp_path):
    with db.read() as session:
        before = _triggers(session)
    bad = [{**GOOD, "案件编号": "TZ2026-201"}, {**GOOD, "案件编号": "TZ2026-202", "状态": "处理中"}]
    with pytest.raises(InvalidInput):
        import_ledger(db, Actor.cli(), write_ledger(tmp_path / "bad.xlsx", bad))
    with db.read() as session:
        assert _triggers(session) == before
    import_ledger(db, Actor.cli(), write_ledger(tmp_path / "good.xlsx", [GOOD]))
    with db.read() as session:
        assert _triggers(session) == before
    assert counts(db) == (1, 1)


def _triggers(session) -> list[str]:
    if session.get_bind().dialect.name != "sqlite":
        return []
    return sorted(session.scalars(text("SELECT sql FROM sqlite_master WHERE type = 'trigger'")))
