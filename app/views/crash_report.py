"""What the windowed program does with an error nobody caught (in a slot, a timer, a dialog): a plain
message instead of silence, and the details (no personal data) in the log file."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import logbook

_showing = False


def unexpected_error_text() -> str:
    where = logbook.current_log_file()
    text = QCoreApplication.translate("CrashReport", "维权台遇到意外错误，刚才的操作没有完成。")
    if where is not None:
        text += "\n" + QCoreApplication.translate("CrashReport", "详细信息已记入日志：%1").replace("%1", str(where))
    return text


def show_unexpected_error(err: BaseException) -> None:
    """Log ``err`` and tell the person in one plain message (never two at once)."""
    global _showing
    logbook.log_unexpected(err)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), "维权台", unexpected_error_text())
    finally:
        _showing = False


def _hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, err, tb)
        return
    if err.__traceback__ is None:
        err = err.with_traceback(tb)
    show_unexpected_error(err)


def install_excepthook() -> None:
    """Route uncaught errors of the GUI to :func:`show_unexpected_error`."""
    sys.excepthook = _hook
