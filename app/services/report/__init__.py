"""The monthly report: its figures (one definition, shared with the dashboard) and its workbook."""

from app.services.report.figures import Figures, month_figures, monthly_series, range_figures
from app.services.report.groups import GroupRow, group_figures
from app.services.report.summary import MonthSummary, SummaryRow, month_summary
from app.services.report.workbook import SHEET_NAMES, ExportResult, export_monthly_report

__all__ = [
    "SHEET_NAMES",
    "ExportResult",
    "Figures",
    "GroupRow",
    "MonthSummary",
    "SummaryRow",
    "export_monthly_report",
    "group_figures",
    "month_figures",
    "month_summary",
    "monthly_series",
    "range_figures",
]
