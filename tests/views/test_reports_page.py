"""The Reports page shows the month's figures before exporting, exports in the background and offers the
folder; the import wizard lists every problem and imports only a clean ledger."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.admin.users import actor_for, add_user
from app.services.context import Actor
from app.services.report import month_summary
from app.views.context import AppContext
from app.views.dialogs.import_wizard import ImportWizard
from app.views.pages.reports_page import ReportsPage, format_value
from tests.services.test_ledger import GOOD, write_ledger
from tests.support.report_data import MONTH, october_database


@pytest.fixture(scope="module")
def october(tmp_path_factory):
    with october_database("sqlite", tmp_path_factory.mktemp("october")) as built:
        yield built


def page_on_october(qtbot, db, actor) -> ReportsPage:
    page = ReportsPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.month.setDate(QDate(2026, 10, 1))
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.month == MONTH, timeout=10000)
    return page


def test_page_shows_the_figures_of_the_chosen_month(qtbot, october):
    db, boss, _ = october
    page = page_on_october(qtbot, db, boss)
    expected = month_summary(db, MONTH).rows()
    table = page.table
    assert table.item(1, 0).text() == "受理投诉" and table.item(1, 1).text() == "8"
    for row, line in enumerate(expected):
        assert table.item(row, 0).text() == line.label
        assert table.item(row, 1).text() == format_value(line.values[0], line.key.endswith(("recovered", "amount")))
    assert table.item(6, 1).text() == "549.50"
    assert page.unmasked.isEnabled()
    page.grab().save("/tmp/reports_page.png")


def test_export_runs_in_the_background_then_offers_the_folder(qtbot, october, tmp_path, monkeypatch):
    db, boss, _ = october
    page = page_on_october(qtbot, db, boss)
    target = tmp_path / "十月.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
    assert target.exists() and "是否打开所在文件夹" in asked[0]
    wb = openpyxl.load_workbook(target)
    summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(min_row=4, max_row=13, values_only=True)}
    assert summary["受理投诉"] == int(page.table.item(1, 1).text())
    assert page.export_button.isEnabled()


def test_clerk_can_neither_export_nor_import(qtbot, sqlite_db):
    add_user(sqlite_db, Actor.cli(), "clerk_r", "钱登记", ["clerk"])
    page = ReportsPage(AppContext(sqlite_db, actor_for(sqlite_db, "clerk_r")))
    qtbot.addWidget(page)
    assert not page.unmasked.isEnabled() and not page.export_button.isEnabled()
    assert not page.import_button.isEnabled() and not page.for_regulator.isEnabled()


def test_the_regulator_variant_is_exported_from_the_page(qtbot, october, tmp_path, monkeypatch):
    db, boss, _ = october
    page = page_on_october(qtbot, db, boss)
    target = tmp_path / "监管.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.for_regulator.setChecked(True)
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None and page.last_export.path == target, timeout=20000)
    header = next(openpyxl.load_workbook(target)["经营者"].iter_rows(max_row=1, values_only=True))
    assert "统一社会信用代码" in header
    assert "导出" in page.status.text()


def test_wizard_lists_every_problem_and_imports_only_a_clean_ledger(qtbot, sqlite_db, tmp_path, monkeypatch):
    ctx = AppContext(sqlite_db, Actor.cli())
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    bad = write_ledger(
        tmp_path / "bad.xlsx",
        [{**GOOD, "案件编号": "B1", "消费者电话": "123"}, {**GOOD, "案件编号": "B1", "状态": "未知"}],
    )
    wizard.set_file(str(bad))
    wizard.check_button.click()
    qtbot.waitUntil(lambda: wizard.problems.rowCount() == 3, timeout=10000)
    lines = {tuple(wizard.problems.item(r, c).text() for c in range(4)) for r in range(3)}
    assert ("2", "消费者电话", "123", "手机号应为11位，以1开头，第二位为3-9") in lines
    assert {(line[0], line[1]) for line in lines} == {("2", "消费者电话"), ("3", "状态"), ("3", "案件编号")}
    assert not wizard.import_button.isEnabled()
    wizard.grab().save("/tmp/import_wizard.png")
    good = write_ledger(tmp_path / "good.xlsx", [GOOD, {**GOOD, "案件编号": "TZ2026-002"}])
    wizard.set_file(str(good))
    wizard.check_button.click()
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=10000)
    assert wizard.problems.rowCount() == 0 and "可导入 2 件" in wizard.summary.text()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    changed = []
    ctx.hub.case_changed.connect(changed.append)
    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.result() == ImportWizard.DialogCode.Accepted, timeout=10000)
    assert wizard.report is not None and wizard.report.imported == 2 and changed == [""]
