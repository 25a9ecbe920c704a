"""The holiday calendar of one year: statutory holidays and make-up working days, entered by hand or
loaded from a CSV or Excel file; a year not in the table counts Monday to Friday and is marked unconfirmed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.domain.display import show_date
from app.domain.errors import DomainError, InvalidInput
from app.domain.messages import msg
from app.services.admin import calendar as calendar_admin
from app.views.context import AppContext
from app.views.dialogs.holiday_dialog import HolidayDialog
from app.views.file_dialogs import open_file_name
from app.views.pages.admin.table import ListTable

WEEKDAYS = "一二三四五六日"


class HolidaysTab(QWidget):
    """View a year; add holidays or make-up days; remove a day; load a year from a file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list = []
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.year.valueChanged.connect(self.refresh)
        self.status = QLabel()
        self.table = ListTable([self.tr("日期"), self.tr("星期"), self.tr("类型"), self.tr("名称")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.holiday_button = QPushButton(self.tr("添加节假日…"))
        self.workday_button = QPushButton(self.tr("添加调休上班日…"))
        self.remove_button = QPushButton(self.tr("删除所选日期"))
        self.load_button = QPushButton(self.tr("从文件导入全年…"))
        self.holiday_button.clicked.connect(lambda: self.add(False))
        self.workday_button.clicked.connect(lambda: self.add(True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.load_button.clicked.connect(self.load_file)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        for button in (self.holiday_button, self.workday_button, self.remove_button, self.load_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        view = calendar_admin.list_holidays(self.ctx.db, self.year.value())
        self.entries = view.entries
        if view.confirmed:
            text = self.tr("%1 年的安排已确认（来源：%2）").replace("%1", str(view.year))
            text = text.replace("%2", str(view.source))
            self.status.setStyleSheet("")
        else:
            text = self.tr("%1 年的安排尚未确认：按周一至周五计算工作日，相关期限标注“日历未确认”")
            text = text.replace("%1", str(view.year))
            self.status.setStyleSheet("color: #e65100;")
        self.status.setText(text)
        self.table.fill(
            [
                [
                    show_date(e.day, self.ctx.lang),
                    self.tr("星期") + WEEKDAYS[e.day.weekday()],
                    self.tr("调休上班") if e.is_workday else self.tr("放假"),
                    e.name,
                ]
                for e in self.entries
            ]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.current_row() is not None)

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.setText(text)
        self.refresh()

    def add(self, is_workday: bool) -> None:
        dialog = HolidayDialog(self.ctx, self.year.value(), is_workday, self)
        if dialog.exec():
            self._done(self.tr("已保存；%1 件在办案件的期限随之改变。").replace("%1", str(dialog.moved)))

    def remove_selected(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        try:
            moved = calendar_admin.remove_holiday(self.ctx.db, self.ctx.actor, self.entries[row].day)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("节假日"), err.message)
            return
        self._done(self.tr("已删除；%1 件在办案件的期限随之改变。").replace("%1", str(moved)))

    def load_file(self) -> None:
        path = open_file_name(self, self.tr("选择节假日文件"), self.tr("表格文件 (*.xlsx *.csv)"))
        if not path:
            return
        year = self.year.value()
        try:
            count = calendar_admin.load_holiday_year(self.ctx.db, self.ctx.actor, year, Path(path))
        except InvalidInput as err:
            self.message.setStyleSheet("color: #c62828;")
            lines = [str(p) + (msg("problem.value", value=p.value).text() if p.value else "") for p in err.problems]
            self.message.setText(self.tr("未导入任何日期，请改正文件后重试：") + "\n" + "\n".join(lines))
            return
        except DomainError as err:
            QMessageBox.warning(self, self.tr("节假日"), err.message)
            return
        self._done(self.tr("已导入 %1 年的 %2 个日期。").replace("%1", str(year)).replace("%2", str(count)))
