"""The 管理 page (navigation key "admin"): users and roles, rule sets, the association's details, the holiday
calendar, database and backups.

Each tab appears for whoever holds its permission; the services check again on every change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.views.context import AppContext
from app.views.pages.admin.grounds_tab import GroundsTab
from app.views.pages.admin.holidays_tab import HolidaysTab
from app.views.pages.admin.office_tab import OfficeTab
from app.views.pages.admin.rules_tab import RulesTab
from app.views.pages.admin.users_tab import UsersTab
from app.views.widgets.database_settings import DatabaseSettingsPanel


class AdminPage(QWidget):
    """管理: what an administrator keeps for the whole office."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        if ctx.actor.can(Permission.MANAGE_USERS):
            self.tabs.addTab(UsersTab(ctx), self.tr("用户与角色"))
        self.tabs.addTab(RulesTab(ctx), self.tr("规则集"))
        if ctx.actor.can(Permission.MANAGE_RULES):
            self.tabs.addTab(GroundsTab(ctx), self.tr("理由与原因"))
        if ctx.actor.can(Permission.MANAGE_RULES):
            self.tabs.addTab(OfficeTab(ctx), self.tr("协会信息"))
        if ctx.actor.can(Permission.MANAGE_HOLIDAYS):
            self.tabs.addTab(HolidaysTab(ctx), self.tr("节假日"))
        if ctx.actor.can(Permission.BACKUP):
            self.tabs.addTab(DatabaseSettingsPanel(ctx), self.tr("数据库与备份"))
        layout = QVBoxLayout(self)
        if not ctx.actor.can(Permission.MANAGE_USERS):
            note = QLabel(self.tr("用户、节假日由管理员维护；此处只能查看规则集。"))
            note.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(note)
        layout.addWidget(self.tabs)
