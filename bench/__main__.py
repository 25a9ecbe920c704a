"""``python -m bench [NAME ...] [--cases N | --database FILE | --db URL] [--json FILE]``: run benchmarks
on a generated database: cached by size, a SQLite file of your own (generated there when missing), or a
PostgreSQL database (generated when it has no cases)."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from app.domain.dates import today_local
from bench.generate import DEFAULT_SEED, ensure_database, prepare_given
from bench.runner import BenchmarkFailed, discover, main_error, run

DEFAULT_CASES = 1_000_000
# Benchmarks that need no generated database and take their own options: name -> module with main(argv).
STANDALONE = {"evidence_read": "bench.evidence.read"}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (all when none is given)")
    parser.add_argument(
        "--cases",
        type=int,
        default=DEFAULT_CASES,
        metavar="N",
        help=f"size of the generated database (default {DEFAULT_CASES:,})",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--database", type=Path, metavar="FILE", help="a SQLite file to run on (generated there when missing)"
    )
    where.add_argument("--db", metavar="URL", help="a PostgreSQL URL, e.g. postgresql+psycopg://user@host/db")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S", help="seed of the generated data")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in STANDALONE:
        return int(importlib.import_module(STANDALONE[argv[0]]).main(argv[1:]))
    args = parse(argv)
    if args.list:
        for name, item in sorted(discover().items()):
            print(f"{name:<28} {item.doc}")
        for name, module in sorted(STANDALONE.items()):
            print(f"{name:<28} {(importlib.import_module(module).__doc__ or '').split(chr(10))[0]}")
        return 0
    if args.cases < 1:
        return main_error("--cases must be at least 1")
    known = discover()
    unknown = [n for n in args.names if n not in known]
    if unknown:
        return main_error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    if args.database is not None or args.db:
        target: Path | str = args.database if args.database is not None else args.db
        database, cases = prepare_given(target, args.cases, args.seed)
    else:
        database, _ = ensure_database(args.cases, args.seed)
        cases = args.cases
    try:
        run(args.names, database, cases, args.seed, today_local(), args.json)
    except BenchmarkFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
