"""Starting the Qt application: open the database, then show the main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.resources import resource_path
from app.services.connection import database_choice
from app.services.context import Actor
from app.services.setup import open_database
from app.views import settings
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.office_guard import backup_at_exit, warn_if_network_share


def create_qapplication() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("WeiquanDesk")
    app.setOrganizationName("WeiquanDesk")
    app.setApplicationDisplayName("维权台")
    app.setWindowIcon(QIcon(str(resource_path("icons", "weiquan.png"))))
    return app  # type: ignore[return-value]


def run_application(db_url: str | None = None, lang: str | None = None) -> int:
    app = create_qapplication()
    try:
        db = open_database(database_choice(db_url, str(settings.get("db/url") or "")))
    except Exception as err:
        QMessageBox.critical(None, "维权台", f"无法打开数据库：\n{err}")
        return 1
    warn_if_network_share(db)
    ctx = AppContext(db=db, actor=Actor.cli(), lang=lang or "zh_CN")
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    backup_at_exit(ctx)
    db.dispose()
    return code
