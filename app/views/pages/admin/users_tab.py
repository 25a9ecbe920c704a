"""Users and roles: add, change roles, set a password, deactivate and reactivate; the idle-lock time."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.domain.codes import label
from app.domain.dates import LOCAL_TZ
from app.domain.display import show_date
from app.domain.errors import DomainError
from app.domain.permissions import ROLES
from app.services.admin import auth, users
from app.views.context import AppContext
from app.views.dialogs.user_dialogs import AddUserDialog, RolesDialog, SetPasswordDialog
from app.views.pages.admin.table import ListTable


class UsersTab(QWidget):
    """The users of the office with their roles; a user is deactivated, never deleted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[users.UserInfo] = []
        self.table = ListTable(
            [
                self.tr("登录名"),
                self.tr("姓名"),
                self.tr("角色"),
                self.tr("状态"),
                self.tr("密码"),
                self.tr("连续输错"),
                self.tr("创建时间"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("添加用户…"))
        self.roles_button = QPushButton(self.tr("修改角色…"))
        self.password_button = QPushButton(self.tr("设置密码…"))
        self.deactivate_button = QPushButton(self.tr("停用"))
        self.reactivate_button = QPushButton(self.tr("恢复使用"))
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.change_roles)
        self.password_button.clicked.connect(self.set_password)
        self.deactivate_button.clicked.connect(lambda: self._set_active(False))
        self.reactivate_button.clicked.connect(lambda: self._set_active(True))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.roles_button,
            self.password_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._idle_row())
        self.refresh()

    def _idle_row(self) -> QHBoxLayout:
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*auth.IDLE_RANGE)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.idle_minutes.setValue(auth.idle_lock_minutes(self.ctx.db))
        save = QPushButton(self.tr("保存"))
        save.clicked.connect(self.save_idle_minutes)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("无操作自动锁定：")))
        row.addWidget(self.idle_minutes)
        row.addWidget(save)
        row.addWidget(QLabel(self.tr("（各电脑下次登录时生效）")))
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        self.rows = users.list_users(self.ctx.db, self.ctx.actor)
        self.table.fill([self._cells(u) for u in self.rows], [not u.active for u in self.rows])
        self._update_buttons()

    def _cells(self, u: users.UserInfo) -> list[str]:
        roles = "、".join(label(ROLES, r, self.ctx.lang) for r in u.roles)
        state = self.tr("在用") if u.active else self.tr("已停用")
        password = self.tr("已设置") if u.has_password else self.tr("未设置")
        created = show_date(u.created_at.astimezone(LOCAL_TZ).date(), self.ctx.lang)
        return [u.login, u.name, roles, state, password, str(u.failed_logins), created]

    def selected(self) -> users.UserInfo | None:
        row = self.table.current_row()
        return self.rows[row] if row is not None else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.roles_button, self.password_button):
            button.setEnabled(user is not None)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.reactivate_button.setEnabled(user is not None and not user.active)

    def add_user(self) -> None:
        if AddUserDialog(self.ctx, self).exec():
            self.refresh()

    def change_roles(self) -> None:
        user = self.selected()
        if user and RolesDialog(self.ctx, user.login, user.name, user.roles, self).exec():
            self.refresh()

    def set_password(self) -> None:
        user = self.selected()
        if user and SetPasswordDialog(self.ctx, user.login, user.name, self).exec():
            self.refresh()

    def _set_active(self, active: bool) -> None:
        user = self.selected()
        if user is None:
            return
        if not active:
            question = self.tr("停用 %1 后，该用户不能再登录；其姓名和办理记录保留。确定停用吗？")
            question = question.replace("%1", user.name)
            answer = QMessageBox.question(self, self.tr("停用用户"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            (users.reactivate_user if active else users.deactivate_user)(self.ctx.db, self.ctx.actor, user.login)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("用户"), err.message)
        self.refresh()

    def save_idle_minutes(self) -> None:
        try:
            auth.set_idle_lock_minutes(self.ctx.db, self.ctx.actor, self.idle_minutes.value())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("自动锁定"), err.message)
