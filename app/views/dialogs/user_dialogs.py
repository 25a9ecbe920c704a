"""Dialogs of the administration page for users: add a user, change roles, set a password."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.permissions import ROLES
from app.services.admin import auth, users
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.dialogs.sign_in import password_edit
from app.views.widgets.code_inputs import CheckList


class AddUserDialog(FormDialog):
    """A new user: login, name, one or more roles and a first password (changed at first sign-in)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("添加用户"), parent)
        self.login = QLineEdit()
        self.name = QLineEdit()
        self.roles = CheckList(ROLES, ctx.lang, columns=2)
        self.password = password_edit()
        self.confirm = password_edit()
        self.add_row(self.tr("登录名"), "登录名", self.login)
        self.add_row(self.tr("姓名"), "姓名", self.name)
        self.add_row(self.tr("角色"), "角色", self.roles)
        self.add_row(self.tr("初始密码"), "密码", self.password)
        self.add_row(self.tr("确认密码"), "确认密码", self.confirm)
        hint = QLabel(self.tr("用户第一次登录时须改用自己的密码。"))
        hint.setStyleSheet("color: #616161;")
        self.form.addRow("", hint)

    def submit(self) -> None:
        users.add_user(
            self.ctx.db,
            self.ctx.actor,
            self.login.text(),
            self.name.text(),
            self.roles.codes(),
            password=self.password.text(),
            confirm=self.confirm.text(),
            must_change_password=True,
        )


class RolesDialog(FormDialog):
    """Change the roles of one user."""

    def __init__(
        self, ctx: AppContext, login: str, name: str, roles: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("修改角色：%1").replace("%1", name), parent)
        self.user_login = login
        self.roles = CheckList(ROLES, ctx.lang, columns=2)
        self.roles.set_codes(roles)
        self.add_row(self.tr("角色"), "角色", self.roles)
        self.dirty = False

    def submit(self) -> None:
        users.set_roles(self.ctx.db, self.ctx.actor, self.user_login, self.roles.codes())


class SetPasswordDialog(FormDialog):
    """An administrator gives a user a password; the user must change it at the next sign-in."""

    def __init__(self, ctx: AppContext, login: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("设置密码：%1").replace("%1", name), parent)
        self.user_login = login
        self.password = password_edit()
        self.confirm = password_edit()
        self.add_row(self.tr("新密码"), "密码", self.password)
        self.add_row(self.tr("确认密码"), "确认密码", self.confirm)

    def mark_dirty(self) -> None:
        self.dirty = False

    def submit(self) -> None:
        auth.set_password(self.ctx.db, self.ctx.actor, self.user_login, self.password.text(), self.confirm.text())
