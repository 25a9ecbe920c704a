"""Starting the Qt application: open the database, then show the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.resources import resource_path
from app.services.audit_anchors import write_local_anchor
from app.services.connection import database_choice
from app.services.context import Actor
from app.services.setup import open_database
from app.views import settings
from app.views.context import AppContext
from app.views.crash_report import install_excepthook
from app.views.i18n import install_language
from app.views.main_window import MainWindow
from app.views.office_guard import backup_at_exit, warn_if_network_share
from app.views.security import install_security, sign_in_flow
from app.views.theme import apply_theme


def create_qapplication() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("WeiquanDesk")
    app.setOrganizationName("WeiquanDesk")
    app.setApplicationDisplayName("维权台")
    app.setWindowIcon(QIcon(str(resource_path("icons", "weiquan.png"))))
    return app  # type: ignore[return-value]


def run_application(db_url: str | None = None, lang: str | None = None, actor: Actor | None = None) -> int:
    """Open the database, sign in (unless an already signed-in ``actor`` is given), show the main window."""
    app = create_qapplication()
    install_excepthook()
    chosen_lang = install_language(app, lang or str(settings.get("ui/lang") or ""))
    apply_theme(app)
    try:
        db = open_database(database_choice(db_url, str(settings.get("db/url") or "")))
    except Exception as err:
        QMessageBox.critical(None, "维权台", f"无法打开数据库：\n{err}")
        return 1
    warn_if_network_share(db)
    actor = actor or sign_in_flow(db)
    if actor is None:
        db.dispose()
        return 0
    ctx = AppContext(db=db, actor=actor, lang=chosen_lang)
    window = MainWindow(ctx)
    prepare_main_window(window, ctx)
    ctx.hub.rights_changed.connect(lambda: rebuild_when_no_dialog(ctx))
    window.show()
    code = app.exec()
    backup_at_exit(ctx)
    write_local_anchor(db)  # this PC's anchor of the audit chain, at every close
    db.optimize()
    db.dispose()
    return code


def rebuild_when_no_dialog(ctx: AppContext) -> None:
    """Rebuild the main window for changed rights once no dialog is open (a dialog's parent must outlive it)."""
    if QApplication.activeModalWidget() is not None:
        QTimer.singleShot(500, lambda: rebuild_when_no_dialog(ctx))
        return
    window = ctx.extras.get("main_window")
    if window is not None:
        window.rebuild()


def prepare_main_window(window: MainWindow, ctx: AppContext) -> None:
    """What every main window gets, also the one rebuilt when the language changes (kept alive in ctx)."""
    ctx.extras["main_window"] = window
    install_security(window, ctx)
    window.language_switched.connect(lambda new: prepare_main_window(new, new.ctx))
