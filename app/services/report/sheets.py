"""The eight sheets of the monthly report, each written row by row into a write-only workbook."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.domain import codes
from app.domain.masking import mask_wechat_id
from app.services.ledger.columns import (
    HEADERS,
    MONEY_COLUMNS,
    WIDTHS,
    LedgerCase,
    ledger_row,
    masked_merchant_name,
)
from app.services.report.cells import (
    TITLE_FONT,
    WRAP,
    header_row,
    plain_values,
    print_setup,
    set_widths,
    styled,
    value_cell,
)
from app.services.report.definitions import FIGURE_BY_KEY, SUMMARY_COLUMNS
from app.services.report.groups import ROW, GroupRow, MerchantRow
from app.services.report.summary import MonthSummary

SUMMARY_HEADER_ROW = 3
TREND_TITLE_GAP = 2
GROUP_COLUMNS = ("项目", "件数", "占比(%)", "解决", "挽回经济损失(元)", "去年同期", "比重变化(百分点)")
MERCHANT_COLUMNS = ("经营者名称", "经营者类型", "经营者微信号", "本月受理投诉", "在办", "本月拒绝调解", "黑名单")
REGULATOR_COLUMNS = (
    "经营者名称",
    "经营者类型",
    "店铺或小程序",
    "统一社会信用代码",
    "经营者微信号",
    "本月受理投诉",
    "在办",
    "本月拒绝调解",
    "黑名单",
)
"""The 经营者 sheet for the regulator: the merchants' business identities in full (no consumer data)."""
Progress = Callable[[int], None]


def _kind(key: str) -> str:
    figure = FIGURE_BY_KEY[key]
    return "money" if figure.money else "rate" if figure.rate else "count"


def write_summary(
    ws: WriteOnlyWorksheet, summary: MonthSummary, title: str, nature_sheet: WriteOnlyWorksheet, nature_count: int
) -> None:
    """汇总: title, the figures table, the 12-month trend table, and two charts."""
    set_widths(ws, (22, 14, 14, 12, 14, 14, 12))
    ws.freeze_panes = f"B{SUMMARY_HEADER_ROW + 1}"
    print_setup(ws, f"{SUMMARY_HEADER_ROW}:{SUMMARY_HEADER_ROW}")
    title_cell = styled(ws, title)
    title_cell.font = TITLE_FONT
    ws.append([title_cell])
    ws.append([styled(ws, "各项统计口径见“说明”表；无法计算的比率留空。")])
    ws.append(header_row(ws, ("项目", *SUMMARY_COLUMNS)))
    for row in summary.rows():
        kinds = [_kind(row.key), _kind(row.key), "rate", _kind(row.key), _kind(row.key), "rate"]
        ws.append(
            [
                styled(ws, row.label, border=True),
                *(
                    value_cell(ws, v, k) if v is not None else styled(ws, None, border=True)
                    for v, k in zip(row.values, kinds, strict=True)
                ),
            ]
        )
    for _ in range(TREND_TITLE_GAP):
        ws.append([])
    trend_title = SUMMARY_HEADER_ROW + len(summary.rows()) + TREND_TITLE_GAP + 1
    ws.append([styled(ws, "近12个月受理与解决", bold=True)])
    ws.append(header_row(ws, ("月份", "受理投诉", "解决")))
    for figures in summary.trend:
        ws.append(
            [
                styled(ws, f"{figures.first:%Y-%m}", border=True),
                value_cell(ws, figures.accepted),
                value_cell(ws, figures.resolved),
            ]
        )
    _add_charts(ws, trend_title + 1, len(summary.trend), nature_sheet, nature_count)


