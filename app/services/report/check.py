"""Writing a monthly export and reading it back, for ``selftest``: the workbook opens, has the eight
sheets, and its 汇总 figures are the figures the application computes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from app.domain.dates import today_local
from app.services.context import Actor
from app.services.report.definitions import FIGURES
from app.services.report.figures import month_figures
from app.services.report.months import month_text
from app.services.report.sheets import SUMMARY_HEADER_ROW
from app.services.report.workbook import SHEET_NAMES, export_monthly_report
from app.store.database import Database


def check_monthly_export(db: Database, actor: Actor, folder: Path, month: date | None = None) -> str:
    """Export the month (this month by default) into ``folder`` and check it; RuntimeError if wrong."""
    as_of = today_local()
    month = month or as_of
    result = export_monthly_report(db, actor, month, folder / f"selftest-{month:%Y-%m}.xlsx", as_of=as_of)
    wb = load_workbook(result.path, read_only=True)
    try:
        if tuple(wb.sheetnames) != SHEET_NAMES:
            raise RuntimeError(f"月报工作表不对：{wb.sheetnames}")
        first = SUMMARY_HEADER_ROW + 1
        written = {
            row[0]: row[1]
            for row in wb["汇总"].iter_rows(
                min_row=first, max_row=first + len(FIGURES) - 1, max_col=2, values_only=True
            )
        }
        detail_rows = sum(1 for _ in wb["案件明细"].iter_rows(min_row=2, max_col=1, values_only=True))
    finally:
        wb.close()
    figures = month_figures(db, month, as_of=as_of)
    for figure in FIGURES:
        expected, found = figures.value(figure.key), written.get(figure.label)
        if expected is not None and (found is None or Decimal(str(found)) != expected):
            raise RuntimeError(f"月报“{figure.label}”为 {found}，应为 {expected}")
    if detail_rows != result.detail_rows:
        raise RuntimeError(f"案件明细有 {detail_rows} 行，应为 {result.detail_rows} 行")
    return f"{month_text(result.month)}，受理 {figures.accepted} 件，明细 {detail_rows} 件：{result.path.name}"
