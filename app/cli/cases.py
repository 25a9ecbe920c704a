"""`case list` and `case show`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.common import EXIT_OK, database
from app.services.cases.view import case_document, iter_case_states


def register(sub: Any) -> None:
    case = sub.add_parser("case", help="list or show cases")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    listing = case_sub.add_parser("list", help="case numbers, one per line")
    listing.add_argument("--state", help="only cases in this state (registered, accepted, ...)")
    listing.add_argument("--json", action="store_true", help="a JSON list of {case_no, state}")
    listing.set_defaults(handler=run_list)
    show = case_sub.add_parser("show", help="one case as JSON")
    show.add_argument("case_no")
    show.add_argument("--json", action="store_true", default=True, help="JSON output (the only format)")
    show.set_defaults(handler=run_show)


def run_list(args: argparse.Namespace) -> int:
    with database(args) as db:
        rows = iter_case_states(db, args.state)
        if args.json:
            json.dump([{"case_no": no, "state": st} for no, st in rows], sys.stdout, ensure_ascii=False)
            print()
        else:
            for no, _ in rows:
                print(no)
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    with database(args) as db:
        json.dump(case_document(db, args.case_no), sys.stdout, ensure_ascii=False, indent=2)
        print()
    return EXIT_OK
