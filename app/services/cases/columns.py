"""The columns of the case list, in one table (as Anki's browser keeps its columns): each column's key,
its header in both languages, the indexed SQL column it sorts on, and how the screen treats it.

The service sorts by ``sort``; the table model shows the columns in this order with these headers; the
cases page colours the deadline columns and lets the elastic ones share the spare width.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.store.cases import Case


@dataclass(frozen=True)
class Column:
    """One column of the case list."""

    key: str
    header: tuple[str, str]
    """(Chinese, English)."""
    sort: Any
    """The (indexed) column of the cases table the list sorts on."""
    undated_last: bool = False
    """Cases without a running deadline come after all others in this order, whatever the direction."""
    deadline: bool = False
    """Coloured by the deadline: red when overdue, amber when due soon."""
    elastic: bool = False
    """Takes a share of the spare width (the text columns)."""
    right_aligned: bool = False


CASE_COLUMNS: tuple[Column, ...] = (
    Column("case_no", ("案件编号", "Case no."), Case.case_no),
    Column("received_on", ("登记日期", "Received"), Case.received_on),
    Column("consumer", ("消费者", "Consumer"), Case.consumer_sort, elastic=True),
    Column("merchant", ("经营者", "Merchant"), Case.merchant_sort, elastic=True),
    Column("channel", ("购买渠道", "Channel"), Case.channel, elastic=True),
    Column("nature", ("问题性质", "Nature"), Case.nature),
    Column("state", ("状态", "State"), Case.state),
    Column("mediator", ("调解员", "Mediator"), Case.mediator_sort, elastic=True),
    Column("next_due", ("下一期限", "Next deadline"), Case.next_due_on, undated_last=True, deadline=True),
    Column(
        "days_left",
        ("剩余工作日", "Days left"),
        Case.next_due_on,
        undated_last=True,
        deadline=True,
        right_aligned=True,
    ),
)
COLUMN_BY_KEY = {c.key: c for c in CASE_COLUMNS}
SORT_KEYS: dict[str, Any] = {c.key: c.sort for c in CASE_COLUMNS}
"""The sortable columns of the list and the indexed column each sorts on."""
UNDATED_LAST = frozenset(c.key for c in CASE_COLUMNS if c.undated_last)


def header(column: Column, lang: str) -> str:
    zh, en = column.header
    return en if lang.startswith("en") else zh
