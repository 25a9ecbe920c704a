"""The reliability figures of Weiquan Desk: concurrent writers held, kills survived, cases lost (must be
zero) and restores verified, on a SQLite file and, when a server is given, on PostgreSQL.

    python bench/reliability.py [--pg URL] [--writers 5] [--rounds 3] [--cases 10]

Each round starts several writer processes on one database (each registers cases through the services
and prints a case number once it is committed), SIGKILLs all of them in the middle of their writes,
reopens the database, runs the integrity check, and looks for every reported case and for half-written
ones. Then a backup is taken and restored, and the restored database is checked against its manifest.
Exit status 1 if a case was lost or a check failed; the figures are printed either way.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from app.services.backup.make import create_backup  # noqa: E402
from app.services.backup.restore import restore_backup  # noqa: E402
from app.services.context import Actor  # noqa: E402
from app.services.setup import open_database  # noqa: E402
from tests.support.crash import inspect_after_crash, kill_now, read_cases, start_writer  # noqa: E402


@dataclass
class Figures:
    """The counts printed at the end, per database."""

    backend: str
    writers_held: int = 0
    kills_survived: int = 0
    cases_reported: int = 0
    cases_lost: int = 0
    partial_cases: int = 0
    restores_verified: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def kill_round(url: str, writers: int, cases: int, rng: random.Random, figures: Figures) -> None:
    """Several writers at once, all killed mid-stream; then the database is inspected."""
    procs = [start_writer(url) for _ in range(writers)]
    reported: set[str] = set()
    try:
        for proc in procs:
            reported |= read_cases(proc, cases)
        time.sleep(rng.uniform(0, 0.05))
        for proc in procs:
            reported |= kill_now(proc)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    report = inspect_after_crash(url, reported)
    figures.writers_held = max(figures.writers_held, writers)
    figures.kills_survived += writers
    figures.cases_reported += len(reported)
    figures.cases_lost += len(report.lost)
    figures.partial_cases += len(report.partial)
    if report.integrity not in ("", "ok"):
        figures.problems.append(f"integrity_check: {report.integrity}")
    if not report.audit_intact:
        figures.problems.append("audit chain broken after a kill")


def backup_round(url: str, folder: Path, figures: Figures) -> None:
    """Back up, restore, and compare the restored case count with the manifest."""
    db = open_database(url)
    try:
        made = create_backup(db, Actor.cli(), folder / f"{figures.backend}-{uuid.uuid4().hex[:6]}.zip")
        result = restore_backup(db, Actor.cli(), made.path)
        if result.cases == made.cases:
            figures.restores_verified += 1
        else:
            figures.problems.append(f"restore: {result.cases} cases, manifest says {made.cases}")
        if not db.is_sqlite:
            _drop_schemas(url, [p.split()[-1] for p in result.kept_aside])
    finally:
        db.dispose()


@contextmanager
def pg_schema(base: str) -> Iterator[str]:
    """A fresh schema on the server for the run, dropped afterwards."""
    schema = f"reliability_{uuid.uuid4().hex[:8]}"
    _execute(base, f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        _drop_schemas(base, [schema])


def _drop_schemas(url: str, schemas: list[str]) -> None:
    for schema in schemas:
        _execute(url, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _execute(url: str, sql: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(sql))
    engine.dispose()


def run(url: str, backend: str, args: argparse.Namespace, folder: Path) -> Figures:
    figures = Figures(backend)
    started = time.perf_counter()
    rng = random.Random(args.seed)
    open_database(url).dispose()
    for _ in range(args.rounds):
        kill_round(url, args.writers, args.cases, rng, figures)
    for _ in range(args.restores):
        backup_round(url, folder, figures)
    figures.seconds = time.perf_counter() - started
    return figures


def print_figures(rows: list[Figures]) -> None:
    header = (
        "database",
        "writers held",
        "kills survived",
        "cases committed",
        "cases lost",
        "partial cases",
        "restores verified",
        "seconds",
    )
    print(" | ".join(header))
    for f in rows:
        print(
            " | ".join(
                str(v)
                for v in (
                    f.backend,
                    f.writers_held,
                    f.kills_survived,
                    f.cases_reported,
                    f.cases_lost,
                    f.partial_cases,
                    f.restores_verified,
                    f"{f.seconds:.0f}",
                )
            )
        )
        for problem in f.problems:
            print(f"  problem ({f.backend}): {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("WEIQUAN_TEST_PG"), help="PostgreSQL URL (optional)")
    parser.add_argument("--writers", type=int, default=5, help="writer processes at once")
    parser.add_argument("--rounds", type=int, default=3, help="kill rounds per database")
    parser.add_argument("--cases", type=int, default=10, help="cases each writer commits before the kill")
    parser.add_argument("--restores", type=int, default=2, help="backup-and-restore round trips per database")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="weiquan-reliability-") as tmp:
        folder = Path(tmp)
        rows.append(run(f"sqlite:///{folder / 'reliability.db'}", "sqlite", args, folder))
        if args.pg:
            with pg_schema(args.pg) as url:
                rows.append(run(url, "postgresql", args, folder))
    print_figures(rows)
    failed = any(f.cases_lost or f.partial_cases or f.problems for f in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
