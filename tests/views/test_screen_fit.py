"""Every window and dialog fits a 1366×768 office laptop with the Windows taskbar (1366×728 free): the
window with its frame stays inside the free area and no button is cut off at an edge — in Chinese and
in the longer English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from app.devtools.screens import SCREENS
from app.devtools.selftest import TASKBAR_HEIGHT
from app.views.main_window import MainWindow
from app.views.screen_fit import FRAME, fit_window

LAPTOP = QRect(0, 0, 1366, 768 - TASKBAR_HEIGHT)  # as the laptop fixture (tests/views/conftest.py) sets it


def _assert_fits(window: QWidget) -> None:
    QApplication.processEvents()
    size = window.size()
    assert size.width() + FRAME.width() <= LAPTOP.width(), f"{window.windowTitle()}: {size.width()} px wide"
    assert size.height() + FRAME.height() <= LAPTOP.height(), f"{window.windowTitle()}: {size.height()} px high"
    whole = window.rect()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.window() is window:
            place = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            assert whole.contains(place), f"{button.text()!r} is cut off ({place} outside {whole})"


def _show(widget: QWidget) -> QWidget:
    if not isinstance(widget, QDialog) and widget.parent() is None and not widget.isVisible():
        fit_window(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_the_screen_fits_a_laptop(laptop, qtbot, name):
    widget = _show(SCREENS[name].factory(laptop))
    try:
        _assert_fits(widget)
    finally:
        widget.hide()
        widget.deleteLater()
        laptop.extras.pop("screens_case_windows", None)


def test_the_main_window_fits_a_laptop_on_every_page(laptop, qtbot):
    window = MainWindow(laptop)
    qtbot.addWidget(window)
    window.show()
    for key, page in window.pages.items():
        window.show_page(key)
        if getattr(page, "data", True) is None:  # the dashboard draws its charts when its figures arrive
            qtbot.waitUntil(lambda page=page: page.data is not None, timeout=10_000)
        _assert_fits(window)


def test_a_window_saved_on_a_big_monitor_comes_back_inside_the_laptop_screen(laptop, qtbot):
    from app.views import settings

    big = MainWindow(laptop)
    qtbot.addWidget(big)
    big.resize(1900, 1040)
    settings.put("window/geometry", big.saveGeometry())
    window = MainWindow(laptop)
    qtbot.addWidget(window)
    window.show()
    _assert_fits(window)
