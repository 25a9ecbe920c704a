"""The command line of interfaces.md: the GUI by default, subcommands for scripted work.

Exit status: 0 done; 1 the input or the data is wrong (one-line reason on stderr, then details);
2 wrong usage. A user mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import OperationalError

from app.cli import (
    audit_cmd,
    backup_cmds,
    cases,
    demo,
    evidence_cmd,
    office_cmd,
    report_cmds,
    selftest,
    users,
)
from app.cli.common import EXIT_DATA, EXIT_OK, UserError, print_problems
from app.domain.errors import DomainError
from app.store.migrate import DatabaseTooNew

COMMAND_MODULES = [demo, cases, users, office_cmd, audit_cmd, backup_cmds, report_cmds, evidence_cmd, selftest]

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="维权台 Weiquan Desk")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL; default $WEIQUAN_DB or the user data folder")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the GUI")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def use_utf8_output() -> None:
    """Write UTF-8 even where the console's code page is not (``case show --json > file`` on Windows)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from app.cli.gui import start_gui

            return start_gui(args)
        return handler(args)
    except DomainError as err:
        print_problems(err)
        return EXIT_DATA
    except (UserError, DatabaseTooNew) as err:
        print(str(err), file=sys.stderr)
        return EXIT_DATA
    except OperationalError as err:
        print(f"无法使用数据库：{str(err.orig).strip().splitlines()[0]}", file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130


__all__ = ["EXIT_OK", "build_parser", "main"]
