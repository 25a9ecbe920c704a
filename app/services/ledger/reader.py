"""Reading a ledger workbook: find the sheet, map the header row, stream the data rows as text-or-value.

Workbooks are read by calamine (python-calamine, compiled): Excel ``.xlsx``/``.xlsm``, old Excel and WPS
``.xls``, LibreOffice ``.ods``. Cells arrive as the file holds them (text, numbers as floats, dates, empty
cells as None); :func:`cell_text` turns a cell into clean text (full-width characters to half-width,
surrounding spaces removed, whole numbers without ".0").
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput, Problem
from app.domain.messages import msg
from app.services.ledger.columns import HEADERS, REQUIRED

DETAIL_SHEET = "案件明细"
NOTES_SHEET = "说明"
HEADER_ROW = 1
UNREADABLE_MESSAGE = msg("ledger.unreadable_workbook")
MASKED_MESSAGE = msg("ledger.masked_report")


MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_MEMBER_BYTES = 128 * 1024 * 1024
TOO_BIG_MESSAGE = "台账文件太大（解压后超过 400 MB 或单个部分超过 128 MB），请拆分后分批导入"


def check_size(path: Path) -> None:
    """Refuse, before any parsing, a workbook whose file or unpacked parts are beyond what a ledger
    needs: a small .xlsx can hold one huge cell that would take gigabytes to read."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput([Problem("文件", msg("ledger.too_large"), path.name)])
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as zf:
            sizes = [info.file_size for info in zf.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InvalidInput([Problem("文件", UNREADABLE_MESSAGE, path.name)]) from None
    if sum(sizes) > MAX_UNPACKED_BYTES or max(sizes, default=0) > MAX_MEMBER_BYTES:
        raise InvalidInput([Problem("文件", TOO_BIG_MESSAGE, path.name)])


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _sheet_member(zf: zipfile.ZipFile, wanted: str) -> tuple[str, str] | None:
    """(sheet name, archive member) of the sheet named ``wanted``, else of the first sheet."""
    workbook = ET.fromstring(zf.read("xl/workbook.xml"))
    sheets = [(el.get("name", ""), el.get(f"{_REL}id", "")) for el in workbook.iter(f"{_MAIN}sheet")]
    if not sheets:
        return None
    name, rid = next(((n, r) for n, r in sheets if n == wanted), sheets[0])
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            return name, member
    return None


def _has_formula(zf: zipfile.ZipFile, member: str) -> bool:
    tail = b""
    with zf.open(member) as fh:
        while chunk := fh.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-64:]
    return False


def formula_without_value(path: Path, wanted: str = DETAIL_SHEET) -> str | None:
    """The first cell (``sheet!A1``) of the ledger sheet that holds a formula but no calculated value:
    calamine would read it as empty (a 涉及金额 of 0.00). None when there is none or the file is no .xlsx."""
    if not zipfile.is_zipfile(path):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            if "xl/workbook.xml" not in zf.namelist():
                return None
            found = _sheet_member(zf, wanted)
            if found is None or not _has_formula(zf, found[1]):
                return None
            name, member = found
            with zf.open(member) as fh:
                for _event, el in ET.iterparse(fh):
                    if el.tag != f"{_MAIN}c":
                        continue
                    formula, value = el.find(f"{_MAIN}f"), el.find(f"{_MAIN}v")
                    inline = el.find(f"{_MAIN}is")
                    if formula is not None and inline is None and (value is None or not (value.text or "")):
                        return f"{name}!{el.get('r', '?')}"
                    el.clear()
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, ValueError):
        return None  # calamine will say the workbook cannot be read
    return None


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


def _sheet_rows(sheet: Any) -> Iterator[list[Any]]:
    """Every row of a calamine sheet from row 1 and column A, empty cells as None.

    calamine starts its rows at row 1 but its columns at the first used one: the missing ones are added.
    """
    pad = [None] * sheet.start[1] if sheet.start else []
    for row in sheet.iter_rows():
        yield pad + [None if v == "" else v for v in row]


class LedgerFile:
    """An open ledger workbook, its rows streamed, closed when done."""

    def __init__(self, path: Path | str) -> None:
        from python_calamine import CalamineError, CalamineWorkbook

        self.path = Path(path)
        check_size(self.path)
        if (cell := formula_without_value(self.path)) is not None:
            raise InvalidInput([Problem("文件", msg("ledger.formula_without_value", cell=cell), self.path.name)])
        try:
            self._wb = CalamineWorkbook.from_path(str(self.path))
            names = self._wb.sheet_names
            if not names:
                raise CalamineError("no sheet")
            if NOTES_SHEET in names and self._is_masked_report(self._wb.get_sheet_by_name(NOTES_SHEET)):
                self._wb.close()
                raise InvalidInput([Problem("文件", MASKED_MESSAGE, self.path.name)])
            self.sheet = self._wb.get_sheet_by_name(DETAIL_SHEET if DETAIL_SHEET in names else names[0])
        except (CalamineError, OSError, ValueError):
            raise InvalidInput([Problem("文件", UNREADABLE_MESSAGE, self.path.name)]) from None
        self._rows = _sheet_rows(self.sheet)
        self.layout = read_layout(tuple(next(self._rows, [])))

    @staticmethod
    def _is_masked_report(notes: Any) -> bool:
        """A monthly report exported masked: its 说明 sheet says 已脱敏."""
        for number, row in enumerate(_sheet_rows(notes), 1):
            if number > 60:
                return False
            if any(isinstance(v, str) and v.startswith("已脱敏") for v in row[:2]):
                return True
        return False

    @property
    def row_estimate(self) -> int:
        """The number of data rows the sheet holds (may count trailing empty rows)."""
        return max((self.sheet.total_height or 1) - HEADER_ROW, 0)

    def rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(row number, {column: raw value}) for every non-empty data row."""
        positions = self.layout.positions
        for number, values in enumerate(self._rows, HEADER_ROW + 1):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            yield number, {name: values[i] if i < len(values) else None for name, i in positions.items()}

    def close(self) -> None:
        self._wb.close()

    def __enter__(self) -> LedgerFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
