"""`user add`."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import EXIT_OK, database
from app.domain.permissions import ROLES
from app.services.context import Actor
from app.services.users import add_user


def register(sub: Any) -> None:
    user = sub.add_parser("user", help="manage users")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="add a user")
    add.add_argument("login")
    add.add_argument("--name", required=True)
    add.add_argument("--role", action="append", required=True, choices=list(ROLES), dest="roles")
    add.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    with database(args) as db:
        add_user(db, Actor.cli(), args.login, args.name, args.roles)
        print(f"已添加用户 {args.login}")
    return EXIT_OK
