"""The monthly report workbook: every figure of every sheet recomputed here by a plain loop over the
cases, on SQLite and PostgreSQL; totals add up; personal data masked; formula-like text stays text."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter, defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace

import openpyxl
import pytest
from sqlalchemy import select

from app.domain import codes
from app.domain.errors import PermissionDenied
from app.domain.masking import mask_name, mask_phone, mask_wechat_id
from app.services.admin.users import actor_for, add_user
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.report import SHEET_NAMES, export_monthly_report, group_figures, month_figures, monthly_series
from app.services.report.months import month_end
from app.store.cases import Case
from app.store.reference import AuditEntry
from tests.support.report_data import ID_NUMBER, INJECTIONS, MONTH, october_database

RESOLVED = {"performed", "self_settled"}
FIGURE_ROWS = [
    "登记投诉",
    "受理投诉",
    "不予受理",
    "办结",
    "解决",
    "投诉解决率(%)",
    "挽回经济损失(元)",
    "加倍赔偿件数",
    "加倍赔偿金额(元)",
    "超期未办结",
    "接待来访和咨询",
]


def cent(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pct(part, whole):
    return None if not whole else cent(Decimal(part) * 100 / Decimal(whole))


CASE_FIELDS = (
    "case_no",
    "state",
    "received_on",
    "accepted_on",
    "rejected_on",
    "closed_on",
    "terminated_on",
    "termination_ground",
    "outcome",
    "recovered_amount",
    "punitive_amount",
    "nature",
    "category",
    "sub_category",
    "channel",
    "merchant_id",
)


def load_cases(db) -> list[SimpleNamespace]:
    """Plain copies of every case with its merchant, read straight from the tables."""
    with db.read() as session:
        return [
            SimpleNamespace(
                **{f: getattr(c, f) for f in CASE_FIELDS},
                merchant=SimpleNamespace(
                    name=c.merchant.name,
                    kind=c.merchant.kind,
                    wechat_id=c.merchant.wechat_id,
                    blacklisted=c.merchant.blacklisted,
                ),
            )
            for c in session.scalars(select(Case)).unique()
        ]


def within(day, first, last) -> bool:
    return day is not None and first <= day <= last


def expected_flow(cases, first: date, last: date) -> dict[str, object]:
    """The section 8 definitions, applied case by case."""
    resolved = [c for c in cases if c.state == "closed" and within(c.closed_on, first, last) and c.outcome in RESOLVED]
    doubled = [c for c in resolved if c.punitive_amount > 0]
    accepted = sum(within(c.accepted_on, first, last) for c in cases)
    return {
        "登记投诉": sum(within(c.received_on, first, last) for c in cases),
        "受理投诉": accepted,
        "不予受理": sum(within(c.rejected_on, first, last) for c in cases),
        "办结": sum(c.state == "closed" and within(c.closed_on, first, last) for c in cases),
        "解决": len(resolved),
        "投诉解决率(%)": pct(len(resolved), accepted),
        "挽回经济损失(元)": sum((c.recovered_amount for c in resolved), Decimal("0.00")),
        "加倍赔偿件数": len(doubled),
        "加倍赔偿金额(元)": sum((c.punitive_amount for c in doubled), Decimal("0.00")),
    }


def as_number(value):
    return None if value is None else Decimal(str(value))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def october(request, tmp_path_factory):
    """The October data, built once per database kind for this module."""
    with october_database(request.param, tmp_path_factory.mktemp("october")) as built:
        yield built


@pytest.fixture(scope="module")
def workbook(october, tmp_path_factory):
    db, supervisor, numbers = october
    result = export_monthly_report(db, supervisor, MONTH, tmp_path_factory.mktemp("report") / "月报.xlsx")
    return openpyxl.load_workbook(result.path), load_cases(db), numbers, result, db


def summary_table(wb) -> dict[str, tuple]:
    ws = wb["汇总"]
    assert [c.value for c in ws[3]][:7] == ["项目", "本月", "上月", "环比(%)", "本年累计", "去年同月", "同比(%)"]
    return {row[0]: row[1:7] for row in ws.iter_rows(min_row=4, max_row=14, values_only=True)}


def test_sheets_are_the_eight_of_the_spec_in_order(workbook):
    wb, *_ = workbook
    assert wb.sheetnames == list(SHEET_NAMES)
    assert SHEET_NAMES == ("汇总", "问题性质", "商品服务类别", "具体商品服务", "购买渠道", "经营者", "案件明细", "说明")


def test_every_summary_figure_matches_a_loop_over_the_cases(workbook):
    wb, cases, *_ = workbook
    table = summary_table(wb)
    assert list(table) == FIGURE_ROWS
    this = expected_flow(cases, date(2026, 10, 1), date(2026, 10, 31))
    prior = expected_flow(cases, date(2026, 9, 1), date(2026, 9, 30))
    ytd = expected_flow(cases, date(2026, 1, 1), date(2026, 10, 31))
    year_ago = expected_flow(cases, date(2025, 10, 1), date(2025, 10, 31))
    for label, expected in this.items():
        now, before, mom, total, last_year, yoy = (as_number(v) for v in table[label])
        assert now == as_number(expected), label
        assert before == as_number(prior[label]), label
        assert total == as_number(ytd[label]), label
        assert last_year == as_number(year_ago[label]), label
        assert mom == (pct(Decimal(now) - before, before) if now is not None and before else None), label
        assert yoy == (pct(Decimal(now) - last_year, last_year) if now is not None and last_year else None), label
    assert this["受理投诉"] == 8 and this["解决"] == 2 and this["办结"] == 3
    assert this["挽回经济损失(元)"] == Decimal("549.50") and this["加倍赔偿金额(元)"] == Decimal("100.00")


def test_overdue_open_counts_the_clock_that_ran_at_month_end(workbook):
    wb, _, numbers, _, db = workbook
    # At 31 October: never decided (registered 9 Oct), agreement due 24 Oct not performed, termination of
    # 20 Oct not yet notified. A year earlier the agreement of October 2025 was overdue; at 30 September none.
    overdue_now = [
        no
        for key, no in numbers.items()
        if key != "oct_to_nov"
        and any(d["overdue"] for d in case_document(db, no, today=date(2026, 10, 31))["deadlines"])
    ]
    assert sorted(overdue_now) == sorted(numbers[k] for k in ("registered", "agreed_overdue", "terminated_refused"))
    this, before, _, total, year_ago, _ = summary_table(wb)["超期未办结"]
    assert (this, before, total, year_ago) == (3, 0, None, 1)


def test_money_has_two_decimals_and_figures_are_numbers(workbook):
    wb, *_ = workbook
    ws = wb["汇总"]
    money = ws["B10"]
    assert ws["A10"].value == "挽回经济损失(元)"
    assert money.data_type == "n" and money.number_format == "#,##0.00"
    assert all(ws.cell(row, 2).data_type == "n" for row in range(4, 14))


def group_expectation(cases, key, labels) -> dict[str, tuple[int, int, Decimal]]:
    first, last = date(2026, 10, 1), date(2026, 10, 31)
    accepted = Counter(labels(getattr(c, key)) for c in cases if within(c.accepted_on, first, last))
    resolved, recovered = Counter(), defaultdict(lambda: Decimal("0.00"))
    for c in cases:
        if c.state == "closed" and within(c.closed_on, first, last) and c.outcome in RESOLVED:
            resolved[labels(getattr(c, key))] += 1
            recovered[labels(getattr(c, key))] += c.recovered_amount
    return {label: (accepted[label], resolved[label], recovered[label]) for label in set(accepted) | set(resolved)}


def sheet_rows(ws) -> dict[str, tuple]:
    assert [c.value for c in ws[1]] == [
        "项目",
        "件数",
        "占比(%)",
        "解决",
        "挽回经济损失(元)",
        "去年同期",
        "比重变化(百分点)",
    ]
    return {r[0]: r[1:] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] is not None}


def check_group_sheet(ws, expected, groups: dict[str, list[str]]):
    rows = sheet_rows(ws)
    total_accepted = sum(v[0] for v in expected.values())
    for label, (accepted, resolved, recovered) in expected.items():
        assert rows[label][0] == accepted and rows[label][2] == resolved, label
        assert as_number(rows[label][3]) == recovered, label
        assert as_number(rows[label][1]) == pct(accepted, total_accepted), label
    plain = [label for label in rows if label != "合计" and label not in groups]
    for label in plain:
        if label not in expected:
            assert rows[label][0] == 0 and rows[label][2] == 0, label
    for subtotal, members in groups.items():
        for i in (0, 2, 3):
            assert as_number(rows[subtotal][i]) == sum(as_number(rows[m][i]) for m in members), subtotal
    top_level = [label for label in plain if not any(label in m for m in groups.values())] + list(groups)
    for i in (0, 2, 3):
        assert as_number(rows["合计"][i]) == sum(as_number(rows[label][i]) for label in top_level)
    assert rows["合计"][0] == total_accepted


def test_nature_sheet_matches_the_cases_and_adds_up(workbook):
    wb, cases, *_ = workbook
    expected = group_expectation(cases, "nature", lambda c: codes.nature_label(c, 2026) if c else "未填写")
    check_group_sheet(wb["问题性质"], expected, {})
    assert sheet_rows(wb["问题性质"])["人格权益"][0] == 1


def test_category_sheet_has_goods_and_service_subtotals(workbook):
    wb, cases, *_ = workbook
    expected = group_expectation(cases, "category", lambda c: codes.CATEGORIES[c][0] if c else "未填写")
    goods = [label for label, _ in codes.GOODS_CLASSES.values()]
    services = [label for label, _ in codes.SERVICE_CLASSES.values()]
    check_group_sheet(wb["商品服务类别"], expected, {"商品类小计": goods, "服务类小计": services})
    labels = [r[0] for r in wb["商品服务类别"].iter_rows(values_only=True)]
    assert labels.index("商品类小计") == len(goods) + 1 and labels[-1] == "合计"


def item_label(case) -> str:
    """The line of 具体商品服务 a case counts on."""
    if case.category is None:
        return "未填写"
    if case.sub_category:
        return codes.SUB_CATEGORIES[case.sub_category][0]
    label = codes.CATEGORIES[case.category][0]
    return label + "（未细分）" if codes.sub_categories_of(case.category) else label


def test_sub_category_sheet_breaks_each_class_down_and_adds_up_to_the_class_sheet(workbook):
    wb, cases, *_ = workbook
    items = [SimpleNamespace(**vars(c), item=item_label(c)) for c in cases]
    expected = group_expectation(items, "item", lambda label: label)
    assert expected["普通食品"] == (1, 1, Decimal("150.50")) and expected["经营性互联网服务"][0] == 1
    assert "食品类（未细分）" in expected
    rows, classes = sheet_rows(wb["具体商品服务"]), sheet_rows(wb["商品服务类别"])
    total = sum(v[0] for v in expected.values())
    for label, (accepted, resolved, recovered) in expected.items():
        assert rows[label][0] == accepted and rows[label][2] == resolved, label
        assert as_number(rows[label][3]) == recovered and as_number(rows[label][1]) == pct(accepted, total), label
    subtotals = {f"{label}小计" for code, (label, _) in codes.CATEGORIES.items() if codes.sub_categories_of(code)}
    for label, values in rows.items():
        if label not in expected and label not in subtotals | {"商品类小计", "服务类小计", "合计"}:
            assert values[0] == 0 and values[2] == 0, label
    for code, (label, _) in {**codes.GOODS_CLASSES, **codes.SERVICE_CLASSES}.items():
        own = [codes.SUB_CATEGORIES[s][0] for s in codes.sub_categories_of(code)] + [label + "（未细分）"]
        subtotal = rows[f"{label}小计"]
        assert subtotal[:4] == classes[label][:4], label
        assert subtotal[0] == sum(rows[m][0] for m in own if m in rows), label
    for label in ("商品类小计", "服务类小计", "合计"):
        assert rows[label][:4] == classes[label][:4], label
    labels = [r[0] for r in wb["具体商品服务"].iter_rows(min_row=2, values_only=True)]
    assert labels.index("通讯类产品") < labels.index("家用电子电器类小计") < labels.index("家具")
    assert labels[-1] == "合计" and rows["合计"][4] == classes["合计"][4]


def test_channel_sheet_has_the_wechat_subtotal(workbook):
    wb, cases, *_ = workbook
    expected = group_expectation(cases, "channel", lambda c: codes.CHANNELS[c][0] if c else "未填写")
    wechat = [codes.CHANNELS[c][0] for c in codes.WECHAT_CHANNELS]
    check_group_sheet(wb["购买渠道"], expected, {"微信渠道小计": wechat})


def test_merchant_sheet_names_repeat_and_refusing_merchants_masked(workbook):
    wb, cases, *_ = workbook
    first, last = date(2026, 10, 1), date(2026, 10, 31)
    by_merchant = defaultdict(list)
    for c in cases:
        by_merchant[c.merchant_id].append(c)
    expected = {}
    for group in by_merchant.values():
        accepted = sum(within(c.accepted_on, first, last) for c in group)
        refused = sum(
            within(c.terminated_on, first, last) and c.termination_ground == "absent_or_refused" for c in group
        )
        still_open = sum(
            c.received_on <= last
            and not within(c.closed_on, date.min, last)
            and not within(c.rejected_on, date.min, last)
            for c in group
        )
        if accepted >= 2 or refused:
            m = group[0].merchant
            name = mask_name(m.name) if m.kind == "unregistered" else m.name
            expected[name] = (
                codes.MERCHANT_KINDS[m.kind][0],
                mask_wechat_id(m.wechat_id),
                accepted,
                still_open,
                refused,
                "是" if m.blacklisted else "否",
            )
    ws = wb["经营者"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    assert rows == expected
    assert rows["美***"][1] == "me********88", "an individual seller's name and WeChat ID are masked"
    assert rows["=恶意店铺"][0] == "企业", "an enterprise keeps its name"
    assert ws["A2"].data_type == "s" or ws["A3"].data_type == "s"


def test_detail_sheet_lists_the_month_cases_masked_in_ledger_columns(workbook):
    wb, cases, numbers, *_ = workbook
    ws = wb["案件明细"]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["案件编号", "登记日期", "来源", "12315编号", "消费者姓名", "消费者电话"] and len(header) == 28
    first, last = date(2026, 10, 1), date(2026, 10, 31)
    expected = sorted(
        c.case_no
        for c in cases
        if any(within(d, first, last) for d in (c.received_on, c.accepted_on, c.rejected_on, c.closed_on))
    )
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == expected
    assert numbers["sep_to_oct"] in expected and numbers["last_year"] not in expected
    row = dict(zip(header, next(r for r in rows if r[0] == numbers["registered"]), strict=True))
    assert row["消费者姓名"] == mask_name("张三") == "张*"
    assert row["消费者电话"] == mask_phone("13812348000") == "138****8000"
    assert row["消费者身份证号"] == ID_NUMBER[:6] + "********" + ID_NUMBER[-4:]
    assert row["经营者微信号"] == "me********88" and row["经营者名称"] == "美***"
    assert "13812348000" not in str(rows) and ID_NUMBER not in str(rows)


def test_formula_like_text_is_written_as_text(workbook):
    wb, *_ = workbook
    found = {}
    for row in wb["案件明细"].iter_rows(min_row=2):
        for cell in row:
            if cell.value in INJECTIONS:
                found[cell.value] = cell
    assert set(found) == set(INJECTIONS)
    for text, cell in found.items():
        assert cell.data_type == "s" and cell.value == text and cell.quotePrefix
    merchant = next(c for c in wb["经营者"]["A"] if c.value == "=恶意店铺")
    assert merchant.data_type == "s"


def test_notes_give_definitions_and_provenance(workbook):
    wb, *_, result, _ = workbook
    notes = {r[0]: r[1] for r in wb["说明"].iter_rows(min_row=2, values_only=True)}
    for label in FIGURE_ROWS:
        assert notes[label], label
    assert "已脱敏" in notes["个人信息"] and "boss" in notes["生成人"]
    assert notes["适用规则"] == "SAMR-2026"  # in force since 2026-04-15
    assert "SAMR-2026" in wb["汇总"]["A1"].value and "2026年10月" in wb["汇总"]["A1"].value
    assert result.masked and result.detail_rows == len(list(wb["案件明细"].iter_rows(min_row=2)))


def test_summary_has_charts_and_print_setup(workbook):
    wb, *_ = workbook
    ws = wb["汇总"]
    assert len(ws._charts) == 2
    assert ws.freeze_panes == "B4"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert wb["案件明细"].freeze_panes == "B2"


def test_api_figures_equal_the_sheet_and_series_adds_up(october):
    db, _, _ = october
    october_figures = month_figures(db, MONTH)
    series = monthly_series(db, date(2026, 1, 1), MONTH, with_overdue=False)
    assert len(series) == 10 and series[-1].accepted == october_figures.accepted
    assert sum(f.received for f in series) == sum(
        within(c.received_on, date(2026, 1, 1), month_end(MONTH)) for c in load_cases(db)
    )
    assert october_figures.resolution_rate == pct(october_figures.resolved, october_figures.accepted)
    natures = group_figures(db, MONTH, "nature")
    assert natures[-1].label == "合计" and natures[-1].accepted == october_figures.accepted


def test_unmasked_export_needs_a_supervisor_says_so_and_is_audited(sqlite_db, tmp_path):
    add_user(sqlite_db, Actor.cli(), "clerk1", "王登记", ["clerk"])
    add_user(sqlite_db, Actor.cli(), "admin1", "管理员", ["admin"])
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    with pytest.raises(PermissionDenied):
        export_monthly_report(sqlite_db, actor_for(sqlite_db, "admin1"), MONTH, tmp_path / "x.xlsx", unmasked=True)
    with pytest.raises(PermissionDenied):
        export_monthly_report(sqlite_db, actor_for(sqlite_db, "clerk1"), MONTH, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    export_monthly_report(sqlite_db, actor_for(sqlite_db, "boss"), MONTH, tmp_path / "u.xlsx", unmasked=True)
    notes = {r[0]: r[1] for r in openpyxl.load_workbook(tmp_path / "u.xlsx")["说明"].iter_rows(values_only=True)}
    assert notes["个人信息"].startswith("未脱敏")
    with sqlite_db.read() as session:
        actor, detail = session.execute(
            select(AuditEntry.actor, AuditEntry.detail).where(AuditEntry.action == "export_report")
        ).one()
    assert actor == "boss" and '"masked": false' in detail


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_workbook_converts_to_pdf_with_libreoffice(workbook, tmp_path):
    *_, result, _ = workbook
    out = tmp_path / "pdf"
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(result.path)],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    assert done.returncode == 0, done.stderr
    pdf = out / "月报.pdf"
    assert pdf.exists() and pdf.stat().st_size > 5000


def test_selftest_check_writes_and_reads_back_the_export(october, tmp_path):
    from app.services.report.check import check_monthly_export

    db, boss, _ = october
    detail = check_monthly_export(db, boss, tmp_path, MONTH)
    assert "2026年10月" in detail and "受理 8 件" in detail and (tmp_path / "selftest-2026-10.xlsx").exists()


def test_breakdown_sheets_compare_with_the_same_month_last_year(workbook):
    """去年同期: accepted in October 2025; 比重变化: this share less that share, in percentage points."""
    wb, cases, *_ = workbook
    for sheet, field in (("问题性质", "nature"), ("购买渠道", "channel")):
        rows = sheet_rows(wb[sheet])
        then = [c for c in cases if within(c.accepted_on, date(2025, 10, 1), date(2025, 10, 31))]
        assert rows["合计"][4] == len(then), sheet
        for label, values in rows.items():
            if label == "合计" or values[4] in (None, 0):
                continue
            share_then = pct(values[4], len(then))
            assert as_number(values[5]) == as_number(values[1]) - share_then, (sheet, label)
        assert sum(1 for c in then if getattr(c, field)) >= 1


def test_the_masked_workbook_masks_the_parties_inside_the_complaint_text(tmp_path, sqlite_db, admin):
    """PIPL Art. 6 (minimum necessary): the consumer's name and phone and an unregistered seller's name
    written in 投诉内容 are masked like the columns beside them."""
    from app.services.cases.intake import register_case
    from tests.support.builders import wechat_draft

    facts = "张三（13812348000）在美妆小铺买面霜，微信meizhuang_88，另留电话13900001111。"
    register_case(sqlite_db, admin, wechat_draft(date(2026, 10, 9), facts=facts), today=date(2026, 10, 9))
    path = export_monthly_report(sqlite_db, admin, MONTH, tmp_path / "m.xlsx").path
    ws = openpyxl.load_workbook(path)["案件明细"]
    header = [c.value for c in ws[1]]
    text = ws.cell(row=2, column=header.index("投诉内容") + 1).value
    for secret in ("张三", "13812348000", "美妆小铺", "meizhuang_88", "13900001111"):
        assert secret not in text, secret
    assert "张*" in text and "138****8000" in text and "139****1111" in text


def test_the_regulator_variant_names_merchants_in_full_but_no_consumer(october, tmp_path):
    """For a referral to the market supervision bureau: shop name, USCC and WeChat ID in full on the
    经营者 sheet; consumers still masked; a supervisor's export, audited."""
    db, boss, _numbers = october
    path = export_monthly_report(db, boss, MONTH, tmp_path / "r.xlsx", for_regulator=True).path
    wb = openpyxl.load_workbook(path)
    merchants = list(wb["经营者"].iter_rows(values_only=True))
    assert merchants[0][2:5] == ("店铺或小程序", "统一社会信用代码", "经营者微信号")
    cases = {c.case_no: c for c in load_cases(db)}
    full = {c.merchant.name for c in cases.values()}
    assert {row[0] for row in merchants[1:]} <= full
    detail = list(wb["案件明细"].iter_rows(values_only=True))
    names = detail[0].index("消费者姓名")
    assert all(row[names].endswith("*") for row in detail[1:]), "consumers stay masked"
    assert "报送监管部门" in {r[0] for r in wb["说明"].iter_rows(values_only=True)}
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "export_report").order_by(AuditEntry.id.desc())
        ).first()
    assert '"for_regulator": true' in entry
    clerk = Actor(login="c", name="c", roles=frozenset({"clerk"}))
    with pytest.raises(PermissionDenied):
        export_monthly_report(db, clerk, MONTH, tmp_path / "x.xlsx", for_regulator=True)
