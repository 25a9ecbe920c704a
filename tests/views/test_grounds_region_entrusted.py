"""The administrator's screens for grounds (add, correct, choose a rule set's) and the office's region, and
the Reports page's export of entrusted cases' results back to the SAMR office (Order 20 Art. 17)."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QDate

from app.services.admin import auth
from app.services.admin.office import office_info
from app.services.admin.rule_sets import RuleSetInput, add_rule_set, list_grounds, list_rule_sets
from app.services.admin.users import actor_for, add_user
from app.services.context import Actor
from app.views.context import AppContext
from app.views.dialogs.office_dialog import OfficeDialog
from app.views.pages.admin.grounds_tab import GroundsTab
from app.views.pages.admin.rules_tab import RulesTab
from app.views.pages.admin_page import AdminPage
from app.views.pages.reports_page import ReportsPage
from tests.services.test_entrusted_cases import OFFICE, entrusted
from tests.views.intake_support import choose


@pytest.fixture
def ctx(sqlite_db) -> AppContext:
    root = auth.create_first_admin(sqlite_db, "root", "钱管理", "Admin-pass-2026")
    return AppContext(db=sqlite_db, actor=root)


def _tab(page: AdminPage, cls):
    return next(page.tabs.widget(i) for i in range(page.tabs.count()) if isinstance(page.tabs.widget(i), cls))


def test_an_administrator_adds_and_corrects_a_ground_on_the_grounds_tab(qtbot, ctx):
    """Order 121 Art. 23: grounds are data the administrator keeps; the code, stored on cases, stays."""
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, GroundsTab)
    rows = tab.table.rowCount()
    dialog = tab.add_ground()
    choose(dialog.kind, "termination")
    dialog.code.setText("sh_local")
    dialog.label_zh.setText("地方规定情形")
    dialog.save()
    assert dialog.board.boxes["英文名称"].problem() == "不能为空"
    dialog.label_en.setText("Local ground")
    dialog.save()
    assert tab.table.rowCount() == rows + 1
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == "sh_local")
    assert tab.table.item(row, 4).text() == "（未使用）"
    tab.table.selectRow(row)
    dialog = tab.edit_ground()
    assert dialog is not None and dialog.code.isReadOnly() and not dialog.kind.isEnabled()
    dialog.label_zh.setText("上海市规定的其他情形")
    dialog.save()
    assert next(g.zh for g in list_grounds(ctx.db) if g.code == "sh_local") == "上海市规定的其他情形"


def test_the_rules_tab_chooses_the_grounds_of_the_selected_rule_set(qtbot, ctx):
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, RulesTab)
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "SAMR-2022")
    tab.table.selectRow(row)
    dialog = tab.edit_grounds()
    assert dialog is not None and dialog.rules.code == "SAMR-2022"
    dialog.termination.boxes["party_ceased"].setChecked(True)
    dialog.save()
    samr = next(r for r in list_rule_sets(ctx.db) if r.code == "SAMR-2022")
    assert "party_ceased" in samr.termination_grounds


def test_the_office_region_is_set_in_the_office_form(qtbot, ctx):
    add_rule_set(
        ctx.db,
        ctx.actor,
        RuleSetInput(
            code="SH-2026",
            name="上海市地方规则",
            effective_from="2026-01-01",
            acceptance_days=7,
            mediation_days=60,
            mediation_kind="calendar",
            notice_days=7,
            region="上海市",
            non_acceptance_grounds=["other"],
            termination_grounds=["other"],
        ),
    )
    dialog = OfficeDialog(ctx)
    qtbot.addWidget(dialog)
    assert [dialog.region.itemText(i) for i in range(dialog.region.count())] == ["", "上海市"]
    dialog.region.setCurrentText("上海市")
    dialog.save()
    assert office_info(ctx.db).region == "上海市"


def test_the_reports_page_exports_the_entrusted_results(qtbot, sqlite_db, tmp_path):
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    boss = actor_for(sqlite_db, "boss")
    no = entrusted(sqlite_db, boss)
    page = ReportsPage(AppContext(sqlite_db, boss))
    qtbot.addWidget(page)
    assert page.entrusted_button.isEnabled()
    dialog = page.open_entrusted_export()
    assert [dialog.office.itemData(i) for i in range(dialog.office.count())] == ["", OFFICE]
    dialog.first.setDate(QDate(2026, 1, 1))
    dialog.last.setDate(QDate(2026, 12, 31))
    dialog.path.setText(str(tmp_path / "结果.txt"))
    dialog.save()
    assert dialog.board.boxes["文件"].problem()
    dialog.path.setText(str(tmp_path / "结果.xlsx"))
    dialog.save()
    assert dialog.count == 1
    rows = list(openpyxl.load_workbook(tmp_path / "结果.xlsx").active.iter_rows(values_only=True))
    assert rows[1][1] == no
    assert "已导出受委托调解结果 1 件" in page.status.text()


def test_a_clerk_cannot_export_the_entrusted_results(qtbot, sqlite_db):
    add_user(sqlite_db, Actor.cli(), "wang", "王登记", ["clerk"])
    page = ReportsPage(AppContext(sqlite_db, actor_for(sqlite_db, "wang")))
    qtbot.addWidget(page)
    assert not page.entrusted_button.isEnabled()


def test_one_entrusted_case_result_sheet_and_the_case_page_names_the_office(qtbot, sqlite_db, tmp_path):
    """Order 20 Art. 17: the case page shows the entrusting office and its dates; its result sheet alone is
    exported by case number; a case not entrusted is refused by name."""
    from PySide6.QtWidgets import QLabel

    from app.services.cases.intake import register_case
    from app.views.case_page.case_page import CasePage
    from tests.support.builders import wechat_draft

    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    boss = actor_for(sqlite_db, "boss")
    no = entrusted(sqlite_db, boss)
    own = register_case(sqlite_db, boss, wechat_draft(date(2026, 5, 15)), today=date(2026, 5, 15))
    page = CasePage(AppContext(sqlite_db, boss), no)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert OFFICE in texts and any(t.startswith("2026-05-06 / ") for t in texts)
    reports = ReportsPage(AppContext(sqlite_db, boss))
    qtbot.addWidget(reports)
    dialog = reports.open_entrusted_export()
    dialog.path.setText(str(tmp_path / "one.xlsx"))
    dialog.case_no.setText(own)
    dialog.save()
    assert dialog.result() == 0 and "不是受委托调解的案件" in dialog.summary.text()
    dialog.case_no.setText(no)
    dialog.save()
    assert dialog.count == 1
