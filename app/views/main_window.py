"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from app.services.setup import Database


class MainWindow(QMainWindow):
    """The application's main window (pages arrive with the case-list issue)."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("维权台"))
        self.setCentralWidget(QLabel(self.tr("维权台")))
        self.resize(1200, 800)
