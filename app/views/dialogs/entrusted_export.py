"""受委托调解结果: the results of cases a SAMR office entrusted to the association, written to a workbook to
report back to that office (Order 20 Art. 17: the association mediates in the office's name, the office
answers the complainant on the 12315 platform)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.domain.dates import today_local
from app.domain.errors import InvalidInput, Problem
from app.domain.messages import msg
from app.services.ledger.entrusted_results import entrusting_offices, export_entrusted_results
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.file_dialogs import documents_folder, save_file_name
from app.views.i18n import DATA_PROPERTY


def _day(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class EntrustedExportDialog(FormDialog):
    """The office (or all), the receipt period, and the workbook to write."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, case_no: str = "") -> None:
        super().__init__(ctx, self.tr("导出受委托调解结果"), parent)
        self.setMinimumWidth(600)
        today = today_local()
        self.office = QComboBox()
        self.office.addItem(self.tr("全部委托单位"), "")
        for name in entrusting_offices(ctx.db):
            self.office.addItem(name, name)
        self.office.setProperty(DATA_PROPERTY, True)  # the offices' names are data, in their own words
        self.first = _day(date(today.year, 1, 1))
        self.last = _day(today)
        stem = "entrusted-results" if ctx.english else "委托调解结果"
        self.path = QLineEdit(str(documents_folder() / f"{stem}-{today:%Y-%m-%d}.xlsx"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self.choose_file)
        target = QWidget()
        row = QHBoxLayout(target)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.case_no = QLineEdit(case_no)
        self.case_no.setPlaceholderText(self.tr("留空为所选期间的全部案件；填写则导出该案的结果表"))
        self.add_row(self.tr("委托单位"), "委托单位", self.office)
        self.add_row(self.tr("案件编号"), "案件编号", self.case_no)
        self.add_row(self.tr("登记日期自"), "开始日期", self.first)
        self.add_row(self.tr("至"), "结束日期", self.last)
        self.add_row(self.tr("保存到"), "文件", target)
        self.count: int | None = None
        self.dirty = False

    def choose_file(self) -> None:
        name = save_file_name(self, self.windowTitle(), Path(self.path.text()).name, self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def submit(self) -> None:
        path = Path(self.path.text().strip())
        if path.suffix.lower() != ".xlsx":
            raise InvalidInput([Problem("文件", msg("cli.out_xlsx", path=path), str(path))])
        if not path.parent.is_dir():
            raise InvalidInput([Problem("文件", msg("cli.folder_missing", path=path.parent), str(path))])
        one = self.case_no.text().strip() or None  # one case's result sheet: office and period do not apply
        self.count = export_entrusted_results(
            self.ctx.db,
            self.ctx.actor,
            path,
            "" if one else str(self.office.currentData() or ""),
            None if one else self.first.date().toPython(),
            None if one else self.last.date().toPython(),
            one,
        )
