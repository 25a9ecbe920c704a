"""Signing in, the first administrator on first start, and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.permissions import ROLES, Role
from app.services.admin import auth
from app.services.context import Actor
from app.services.setup import Database
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.i18n import current_language
from app.views.widgets.code_inputs import CheckList

NOBODY = Actor(login="", name="未登录", roles=frozenset())
"""Stands for the person at the keyboard before sign-in: no permission at all."""


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(240)
    return edit


class _QuietDialog(FormDialog):
    """A form whose typing is not kept: nothing to lose when it is closed."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(AppContext(db=db, actor=NOBODY), title, parent)
        self.save_button.setText(self.tr("确定"))

    def mark_dirty(self) -> None:
        self.dirty = False


class SignInDialog(_QuietDialog):
    """Login name and password; after repeated wrong passwords the button waits out the delay."""

    def __init__(self, db: Database, login: str = "", parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(db, self.tr("登录维权台"), parent)
        self.actor: Actor | None = None
        if note:
            self.body.insertWidget(1, QLabel(note))
        self.login = QLineEdit(login)
        self.password = password_edit()
        self.add_row(self.tr("登录名"), "登录名", self.login)
        self.add_row(self.tr("密码"), "密码", self.password)
        self.save_button.setText(self.tr("登录"))
        self._wait = 0
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        (self.password if login else self.login).setFocus()

    def submit(self) -> None:
        try:
            self.actor = auth.sign_in(self.ctx.db, self.login.text(), self.password.text())
        except auth.SignInFailed as err:
            self.password.clear()
            if err.wait_seconds:
                self._start_wait(err.wait_seconds)
            raise

    def _start_wait(self, seconds: int) -> None:
        self._wait = seconds
        self.save_button.setEnabled(False)
        self._countdown.start()
        self._tick(count=False)

    def _tick(self, count: bool = True) -> None:
        if count:
            self._wait -= 1
        if self._wait <= 0:
            self._countdown.stop()
            self.save_button.setEnabled(True)
            self.save_button.setText(self.tr("登录"))
            return
        self.save_button.setText(self.tr("请等待 %1 秒").replace("%1", str(self._wait)))


class FirstAdminDialog(_QuietDialog):
    """First start: nobody can administer the database yet, so the first administrator is created here."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("创建管理员"), parent)
        self.actor: Actor | None = None
        intro = QLabel(
            self.tr(
                "这是第一次使用此数据库。请设置管理员账户，并勾选您还担任的角色（一人办公请全部勾选）；"
                "之后可在“管理”页添加登记员、调解员和主管。"
            )
        )
        intro.setWordWrap(True)
        self.body.insertWidget(1, intro)
        self.login = QLineEdit()
        self.name = QLineEdit()
        self.password = password_edit()
        self.confirm = password_edit()
        self.roles = CheckList(ROLES, current_language(QCoreApplication.instance()), columns=2)
        self.roles.set_codes(ROLES)
        self.roles.boxes[Role.ADMIN.value].setEnabled(False)
        self.add_row(self.tr("登录名"), "登录名", self.login)
        self.add_row(self.tr("姓名"), "姓名", self.name)
        self.add_row(self.tr("密码"), "密码", self.password)
        self.add_row(self.tr("确认密码"), "确认密码", self.confirm)
        self.add_row(self.tr("角色"), "角色", self.roles)
        self.login.setFocus()

    def submit(self) -> None:
        self.actor = auth.create_first_admin(
            self.ctx.db,
            self.login.text(),
            self.name.text(),
            self.password.text(),
            self.confirm.text(),
            roles=self.roles.codes(),
        )


class ChangePasswordDialog(FormDialog):
    """The signed-in user chooses a new password (required after an administrator set one)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, required: bool = False) -> None:
        super().__init__(ctx, self.tr("修改密码"), parent)
        if required:
            self.body.insertWidget(1, QLabel(self.tr("密码由管理员设置，请先设置您自己的密码。")))
        self.old = password_edit()
        self.new = password_edit()
        self.confirm = password_edit()
        self.add_row(self.tr("原密码"), "原密码", self.old)
        self.add_row(self.tr("新密码"), "新密码", self.new)
        self.add_row(self.tr("确认新密码"), "确认密码", self.confirm)

    def mark_dirty(self) -> None:
        self.dirty = False

    def submit(self) -> None:
        auth.change_password(self.ctx.db, self.ctx.actor, self.old.text(), self.new.text(), self.confirm.text())
