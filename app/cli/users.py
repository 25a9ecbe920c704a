"""`user add` and `user password`: users from the command line (which acts with administrator rights)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, UserError, database
from app.domain.permissions import ROLES
from app.services.admin.auth import set_password
from app.services.admin.users import add_user
from app.services.context import Actor


def register(sub: Any) -> None:
    user = sub.add_parser("user", help="manage users")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="add a user")
    add.add_argument("login")
    add.add_argument("--name", required=True)
    add.add_argument("--role", action="append", required=True, choices=list(ROLES), dest="roles")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the first password from the first line of standard input"
    )
    add.set_defaults(handler=run_add)
    password = user_sub.add_parser("password", help="set a user's password (read from standard input)")
    password.add_argument("login")
    password.set_defaults(handler=run_password)


def _password_from_stdin() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError("cli.no_password_stdin")
    return line


def run_add(args: argparse.Namespace) -> int:
    password = _password_from_stdin() if args.password_stdin else None
    with database(args) as db:
        add_user(db, Actor.cli(), args.login, args.name, args.roles, password=password)
        print(f"已添加用户 {args.login}" + ("" if password else "（尚未设置密码，管理员可在“管理”页设置）"))
    return EXIT_OK


def run_password(args: argparse.Namespace) -> int:
    password = _password_from_stdin()
    with database(args) as db:
        set_password(db, Actor.cli(), args.login, password)
        print(f"已设置用户 {args.login} 的密码，该用户下次登录时须修改密码")
    return EXIT_OK
