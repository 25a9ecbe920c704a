"""How wide a table header section must be for its whole title.

``QHeaderView.sectionSizeFromContents`` measures the title in the header's regular font, but a header
draws the section of the current column (``highlightSections``) and, under some themes, every section in
bold: a long English title ("Working days left") then lost a letter at each end. The width here is the
measured one plus what the bold font needs beyond the regular one, and a little slack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView

SLACK = 6
"""Pixels beyond the measured width: rounding and the theme's border."""


def header_width(header: QHeaderView, column: int) -> int:
    """The width section ``column`` needs for its whole title, drawn bold, with the theme's padding."""
    measured = int(header.sectionSizeFromContents(column).width())
    model = header.model()
    title = str(model.headerData(column, header.orientation(), Qt.ItemDataRole.DisplayRole) or "") if model else ""
    if not title:
        return measured
    regular = QFont(header.font())
    bold = QFont(regular)
    bold.setBold(True)
    extra = QFontMetrics(bold).horizontalAdvance(title) - QFontMetrics(regular).horizontalAdvance(title)
    return measured + max(extra, 0) + SLACK


def fit_to_titles(header: QHeaderView) -> None:
    """Widen every section that is narrower than its whole title (never narrows one)."""
    for column in range(header.count()):
        needed = header_width(header, column)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)
