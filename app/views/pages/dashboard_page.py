"""The 仪表盘 page (navigation key "dashboard"): the month against last month and the same month last
year, and charts whose bars open the case list filtered to what they count."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.dates import today_local
from app.domain.display import show_date, show_month
from app.domain.periods import recent_since
from app.services.report.dashboard import COMPARED, Dashboard, dashboard
from app.services.report.definitions import FIGURE_BY_KEY
from app.services.report.figures import change
from app.services.report.months import month_end
from app.views.charts import bar_chart, pie_chart
from app.views.context import AppContext
from app.views.tasks import TaskControl, TaskRunner

MONEY_KEYS = {"recovered"}


def _text(value: int | Decimal | None, money: bool = False) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}"


CITY_DISTRICT = re.compile(r"^\w{2,4}?[市省]\w{1,4}?[区县]")


def _short(name: str, width: int = 7) -> str:
    """A merchant name that fits beside a bar: without its city and district, at most ``width`` characters."""
    name = CITY_DISTRICT.sub("", name) or name
    return name if len(name) <= width else name[: width - 1] + "…"


class DashboardPage(QWidget):
    """Figures and charts of one month, loaded in the background."""

    loaded = Signal()
    """The figures of the chosen month are on screen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.data: Dashboard | None = None
        self.nature_bars: list[Any] = []
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        today = today_local()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.dateChanged.connect(lambda _d: self.reload())
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(refresh)
        top.addStretch(1)
        top.addWidget(self.status)
        self.table = self._comparison_table()
        self.charts = QGridLayout()
        self.charts.addWidget(self.table, 0, 0, 1, 3)
        self.charts.setRowStretch(1, 1)
        for column, stretch in enumerate((2, 1, 1, 1)):
            self.charts.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.charts, 1)
        ctx.hub.case_changed.connect(lambda _no: self.reload() if self.isVisible() else None)
        self._requested = False

    def showEvent(self, event: QShowEvent) -> None:
        """The figures are read when the page is first shown, not while the window starts."""
        super().showEvent(event)
        if not self._requested:
            self.reload()

    def _comparison_table(self) -> QTableWidget:
        headers = [
            self.tr("指标"),
            self.tr("本月"),
            self.tr("上月"),
            self.tr("环比(%)"),
            self.tr("去年同月"),
            self.tr("同比(%)"),
        ]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # no header is cut short
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(24)
        table.cellDoubleClicked.connect(lambda row, _column: self.open_figure(row))
        table.setToolTip(self.tr("双击一行，在案件列表中查看本月这个数字所统计的案件"))
        table.setFixedHeight(24 * len(COMPARED) + table.horizontalHeader().sizeHint().height() + 4)
        return table

    def selected_month(self) -> date:
        return self.month.date().toPython().replace(day=1)

    def reload(self) -> None:
        """Read the month's figures in the background; the page fills in when they arrive."""
        month, today = self.selected_month(), today_local()
        self._requested = True
        self.status.setText(self.tr("正在统计…"))

        def work(_control: TaskControl) -> Dashboard:
            return dashboard(self.ctx.db, month, today)

        self.runner.run(work, on_done=self.show_data, on_error=lambda err: self.status.setText(str(err)))

    def show_data(self, data: Dashboard) -> None:
        if data.month != self.selected_month():
            return
        self.data = data
        month = show_month(data.month, self.ctx.lang)
        status = self.tr("%1的数据").replace("%1", month)
        if data.as_of != month_end(data.month):
            status = self.tr("%1的数据（本月尚未结束，统计至 %2）").replace("%1", month)
            status = status.replace("%2", show_date(data.as_of, self.ctx.lang))
        self.status.setText(status)
        self._fill_table(data)
        self._draw_charts(data)
        self.loaded.emit()

    def _fill_table(self, data: Dashboard) -> None:
        if data.running:
            columns = (self.tr("本月至今"), self.tr("上月同期"), self.tr("去年同期"))
        else:
            columns = (self.tr("本月"), self.tr("上月"), self.tr("去年同月"))
        for column, text in zip((1, 2, 4), columns, strict=True):
            self.table.horizontalHeaderItem(column).setText(text)
        self.table.setRowCount(len(data.comparisons))
        for row, c in enumerate(data.comparisons):
            figure = FIGURE_BY_KEY[c.key]
            money = c.key in MONEY_KEYS
            cells = [
                figure.label_en if self.ctx.english else figure.label,
                _text(c.now, money),
                _text(c.last_month, money),
                _text(change(c.now, c.last_month)),
                _text(c.last_year, money),
                _text(change(c.now, c.last_year)),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _draw_charts(self, data: Dashboard) -> None:
        """The figures and the WeChat share on top; below, side by side and as tall as the screen allows,
        the 24 months, this month's natures (those with complaints) and the merchants most complained of."""
        for view in self.findChildren(QChartView):
            self.charts.removeWidget(view)
            view.deleteLater()
        months = [f.first.strftime("%y/%m") for f in data.trend]
        self.trend_chart = bar_chart(
            self.tr("近24个月受理与解决"),
            months,
            [(self.tr("受理"), [f.accepted for f in data.trend]), (self.tr("解决"), [f.resolved for f in data.trend])],
            self.open_trend,
            label_angle=-90,
            label_points=8,  # QtCharts writes "…" when a month is wider than its bar, even turned upright
        )
        self.nature_bars = [n for n in data.natures if n.accepted]
        natures = [codes.label(codes.NATURES, n.code, self.ctx.lang) for n in self.nature_bars]
        self.nature_chart = bar_chart(
            self.tr("本月受理投诉的问题性质"),
            natures,
            [(self.tr("受理"), [n.accepted for n in self.nature_bars])],
            lambda i, _s: self.open_nature(i),
            horizontal=True,
        )
        share = data.wechat_share
        title = self.tr("微信渠道占比") + (f" {share}%" if share is not None else "")
        self.wechat_chart = pie_chart(
            title,
            [
                (self.tr("微信渠道"), data.wechat_accepted),
                (self.tr("其他渠道"), data.all_accepted - data.wechat_accepted),
            ],
        )
        names = [_short(m.name) for m in reversed(data.top_merchants)]
        self.merchant_chart = bar_chart(
            self.tr("近90天投诉最多的经营者"),
            names,
            [(self.tr("投诉"), [m.complaints for m in reversed(data.top_merchants)])],
            lambda i, _s: self.open_merchant(len(names) - 1 - i),
            horizontal=True,
        )
        self.charts.addWidget(self.wechat_chart, 0, 3)
        self.charts.addWidget(self.trend_chart, 1, 0, 1, 2)
        self.charts.addWidget(self.nature_chart, 1, 2)
        self.charts.addWidget(self.merchant_chart, 1, 3)

    def _show(self, wanted: dict[str, Any]) -> None:
        self.ctx.hub.show_cases.emit(wanted)
        self.ctx.hub.show_page.emit("cases")

    def open_trend(self, index: int, series: int) -> None:
        """A month's bar: accepted (series 0) or resolved (series 1) cases of that month."""
        assert self.data is not None and self.data.trend_filters is not None
        self._show(self.data.trend_filters[index][series].as_filters())

    def open_figure(self, row: int) -> None:
        """The cases this month's figure of the row counts (the rate: the resolved cases), in the list."""
        assert self.data is not None
        figure = self.data.comparisons[row].filter
        if figure is not None:
            self._show(figure.as_filters())

    def open_nature(self, index: int) -> None:
        assert self.data is not None
        bar = self.nature_bars[index]
        if bar.filter is not None:
            self._show(bar.filter.as_filters())

    def open_merchant(self, index: int) -> None:
        assert self.data is not None
        merchant = self.data.top_merchants[index]
        self._show({"merchant_id": merchant.merchant_id, "received_from": recent_since(today_local())})
