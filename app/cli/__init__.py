"""The command line of interfaces.md: the GUI by default, subcommands for scripted work.

Exit status: 0 done; 1 the input or the data is wrong (one-line reason on stderr, then details);
2 wrong usage. A user mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

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
from app.services import logbook
from app.services.setup import default_data_dir
from app.services.version import app_version
from app.store.migrate import DatabaseTooNew

COMMAND_MODULES = [demo, cases, users, office_cmd, audit_cmd, backup_cmds, report_cmds, evidence_cmd, selftest]

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="维权台 Weiquan Desk")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL; default $WEIQUAN_DB or the user data folder")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the GUI")
    parser.add_argument("--version", action="version", version=f"维权台 Weiquan Desk {app_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _command_names() -> frozenset[str]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return frozenset(sub.choices)


def use_utf8_output() -> None:
    """Write UTF-8 even where the console's code page is not (``case show --json > file`` on Windows)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def ensure_streams() -> None:
    """Give Python somewhere to write when it has no console: the windowed weiquan.exe (started from a
    shortcut or a scheduled task) has ``sys.stdout`` and ``sys.stderr`` None. Messages then go to the log."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = logbook.LogStream()


def run(argv: Sequence[str] | None = None) -> int:
    """The entry point of both executables (weiquan.exe and weiquan-cli.exe) and of ``main.py``: start the
    log, then run the command or the GUI. An error nobody foresaw is one plain line, with its details
    (no personal data) in the log."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args if not a.startswith("-") and a in COMMAND_NAMES), "gui")
    logbook.start(logbook.log_folder(default_data_dir()), command)
    ensure_streams()
    try:
        return main(args)
    except Exception as err:
        logbook.log_unexpected(err)
        where = logbook.current_log_file()
        print(
            f"维权台遇到意外错误（{type(err).__name__}），操作未完成"
            + (f"；详细信息已记入日志 {where}" if where else ""),
            file=sys.stderr,
        )
        return EXIT_DATA


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
    except DatabaseError as err:
        print(f"无法使用数据库：{_first_line(err.orig)}", file=sys.stderr)
        return EXIT_DATA
    except (ArgumentError, NoSuchModuleError) as err:
        print(f"数据库地址无效（应为 sqlite:///文件 或 postgresql+psycopg://…）：{_first_line(err)}", file=sys.stderr)
        return EXIT_DATA
    except sqlite3.DatabaseError as err:
        print(f"无法使用数据库：{_first_line(err)}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        _quiet_stdout()  # `case list | head`: the reader has what it wanted
        return EXIT_OK
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130


def _first_line(err: object) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at nothing so Python's own flush at exit says nothing either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())


COMMAND_NAMES = _command_names()

__all__ = ["EXIT_OK", "build_parser", "main", "run"]
