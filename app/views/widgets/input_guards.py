"""Keyboard and mouse manners every form shares: a combo box or spin box under the pointer ignores the
wheel unless it has the focus (the wheel scrolls the form instead, so a value never changes unseen), and
Tab in a text field moves to the next field (Ctrl+Tab writes a tab character)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QWidget

GUARDED = "weiquan_input_guarded"


class _WheelOnlyWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        parent = watched.parentWidget()
        if parent is not None:
            QCoreApplication.sendEvent(parent, event.clone())
        return True


class _CtrlTabWritesTab(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, (QPlainTextEdit, QTextEdit))
        ):
            watched.insertPlainText("\t")
            return True
        return False


_wheel = _WheelOnlyWhenFocused()
_tab = _CtrlTabWritesTab()


def guard_inputs(root: QWidget) -> None:
    """Apply these manners to every input under ``root`` (once per widget; call again after adding some)."""
    for widget in root.findChildren(QWidget):
        if widget.property(GUARDED):
            continue
        if isinstance(widget, (QComboBox, QAbstractSpinBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(_wheel)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            widget.setTabChangesFocus(True)
            widget.installEventFilter(_tab)
        else:
            continue
        widget.setProperty(GUARDED, True)
