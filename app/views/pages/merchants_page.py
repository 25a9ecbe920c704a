"""The 经营者 page (navigation key "merchants"): merchants with the most complaints in the last 90 days
(or of all time), a search by name, WeChat ID, phone or USCC, the blacklist filter, and the merchant's
profile on Enter or double-click."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.periods import RECENT_DAYS
from app.services.merchants.profile import MerchantRow, merchant_page
from app.views.context import AppContext
from app.views.dialogs.merchant_dialog import MerchantDialog

PAGE_SIZE = 200
"""Merchants per page of the list; the count above it is of all of them."""


class MerchantsPage(QWidget):
    """The merchant list; the detail opens in a MerchantDialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[MerchantRow] = []
        self.offset, self.total = 0, 0
        self.open_dialogs: dict[int, MerchantDialog] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索经营者：名称、微信号、电话或统一社会信用代码"))
        self.search.returnPressed.connect(self.first_page)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("按近%1天投诉排序").replace("%1", str(RECENT_DAYS)), "recent")
        self.sort.addItem(self.tr("按投诉总数排序"), "total")
        self.sort.currentIndexChanged.connect(lambda _i: self.first_page())
        self.blacklisted = QCheckBox(self.tr("仅黑名单"))
        self.blacklisted.toggled.connect(lambda _on: self.first_page())
        show = QPushButton(self.tr("查看经营者"))
        show.clicked.connect(lambda: self._open(self.table.currentIndex()))
        top = QHBoxLayout()
        for widget in (self.search, self.sort, self.blacklisted, show):
            top.addWidget(widget, 1 if widget is self.search else 0)
        self.table = self._make_table()
        self.count = QLabel()
        self.previous_button = QPushButton(self.tr("上一页"))
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button = QPushButton(self.tr("下一页"))
        self.next_button.clicked.connect(lambda: self.turn(1))
        paging = QHBoxLayout()
        paging.addWidget(self.count, 1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        legend = QLabel(
            self.tr(
                "近%1天：最近%1天登记的投诉；在办：未办结且未不予受理；"
                "拒绝调解：因经营者拒绝或无故不参加调解而终止；"
                "未履行：协议未确认履行，且已办结为未履行、已终止或已过履行期限。"
            ).replace("%1", str(RECENT_DAYS))
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(paging)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        ctx.hub.case_changed.connect(lambda _no: self.reload())
        self.reload()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 10)
        table.setHorizontalHeaderLabels(
            [
                self.tr("经营者"),
                self.tr("类型"),
                self.tr("微信号"),
                self.tr("电话"),
                self.tr("近%1天").replace("%1", str(RECENT_DAYS)),
                self.tr("投诉总数"),
                self.tr("在办"),
                self.tr("拒绝调解"),
                self.tr("未履行"),
                self.tr("黑名单"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # numbers and headers whole
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # type, WeChat ID, phone: as wide as their header, the user may widen them
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.activated.connect(self._open)
        table.doubleClicked.connect(self._open)
        return table

    def first_page(self) -> None:
        self.offset = 0
        self.reload()

    def turn(self, pages: int) -> None:
        """Show the next (1) or previous (-1) page of the list."""
        self.offset = max(0, min(self.offset + pages * PAGE_SIZE, max(self.total - 1, 0)))
        self.reload()

    def reload(self) -> None:
        """Read the current page again with the current search, order and filter."""
        page = merchant_page(
            self.ctx.db,
            self.ctx.actor,
            self.search.text(),
            str(self.sort.currentData()),
            self.blacklisted.isChecked(),
            offset=self.offset,
            limit=PAGE_SIZE,
        )
        self.rows, self.total, self.offset = page.rows, page.total, page.offset
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for row, merchant in enumerate(self.rows):
            self._fill(row, merchant)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        for column in (1, 2, 3):
            header.resizeSection(column, header.sectionSizeFromContents(column).width())
        self.table.sortItems(4 if self.sort.currentData() == "recent" else 5, Qt.SortOrder.DescendingOrder)
        self.count.setText(self._count_text(page.capped))
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(self.rows) < self.total)
        if self.rows:
            self.table.setCurrentCell(0, 0)

    def _count_text(self, capped: bool) -> str:
        if capped:
            return self.tr("找到的经营者多于 %1 个，只列出最相符的 %1 个；请把搜索写得更具体").replace(
                "%1", str(len(self.rows))
            )
        if self.total <= len(self.rows):
            return self.tr("共 %1 个经营者").replace("%1", f"{self.total:,}")
        return (
            self.tr("共 %1 个经营者，显示第 %2–%3 个")
            .replace("%1", f"{self.total:,}")
            .replace("%2", f"{self.offset + 1:,}")
            .replace("%3", f"{self.offset + len(self.rows):,}")
        )

    def _fill(self, row: int, m: MerchantRow) -> None:
        texts = [m.name, codes.label(codes.MERCHANT_KINDS, m.kind, self.ctx.lang), m.wechat_id or "", m.phone or ""]
        numbers = [
            m.stats.recent_count,
            m.stats.case_count,
            m.stats.open_count,
            m.stats.refusals,
            m.stats.not_performed,
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.table.setItem(row, column, item)
        for offset, number in enumerate(numbers):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, number)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 4 + offset, item)
        self.table.setItem(row, 9, QTableWidgetItem(self.tr("是") if m.blacklisted else ""))

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        merchant_id = int(self.table.item(index.row(), 0).data(Qt.ItemDataRole.UserRole))
        dialog = self.open_dialogs.get(merchant_id)
        if dialog is None:  # a double-click also activates: one window per merchant, raised if open
            dialog = MerchantDialog(self.ctx, merchant_id, self)
            dialog.changed.connect(self.reload)
            dialog.finished.connect(lambda _r, m=merchant_id: self.open_dialogs.pop(m, None))
            self.open_dialogs[merchant_id] = dialog
            dialog.open()
        dialog.raise_()
        dialog.activateWindow()
