"""The 待办 page (navigation key "due"): the signed-in user's cases with a deadline within the next three
working days or overdue, earliest first, each with the action to take. Enter or double-click opens the
case; overdue lines are red, lines due within two working days amber."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.deadlines import DEADLINE_KINDS, DUE_SOON_WORKING_DAYS
from app.domain.display import show_date
from app.domain.workflow import STATES
from app.services.cases.due_desk import DESK_ACTIONS, DESK_WORKING_DAYS, DueItem, due_desk
from app.views.context import AppContext
from app.views.widgets.due_delegate import DueColourDelegate
from app.views.widgets.headers import fit_to_titles, header_width

OVERDUE = QColor("#fde2e1")
DUE_SOON = QColor("#fff1cc")
OVERDUE_TEXT, DUE_SOON_TEXT = QColor("#d32f2f"), QColor("#ef8f00")
"""The due date and days left are written in these (as in the case list): the theme's style sheet paints
over a cell's background colour, so the tint alone did not show."""
DEADLINE_COLUMNS = (0, 1)
ACTION_COLUMN = 5


class DuePage(QWidget):
    """The due-soon desk."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[DueItem] = []
        self.summary = QLabel()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        self.table = QTableWidget(0, 9)
        self._due_delegate = DueColourDelegate(self.table)
        for column in DEADLINE_COLUMNS:
            self.table.setItemDelegateForColumn(column, self._due_delegate)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("截止日期"),
                self.tr("剩余工作日"),
                self.tr("案件编号"),
                self.tr("状态"),
                self.tr("期限"),
                self.tr("待办事项"),
                self.tr("消费者"),
                self.tr("经营者"),
                self.tr("调解员"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        ctx.hub.case_changed.connect(lambda _no: self.reload())
        self.reload()

    def _kind_label(self, kind: str) -> str:
        return codes.label(DEADLINE_KINDS, kind, self.ctx.lang)

    def reload(self) -> None:
        """Read the desk again from the database."""
        self.items = due_desk(self.ctx.db, self.ctx.actor)
        overdue = sum(1 for i in self.items if i.overdue)
        self.summary.setText(
            self.tr("截止日期在 %1 个工作日内或已超期的案件：%2 件，其中超期 %3 件（按截止日期排序，回车打开案件）")
            .replace("%1", str(DESK_WORKING_DAYS))
            .replace("%2", str(len(self.items)))
            .replace("%3", str(overdue))
        )
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            self._fill(row, item)
        self.table.resizeColumnsToContents()
        fit_to_titles(self.table.horizontalHeader())  # never narrower than the header's own title, drawn bold
        self._fitted = [self.table.columnWidth(c) for c in range(self.table.columnCount())]
        self._fit_width()
        if self.items:
            self.table.setCurrentCell(0, 0)

    def _fit_width(self) -> None:
        """When the columns are wider than the table, the 待办事项 column gives up the difference (down to its
        title) and elides its text, so the mediator stays on screen at 1366 px."""
        fitted = getattr(self, "_fitted", None)
        if not fitted or not self.table.isVisible():
            return
        header = self.table.horizontalHeader()
        excess = sum(fitted) - self.table.viewport().width()
        todo = fitted[ACTION_COLUMN]
        if excess > 0:
            todo = max(todo - excess, header_width(header, ACTION_COLUMN))
        header.resizeSection(ACTION_COLUMN, todo)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_width)  # once the layout has given the table its width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def _fill(self, row: int, item: DueItem) -> None:
        left = (
            self.tr("超期 %1 天").replace("%1", str(-item.working_days_left))
            if item.overdue
            else str(item.working_days_left)
        )
        values = [
            show_date(item.due, self.ctx.lang),
            left,
            item.case_no,
            codes.label(STATES, item.state, self.ctx.lang),
            self._kind_label(item.deadline_kind),
            codes.label(DESK_ACTIONS, item.action, self.ctx.lang),
            item.consumer_name,
            item.merchant_name,
            item.mediator_name or self.tr("未指派"),
        ]
        soon = item.working_days_left <= DUE_SOON_WORKING_DAYS
        colour = OVERDUE if item.overdue else DUE_SOON if soon else None
        text = OVERDUE_TEXT if item.overdue else DUE_SOON_TEXT if soon else None
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if colour is not None:
                cell.setBackground(QBrush(colour))
            if text is not None and column in DEADLINE_COLUMNS:
                cell.setData(Qt.ItemDataRole.ForegroundRole, text)  # a QColor, as DueColourDelegate reads it
            self.table.setItem(row, column, cell)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.hub.open_case.emit(self.items[index.row()].case_no)
