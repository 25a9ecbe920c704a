"""Reading a ledger workbook: find the sheet, map the header row, stream the data rows as text-or-value.

Cells arrive as Excel gives them (text, numbers, dates); :func:`cell_text` turns a cell into clean text
(full-width characters to half-width, surrounding spaces removed, whole numbers without ".0").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.domain.errors import InvalidInput, Problem
from app.services.ledger.columns import HEADERS, REQUIRED

DETAIL_SHEET = "案件明细"
NOTES_SHEET = "说明"
HEADER_ROW = 1
MASKED_MESSAGE = "这是已脱敏的月报，个人信息已隐去，只供阅读，不能导入；请导入未脱敏导出的月报或原台账"


@dataclass(frozen=True)
class Layout:
    """Where each known column is, which headers are unknown, which required ones are missing."""

    positions: dict[str, int]
    unknown: list[str]
    missing: list[str]


def header_key(raw: object) -> str:
    """A header as written, normalised: half-width, no spaces, no required-marker star."""
    return unicodedata.normalize("NFKC", str(raw or "")).replace("*", "").replace(" ", "").strip()


def read_layout(header: tuple[Any, ...]) -> Layout:
    known = {header_key(h): h for h in HEADERS}
    positions: dict[str, int] = {}
    unknown: list[str] = []
    for index, raw in enumerate(header):
        key = header_key(raw)
        if not key:
            continue
        if key in known and known[key] not in positions:
            positions[known[key]] = index
        else:
            unknown.append(str(raw).strip())
    missing = [h for h in HEADERS if h in REQUIRED and h not in positions]
    return Layout(positions, unknown, missing)


def cell_text(value: object) -> str:
    """A cell as clean text: "" for empty, whole floats without ".0", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    return unicodedata.normalize("NFKC", str(value)).strip()


class LedgerFile:
    """An open ledger workbook, read-only and streamed, closed when done."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self._wb = load_workbook(self.path, read_only=True, data_only=True)
        except (InvalidFileException, OSError, KeyError, ValueError) as err:
            raise InvalidInput([Problem("文件", f"无法读取台账文件：{err}", self.path.name)]) from None
        if self._is_masked_report():
            self._wb.close()
            raise InvalidInput([Problem("文件", MASKED_MESSAGE, self.path.name)])
        self.sheet = self._wb[DETAIL_SHEET] if DETAIL_SHEET in self._wb.sheetnames else self._wb.worksheets[0]
        header = next(self.sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW, values_only=True), ())
        self.layout = read_layout(tuple(header))

    def _is_masked_report(self) -> bool:
        """A monthly report exported masked: its 说明 sheet says 已脱敏."""
        if NOTES_SHEET not in self._wb.sheetnames:
            return False
        rows = self._wb[NOTES_SHEET].iter_rows(max_row=60, max_col=2, values_only=True)
        return any(isinstance(v, str) and v.startswith("已脱敏") for row in rows for v in row)

    @property
    def row_estimate(self) -> int:
        """The number of data rows the sheet declares (may count trailing empty rows)."""
        return max((self.sheet.max_row or 1) - HEADER_ROW, 0)

    def rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(row number, {column: raw value}) for every non-empty data row."""
        positions = self.layout.positions
        for number, values in enumerate(self.sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True), HEADER_ROW + 1):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            yield number, {name: values[i] if i < len(values) else None for name, i in positions.items()}

    def close(self) -> None:
        self._wb.close()

    def __enter__(self) -> LedgerFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
