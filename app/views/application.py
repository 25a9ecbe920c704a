"""Starting the Qt application: open the database, then show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.setup import open_database
from app.views.main_window import MainWindow


def run_application(db_url: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("WeiquanDesk")
    app.setOrganizationName("WeiquanDesk")
    app.setApplicationDisplayName("维权台")
    try:
        db = open_database(db_url)
    except Exception as err:
        QMessageBox.critical(None, "维权台", f"无法打开数据库：\n{err}")
        return 1
    window = MainWindow(db)
    window.show()
    return app.exec()
