"""A search field that reports what was typed after a short pause, so a query runs once per word, not
once per key."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """Emits ``search_changed(text)`` 250 ms after the last key, or at once on Enter or clearing."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._last = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(self._typed)
        self.returnPressed.connect(self._emit)

    def _typed(self, text: str) -> None:
        if not text:
            self._emit()
        else:
            self._timer.start()

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)
