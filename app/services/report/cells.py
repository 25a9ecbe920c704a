"""Writing cells for streamed (write-only) openpyxl sheets: text that stays text, number formats, headers,
column widths and the A4 landscape print set-up.

Text that Excel could read as a formula (starting with =, +, -, @, tab or CR) is stored as a string cell
with the quote-prefix style, so Excel shows it as text and never evaluates it; the value itself is
unchanged, so a detail sheet imports again exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from copy import copy
from datetime import date
from decimal import Decimal
from weakref import WeakKeyDictionary

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.00"
COUNT_FORMAT = "0"
PAPER_A4 = "9"  # ECMA-376 paper size code of A4

_THIN = Side(style="thin", color="999999")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
_STYLES: WeakKeyDictionary[Workbook, dict[tuple[str | None, bool, bool, bool, bool], StyleArray]] = WeakKeyDictionary()


def needs_quote(text: str) -> bool:
    """Whether Excel could take this text for a formula."""
    return text.startswith(FORMULA_STARTS)


def clean_text(text: str) -> str:
    """``text`` without the control characters an xlsx file cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", text) if ILLEGAL_CHARACTERS_RE.search(text) else text


def safe_text(ws: WriteOnlyWorksheet, text: str) -> str | WriteOnlyCell:
    """The text itself, or a string cell with the quote prefix when it could be read as a formula."""
    text = clean_text(text)
    return styled(ws, text) if needs_quote(text) else text


def _style_of(ws: WriteOnlyWorksheet, key: tuple[str | None, bool, bool, bool, bool]) -> StyleArray:
    """The style array for a combination, made once per workbook: copying it into a new cell is much
    cheaper than assigning fonts, fills and borders cell by cell (openpyxl hashes each one)."""
    cache = _STYLES.setdefault(ws.parent, {})
    found = cache.get(key)
    if found is None:
        number_format, bold, header, border, quote = key
        cell = WriteOnlyCell(ws)
        if number_format:
            cell.number_format = number_format
        if bold or header:
            cell.font = TOTAL_FONT
        if header:
            cell.fill = HEADER_FILL
        if border:
            cell.border = BORDER
        if quote:
            cell.quotePrefix = True
        found = cache[key] = cell._style
    return found


def styled(
    ws: WriteOnlyWorksheet,
    value: object,
    number_format: str | None = None,
    bold: bool = False,
    header: bool = False,
    border: bool = False,
) -> WriteOnlyCell:
    """A cell with a number format and optional bold font, header fill and border; text stays text."""
    quote = False
    if isinstance(value, str):
        value = clean_text(value)
        quote = needs_quote(value)
    cell = WriteOnlyCell(ws, value)
    if isinstance(value, date) and number_format is None:
        number_format = cell.number_format
    cell._style = copy(_style_of(ws, (number_format, bold, header, border, quote)))
    if quote:
        cell.data_type = "s"
    return cell


def header_row(ws: WriteOnlyWorksheet, labels: Sequence[str]) -> list[WriteOnlyCell]:
    return [styled(ws, label, header=True, border=True) for label in labels]


def value_cell(ws: WriteOnlyWorksheet, value: object, kind: str = "count", bold: bool = False) -> object:
    """A figure: count, money or rate with its number format; None stays an empty cell."""
    if value is None:
        return styled(ws, None, border=True) if bold else None
    fmt = {"money": MONEY_FORMAT, "rate": RATE_FORMAT}.get(kind, COUNT_FORMAT)
    if isinstance(value, Decimal) and kind == "count":
        value = int(value)
    return styled(ws, value, fmt, bold=bold, border=True)


def plain_values(ws: WriteOnlyWorksheet, values: Iterable[object], money_columns: frozenset[int]) -> list[object]:
    """A data row for a big sheet: plain values where possible (fast), styled cells where needed."""
    row: list[object] = []
    for index, value in enumerate(values):
        if isinstance(value, str):
            row.append(safe_text(ws, value) if value else None)
        elif index in money_columns and value is not None:
            row.append(styled(ws, value, MONEY_FORMAT))
        else:
            row.append(value)
    return row


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[int]) -> None:
    """Column widths in characters; a CJK character counts about two."""
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def print_setup(ws: WriteOnlyWorksheet, title_rows: str | None = None) -> None:
    """A4 landscape, fitted to the page width, header rows repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