def _add_charts(
    ws: WriteOnlyWorksheet, first_row: int, months: int, nature_sheet: WriteOnlyWorksheet, natures: int
) -> None:
    bar = BarChart()
    bar.type = "bar"
    bar.title = "本月受理投诉（按问题性质）"
    bar.legend = None
    bar.add_data(Reference(nature_sheet, min_col=2, min_row=1, max_row=natures + 1), titles_from_data=True)
    bar.set_categories(Reference(nature_sheet, min_col=1, min_row=2, max_row=natures + 1))
    bar.width, bar.height = 16, 9
    ws.add_chart(bar, "I1")
    line = LineChart()
    line.title = "近12个月受理与解决"
    line.add_data(
        Reference(ws, min_col=2, max_col=3, min_row=first_row, max_row=first_row + months), titles_from_data=True
    )
    line.set_categories(Reference(ws, min_col=1, min_row=first_row + 1, max_row=first_row + months))
    for series in line.series:
        series.smooth = False
    line.width, line.height = 16, 8
    ws.add_chart(line, "I20")


def write_groups(ws: WriteOnlyWorksheet, rows: Sequence[GroupRow]) -> None:
    """问题性质 / 商品服务类别 / 购买渠道: one line per group, subtotals and the total in bold."""
    set_widths(ws, (26, 10, 10, 10, 18, 10, 16))
    ws.freeze_panes = "B2"
    print_setup(ws, "1:1")
    ws.append(header_row(ws, GROUP_COLUMNS))
    for row in rows:
        bold = row.kind != ROW
        ws.append(
            [
                styled(ws, row.label, bold=bold, border=True),
                value_cell(ws, row.accepted, bold=bold),
                value_cell(ws, row.share, "rate", bold=bold),
                value_cell(ws, row.resolved, bold=bold),
                value_cell(ws, row.recovered, "money", bold=bold),
                value_cell(ws, row.last_year, bold=bold),
                value_cell(ws, row.share_change, "rate", bold=bold),
            ]
        )


def write_merchants(ws: WriteOnlyWorksheet, rows: Iterable[MerchantRow], masked: bool, regulator: bool = False) -> None:
    """经营者: merchants with 2+ complaints accepted in the month or a refusal to mediate in it; for the
    regulator with shop name, USCC and WeChat ID in full, so that the sheet supports a referral."""
    set_widths(ws, (28, 14, 20, 22, 18, 14, 8, 14, 8) if regulator else (28, 14, 18, 14, 8, 14, 8))
    ws.freeze_panes = "B2"
    print_setup(ws, "1:1")
    ws.append(header_row(ws, REGULATOR_COLUMNS if regulator else MERCHANT_COLUMNS))
    for m in rows:
        hide = masked and not regulator
        wechat = mask_wechat_id(m.wechat_id) if hide else m.wechat_id
        name = masked_merchant_name(m.name, m.kind) if hide else m.name
        identity = [styled(ws, m.shop_name, border=True), styled(ws, m.uscc, border=True)] if regulator else []
        ws.append(
            [
                styled(ws, name, border=True),
                styled(ws, codes.label(codes.MERCHANT_KINDS, m.kind), border=True),
                *identity,
                styled(ws, wechat, border=True),
                value_cell(ws, m.complaints),
                value_cell(ws, m.open),
                value_cell(ws, m.refusals),
                styled(ws, "是" if m.blacklisted else "否", border=True),
            ]
        )


def write_detail(ws: WriteOnlyWorksheet, cases: Iterable[LedgerCase], masked: bool, progress: Progress) -> int:
    """案件明细: the ledger header in row 1, one case per row, nothing else. Returns the number of rows."""
    set_widths(ws, [WIDTHS.get(h, 12) for h in HEADERS])
    ws.freeze_panes = "B2"
    print_setup(ws, "1:1")
    ws.append(header_row(ws, HEADERS))
    money = frozenset(i for i, h in enumerate(HEADERS) if h in MONEY_COLUMNS)
    count = 0
    for case in cases:
        ws.append(plain_values(ws, ledger_row(case, masked), money))
        count += 1
        if count % 500 == 0:
            progress(count)
    return count


def write_notes(ws: WriteOnlyWorksheet, lines: Sequence[tuple[str, str]]) -> None:
    """说明: every definition, then the provenance of the file."""
    set_widths(ws, (24, 90))
    print_setup(ws, "1:1")
    ws.append(header_row(ws, ("项目", "说明")))
    for item, text in lines:
        cell = styled(ws, text)
        cell.alignment = WRAP
        ws.append([styled(ws, item, bold=True), cell])
