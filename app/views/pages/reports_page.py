"""The 统计报表 page (navigation key "reports")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext
from app.views.pages.placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    """统计报表: still to be built."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("统计报表"), parent)
