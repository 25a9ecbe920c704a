"""The 待办 page (navigation key "due")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext
from app.views.pages.placeholder import PlaceholderPage


class DuePage(PlaceholderPage):
    """待办: still to be built."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("待办"), parent)
