"""Reading a year's holiday arrangement from a CSV or Excel file, with a clear problem for each bad row.

The first row holds the headers 日期, 类型 and (optionally) 名称; English ``date``, ``kind``, ``name``
work too. 类型 is 放假 (a statutory holiday) or 上班 (a make-up working day); a few usual spellings
are accepted. Dates are Excel dates or text such as 2027-02-06. CSV files may be UTF-8 or GBK.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.dates import parse_date
from app.domain.errors import InvalidInput, InvalidValue, Problem
from app.domain.messages import msg

HEADERS = {
    "日期": "day",
    "date": "day",
    "类型": "kind",
    "kind": "kind",
    "type": "kind",
    "名称": "name",
    "name": "name",
    "节日": "name",
}
HOLIDAY_WORDS = {"放假", "休息", "假日", "节假日", "holiday", "off"}
WORKDAY_WORDS = {"上班", "补班", "调休上班", "工作日", "workday", "work"}
MAX_NAME = 40


@dataclass(frozen=True)
class HolidayRow:
    """One day of the file: a holiday (is_workday False) or a make-up working day."""

    day: date
    is_workday: bool
    name: str


def _read_rows(path: Path) -> list[list[object]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    if path.suffix.lower() != ".csv":
        raise InvalidInput([Problem("文件", msg("file.csv_or_xlsx"), path.name)])
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return [list(r) for r in csv.reader(io.StringIO(raw.decode(encoding)))]
        except UnicodeDecodeError:
            continue
    raise InvalidInput([Problem("文件", msg("file.encoding"), path.name)])


def _columns(header: list[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = HEADERS.get(str(cell or "").strip().lower())
        if key and key not in found:
            found[key] = index
    missing = [label for label, key in (("日期", "day"), ("类型", "kind")) if key not in found]
    if missing:
        raise InvalidInput([Problem("表头", msg("file.missing_columns", columns=missing), None, 1)])
    return found


def _cell(row: list[object], index: int | None) -> object:
    return row[index] if index is not None and index < len(row) else None


def _parse_row(
    row: list[object], cols: dict[str, int], line: int, year: int, problems: list[Problem]
) -> HolidayRow | None:
    raw_day, raw_kind = _cell(row, cols["day"]), str(_cell(row, cols["kind"]) or "").strip()
    name = str(_cell(row, cols.get("name")) or "").strip()
    count = len(problems)
    try:
        day = parse_date(raw_day)
        if day.year != year:
            problems.append(Problem("日期", msg("holiday.wrong_year", year=year), str(raw_day), line))
    except InvalidValue as err:
        problems.append(Problem("日期", err.msg, None if raw_day is None else str(raw_day), line))
    if raw_kind.lower() not in HOLIDAY_WORDS | WORKDAY_WORDS:
        problems.append(Problem("类型", msg("holiday.kind"), raw_kind or None, line))
    if len(name) > MAX_NAME:
        problems.append(Problem("名称", msg("value.max_chars", limit=MAX_NAME), name, line))
    if len(problems) > count:
        return None
    return HolidayRow(day, raw_kind.lower() in WORKDAY_WORDS, name)


def read_holiday_file(path: Path, year: int) -> list[HolidayRow]:
    """Every day the file lists for ``year``; InvalidInput naming each bad row (row, column, value, why)."""
    rows = [(line, r) for line, r in enumerate(_read_rows(path), start=1) if any(str(c or "").strip() for c in r)]
    if not rows:
        raise InvalidInput([Problem("文件", msg("file.empty"), path.name)])
    cols = _columns(rows[0][1])
    problems: list[Problem] = []
    days: dict[date, HolidayRow] = {}
    for line, row in rows[1:]:
        parsed = _parse_row(row, cols, line, year, problems)
        if parsed is None:
            continue
        if parsed.day in days:
            problems.append(Problem("日期", msg("holiday.duplicate"), parsed.day.isoformat(), line))
        days[parsed.day] = parsed
    if problems:
        raise InvalidInput(problems)
    if not days:
        raise InvalidInput([Problem("文件", msg("holiday.no_dates", year=year), path.name)])
    return sorted(days.values(), key=lambda r: r.day)
