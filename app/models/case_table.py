"""The case list as a Qt table model that pages through SQL.

The model knows how many rows the query has and keeps a few blocks of rows; a block is read from the
database when a row of it is first painted, and the least recently used block is forgotten when too many
are kept. Sorting asks the owner (the cases page) to run the query again in SQL: the model never sorts
or filters rows itself.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.domain import codes
from app.domain.deadlines import DEADLINE_KINDS, DUE_SOON_WORKING_DAYS
from app.domain.display import show_date
from app.domain.workflow import STATES
from app.services.cases.columns import CASE_COLUMNS, COLUMN_BY_KEY, header
from app.services.cases.listing import CaseList, CaseQuery, CaseRow, FirstPage

BLOCK_SIZE = 200
MAX_BLOCKS = 12
CASE_NO_ROLE = Qt.ItemDataRole.UserRole + 1
"""Any cell answers this role with the case number of its row."""
OVERDUE_COLOUR = QColor("#d32f2f")
DUE_SOON_COLOUR = QColor("#ef8f00")

COLUMNS: tuple[str, ...] = tuple(c.key for c in CASE_COLUMNS)
"""The keys of the columns, in the order of the one Column table (app/services/cases/columns.py)."""
DUE_COLUMNS = frozenset(c.key for c in CASE_COLUMNS if c.deadline)

AnyIndex = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list for one query; blocks of rows fetched on demand."""

    sort_requested = Signal(str, bool)
    """The user asked for another order: (sort key, descending). The owner runs the query again."""

    def __init__(self, case_list: CaseList, lang: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self.case_list = case_list
        self.lang = lang
        self.query = CaseQuery()
        self.count = 0
        self.total = 0
        self._blocks: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._headers = self._header_texts()

    def _header_texts(self) -> dict[str, str]:
        return {c.key: header(c, self.lang) for c in CASE_COLUMNS}

    # -- filling ------------------------------------------------------------------------------

    def show_page(self, page: FirstPage) -> None:
        """Show the result of a new query (counted and first block read, usually in the background)."""
        self.beginResetModel()
        self.query, self.count, self.total = page.query, page.count, page.total
        self._blocks = OrderedDict({0: page.rows}) if page.rows else OrderedDict()
        self.endResetModel()

    def set_count(self, count: int) -> None:
        """The number of matching cases, counted after the first rows were shown (a short search)."""
        if count > self.count:
            self.beginInsertRows(QModelIndex(), self.count, count - 1)
            self.count = count
            self.endInsertRows()
        elif count < self.count:
            self.beginRemoveRows(QModelIndex(), count, self.count - 1)
            self.count = count
            self.endRemoveRows()

    def blocks_held(self) -> list[int]:
        """The numbers of the blocks in memory, least recently used first."""
        return list(self._blocks)

    def _row(self, row: int) -> CaseRow | None:
        number, offset = divmod(row, BLOCK_SIZE)
        block = self._blocks.get(number)
        if block is None:
            block = self.case_list.rows(self.query, number * BLOCK_SIZE, BLOCK_SIZE)
            self._blocks[number] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[offset] if offset < len(block) else None

    def case_no_at(self, row: int) -> str | None:
        found = self._row(row) if 0 <= row < self.count else None
        return found.case_no if found else None

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value: Any = None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                value = self._headers[COLUMNS[section]]
            elif role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "days_left":
                value = self.tr("红色：已超期；橙色：两个工作日内到期")
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            value = section + 1
        return value

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        handler = self._ROLE_HANDLERS.get(int(role))
        valid = index.isValid() and 0 <= index.row() < self.count and 0 <= index.column() < len(COLUMNS)
        row = self._row(index.row()) if valid and handler is not None else None
        value = handler(self, row, COLUMNS[index.column()]) if row is not None and handler is not None else None
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    # -- cell contents ------------------------------------------------------------------------

    def _display(self, row: CaseRow, key: str) -> str:
        values: dict[str, Callable[[], str]] = {
            "case_no": lambda: row.case_no,
            "received_on": lambda: show_date(row.received_on, self.lang),
            "consumer": lambda: row.consumer,
            "merchant": lambda: row.merchant,
            "channel": lambda: codes.label(codes.CHANNELS, row.channel, self.lang),
            "nature": lambda: codes.label(codes.NATURES, row.nature, self.lang),
            "state": lambda: codes.label(STATES, row.state, self.lang),
            "mediator": lambda: row.mediator,
            "next_due": lambda: (
                (show_date(row.next_due_on, self.lang) + ("" if row.calendar_confirmed else " *"))
                if row.next_due_on
                else ""
            ),
            "days_left": lambda: "" if row.working_days_left is None else str(row.working_days_left),
        }
        return values[key]()

    def _foreground(self, row: CaseRow, key: str) -> QColor | None:
        left = row.working_days_left
        if key not in DUE_COLUMNS or left is None:
            return None
        if left < 0:
            return OVERDUE_COLOUR
        return DUE_SOON_COLOUR if left <= DUE_SOON_WORKING_DAYS else None

    def _tooltip(self, row: CaseRow, key: str) -> str | None:
        left = row.working_days_left
        if key not in DUE_COLUMNS or left is None:
            return None
        kind = self._due_kind_label(row.next_due_kind)
        if left < 0:
            text = self.tr("%1已超期 %2 个工作日").replace("%1", kind).replace("%2", str(-left))
        else:
            text = self.tr("%1还剩 %2 个工作日").replace("%1", kind).replace("%2", str(left))
        if not row.calendar_confirmed and row.next_due_on is not None:
            note = self.tr("（* %1年节假日安排未确认，按周一至周五计算）")
            text += " " + note.replace("%1", str(row.next_due_on.year))
        return text

    def _due_kind_label(self, kind: str | None) -> str:
        return codes.label(DEADLINE_KINDS, kind, self.lang) if kind else ""

    def _alignment(self, _row: CaseRow, key: str) -> Qt.AlignmentFlag:
        if COLUMN_BY_KEY[key].right_aligned:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def _case_no(self, row: CaseRow, _key: str) -> str:
        return row.case_no

    _ROLE_HANDLERS: ClassVar[dict[int, Callable[[CaseTableModel, CaseRow, str], Any]]] = {
        int(Qt.ItemDataRole.DisplayRole): _display,
        int(Qt.ItemDataRole.ForegroundRole): _foreground,
        int(Qt.ItemDataRole.ToolTipRole): _tooltip,
        int(Qt.ItemDataRole.TextAlignmentRole): _alignment,
        int(CASE_NO_ROLE): _case_no,
    }
