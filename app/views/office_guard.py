"""What the GUI does for the safety of the office's data at start and at exit: warn when the SQLite file
lies on a network share, and make the day's automatic backup when the application closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.errors import DomainError
from app.services.backup.auto import backup_on_exit
from app.services.network_paths import network_warning
from app.services.setup import Database
from app.views.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def warn_if_network_share(db: Database, parent: QWidget | None = None) -> bool:
    """Show the network-share warning when it applies; True if it was shown."""
    warning = network_warning(db)
    if warning is None:
        return False
    QMessageBox.warning(parent, tr("数据库位于网络共享上"), warning)
    return True


def backup_at_exit(ctx: AppContext, parent: QWidget | None = None) -> None:
    """The automatic backup on exit (at most once a day, only when a folder is set); a failure is shown
    but never keeps the application from closing."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup_on_exit(ctx.db, ctx.actor)
    except (DomainError, OSError) as err:
        QApplication.restoreOverrideCursor()
        message = err.message if isinstance(err, DomainError) else str(err)
        QMessageBox.warning(parent, tr("自动备份未完成"), tr("今天的自动备份没有完成：") + message)
        return
    QApplication.restoreOverrideCursor()
