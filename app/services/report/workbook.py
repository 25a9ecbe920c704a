"""Writing the monthly report workbook (统计月报, domain.md section 8) for a month.

All figures are read in one read transaction, so every sheet shows the same moment of the data.
The file is written to a temporary name beside the target and renamed when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from app.domain.dates import now_local, today_local
from app.domain.permissions import Permission
from app.domain.rules import rule_set_for
from app.services import audit
from app.services.admin.office import OfficeInfo, read_office
from app.services.audit_anchors import NOTES_ITEM, chain_head
from app.services.context import Actor
from app.services.files import live_database_files, safe_write
from app.services.ledger.export import count_ledger_cases, iter_ledger_cases
from app.services.reference import load_rule_sets
from app.services.report import sheets
from app.services.report.definitions import COLUMN_NOTES, FIGURES, RESOLVED_NOTE
from app.services.report.detail_rows import as_it_stood
from app.services.report.figures import reported_until
from app.services.report.groups import ROW, compared_rows, merchant_rows
from app.services.report.months import month_end, month_start, month_text
from app.services.report.snapshots import SinceLastExport, figures_of, keep_snapshot, since_last_export
from app.services.report.summary import summary_in_session
from app.services.version import app_version
from app.store.database import Database

SHEET_NAMES = ("汇总", "问题性质", "商品服务类别", "具体商品服务", "购买渠道", "经营者", "案件明细", "说明")
MASKING_NOTE = (
    "已脱敏：消费者姓名和未登记个人经营者的名称保留首字；消费者和经营者电话保留前3位和后4位；"
    "身份证号保留前6位和后4位；经营者微信号保留前2位和后2位。"
)
UNMASKED_NOTE = "未脱敏：本文件含完整个人信息，仅限有权限的人员使用，导出已记入审计日志。"
REGULATOR_NOTE = (
    "报送监管部门版：“经营者”表列出经营者的名称、店铺或小程序、统一社会信用代码和微信号全文，"
    "以便移送查处；消费者的个人信息仍按上述规则脱敏。导出已记入审计日志。"
)
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, the month and how many cases the detail sheet holds."""

    path: Path
    month: date
    detail_rows: int
    masked: bool
    since: SinceLastExport = field(default_factory=lambda: SinceLastExport(None))
    """What changed since the month's last export."""


def _rule_set_text(session: Session, month: date) -> str:
    rules = load_rule_sets(session)
    in_force = dict.fromkeys(rule_set_for(d, rules).code for d in (month_start(month), month_end(month)))
    return "、".join(in_force)


def _notes(
    session: Session,
    db: Database,
    actor: Actor,
    month: date,
    masked: bool,
    rule_sets: str,
    last: date,
    regulator: bool = False,
) -> list[tuple[str, str]]:
    lines = [(f.label, f.definition) for f in FIGURES]
    lines += [("解决", RESOLVED_NOTE), *COLUMN_NOTES]
    lines += [
        ("统计月份", month_text(month)),
        (
            "统计截至",
            f"{last:%Y-%m-%d}" + ("" if last >= month_end(month) else "（本月尚未结束，上月、去年同月为整月）"),
        ),
        ("生成时间", now_local().strftime("%Y-%m-%d %H:%M:%S（北京时间）")),
        ("生成人", f"{actor.name}（{actor.login}）"),
        ("程序版本", f"维权台 {app_version()}"),
        ("数据库", db.describe()),
        ("适用规则", rule_sets),
        ("个人信息", MASKING_NOTE if masked else UNMASKED_NOTE),
        (NOTES_ITEM, chain_head(session).text()),
    ]
    if regulator:
        lines.append(("报送监管部门", REGULATOR_NOTE))
    return lines


def report_title(office: OfficeInfo, month: date, as_of: date, rule_sets: str) -> str:
    """The title row of 汇总: the association, the month (up to which day, while it runs), the office it
    is sent to and the rules."""
    until = "" if as_of >= month_end(month) else f"（截至{as_of.month}月{as_of.day}日，本月尚未结束）"
    sent_to = f"报送：{office.samr_office}；" if office.samr_office else ""
    return f"{office.name} {month_text(month)}{until} 消费者投诉统计月报（{sent_to}适用规则：{rule_sets}）"


