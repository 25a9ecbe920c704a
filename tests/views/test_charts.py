"""The dashboard's counts are whole numbers, so a chart's value axis ticks at whole, round steps: one
complaint reads "0 1", not "0 0 0 0 0 1"."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QValueAxis

from app.views.charts import bar_chart


def _value_ticks(top: int) -> list[float]:
    view = bar_chart("t", ["a", "b"], [("s", [0, top])], horizontal=True)
    axis = next(a for a in view.chart().axes() if isinstance(a, QValueAxis))
    steps = int(axis.max() / axis.tickInterval())
    return [axis.tickAnchor() + i * axis.tickInterval() for i in range(steps + 1)]


@pytest.mark.parametrize(
    ("top", "ticks"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (4, [0, 1, 2, 3, 4]),
        (7, [0, 2, 4, 6, 8]),
        (30, [0, 10, 20, 30]),
        (547, [0, 200, 400, 600]),
    ],
)
def test_value_ticks_are_whole_round_numbers(qapp, top, ticks):
    assert _value_ticks(top) == ticks
