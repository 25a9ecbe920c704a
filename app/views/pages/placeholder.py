"""A page that says plainly that its feature is still to come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.views.context import AppContext


class PlaceholderPage(QWidget):
    """Shown for a navigation entry whose page is not built yet."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        label = QLabel(self.tr("“%1”页面尚未完成，将在后续版本提供。").replace("%1", title))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
