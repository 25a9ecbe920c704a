"""Signing in to a demo database: each demo user without a password gets a one-time password, printed
once by ``demo``; the application asks them to choose their own at the first sign-in."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.devtools.demo import DEMO_USERS
from app.services.admin.auth import set_password
from app.services.admin.users import list_users
from app.services.context import Actor
from app.services.setup import Database


@dataclass(frozen=True)
class DemoSignIn:
    login: str
    name: str
    roles: str
    password: str


def issue_demo_passwords(db: Database) -> list[DemoSignIn]:
    """A fresh one-time password for every demo user who has none yet (a second run changes nothing)."""
    actor = Actor.cli()
    demo_logins = {login for login, _name, _roles in DEMO_USERS}
    issued = []
    for user in list_users(db, actor):
        if user.login in demo_logins and user.active and not user.has_password:
            password = secrets.token_urlsafe(9)
            set_password(db, actor, user.login, password)
            issued.append(DemoSignIn(user.login, user.name, ",".join(user.roles), password))
    return issued
