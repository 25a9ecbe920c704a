"""Draws a cell in the colour its model gives (red overdue, amber due soon) even under a style sheet:
qt-material sets a text colour for every widget, which would otherwise win over the model's colour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class DueColourDelegate(QStyledItemDelegate):
    """Paints the background as usual, then the text in the ForegroundRole colour, in bold."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(colour, QColor):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect.adjusted(4, 0, -4, 0), int(opt.displayAlignment), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Wide enough for the text in bold (how :meth:`paint` writes a coloured cell), so fitting a column
        to its contents does not cut the date ("2026-11-2…")."""
        size = super().sizeHint(option, index)
        if not isinstance(index.data(Qt.ItemDataRole.ForegroundRole), QColor):
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        regular = QFont(option.font)
        bold = QFont(regular)
        bold.setBold(True)
        extra = QFontMetrics(bold).horizontalAdvance(text) - QFontMetrics(regular).horizontalAdvance(text)
        return QSize(size.width() + max(extra, 0) + 8, size.height())
