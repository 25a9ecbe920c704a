"""A writer to be killed: registers cases through the services in a loop and prints each case number
on stdout, flushed, only after its transaction committed. Used by the crash-safety test and
bench/reliability.py.

    python -m tests.support.crash_writer DB_URL [--mode register|workflow]
"""

from __future__ import annotations

import argparse
import sys
from contextlib import suppress
from datetime import date

from app.domain.errors import InvalidInput
from app.services.admin.users import add_user
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from tests.support.builders import to_mediating, wechat_draft

DAY = date(2026, 11, 2)
MEDIATOR = "boss"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--mode", choices=["register", "workflow"], default="register")
    args = parser.parse_args(argv)
    db = open_database(args.url)
    actor = Actor.cli()
    if args.mode == "workflow":
        with suppress(InvalidInput):  # a writer killed earlier already added them
            add_user(db, actor, MEDIATOR, "赵主管", ["supervisor"])
    print("ready", flush=True)
    while True:
        if args.mode == "workflow":
            no = to_mediating(db, actor, DAY, mediator_login=MEDIATOR)
        else:
            no = register_case(db, actor, wechat_draft(DAY), today=DAY)
        sys.stdout.write(no + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
