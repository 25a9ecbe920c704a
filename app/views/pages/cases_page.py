"""The 案件 page (navigation key "cases"): the case list with its filters and search.

Every new filter, search or order is counted and its first block read in the background; a newer
query cancels the older one and a late result of an older query is dropped. Further blocks are read
as the table paints them. Double-click or Enter opens the case through the hub.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.models.case_table import BLOCK_SIZE, COLUMNS, DUE_COLUMNS, CaseTableModel
from app.services.cases.columns import CASE_COLUMNS
from app.services.cases.listing import CaseList, CaseQuery, FirstPage, MatchCount, mediators
from app.views import settings
from app.views.context import AppContext
from app.views.tasks import Task, TaskRunner
from app.views.widgets.case_filters import CaseFilters
from app.views.widgets.due_delegate import DueColourDelegate
from app.views.widgets.headers import header_width
from app.views.widgets.search_box import SearchBox

WIDTHS_KEY = "columns/cases_{lang}"
MAX_FITTED_WIDTH = 260
MIN_WIDTH = 70
ELASTIC_COLUMNS = tuple(c.key for c in CASE_COLUMNS if c.elastic)
"""Columns that give up width when the fitted columns do not fit the window."""


class CasesPage(QWidget):
    """Filters, search box, "N of M cases" and the paged table."""

    results_shown = Signal(int)
    """The rows of the newest query are on screen; carries how many cases match."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_list = CaseList(ctx.db, ctx.actor)
        self.model = CaseTableModel(self.case_list, ctx.lang, self)
        self._pool = QThreadPool(self)  # the list's own thread: never queued behind reports on the global pool
        self._pool.setMaxThreadCount(2)
        self.runner = TaskRunner(self, self._pool)
        self._sort = ("received_on", True)
        self._generation = 0
        self._task: Task | None = None
        self._count_task: Task | None = None
        self.last_error = ""
        self.search = SearchBox(
            self.tr("搜索：案件编号、消费者姓名或拼音首字母（如 zs）、电话（4位以上）、经营者、微信号、投诉内容")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.filters = CaseFilters(ctx.lang, mediators(ctx.db))
        self.table = self._build_table()
        self._lay_out()
        self.search.search_changed.connect(lambda _text: self.refresh())
        self.filters.changed.connect(self.refresh)
        self.model.sort_requested.connect(self._sort_by)
        ctx.hub.show_cases.connect(self.show_filtered)
        ctx.hub.case_changed.connect(lambda _no: self.refresh(recount=True))
        self.refresh()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(COLUMNS.index("received_on"), Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        self._widths_restored = self._restore_widths(header)
        header.sectionResized.connect(lambda *_a: self._save_widths())
        table.activated.connect(self._open)
        self._due_delegate = DueColourDelegate(table)
        for key in DUE_COLUMNS:
            table.setItemDelegateForColumn(COLUMNS.index(key), self._due_delegate)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.filters.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)

    # -- column widths ------------------------------------------------------------------------

    def _restore_widths(self, header: QHeaderView) -> bool:
        """The widths the user left in this language; False when there are none yet."""
        saved = settings.get(WIDTHS_KEY.format(lang=self.ctx.lang))
        if not isinstance(saved, list) or len(saved) != len(COLUMNS):
            return False
        for column, width in enumerate(saved):
            header.resizeSection(column, max(int(width), 30))
        return True

    def _fit_columns(self) -> None:
        """First use: each column as wide as its header and the rows on screen (not the whole list)."""
        header = self.table.horizontalHeader()
        on_screen = self.table.viewport().height() // max(self.table.verticalHeader().defaultSectionSize(), 1) + 1
        for precision in (header, self.table.verticalHeader()):  # Qt would measure 1,000 rows per column
            precision.setResizeContentsPrecision(max(on_screen, 1))
        widths = []
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
            widths.append(min(header.sectionSize(column), MAX_FITTED_WIDTH))
        elastic = [COLUMNS.index(key) for key in ELASTIC_COLUMNS]
        fixed = sum(w for c, w in enumerate(widths) if c not in elastic)
        room = self.table.viewport().width() - fixed
        flexible = sum(widths[c] for c in elastic)
        if room > 0 and flexible > room:
            for column in elastic:
                title = header_width(header, column)  # never narrower than its own header
                widths[column] = max(int(widths[column] * room / flexible), MIN_WIDTH, title)
        excess = sum(widths) - self.table.viewport().width()
        for column in sorted(elastic, key=lambda c: -widths[c]):  # still too wide: the widest give more
            if excess <= 0:
                break
            cut = min(excess, widths[column] - max(MIN_WIDTH, header_width(header, column)))
            if cut > 0:
                widths[column] -= cut
                excess -= cut
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self._widths_restored = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._widths_restored and self.model.rowCount():
            QTimer.singleShot(0, self._fit_columns)  # once the layout has given the table its width

    def _save_widths(self) -> None:
        if not self._widths_restored:
            return
        header = self.table.horizontalHeader()
        settings.put(WIDTHS_KEY.format(lang=self.ctx.lang), [header.sectionSize(c) for c in range(len(COLUMNS))])

    # -- queries ------------------------------------------------------------------------------

    def current_query(self) -> CaseQuery:
        key, descending = self._sort
        return CaseQuery(**self.filters.values(), search=self.search.text().strip(), sort=key, descending=descending)

    def refresh(self, recount: bool = False) -> None:
        """Run the current query in the background; a running older one is cancelled."""
        if recount:
            self.case_list.forget_total()
        self._generation += 1
        generation = self._generation
        for running in (self._task, self._count_task):
            if running is not None and not running.done:
                running.cancel()
        query = self.current_query()
        self.count_label.setText(self.tr("正在查询…"))
        self._task = self.runner.run(
            lambda _control: self.case_list.first_page(query, BLOCK_SIZE),
            on_done=lambda page: self._show(generation, page),
            on_error=lambda err: self._failed(generation, err),
        )

    def _show(self, generation: int, page: FirstPage) -> None:
        if generation != self._generation:
            return
        self.last_error = ""
        self.model.show_page(page)
        if not self._widths_restored and self.table.isVisible():
            self._fit_columns()
        self.count_label.setStyleSheet("")
        if page.count_pending:
            self.count_label.setText(self.tr("正在计数… / %1 件").replace("%1", f"{page.total:,}"))
            self._count_task = self.runner.run(
                lambda _control: self.case_list.capped_count(page.query),
                on_done=lambda found: self._show_count(generation, page, found),
                on_error=lambda err: self._failed(generation, err),
            )
        else:
            text = self.tr("%1 / %2 件").replace("%1", f"{page.count:,}").replace("%2", f"{page.total:,}")
            self.count_label.setText(text)
        self.results_shown.emit(page.count)

    def _show_count(self, generation: int, page: FirstPage, found: MatchCount) -> None:
        """The count of a short search, arrived after its first rows: beyond the cap it says "1万+"."""
        if generation != self._generation:
            return
        self.model.set_count(found.count)
        shown = self.tr("%1万+").replace("%1", f"{found.count // 10_000:,}") if found.capped else f"{found.count:,}"
        self.count_label.setText(self.tr("%1 / %2 件").replace("%1", shown).replace("%2", f"{page.total:,}"))

    def _failed(self, generation: int, err: BaseException) -> None:
        if generation != self._generation:
            return
        self.last_error = str(err)
        self.count_label.setStyleSheet("color: #d32f2f;")
        self.count_label.setText(self.tr("查询失败：%1").replace("%1", str(err)))

    def _sort_by(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    def show_filtered(self, wanted: dict[str, Any]) -> None:
        """Show the cases that match filters handed over by another page (hub.show_cases)."""
        if "search" in wanted:
            self.search.blockSignals(True)
            self.search.setText(str(wanted["search"] or ""))
            self.search.blockSignals(False)
        self.filters.apply(wanted)

    def _open(self, index: QModelIndex) -> None:
        case_no = self.model.case_no_at(index.row())
        if case_no:
            self.ctx.hub.open_case.emit(case_no)
