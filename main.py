"""Weiquan Desk (维权台): start the GUI, or run a command (``python main.py --help``)."""

import sys

from app.cli import run

if __name__ == "__main__":
    sys.exit(run())
