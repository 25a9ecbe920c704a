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


def test_long_english_category_labels_wrap_instead_of_being_cut(qtbot):
    """A horizontal chart's labels ("False advertising", "After-sales service") break at their spaces,
    so the English dashboard shows them whole; Chinese labels, without spaces, stay as they are."""
    from PySide6.QtCharts import QBarCategoryAxis

    from app.views.charts import bar_chart, wrapped_label

    assert wrapped_label("False advertising") == "False<br>advertising"
    assert wrapped_label("Quality") == "Quality"
    assert wrapped_label("深圳市汇通生活用品有限公司") == "深圳市汇通生活用品有限公司"
    view = bar_chart("Natures", ["Quality", "After-sales service"], [("Accepted", [4, 1])], horizontal=True)
    qtbot.addWidget(view)
    axis = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["Quality", "After-sales<br>service"]
