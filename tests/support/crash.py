"""Killing a writer process in the middle of its writes and checking what survived.

Shared by tests/services/test_crash_safety.py and bench/reliability.py.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.services.audit import verify_chain
from app.services.setup import open_database
from app.store.cases import Case, HistoryEntry
from app.store.database import sqlite_path
from app.store.people import Consumer
from app.store.reference import AuditEntry

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashReport:
    """What one kill-and-reopen round found."""

    reported: set[str] = field(default_factory=set)
    stored: set[str] = field(default_factory=set)
    integrity: str = ""
    partial: list[str] = field(default_factory=list)
    audit_intact: bool = False

    @property
    def lost(self) -> set[str]:
        """Cases the writer saw committed that are not in the database: must always be empty."""
        return self.reported - self.stored


def start_writer(url: str, mode: str = "register") -> subprocess.Popen[str]:
    """A writer process that prints "ready", then one committed case number per line."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_writer", url, "--mode", mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        proc.kill()
        raise RuntimeError(proc.communicate()[1] or "writer did not start")
    return proc


def read_cases(proc: subprocess.Popen[str], at_least: int) -> set[str]:
    """Case numbers the writer reported, once it reported ``at_least`` of them."""
    assert proc.stdout is not None
    reported: set[str] = set()
    for line in proc.stdout:
        reported.add(line.strip())
        if len(reported) >= at_least:
            return reported
    raise RuntimeError(f"writer stopped early: {proc.stderr.read() if proc.stderr else ''}")


def kill_now(proc: subprocess.Popen[str]) -> set[str]:
    """SIGKILL the writer; the case numbers it still reported before dying."""
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    return {line.strip() for line in rest.splitlines() if line.strip()}


def write_then_kill(url: str, after_cases: int, rng: random.Random, mode: str = "register") -> set[str]:
    """Start a writer, let it commit about ``after_cases`` cases, SIGKILL it at a random moment."""
    proc = start_writer(url, mode)
    try:
        reported = read_cases(proc, after_cases)
        time.sleep(rng.uniform(0, 0.05))  # land somewhere inside the next transaction
        return reported | kill_now(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def inspect_after_crash(url: str, reported: set[str]) -> CrashReport:
    """Reopen the database as the application does and look for damage and half-written cases."""
    report = CrashReport(reported=set(reported))
    path = sqlite_path(url)
    if path is not None:
        conn = sqlite3.connect(path)
        report.integrity = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        conn.close()
    db = open_database(url)
    try:
        with db.read() as session:
            report.stored = set(session.scalars(select(Case.case_no)))
            history = select(func.count()).where(HistoryEntry.case_id == Case.id).scalar_subquery()
            audit = select(func.count()).where(AuditEntry.entity_id == Case.case_no).scalar_subquery()
            rows = session.execute(
                select(Case.case_no, history, audit, Consumer.name).join(Consumer, Consumer.id == Case.consumer_id)
            )
            report.partial = [no for no, h, a, name in rows if h == 0 or a == 0 or not name]
        report.audit_intact = verify_chain(db).intact
    finally:
        db.dispose()
    return report
