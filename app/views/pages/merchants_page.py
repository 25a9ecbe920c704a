"""The 经营者 page (navigation key "merchants"): every merchant, those with the most complaints in the last
90 days (or of all time) first, read block by block as the list scrolls (:class:`MerchantTableModel`); a
search by name, WeChat ID, phone or USCC, the blacklist filter, and the merchant's profile on Enter or
double-click."""

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import RECENT_DAYS
from app.models.merchant_table import BLOCK_SIZE, SORT_COLUMNS, MerchantTableModel
from app.services.merchants.profile import MerchantRow
from app.views.context import AppContext
from app.views.dialogs.merchant_dialog import MerchantDialog
from app.views.widgets.headers import header_width

PAGE_SIZE = BLOCK_SIZE
"""Merchants read at a time (more as the list is scrolled); the count above it is of all of them."""


class MerchantsPage(QWidget):
    """The merchant list; the detail opens in a MerchantDialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
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
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.count = QLabel()
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
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        ctx.hub.case_changed.connect(lambda _no: self.reload())
        self.reload()

    def _make_table(self) -> QTableView:
        headers = [
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
        self.model = MerchantTableModel(self.ctx.db, self.ctx.actor, headers, self.tr("是"), self.ctx.lang, self)
        self.model.sort_requested.connect(self._sort_by)
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(lambda column: self.model.sort(column))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._open)
        table.doubleClicked.connect(self._open)
        return table

    def _sort_by(self, order: str) -> None:
        index = self.sort.findData(order)
        if index >= 0 and index != self.sort.currentIndex():
            self.sort.setCurrentIndex(index)  # reloads

    @property
    def rows(self) -> list[MerchantRow]:
        """The merchants read so far (the first block, and more as the list is scrolled)."""
        return self.model.rows

    @property
    def total(self) -> int:
        return self.model.total

    def first_page(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the list again from its first block with the current search, order and filter."""
        order = str(self.sort.currentData())
        self.model.load(self.search.text(), order, self.blacklisted.isChecked())
        column = next(c for c, o in SORT_COLUMNS.items() if o == order)
        self.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        self._fit_columns()
        self._show_count()
        if self.rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _fit_columns(self) -> None:
        """Every column but the name as wide as its header and its widest cell read so far (the name
        takes the rest)."""
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, max(header.sectionSize(column), header_width(header, column)))

    def _show_count(self) -> None:
        self.count.setText(self._count_text(self.model.capped))

    def _count_text(self, capped: bool) -> str:
        shown = len(self.rows)
        if capped:
            return self.tr("找到的经营者多于 %1 个，只列出最相符的 %1 个；请把搜索写得更具体").replace("%1", str(shown))
        if self.total <= shown:
            return self.tr("共 %1 个经营者").replace("%1", f"{self.total:,}")
        return (
            self.tr("共 %1 个经营者，已列出 %2 个（向下滚动列出更多）")
            .replace("%1", f"{self.total:,}")
            .replace("%2", f"{shown:,}")
        )

    def selected_id(self) -> int | None:
        return self.model.merchant_id(self.table.currentIndex().row())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        merchant_id = self.model.merchant_id(index.row())
        if merchant_id is None:
            return
        dialog = self.open_dialogs.get(merchant_id)
        if dialog is None:  # a double-click also activates: one window per merchant, raised if open
            dialog = MerchantDialog(self.ctx, merchant_id, self)
            dialog.changed.connect(self.reload)
            dialog.finished.connect(lambda _r, m=merchant_id: self.open_dialogs.pop(m, None))
            self.open_dialogs[merchant_id] = dialog
            dialog.open()
        dialog.raise_()
        dialog.activateWindow()
