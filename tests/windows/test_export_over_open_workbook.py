"""Point 3 of the Windows report: re-exporting a month while last month's workbook is open in Excel or
WPS gave a traceback (command line) or the raw OS text (GUI). Windows refuses to replace a file another
program holds open; simulated here, the export says so in one line and the open workbook is unchanged."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.cli import main
from app.views.context import AppContext
from app.views.pages.reports_page import ReportsPage
from tests.support.report_data import MONTH, october_database
from tests.support.windows import HeldFiles

OPEN_ELSEWHERE = "正被其他程序打开"


@pytest.fixture(scope="module")
def october(tmp_path_factory):
    with october_database("sqlite", tmp_path_factory.mktemp("october")) as built:
        yield built


@pytest.fixture
def last_export(tmp_path):
    """Last month's workbook, as the user has it open."""
    path = tmp_path / "统计月报-2026-10.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "上次导出的月报"
    wb.save(path)
    return path


def _unchanged(path) -> bool:
    return openpyxl.load_workbook(path).active["A1"].value == "上次导出的月报"


def _nothing_left_beside(path) -> bool:
    return sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("winerror", [5, 32])
def test_the_export_command_over_an_open_workbook_is_one_line(october, last_export, monkeypatch, capsys, winerror):
    db, _boss, _ = october
    excel = HeldFiles(monkeypatch, winerror)
    with excel.open_in_excel(last_export):
        code = main(["--db", db.url, "export", "--month", f"{MONTH:%Y-%m}", "--out", str(last_export)])
    err = capsys.readouterr().err
    assert code == 1 and excel.refusals >= 1
    assert OPEN_ELSEWHERE in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _unchanged(last_export) and _nothing_left_beside(last_export)


def test_the_reports_page_over_an_open_workbook_says_so_plainly(qtbot, october, last_export, monkeypatch):
    db, boss, _ = october
    page = ReportsPage(AppContext(db, boss))
    qtbot.addWidget(page)
    page.month.setDate(QDate(2026, 10, 1))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(last_export), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    excel = HeldFiles(monkeypatch)
    with excel.open_in_excel(last_export):
        page.export_button.click()
        qtbot.waitUntil(page.export_button.isEnabled, timeout=20000)
    assert len(warned) == 1 and OPEN_ELSEWHERE in warned[0] and "WinError" not in warned[0]
    assert "\n" not in warned[0]
    assert _unchanged(last_export) and _nothing_left_beside(last_export)
