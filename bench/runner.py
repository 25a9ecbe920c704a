"""Running benchmarks: find them, give each its database, time application and floor runs alternately,
and report the medians. Nothing here fails on slowness."""

from __future__ import annotations

import importlib
import json
import pkgutil
import shutil
import statistics
import sys
import time
import traceback
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import bench
from bench import POSTGRESQL, REGISTRY, SQLITE, BenchContext, Benchmark, Run

INFRASTRUCTURE = frozenset({"__main__", "generate", "runner"})

FAILURE_CHARS = 400  # of a failure's message in the table (the traceback goes to stderr whole)


@dataclass(frozen=True)
class Result:
    """One line of the report (the JSON object of ``--json``)."""

    name: str
    median_ms: float
    floor_ms: float
    ratio: float
    runs: int


def discover() -> dict[str, Benchmark]:
    """Import every module of the package that defines benchmarks (uses the ``@benchmark`` decorator)."""
    folder = Path(bench.__file__).parent
    for info in pkgutil.iter_modules([str(folder)]):
        if info.name in INFRASTRUCTURE:
            continue
        source = (folder / f"{info.name}.py").read_text(encoding="utf-8") if not info.ispkg else ""
        if "@benchmark(" in source:
            importlib.import_module(f"bench.{info.name}")
    return REGISTRY


def _time(run: Run) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def measure(app: Run, floor: Run, runs: int) -> tuple[float, float]:
    """Medians in ms of ``runs`` timed calls of each, after one untimed warm-up call of each; the order
    alternates so that neither always profits from the other's cache."""
    app()
    floor()
    app_ms: list[float] = []
    floor_ms: list[float] = []
    for i in range(runs):
        if i % 2:
            floor_ms.append(_time(floor))
            app_ms.append(_time(app))
        else:
            app_ms.append(_time(app))
            floor_ms.append(_time(floor))
    return statistics.median(app_ms), statistics.median(floor_ms)


def _scratch_copy(source: Path, name: str) -> Path:
    target = source.with_name(f"scratch-{name}-{source.name}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


class Skipped(Exception):
    """The benchmark has no floor for this database."""


def run_one(item: Benchmark, database: Path | str, cases: int, seed: int, today: date) -> Result:
    """Run one benchmark on a SQLite file (a Path) or a PostgreSQL database (a URL)."""
    backend = POSTGRESQL if isinstance(database, str) else SQLITE
    if backend not in item.backends:
        raise Skipped(f"{backend} not supported (floor for {', '.join(item.backends)})")
    if isinstance(database, str):
        if item.writes:
            raise Skipped("writes: runs only on a scratch copy of a SQLite file")
        ctx = BenchContext(path=None, cases=cases, seed=seed, runs=item.runs, today=today, database_url=database)
        path = None
    else:
        path = _scratch_copy(database, item.name) if item.writes else database
        ctx = BenchContext(path=path, cases=cases, seed=seed, runs=item.runs, today=today)
    try:
        app, floor = item.prepare(ctx)
        app_ms, floor_ms = measure(app, floor, item.runs)
    finally:
        ctx.close()
        if item.writes and path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    ratio = app_ms / floor_ms if floor_ms > 0 else float("inf")
    return Result(item.name, round(app_ms, 3), round(floor_ms, 3), round(ratio, 2), item.runs)


def report_line(result: Result) -> str:
    return f"{result.name:<28} {result.median_ms:>12.2f} {result.floor_ms:>10.2f} {result.ratio:>8.1f} {result.runs:>6}"


HEADER = f"{'benchmark':<28} {'median ms':>12} {'floor ms':>10} {'ratio':>8} {'runs':>6}"


def run(
    names: list[str], database: Path | str, cases: int, seed: int, today: date, json_path: Path | None = None
) -> list[Result]:
    """Run the named benchmarks (all when none is named), printing one line each as it finishes."""
    available = discover()
    unknown = [n for n in names if n not in available]
    if unknown:
        raise KeyError(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(sorted(available))}")
    chosen = [available[n] for n in names] if names else [available[n] for n in sorted(available)]
    print(HEADER, flush=True)
    results, failed = [], []
    for item in chosen:
        try:
            result = run_one(item, database, cases, seed, today)
        except Skipped as skipped:
            print(f"{item.name:<28} skipped: {skipped}", flush=True)
            continue
        except Exception as error:  # a broken benchmark is reported; the others still run
            failed.append(item.name)
            said = str(error)
            said = said if len(said) <= FAILURE_CHARS else said[:FAILURE_CHARS] + " …"  # e.g. every row of a ledger
            print(f"{item.name:<28} failed: {type(error).__name__}: {said}", flush=True)
            traceback.print_exc(file=sys.stderr)
            continue
        results.append(result)
        print(report_line(result), flush=True)
    if json_path is not None:
        json_path.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
    if failed:
        raise BenchmarkFailed(failed)
    return results


class BenchmarkFailed(Exception):
    """Some benchmarks raised (slowness never fails; errors do)."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(f"benchmark(s) failed: {', '.join(names)}")


def main_error(message: str) -> int:
    print(message, file=sys.stderr)
    return 2
