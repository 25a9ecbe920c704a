"""Who is at the keyboard: the sign-in sequence at start, and the account menu with the idle lock.

``sign_in_flow`` asks for the first administrator on a database nobody can administer yet, then for
a login and password, then for a new password when an administrator set the current one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from app.services.admin import auth
from app.services.audit_anchors import write_local_anchor
from app.services.context import Actor
from app.services.setup import Database
from app.views import settings
from app.views.context import AppContext
from app.views.dialogs.sign_in import ChangePasswordDialog, FirstAdminDialog, SignInDialog
from app.views.idle_lock import IdleLock
from app.views.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def sign_in_flow(db: Database) -> Actor | None:
    """The signed-in user, or None when the person gave up."""
    if auth.needs_first_admin(db):
        first = FirstAdminDialog(db)
        if first.exec() != QDialog.DialogCode.Accepted or first.actor is None:
            return None
        actor = first.actor
    else:
        dialog = SignInDialog(db, str(settings.get("security/last_login") or ""))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        actor = dialog.actor
    return _signed_in(db, actor)


def _signed_in(db: Database, actor: Actor) -> Actor | None:
    settings.put("security/last_login", actor.login)
    if auth.must_change_password(db, actor):
        change = ChangePasswordDialog(AppContext(db=db, actor=actor), required=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor


def switch_user(window: MainWindow) -> MainWindow | None:
    """Sign another person in at this PC and replace the window by theirs; None when they gave up."""
    ctx = window.ctx
    dialog = SignInDialog(ctx.db, "", window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    actor = _signed_in(ctx.db, dialog.actor)
    if actor is None:
        return None
    extras = {k: v for k, v in ctx.extras.items() if k == "log_path"}
    write_local_anchor(ctx.db)  # the previous user signs out: this PC's anchor of the audit chain
    return window.switch_user(AppContext(db=ctx.db, actor=actor, lang=ctx.lang, extras=extras))


def install_security(window: QMainWindow, ctx: AppContext, interval_ms: int | None = None) -> IdleLock:
    """Add the 账户 menu (change password, lock now, switch user) and lock the window after the office's
    idle time."""
    lock = IdleLock(ctx, auth.idle_lock_minutes(ctx.db), interval_ms=interval_ms, parent=window)
    menu = window.menuBar().addMenu(tr("账户(&A)"))
    change = menu.addAction(tr("修改密码(&P)…"))
    change.triggered.connect(lambda: ChangePasswordDialog(ctx, window).exec())
    lock_now = menu.addAction(tr("立即锁定(&L)"))
    lock_now.setShortcut(QKeySequence("Ctrl+L"))
    lock_now.triggered.connect(lock.lock)
    if isinstance(window, MainWindow):
        switch = menu.addAction(tr("切换用户(&U)…"))
        switch.triggered.connect(lambda: switch_user(window))
    return lock
