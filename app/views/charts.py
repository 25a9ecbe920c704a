"""Small QtCharts helpers for the dashboard: bar charts whose bars can be clicked, and a pie."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter

PALETTE = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#e53935")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(QFont(chart.titleFont().family(), 11, QFont.Weight.DemiBold))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins() * 0)
    return chart


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    return view


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    on_click: Callable[[int, int], None] | None = None,
    horizontal: bool = False,
    label_angle: int = 0,
) -> QChartView:
    """A bar chart; ``on_click(category_index, series_index)`` is called when a bar is clicked."""
    chart = _chart(title)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    for number, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QColor(PALETTE[number % len(PALETTE)]))
        if on_click is not None:
            bar_set.clicked.connect(lambda index, n=number: on_click(index, n))
        bars.append(bar_set)
    chart.addSeries(bars)
    category_axis, value_axis = QBarCategoryAxis(), QValueAxis()
    category_axis.append(list(categories))
    category_axis.setLabelsAngle(label_angle)
    small = QFont(category_axis.labelsFont())
    small.setPointSize(8)
    category_axis.setLabelsFont(small)
    value_axis.setLabelFormat("%d")
    top = max((float(v) for _, values in series for v in values), default=0.0)
    value_axis.setRange(0, max(top, 1.0))
    value_axis.applyNiceNumbers()
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    bars.attachAxis(value_axis)
    chart.legend().setVisible(len(series) > 1)
    return _view(chart)


def pie_chart(title: str, slices: Sequence[tuple[str, float]]) -> QChartView:
    chart = _chart(title)
    pie = QPieSeries()
    for number, (name, value) in enumerate(slices):
        part = pie.append(name, float(value))
        part.setColor(QColor(PALETTE[number % len(PALETTE)]))
        part.setLabelVisible(value > 0)
    chart.addSeries(pie)
    return _view(chart)
