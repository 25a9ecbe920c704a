"""Rule sets and the holiday calendar as the administrator keeps them: bad input names the field or the
row and writes nothing; a loaded year is confirmed and moves open deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from app.domain.errors import InvalidInput
from app.services.admin import calendar as calendar_admin
from app.services.admin.rule_sets import RuleSetInput, add_rule_set, list_rule_sets
from app.services.context import Actor

CLI = Actor.cli()


def _rules(**changes: object) -> RuleSetInput:
    data = RuleSetInput(
        code="SH-2027",
        name="上海市地方规则",
        effective_from="2027-01-01",
        acceptance_days="7",
        mediation_days="60",
        notice_days="7",
        extension_days="30",
        mediation_kind="calendar",
        region="上海市",
        non_acceptance_grounds=["out_of_scope", "other"],
        termination_grounds=["other"],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_new_rule_set_is_listed_by_effective_date(db):
    add_rule_set(db, CLI, _rules())
    listed = list_rule_sets(db)
    shanghai = next(r for r in listed if r.code == "SH-2027")
    assert (shanghai.mediation.days, shanghai.mediation.day_kind, shanghai.extension_days) == (60, "calendar", 30)
    assert (shanghai.acceptance.day_kind, shanghai.notice.day_kind, shanghai.region) == ("working", "working", "上海市")


def test_bad_rule_set_names_every_field_and_adds_nothing(db):
    bad = _rules(
        code="",
        name=" ",
        effective_from="2027-02-30",
        acceptance_days="seven",
        mediation_days="0",
        mediation_kind="lunar",
        non_acceptance_grounds=[],
        termination_grounds=["nonsense"],
    )
    with pytest.raises(InvalidInput) as err:
        add_rule_set(db, CLI, bad)
    fields = {p.field for p in err.value.problems}
    assert fields == {
        "代码",
        "名称",
        "生效日期",
        "受理期限",
        "调解期限",
        "调解期限计日方式",
        "不予受理理由",
        "终止调解理由",
    }
    assert "SH-2027" not in {r.code for r in list_rule_sets(db)}


def test_rule_set_code_and_effective_date_must_be_new(db):
    add_rule_set(db, CLI, _rules())
    with pytest.raises(InvalidInput, match="代码: 已存在"):
        add_rule_set(db, CLI, _rules(effective_from="2028-01-01"))
    with pytest.raises(InvalidInput, match="SH-2027"):
        add_rule_set(db, CLI, _rules(code="SH-2027b"))


def test_holidays_of_a_span_are_listed_and_removed(db):
    calendar_admin.set_holidays(db, CLI, date(2027, 2, 6), date(2027, 2, 12), False, "春节")
    calendar_admin.set_holiday(db, CLI, date(2027, 2, 14), True, "春节调休上班")
    year = calendar_admin.list_holidays(db, 2027)
    assert year.confirmed and len(year.entries) == 8
    assert [e.is_workday for e in year.entries].count(True) == 1
    calendar_admin.remove_holiday(db, CLI, date(2027, 2, 14))
    assert len(calendar_admin.list_holidays(db, 2027).entries) == 7


def test_a_span_ending_before_it_starts_is_refused(db):
    with pytest.raises(InvalidInput, match="结束日期"):
        calendar_admin.set_holidays(db, CLI, date(2027, 2, 12), date(2027, 2, 6), False, "春节")


def test_a_year_loads_from_csv_and_replaces_what_was_there(db, tmp_path):
    calendar_admin.set_holiday(db, CLI, date(2027, 3, 3), False, "错误录入")
    path = tmp_path / "2027.csv"
    path.write_text(
        "日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-06,放假,春节\n2027-02-14,上班,春节调休\n", encoding="gb18030"
    )
    assert calendar_admin.load_holiday_year(db, CLI, 2027, path) == 3
    year = calendar_admin.list_holidays(db, 2027)
    assert [e.day for e in year.entries] == [date(2027, 1, 1), date(2027, 2, 6), date(2027, 2, 14)]
    assert year.entries[-1].is_workday and year.source and year.source.startswith("file:")


def test_a_year_loads_from_xlsx(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "类型", "名称"])
    ws.append([date(2028, 1, 1), "放假", "元旦"])
    ws.append(["2028-10-08", "上班", "国庆调休"])
    path = tmp_path / "2028.xlsx"
    wb.save(path)
    assert calendar_admin.load_holiday_year(db, CLI, 2028, path) == 2


def test_a_bad_file_names_each_row_and_loads_nothing(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "日期,类型,名称\n2027-01-01,放假,元旦\n2027-13-01,放假,\n2026-12-31,放假,\n2027-05-01,休,劳动节\n"
        "2027-01-01,放假,元旦\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as err:
        calendar_admin.load_holiday_year(db, CLI, 2027, path)
    rows = [(p.row, p.field) for p in err.value.problems]
    assert rows == [(3, "日期"), (4, "日期"), (5, "类型"), (6, "日期")]
    assert "不属于 2027 年" in str(err.value) and "重复" in str(err.value)
    assert calendar_admin.list_holidays(db, 2027).entries == []


def test_a_file_without_the_needed_columns_says_which(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("day,名称\n2027-01-01,元旦\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="类型"):
        calendar_admin.load_holiday_year(db, CLI, 2027, path)
