"""Importing a ledger workbook: all or nothing, in one transaction, every problem listed.

Rows are checked and stored in batches as the file streams, so memory stays flat; at the end, if any
row had a problem (or the caller only wanted a check), the transaction is rolled back and nothing is
written. Duplicate case numbers in the file, or against the database, are problems unless the user
asks to skip the cases that already exist.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.domain.dates import now_local, today_local
from app.domain.errors import InvalidInput, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import Actor
from app.services.ledger.columns import CASE_NO
from app.services.ledger.reader import HEADER_ROW, LedgerFile, cell_text
from app.services.ledger.rows import LedgerEntry, check_row
from app.services.ledger.store import LedgerStore
from app.store.database import Database
from app.store.insert_triggers import deferred_insert_triggers

BATCH = 1000  # rows checked and stored at a time (one executemany per table)
WRITTEN_TABLES = ("consumers", "merchants", "cases")  # their per-row insert triggers wait for the end
ProgressFn = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import (or a check) found and did."""

    file: str
    rows: int = 0
    imported: int = 0
    skipped: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    unknown_mediators: list[str] = field(default_factory=list)
    dry_run: bool = False


class _CheckOnly(Exception):
    """Ends a dry run: the transaction rolls back."""


class _Run:
    """One pass over the file: checks every row, stores batches while no problem has been found."""

    def __init__(self, store: LedgerStore, report: ImportReport, skip_existing: bool, write: bool) -> None:
        self.store, self.report, self.skip_existing, self.write = store, report, skip_existing, write
        self.problems: list[Problem] = []
        self.seen: dict[str, int] = {}
        self.batch: list[LedgerEntry] = []

    def add(self, number: int, raw: dict[str, object], ignored: set[str]) -> None:
        self.report.rows += 1
        entry, problems = check_row(number, raw, self.store.today)
        self.problems += [p for p in problems if p.field not in ignored]
        case_no = cell_text(raw.get(CASE_NO))
        first = self.seen.setdefault(case_no, number) if case_no else number
        if first != number:
            self.problems.append(Problem(CASE_NO, msg("ledger.duplicate_case_no", first=first), case_no, number))
            return
        if entry is None:
            return
        if entry.mediator and entry.mediator not in self.store.mediators:
            self.store.unknown_mediators.add(entry.mediator)
        self.batch.append(entry)
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        existing = self.store.existing([e.case_no for e in self.batch])
        new = []
        for entry in self.batch:
            if entry.case_no not in existing:
                new.append(entry)
            elif self.skip_existing:
                self.report.skipped.append(entry.case_no)
            else:
                self.problems.append(Problem(CASE_NO, msg("ledger.case_exists"), entry.case_no, entry.row))
        if self.write and not self.problems:
            self.store.store(new)
        self.report.imported += len(new)
        self.batch = []


def _missing_columns(ledger: LedgerFile) -> list[Problem]:
    return [Problem(name, msg("ledger.required_column"), None, HEADER_ROW) for name in ledger.layout.missing]


def import_ledger(
    db: Database,
    actor: Actor,
    path: Path | str,
    dry_run: bool = False,
    skip_existing: bool = False,
    progress: ProgressFn | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import (or with ``dry_run`` only check) a ledger; InvalidInput with every problem if any."""
    actor.require(Permission.IMPORT_LEDGER)
    report_progress = progress or (lambda _d, _t: None)
    with LedgerFile(path) as ledger:
        report = ImportReport(ledger.path.name, unknown_columns=ledger.layout.unknown, dry_run=dry_run)
        ignored = set(ledger.layout.missing)
        total = ledger.row_estimate
        try:
            with db.transaction() as session:
                store = LedgerStore(session, actor, today or today_local(), f"从台账 {ledger.path.name}", now_local())
                run = _Run(store, report, skip_existing, write=not dry_run)
                run.problems += _missing_columns(ledger)
                deferred = nullcontext() if dry_run else deferred_insert_triggers(session, WRITTEN_TABLES)
                with deferred:
                    for number, raw in ledger.rows():
                        run.add(number, raw, ignored)
                        if report.rows % 500 == 0:
                            report_progress(report.rows, total)
                    run.flush()
                    report.unknown_mediators = sorted(store.unknown_mediators)
                    if run.problems:  # before the deferred trigger work: it would be rolled back
                        raise InvalidInput(run.problems)
                if dry_run:
                    raise _CheckOnly
                store.finish()
                audit.record(
                    session,
                    actor,
                    "import_ledger",
                    "ledger",
                    ledger.path.name[:40],
                    after={"rows": report.rows, "imported": report.imported, "skipped": len(report.skipped)},
                )
        except _CheckOnly:
            pass
    if report.imported and not dry_run:
        db.analyze()
    report_progress(total, total)
    return report
