"""The reliability figures of Weiquan Desk: concurrent writers held, kills survived, cases lost (must be
zero) and restores verified, on a SQLite file and, when a server is given, on PostgreSQL.

    python bench/reliability.py [--pg URL] [--writers 5] [--rounds 3] [--cases 10] [--tampers-only]

Each round starts several writer processes on one database (each registers cases through the services
and prints a case number once it is committed), SIGKILLs all of them in the middle of their writes,
reopens the database, runs the integrity check, and looks for every reported case and for half-written
ones. Then a backup is taken and restored, and the restored database is checked against its manifest.
Last, fourteen tampers with the audit log (tests/support/tampers.py), each after an anchor was taken,
must each be found by `audit verify --anchor`.
Exit status 1 if a case was lost or a check failed; the figures are printed either way.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from app.cli import main as cli_main  # noqa: E402
from app.services.audit_anchors import anchor_file, write_local_anchor  # noqa: E402
from app.services.backup.make import create_backup  # noqa: E402
from app.services.backup.restore import restore_backup  # noqa: E402
from app.services.context import Actor  # noqa: E402
from app.services.setup import open_database  # noqa: E402
from app.store.guard import DatabaseBusy  # noqa: E402
from tests.corpus.hostile import BACKUPS, WORKBOOKS, make_corpus  # noqa: E402
from tests.support.crash import inspect_after_crash, kill_now, read_cases, start_writer  # noqa: E402
from tests.support.restore_kill import (  # noqa: E402
    case_numbers,
    inspect,
    kill_restore_after,
    restore_seconds,
)
from tests.support.tampers import TAMPERS, populate  # noqa: E402


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
    restores_under_writers: int = 0
    restores_refused_or_consistent: int = 0
    cases_lost_in_restores: int = 0
    restore_kills: int = 0
    restore_kills_survived: int = 0
    upgrade_kills: int = 0
    upgrade_kills_survived: int = 0
    hostile_tried: int = 0
    hostile_refused: int = 0
    tracebacks: int = 0
    tampers_tried: int = 0
    tampers_detected: int = 0
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


def restore_under_writer(url: str, folder: Path, figures: Figures) -> None:
    """A restore while another process writes: refused, or the result consistent; no committed case lost."""
    db = open_database(url)
    made = create_backup(db, Actor.cli(), folder / f"w-{uuid.uuid4().hex[:6]}.zip")
    db.dispose()
    writer = start_writer(url)
    refused = False
    try:
        reported = read_cases(writer, 5)
        try:
            result = restore_backup(open_database(url), Actor.cli(), made.path)
            if not url.startswith("sqlite"):
                _drop_schemas(url, [p.split()[-1] for p in result.kept_aside])
        except DatabaseBusy:
            refused = True
    finally:
        reported |= kill_now(writer)
    stored = case_numbers(url)
    figures.restores_under_writers += 1
    lost = reported - stored if refused else set()
    figures.cases_lost_in_restores += len(lost)
    if refused and not lost:
        figures.restores_refused_or_consistent += 1
    elif not refused:
        figures.problems.append("a restore went through while another process was writing")


def restore_kills(url: str, folder: Path, kills: int, rng: random.Random, figures: Figures) -> None:
    """SIGKILL restores at random moments; afterwards the previous or the restored cases are live."""
    db = open_database(url)
    made = create_backup(db, Actor.cli(), folder / f"k-{uuid.uuid4().hex[:6]}.zip")
    db.dispose()
    in_backup = case_numbers(url)
    full = restore_seconds(url, made.path)
    for _ in range(kills):
        before = case_numbers(url)
        kill_restore_after(url, made.path, rng.uniform(0.2, full))
        after = inspect(url)
        figures.restore_kills += 1
        if after.cases in (before, in_backup) and after.audit_intact and after.audit_checked > 0:
            figures.restore_kills_survived += 1
        else:
            figures.problems.append(f"after a killed restore: {len(after.cases)} cases, audit {after.audit_intact}")


def upgrade_kills(folder: Path, kills: int, rng: random.Random, figures: Figures) -> None:
    """SIGKILL the first start on a saved first-release database while it upgrades; nothing lost."""
    saved = ROOT / "tests" / "store" / "saved_schemas" / "0001.db"
    for n in range(kills):
        path = folder / f"upgrade-{n}.db"
        shutil.copy(saved, path)
        expected = {r[0] for r in sqlite3.connect(path).execute("SELECT case_no FROM cases")}
        url = f"sqlite:///{path}"
        proc = subprocess.Popen(
            [sys.executable, "main.py", "--db", url, "case", "list"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.5))
        proc.kill()
        proc.wait()
        figures.upgrade_kills += 1
        if case_numbers(url) == expected:
            figures.upgrade_kills_survived += 1
        else:
            figures.problems.append("cases changed after a killed upgrade")


def hostile_inputs(url: str, folder: Path, figures: Figures) -> None:
    """The hostile corpus through the commands in-process: exit 1, no traceback, nothing written."""
    corpus = make_corpus(folder / f"corpus-{figures.backend}")
    runs = [["--db", url, "import", str(corpus[n])] for n in WORKBOOKS]
    runs += [["--db", url, "import", str(corpus[n]), "--dry-run"] for n in WORKBOOKS]
    runs += [["--db", url, "restore", str(corpus[n])] for n in BACKUPS]
    for name in ("not-a-database.db", "foreign.sqlite", "a-folder.db"):
        runs += [["--db", f"sqlite:///{corpus[name]}", *cmd] for cmd in (["case", "list"], ["audit", "verify"])]
    runs += [["--db", bad, "case", "list"] for bad in ("mysql://root@localhost/x", "nonsense")]
    before = case_numbers(url)
    for argv in runs:
        figures.hostile_tried += 1
        err = io.StringIO()
        try:
            with redirect_stderr(err), redirect_stdout(io.StringIO()):
                code = cli_main(argv)
        except Exception:
            figures.tracebacks += 1
            continue
        if code == 1 and "Traceback" not in err.getvalue() and err.getvalue().strip():
            figures.hostile_refused += 1
    if case_numbers(url) != before:
        figures.problems.append("a hostile input changed the cases")


def audit_tampers(base: str, backend: str, folder: Path, figures: Figures) -> None:
    """Each tamper of tests/support/tampers.py on a fresh busy database after an anchor was taken:
    `audit verify --anchor` must exit 1 with one line."""
    for n, (name, tamper) in enumerate(TAMPERS):
        with _scratch(base, backend, folder / f"tamper-{n}.db") as url:
            db = open_database(url)
            try:
                populate(db)
                write_local_anchor(db, folder / "anchors")
                anchor = anchor_file(db, folder / "anchors")
                tamper(db)
            finally:
                db.dispose()
            err = io.StringIO()
            argv = ["--db", url, "audit", "verify", "--no-local-anchor", "--anchor", str(anchor)]
            with redirect_stderr(err), redirect_stdout(io.StringIO()):
                code = cli_main(argv)
        figures.tampers_tried += 1
        if code == 1 and err.getvalue().strip() and "Traceback" not in err.getvalue():
            figures.tampers_detected += 1
        else:
            figures.problems.append(f"audit tamper not detected: {name}")


@contextmanager
def _scratch(base: str, backend: str, path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{path}"
        return
    with pg_schema(base) as url:
        yield url


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


def run(url: str, backend: str, args: argparse.Namespace, folder: Path, base: str = "") -> Figures:
    figures = Figures(backend)
    started = time.perf_counter()
    rng = random.Random(args.seed)
    open_database(url).dispose()
    if args.tampers_only:
        audit_tampers(base, backend, folder, figures)
        figures.seconds = time.perf_counter() - started
        return figures
    for _ in range(args.rounds):
        kill_round(url, args.writers, args.cases, rng, figures)
    for _ in range(args.restores):
        backup_round(url, folder, figures)
    restore_under_writer(url, folder, figures)
    restore_kills(url, folder, args.restore_kills, rng, figures)
    if backend == "sqlite":
        upgrade_kills(folder, args.restore_kills, rng, figures)
    hostile_inputs(url, folder, figures)
    audit_tampers(base, backend, folder, figures)
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
        print(
            f"  {f.backend}: restores under concurrent writers {f.restores_refused_or_consistent} of "
            f"{f.restores_under_writers} refused or consistent, cases lost {f.cases_lost_in_restores}; "
            f"kills during restore survived {f.restore_kills_survived} of {f.restore_kills}"
            + (f", during upgrade {f.upgrade_kills_survived} of {f.upgrade_kills}" if f.upgrade_kills else "")
            + f"; hostile inputs refused cleanly {f.hostile_refused} of {f.hostile_tried}, tracebacks {f.tracebacks}"
        )
        print(f"  {f.backend}: audit tampers: detected {f.tampers_detected} of {f.tampers_tried} tampers")
        for problem in f.problems:
            print(f"  problem ({f.backend}): {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("WEIQUAN_TEST_PG"), help="PostgreSQL URL (optional)")
    parser.add_argument("--writers", type=int, default=5, help="writer processes at once")
    parser.add_argument("--rounds", type=int, default=3, help="kill rounds per database")
    parser.add_argument("--cases", type=int, default=10, help="cases each writer commits before the kill")
    parser.add_argument("--restores", type=int, default=2, help="backup-and-restore round trips per database")
    parser.add_argument("--restore-kills", type=int, default=4, help="restores (and upgrades) killed per database")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--tampers-only", action="store_true", help="only the audit tampers against an anchor")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="weiquan-reliability-") as tmp:
        folder = Path(tmp)
        os.environ["WEIQUAN_DATA_DIR"] = str(folder / "data")  # logs and anchors of the run, not this PC's
        rows.append(run(f"sqlite:///{folder / 'reliability.db'}", "sqlite", args, folder))
        if args.pg:
            with pg_schema(args.pg) as url:
                rows.append(run(url, "postgresql", args, folder, base=args.pg))
    print_figures(rows)
    failed = any(
        f.cases_lost or f.partial_cases or f.problems or f.cases_lost_in_restores or f.tracebacks for f in rows
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
