"""Small QtCharts helpers for the dashboard: bar charts whose bars can be clicked, and a pie."""

from __future__ import annotations

import html
import textwrap
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

WRAP_AT = 12
"""Characters per line of a horizontal chart's category label."""
PALETTE = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#e53935")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(QFont(chart.titleFont().family(), 11, QFont.Weight.DemiBold))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins() * 0)
    return chart


LABEL_POINTS = 9
CATEGORY_ROOM = 30
"""Pixels a category of a horizontal bar chart needs for QtCharts to write its label instead of "…"."""
CHART_CHROME = 60
"""Pixels of a chart's height taken by its title and value axis."""


def _view(chart: QChart, min_height: int = 180) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    return view


def integer_step(top: float, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50 …) that splits 0..top into at most ``ticks`` whole-number parts."""
    step = 1
    while top / step > ticks:
        step = _next_round(step)
    return step


def _next_round(step: int) -> int:
    text = str(step)
    lead, zeros = int(text[0]), len(text) - 1
    return {1: 2, 2: 5, 5: 10}[lead] * 10**zeros


def wrapped_label(text: str, width: int = WRAP_AT) -> str:
    """A category label over several lines where it has spaces to break at (English), as the axis draws
    it: QtCharts writes "…" over a long label instead of wrapping it."""
    if len(text) <= width or " " not in text:
        return text
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width))


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    on_click: Callable[[int, int], None] | None = None,
    horizontal: bool = False,
    label_angle: int = 0,
    label_points: int = LABEL_POINTS,
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
    category_axis.append([wrapped_label(c) for c in categories] if horizontal else list(categories))
    category_axis.setLabelsAngle(label_angle)
    small = QFont(category_axis.labelsFont())
    small.setPointSize(label_points)
    category_axis.setLabelsFont(small)
    value_axis.setLabelsFont(small)
    value_axis.setLabelFormat("%d")
    top = max((float(v) for _, values in series for v in values), default=0.0)
    step = integer_step(max(top, 1.0))
    value_axis.setRange(0, step * -(-max(top, 1.0) // step))
    value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    value_axis.setTickAnchor(0)
    value_axis.setTickInterval(step)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    bars.attachAxis(value_axis)
    chart.legend().setVisible(len(series) > 1)
    return _view(chart, CHART_CHROME + CATEGORY_ROOM * len(categories) if horizontal else 180)


def pie_chart(title: str, slices: Sequence[tuple[str, float]]) -> QChartView:
    chart = _chart(title)
    pie = QPieSeries()
    for number, (name, value) in enumerate(slices):
        part = pie.append(name, float(value))
        part.setColor(QColor(PALETTE[number % len(PALETTE)]))
        part.setLabelVisible(value > 0)
    chart.addSeries(pie)
    return _view(chart, 120)
