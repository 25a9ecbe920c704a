"""`selftest [--screenshots DIR] [--screen WxH]`: start the application offscreen on a temporary database, take a case
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
    parser.add_argument(
        "--screen",
        metavar="WxH",
        type=_screen_size,
        default=(1920, 1080),
        help="size windows as on a screen of this size with a taskbar, e.g. 1366x768 (default 1920x1080)",
    )
    parser.set_defaults(handler=run)


def _screen_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 640 or int(height) < 480:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT of at least 640x480, e.g. 1366x768, not {text!r}")
    return int(width), int(height)


def run(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.devtools.selftest import run_selftest

    ok = run_selftest(args.screenshots, sys.stdout, args.screen)
    print("自检通过 / self-test passed" if ok else "自检失败 / self-test FAILED", file=sys.stdout if ok else sys.stderr)
    return EXIT_OK if ok else EXIT_DATA
