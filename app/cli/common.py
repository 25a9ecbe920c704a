"""Helpers shared by the command-line commands: opening the database, messages, progress."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from app.domain.errors import DomainError, InvalidInput
from app.domain.messages import msg
from app.services.setup import open_database
from app.store.database import Database

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2


class UserError(DomainError):
    """A mistake of the person at the keyboard: one line goes to stderr, exit status 1."""


@contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    """The database named by --db, $WEIQUAN_DB or the default, migrated and seeded; closed afterwards."""
    db = open_database(getattr(args, "db", None))
    try:
        yield db
    finally:
        db.dispose()


def print_problems(err: DomainError, stream: TextIO | None = None) -> None:
    """The one-line reason, then one line per problem."""
    out = stream or sys.stderr
    if isinstance(err, InvalidInput):
        print(msg("cli.input_invalid", count=len(err.problems)).text(), file=out)
        for problem in err.problems:
            value = msg("problem.value", value=problem.value).text() if problem.value else ""
            print(f"  {problem}{value}", file=out)
    else:
        print(err.message, file=out)


class Progress:
    """Progress on stderr, only when stderr is a terminal."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total = label, max(total, 1)
        self.enabled = sys.stderr.isatty()
        self._last = -1

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        percent = done * 100 // self.total
        if percent != self._last:
            self._last = percent
            print(f"\r{self.label} {percent:3d}%", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.enabled:
            print(file=sys.stderr)
