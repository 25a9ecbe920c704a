"""Restores under stress: a restore run in its own process and killed with SIGKILL at a chosen moment,
and what the database holds afterwards. Shared by tests/services/test_restore_safety.py and
bench/reliability.py."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.services.audit import verify_chain
from app.services.setup import open_database
from app.store.cases import Case

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class AfterKill:
    """The cases the reopened database holds and whether its audit chain is intact."""

    cases: frozenset[str]
    audit_checked: int
    audit_intact: bool


def case_numbers(url: str) -> frozenset[str]:
    db = open_database(url)
    try:
        with db.read() as session:
            return frozenset(session.scalars(select(Case.case_no)))
    finally:
        db.dispose()


def start_restore(url: str, backup: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "main.py", "--db", url, "restore", str(backup)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def kill_restore_after(url: str, backup: Path, seconds: float) -> int | None:
    """Run ``restore`` and SIGKILL it after ``seconds``; its exit code if it finished first."""
    proc = start_restore(url, backup)
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        return None
    proc.communicate(timeout=30)
    return proc.returncode


def inspect(url: str) -> AfterKill:
    """Reopen as the application does (which rolls back a half-done restore) and look."""
    db = open_database(url)
    try:
        with db.read() as session:
            cases = frozenset(session.scalars(select(Case.case_no)))
        report = verify_chain(db)
    finally:
        db.dispose()
    return AfterKill(cases, report.checked, report.intact)


def restore_seconds(url: str, backup: Path) -> float:
    """How long one whole restore takes here, to spread the kills over it."""
    started = time.perf_counter()
    proc = start_restore(url, backup)
    _out, err = proc.communicate(timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(err)
    return time.perf_counter() - started
