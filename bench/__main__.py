"""``python -m bench [NAME ...] [--cases N] [--json FILE]``: run benchmarks on a generated database."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from app.domain.dates import today_local
from bench.generate import DEFAULT_SEED, ensure_database
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
    database, _ = ensure_database(args.cases, args.seed)
    try:
        run(args.names, database, args.cases, args.seed, today_local(), args.json)
    except BenchmarkFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
