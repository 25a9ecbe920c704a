"""The 仪表盘 page (navigation key "dashboard")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext
from app.views.pages.placeholder import PlaceholderPage


class DashboardPage(PlaceholderPage):
    """仪表盘: still to be built."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("仪表盘"), parent)
