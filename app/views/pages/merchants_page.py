"""The 经营者 page (navigation key "merchants")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext
from app.views.pages.placeholder import PlaceholderPage


class MerchantsPage(PlaceholderPage):
    """经营者: still to be built."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("经营者"), parent)
