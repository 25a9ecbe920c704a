"""The 案件 page (navigation key "cases")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext
from app.views.pages.placeholder import PlaceholderPage


class CasesPage(PlaceholderPage):
    """案件: still to be built."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("案件"), parent)
