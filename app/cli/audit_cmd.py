"""`audit verify`: walk the hash chain of the audit log and name the first entry that does not match."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_DATA, EXIT_OK, database
from app.services.audit import verify_chain


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="check the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check every entry's hash and link; exit 1 when broken")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with database(args) as db:
        report = verify_chain(db)
    if report.intact:
        print(f"审计日志完整：已核对 {report.checked} 条记录")
        return EXIT_OK
    print(f"审计日志已被改动：第一条不符的记录编号 {report.first_bad_id}（{report.reason}）", file=sys.stderr)
    print(f"  已核对 {report.checked} 条记录，此前的记录与哈希链一致", file=sys.stderr)
    return EXIT_DATA
