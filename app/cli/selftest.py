"""`selftest [--screenshots DIR]`: start the application offscreen on a temporary database, take a case
from registration to closed, open the main window and, if asked, save a PNG of every main screen."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_DATA, EXIT_OK


def register(sub: Any) -> None:
    parser = sub.add_parser("selftest", help="check the installation offscreen on a temporary database")
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        default=None,
        help="save a PNG of each main screen in Chinese and English into DIR",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.devtools.selftest import run_selftest

    ok = run_selftest(args.screenshots, sys.stdout)
    print("自检通过 / self-test passed" if ok else "自检失败 / self-test FAILED", file=sys.stdout if ok else sys.stderr)
    return EXIT_OK if ok else EXIT_DATA
