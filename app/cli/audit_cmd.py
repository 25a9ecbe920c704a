"""`audit verify [--anchor FILE|BACKUP.zip|REPORT.xlsx ...]`: walk the hash chain of the audit log, name
the first entry that does not match, and check that the chain extends every anchor given and this PC's
own anchors (so cutting entries off the end, deleting every entry or recomputing the hashes is found)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_DATA, EXIT_OK, database
from app.domain.messages import msg
from app.services.audit_anchors import read_anchors, verify_audit


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="check the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify", help="check every entry's hash and link, and that the chain extends each anchor; exit 1 when not"
    )
    verify.add_argument(
        "--anchor",
        action="extend",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE|BACKUP.zip|REPORT.xlsx",
        help="an anchor file, a backup or a monthly report whose chain head the log must extend (repeatable);"
        " this PC's own anchor file is always checked",
    )
    verify.add_argument("--no-local-anchor", action="store_true", help="do not check this PC's own anchor file")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    anchors = [anchor for path in args.anchor for anchor in read_anchors(path)]
    with database(args) as db:
        verdict = verify_audit(db, anchors, local=not args.no_local_anchor)
    report = verdict.chain
    if not report.intact:
        print(f"审计日志已被改动：第一条不符的记录编号 {report.first_bad_id}（{report.reason}）", file=sys.stderr)
        print(f"  已核对 {report.checked} 条记录，此前的记录与哈希链一致", file=sys.stderr)
        return EXIT_DATA
    if failed := verdict.failed_anchors:
        for n, check in enumerate(failed):
            line = msg("audit.anchor_failed", source=check.anchor.source, reason=check.problem).text()
            print(line if n == 0 else f"  {line}", file=sys.stderr)
        return EXIT_DATA
    if verdict.cases_without_log:
        print(msg("audit.empty_with_cases", count=verdict.cases_without_log).text(), file=sys.stderr)
        return EXIT_DATA
    checked = [c for c in verdict.checks if not c.superseded]
    superseded = len(verdict.checks) - len(checked)
    line = f"审计日志完整：已核对 {report.checked} 条记录"
    if verdict.checks:
        line += f"，与 {len(checked)} 个锚点一致"
    if superseded:
        line += f"（另有 {superseded} 个锚点早于最近一次恢复，未核对）"
    print(line)
    return EXIT_OK
