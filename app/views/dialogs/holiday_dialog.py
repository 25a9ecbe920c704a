"""Entering statutory holidays or make-up working days, one day or a span."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from app.services.admin.calendar import set_holidays
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class HolidayDialog(FormDialog):
    """From-to dates and a name; ``is_workday`` chooses holidays (False) or make-up working days (True)."""

    def __init__(self, ctx: AppContext, year: int, is_workday: bool, parent: QWidget | None = None) -> None:
        title = self.tr("添加调休上班日") if is_workday else self.tr("添加法定节假日")
        super().__init__(ctx, title, parent)
        self.is_workday = is_workday
        self.moved = 0
        self.first = _date_edit(date(year, 1, 1))
        self.last = _date_edit(date(year, 1, 1))
        self.first.dateChanged.connect(lambda d: self.last.setDate(max(d, self.last.date())))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("春节调休") if is_workday else self.tr("春节"))
        self.add_row(self.tr("开始日期"), "开始日期", self.first)
        self.add_row(self.tr("结束日期"), "结束日期", self.last)
        self.add_row(self.tr("名称"), "名称", self.name)
        self.dirty = False

    def submit(self) -> None:
        self.moved = set_holidays(
            self.ctx.db,
            self.ctx.actor,
            self.first.date().toPython(),
            self.last.date().toPython(),
            self.is_workday,
            self.name.text(),
        )
