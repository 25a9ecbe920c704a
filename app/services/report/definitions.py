"""Labels and definitions of the report's figures, in the official Chinese words (domain.md section 8).

These are data written into the workbook and shown on the Reports page; the 说明 sheet prints the
definitions. English labels are kept alongside for the English interface.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FigureDef:
    """One figure: its key on :class:`~app.services.report.figures.Figures`, labels and definition."""

    key: str
    label: str
    label_en: str
    definition: str
    money: bool = False
    rate: bool = False
    stock: bool = False


FIGURES: tuple[FigureDef, ...] = (
    FigureDef("received", "登记投诉", "Complaints registered", "登记日期在本月的投诉件数"),
    FigureDef("accepted", "受理投诉", "Complaints accepted", "受理日期在本月的投诉件数"),
    FigureDef("rejected", "不予受理", "Not accepted", "不予受理决定日期在本月的投诉件数"),
    FigureDef(
        "closed",
        "办结",
        "Closed",
        "本月办结的件数，按案件历史中的办结记录及其办结日期计；此后重新打开的案件仍计入本月，再次办结时计入再次办结的月份",
    ),
    FigureDef("resolved", "解决", "Resolved", "本月办结且该次办结结果为履行完毕或自行和解的件数（按案件历史计）"),
    FigureDef(
        "resolution_rate",
        "投诉解决率(%)",
        "Resolution rate (%)",
        "解决件数 ÷ 受理件数 × 100，保留两位小数；受理件数为0时留空",
        rate=True,
    ),
    FigureDef(
        "recovered",
        "挽回经济损失(元)",
        "Loss recovered (yuan)",
        "本月解决的案件中，该次办结时记录的消费者实际收到的金额之和",
        money=True,
    ),
    FigureDef(
        "double_count", "加倍赔偿件数", "Cases with punitive compensation", "本月解决且惩罚性赔偿金额大于0的件数"
    ),
    FigureDef(
        "double_amount",
        "加倍赔偿金额(元)",
        "Punitive compensation (yuan)",
        "上述案件实际收到的惩罚性赔偿金额之和",
        money=True,
    ),
    FigureDef(
        "overdue_open",
        "超期未办结",
        "Open and overdue",
        "本月最后一天结束时尚未办结或不予受理、且当时正在计算的期限（受理决定、调解期限、协议履行期限、"
        "终止调解告知期限）已过的件数；中止期间不计",
        stock=True,
    ),
    FigureDef(
        "enquiries",
        "接待来访和咨询",
        "Consultations and visits",
        "本月接待的、未作为投诉登记的来访和咨询件数（咨询登记中日期在本月的条数）",
    ),
)
FIGURE_BY_KEY = {f.key: f for f in FIGURES}

SUMMARY_COLUMNS: tuple[str, ...] = ("本月", "上月", "环比(%)", "本年累计", "去年同月", "同比(%)")
SUMMARY_COLUMNS_EN: tuple[str, ...] = (
    "This month",
    "Last month",
    "MoM (%)",
    "Year to date",
    "Same month last year",
    "YoY (%)",
)

COLUMN_NOTES: tuple[tuple[str, str], ...] = (
    ("环比(%)", "(本月 − 上月) ÷ 上月 × 100；上月为0或无法计算时留空"),
    ("本年累计", "本年1月至本月各月之和；投诉解决率按累计解决 ÷ 累计受理计算；超期未办结为时点数，不累计，留空"),
    ("同比(%)", "(本月 − 去年同月) ÷ 去年同月 × 100；去年同月为0或无法计算时留空"),
    (
        "问题性质、商品服务类别、具体商品服务、购买渠道",
        "件数为本月受理件数；占比为占本月受理总数的百分比；解决与挽回经济损失为本月解决的案件；"
        "去年同期为去年同月（本月尚未结束时为去年同月的同一时段）的受理件数；"
        "比重变化为本月占比减去年同期占比，单位为百分点",
    ),
    (
        "具体商品服务",
        "各商品大类下的具体商品、各服务大类下的具体服务，口径同上；案件只填了大类、未选具体商品或服务的，"
        "计入该大类的“（未细分）”行；各大类小计等于“商品服务类别”表中该大类的数字",
    ),
    ("经营者", "本月受理投诉2件及以上，或本月因经营者拒绝调解而终止调解的经营者；在办为本月末尚未办结的件数"),
    (
        "案件明细",
        "本月登记、受理、不予受理或办结的每一件案件，列与台账格式一致；不予受理案件的办结日期为决定日期。"
        "每件案件按统计截至日结束时的情况列出：状态、受理、不予受理、办结日期、办结结果和金额取自当时的案件历史，"
        "此后修改的内容、指派的调解员按修改前列出，因此此后重新打开、再次办结或更正的案件，重新导出本月时仍为同一行",
    ),
)

RESOLVED_NOTE = "解决：以“履行完毕”或“自行和解”办结的案件。日期均按北京时间计。"
