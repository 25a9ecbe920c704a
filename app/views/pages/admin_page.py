"""The 管理 page (navigation key "admin")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext
from app.views.pages.placeholder import PlaceholderPage


class AdminPage(PlaceholderPage):
    """管理: still to be built."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("管理"), parent)