@dataclass(frozen=True)
class _Written:
    rows: int
    figures: dict[str, str]
    since: SinceLastExport


def _write(
    session: Session,
    db: Database,
    actor: Actor,
    month: date,
    target: Path,
    masked: bool,
    progress: ProgressFn,
    as_of: date,
    regulator: bool = False,
) -> _Written:
    first, last = month_start(month), reported_until(month, as_of)
    total = count_ledger_cases(session, first, last)
    progress(0, total)
    wb = Workbook(write_only=True)
    summary_ws, nature_ws, category_ws, sub_category_ws, channel_ws, merchant_ws, detail_ws, notes_ws = (
        wb.create_sheet(name) for name in SHEET_NAMES
    )
    summary = summary_in_session(session, month, as_of)
    groups = {
        "问题性质": compared_rows(session, "nature", first, last),
        "商品服务类别": compared_rows(session, "category", first, last),
        "具体商品服务": compared_rows(session, "sub_category", first, last),
        "购买渠道": compared_rows(session, "channel", first, last),
    }
    merchants = merchant_rows(session, first, last)
    figures = figures_of(summary, groups, merchants)
    since = since_last_export(session, first, figures)
    rule_sets = _rule_set_text(session, month)
    title = report_title(read_office(session), first, last, rule_sets)
    natures = groups["问题性质"]
    sheets.write_summary(summary_ws, summary, title, nature_ws, sum(1 for r in natures if r.kind == ROW))
    sheets.write_groups(nature_ws, natures)
    sheets.write_groups(category_ws, groups["商品服务类别"])
    sheets.write_groups(sub_category_ws, groups["具体商品服务"])
    sheets.write_groups(channel_ws, groups["购买渠道"])
    sheets.write_merchants(merchant_ws, merchants, masked, regulator)
    rows = sheets.write_detail(
        detail_ws,
        as_it_stood(session, iter_ledger_cases(session, first, last), last),
        masked,
        lambda done: progress(done, total),
    )
    notes = _notes(session, db, actor, month, masked, rule_sets, last, regulator)
    notes += [("与上次导出相比", "\n".join(since.lines()))]
    sheets.write_notes(notes_ws, notes)
    wb.save(target)
    progress(total, total)
    return _Written(rows, figures, since)


def export_monthly_report(
    db: Database,
    actor: Actor,
    month: date,
    path: Path | str,
    unmasked: bool = False,
    progress: ProgressFn | None = None,
    as_of: date | None = None,
    for_regulator: bool = False,
) -> ExportResult:
    """Write the workbook of the month containing ``month`` to ``path``.

    Needs the permission to export reports; an unmasked export needs a supervisor's permission, says so
    in 说明, and leaves an audit entry (every export does). ``for_regulator`` (a supervisor's) writes the
    经营者 sheet with the merchants' business identities in full, the consumers' data still masked. A
    month still running on ``as_of`` (today when not given) is reported up to that day, and its title
    says so.
    """
    as_of = as_of or today_local()
    if for_regulator:
        actor.require(Permission.EXPORT_UNMASKED)
    actor.require(Permission.EXPORT_REPORT)
    if unmasked:
        actor.require(Permission.EXPORT_UNMASKED)
    target = Path(path)
    with safe_write(target, protect=live_database_files(db.url)) as partial, db.read() as session:
        written = _write(
            session, db, actor, month, partial, not unmasked, progress or (lambda _d, _t: None), as_of, for_regulator
        )
    rows = written.rows
    with db.transaction() as session:
        keep_snapshot(session, actor, month_start(month), reported_until(month, as_of), written.figures)
        audit.record(
            session,
            actor,
            "export_report",
            "report",
            f"{month:%Y-%m}",
            after={"file": target.name, "masked": not unmasked, "detail_rows": rows, "for_regulator": for_regulator},
        )
    return ExportResult(target, month_start(month), rows, not unmasked, written.since)
