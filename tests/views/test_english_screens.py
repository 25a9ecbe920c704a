"""An English screen shows no Chinese: every label, button, header, tab, title, menu and placeholder of
every selftest screen is scanned for CJK characters and Chinese punctuation in English mode. Case data
(names, facts, table cells, the text in the fields) and the Chinese documents are not scanned."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from app.devtools.screens import SCREENS
from app.views.i18n import DATA_PROPERTY
from app.views.main_window import MainWindow
from tests.views.test_screen_fit import _show

CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
DATA = DATA_PROPERTY


def _data_labels(root: QWidget) -> set[int]:
    """Labels in the value column of a form, and labels marked as data."""
    ids = {id(w) for w in root.findChildren(QLabel) if w.property(DATA)}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and isinstance(item.widget(), QLabel):
                ids.add(id(item.widget()))
    return ids


def interface_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every piece of interface text under ``root``."""
    found: list[tuple[str, str]] = [] if root.property(DATA) else [("window title", root.windowTitle())]
    data = _data_labels(root)
    skip = tuple(root.findChildren(QTextBrowser))
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or any(s.isAncestorOf(widget) for s in skip):
            continue
        name = type(widget).__name__
        if (
            isinstance(widget, QLabel) and id(widget) not in data and widget.textFormat() != Qt.TextFormat.RichText
        ) or isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        header = getattr(widget, "horizontalHeader", None)
        if isinstance(widget, QAbstractItemView) and header is not None and widget.model() is not None:
            model = widget.model()
            found += [
                (name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(header().count())
            ]
        if isinstance(widget, QComboBox) and not widget.property(DATA) and widget.count() < 40:
            found += [(name + " item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            found.append(("menu", menu_action.text()))
            if menu_action.menu() is not None:
                found += [("menu item", a.text()) for a in menu_action.menu().actions()]
    return found


def _chinese(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return sorted({f"{where}: {text!r}" for where, text in interface_texts(root) if CHINESE.search(text)})


@pytest.fixture
def english(laptop):
    if not laptop.english:
        pytest.skip("the English screens only")
    return laptop


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_an_english_screen_has_no_chinese_words(english, qtbot, name):
    widget = _show(SCREENS[name].factory(english))
    try:
        found = _chinese(widget)
        assert not found, "\n".join(found)
    finally:
        widget.hide()
        widget.deleteLater()
        english.extras.pop("screens_case_windows", None)


def test_the_english_main_window_has_no_chinese_words(english, qtbot):
    window = MainWindow(english)
    qtbot.addWidget(window)
    window.show()
    problems = []
    for key, page in window.pages.items():
        window.show_page(key)
        if getattr(page, "data", True) is None:
            qtbot.waitUntil(lambda page=page: page.data is not None, timeout=10_000)
        problems += [f"{key}: {p}" for p in _chinese(window)]
    assert not problems, "\n".join(sorted(set(problems)))
