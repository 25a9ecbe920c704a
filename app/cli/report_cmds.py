"""`export --month YYYY-MM --out FILE.xlsx [--unmasked]`, `import LEDGER.xlsx [--dry-run] [--skip-existing]`
and `entrusted --out FILE.xlsx [--office NAME] [--from D] [--to D] [--case NO]` (results for the SAMR office)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, Progress, UserError, database
from app.domain.dates import parse_optional_date
from app.domain.errors import InvalidValue
from app.services.context import Actor
from app.services.ledger import ImportReport, import_ledger
from app.services.ledger.entrusted_results import export_entrusted_results
from app.services.report import export_monthly_report
from app.services.report.months import month_text, parse_month


def _month(text: str) -> date:
    try:
        return parse_month(text)
    except InvalidValue as err:
        raise argparse.ArgumentTypeError(err.message) from None


def register(sub: Any) -> None:
    export = sub.add_parser("export", help="write the monthly report workbook")
    export.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--unmasked", action="store_true", help="personal data in full (supervisor; audited)")
    export.add_argument(
        "--for-regulator",
        action="store_true",
        help="merchants' shop name, USCC and WeChat ID in full on the 经营者 sheet, consumers masked (audited)",
    )
    export.set_defaults(handler=run_export)
    ledger = sub.add_parser("import", help="import a ledger workbook (all or nothing)")
    ledger.add_argument("ledger", type=Path, metavar="LEDGER.xlsx")
    ledger.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    ledger.add_argument("--skip-existing", action="store_true", help="skip case numbers already in the database")
    ledger.set_defaults(handler=run_import)
    results = sub.add_parser("entrusted", help="results of entrusted cases for the SAMR office (Order 20 Art. 17)")
    results.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    results.add_argument("--office", default="", help="only the cases of this office")
    results.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD", help="received on or after")
    results.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD", help="received on or before")
    results.add_argument("--case", dest="case_no", help="the result sheet of one case")
    results.set_defaults(handler=run_entrusted)


def _day(text: str) -> date:
    try:
        found = parse_optional_date(text)
    except InvalidValue as err:
        raise argparse.ArgumentTypeError(err.message) from None
    if found is None:
        raise argparse.ArgumentTypeError("请填写日期")
    return found


def _xlsx_target(out: Path) -> Path:
    """The workbook a command writes: an .xlsx name in a folder that exists, or one clear line."""
    if out.suffix.lower() != ".xlsx":
        raise UserError("cli.out_xlsx", path=out)
    if not out.parent.exists():
        raise UserError("cli.folder_missing", path=out.parent)
    return out


def run_entrusted(args: argparse.Namespace) -> int:
    out = _xlsx_target(args.out)
    with database(args) as db:
        count = export_entrusted_results(db, Actor.cli(), out, args.office, args.first, args.last, args.case_no)
    print(f"已导出受委托调解结果 {count} 件：{out}")
    return EXIT_OK


def _reporter(label: str) -> tuple[Progress, Callable[[int, int], None]]:
    """Progress on stderr and the (done, total) callback the services call."""
    progress = Progress(label, 1)

    def update(done: int, total: int) -> None:
        progress.total = max(total, 1)
        progress.update(done)

    return progress, update


def run_export(args: argparse.Namespace) -> int:
    out = _xlsx_target(args.out)
    with database(args) as db:
        progress, update = _reporter("导出月报")
        result = export_monthly_report(
            db, Actor.cli(), args.month, out, args.unmasked, update, for_regulator=args.for_regulator
        )
        progress.finish()
    kind = "未脱敏" if not result.masked else "已脱敏"
    print(f"已导出 {month_text(result.month)} 月报（{kind}，明细 {result.detail_rows} 件）：{result.path}")
    for line in result.since.lines():
        print(line)
    return EXIT_OK


def _summary(report: ImportReport) -> str:
    if report.dry_run:
        text = f"检查通过：{report.rows} 行，可导入 {report.imported} 件"
    else:
        text = f"已导入 {report.imported} 件（共 {report.rows} 行）"
    if report.skipped:
        text += f"，跳过已有案件 {len(report.skipped)} 件"
    return text


def run_import(args: argparse.Namespace) -> int:
    if not args.ledger.is_file():
        raise UserError("cli.ledger_missing", path=args.ledger)
    with database(args) as db:
        progress, update = _reporter("检查台账" if args.dry_run else "导入台账")
        report = import_ledger(db, Actor.cli(), args.ledger, args.dry_run, args.skip_existing, update)
        progress.finish()
    print(_summary(report))
    if report.unknown_columns:
        print(f"未识别的列（已忽略）：{'、'.join(report.unknown_columns)}", file=sys.stderr)
    if report.unknown_mediators:
        print(f"以下调解员不是本系统用户，相关案件未指派调解员：{'、'.join(report.unknown_mediators)}", file=sys.stderr)
    return EXIT_OK
