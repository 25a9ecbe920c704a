"""Helpers for the intake and case-page tests: a context per acting user, and filling widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from app.services.context import Actor
from app.services.setup import Database
from app.views.context import AppContext


def context(db: Database, actor: Actor) -> AppContext:
    return AppContext(db=db, actor=actor)


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, f"{code} is not offered"
    combo.setCurrentIndex(index)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type like a person: the keys for ASCII text; Chinese arrives whole, as from an input method."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.insert(text)


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch) -> None:
    """pytest-qt closes the test's widgets at teardown; a dirty dialog would then ask and wait forever.
    Tests that check the question replace this answer with their own."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
