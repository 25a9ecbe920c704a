"""Starting the GUI from the command line."""

from __future__ import annotations

import argparse


def start_gui(args: argparse.Namespace) -> int:
    from app.views.application import run_application

    return run_application(db_url=args.db, lang=args.lang)
