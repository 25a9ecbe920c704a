"""`demo --cases N`: fill an empty database with realistic demo data and print a one-time password for
each demo user (admin, clerk1, mediator1, supervisor, ...)."""

from __future__ import annotations

import argparse
import time
from typing import Any

from app.cli.common import EXIT_OK, Progress, database


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--cases", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.devtools.demo import generate_demo
    from app.devtools.demo_sign_in import issue_demo_passwords

    with database(args) as db:
        progress = Progress("生成演示数据", args.cases)
        started = time.perf_counter()
        generate_demo(db, args.cases, seed=args.seed, progress=progress.update)
        progress.finish()
        print(f"已生成 {args.cases} 件演示案件，用时 {time.perf_counter() - started:.1f} 秒")
        issued = issue_demo_passwords(db)
    if issued:
        print("演示用户的一次性密码（首次登录后须改为自己的密码）/ one-time passwords of the demo users:")
        for person in issued:
            print(f"  {person.login:<12} {person.password:<14} {person.name}（{person.roles}）")
    return EXIT_OK
