"""The merchant list as a Qt table model that pages through SQL: it holds the rows read so far and reads
the next block of :data:`BLOCK_SIZE` merchants when the view scrolls to the end (``fetchMore``), so the list
covers every merchant however many there are, and the count above it is of all of them. A search lists its
best matches at once. Ordering is the service's (complaints in the last 90 days, or of all time); clicking
one of those two headers asks the owner for that order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain import codes
from app.services.context import Actor
from app.services.merchants.profile import MerchantPage, MerchantRow, merchant_page
from app.services.setup import Database

BLOCK_SIZE = 200
"""Merchants read at a time."""
MERCHANT_ID_ROLE = Qt.ItemDataRole.UserRole
"""Any cell answers this role with the merchant id of its row."""
TEXT_COLUMNS = 4  # name, kind, WeChat ID, phone; then the five counts and the blacklist mark
SORT_COLUMNS = {4: "recent", 5: "total"}
"""The columns whose header orders the list (in SQL): complaints in the last 90 days, all complaints."""

AnyIndex = QModelIndex | QPersistentModelIndex


class MerchantTableModel(QAbstractTableModel):
    """Rows of the merchant list for one search, order and filter; more read on demand."""

    sort_requested = Signal(str)
    """The user clicked the header of an order the service knows ("recent" or "total")."""

    def __init__(self, db: Database, actor: Actor, headers: Sequence[str], yes: str, lang: str, parent: Any = None):
        super().__init__(parent)
        self.db, self.actor, self.lang = db, actor, lang
        self.headers, self.yes = list(headers), yes
        self.rows: list[MerchantRow] = []
        self.total = 0
        self.capped = False
        self.text, self.order, self.blacklisted_only = "", "recent", False

    # -- reading ------------------------------------------------------------------------------

    def load(self, text: str, order: str, blacklisted_only: bool) -> None:
        """Show the first block of a new search, order or filter (and count them all)."""
        self.text, self.order, self.blacklisted_only = text, order, blacklisted_only
        page = self._read(0)
        self.beginResetModel()
        self.rows, self.total, self.capped = list(page.rows), page.total, page.capped
        self.endResetModel()

    def _read(self, offset: int) -> MerchantPage:
        return merchant_page(
            self.db, self.actor, self.text, self.order, self.blacklisted_only, offset=offset, limit=BLOCK_SIZE
        )

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self.text.strip() and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        page = self._read(len(self.rows))
        known = {r.id for r in self.rows}
        fresh = [r for r in page.rows if r.id not in known]  # a merchant whose rank moved meanwhile
        self.total = page.total
        if not fresh:
            self.total = len(self.rows)  # nothing more to read: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(fresh) - 1)
        self.rows += fresh
        self.endInsertRows()

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m, column = self.rows[index.row()], index.column()
        if role == MERCHANT_ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.TextAlignmentRole and TEXT_COLUMNS <= column < TEXT_COLUMNS + 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(m, column)
        return None

    def _text(self, m: MerchantRow, column: int) -> str:
        s = m.stats
        values = [
            m.name,
            codes.label(codes.MERCHANT_KINDS, m.kind, self.lang),
            m.wechat_id or "",
            m.phone or "",
            f"{s.recent_count:,}",
            f"{s.case_count:,}",
            f"{s.open_count:,}",
            f"{s.refusals:,}",
            f"{s.not_performed:,}",
            self.yes if m.blacklisted else "",
        ]
        return values[column] if 0 <= column < len(values) else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in SORT_COLUMNS:
            self.sort_requested.emit(SORT_COLUMNS[column])

    def merchant_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None
