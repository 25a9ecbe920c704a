"""Users of the application: adding them, their roles, deactivating (never deleting) and looking them up.

Managing users needs an administrator (Permission.MANAGE_USERS). A user is never deleted, so the
history and the audit trail keep the name; a deactivated user cannot sign in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.errors import ActionRefused, InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.domain.permissions import ROLES, Permission, Role
from app.services import audit
from app.services.admin.passwords import hash_password, password_problems
from app.services.context import Actor
from app.store.database import Database
from app.store.people import User, bump_rights_version


@dataclass(frozen=True)
class UserInfo:
    """One user as the administration page lists it (never the password hash)."""

    login: str
    name: str
    roles: tuple[str, ...]
    active: bool
    has_password: bool
    failed_logins: int
    created_at: datetime
    deactivated_at: datetime | None


def user_problems(login: str, name: str, roles: list[str]) -> list[Problem]:
    """Why a login, name and role list cannot make a user (empty when they can)."""
    problems = []
    if not login or len(login) > 64 or any(ch.isspace() for ch in login):
        problems.append(Problem("登录名", msg("user.login_format"), login or None))
    if not name or len(name) > 64:
        problems.append(Problem("姓名", msg("user.name_length")))
    problems += _role_problems(roles)
    return problems


def _role_problems(roles: list[str]) -> list[Problem]:
    unknown = [r for r in roles if r not in ROLES]
    if not roles or unknown:
        return [Problem("角色", msg("user.roles_required", roles=list(ROLES)), ",".join(unknown) or None)]
    return []


def new_user(
    session: Session,
    actor: Actor,
    login: str,
    name: str,
    roles: list[str],
    password: str | None,
    must_change_password: bool = False,
) -> User:
    """Create the user in the caller's transaction and audit it; the login must be new."""
    if session.scalars(select(User).where(User.login == login)).first() is not None:
        raise InvalidInput([Problem("登录名", msg("value.exists"), login)])
    user = User(
        login=login,
        name=name,
        roles=",".join(dict.fromkeys(roles)),
        active=True,
        created_at=now_local(),
        password_hash=hash_password(password) if password else None,
        failed_logins=0,
        password_changed_at=now_local() if password else None,
        must_change_password=must_change_password and bool(password),
    )
    session.add(user)
    session.flush()
    audit.record(
        session, actor, "add_user", "user", login, after={"name": name, "roles": roles, "password_set": bool(password)}
    )
    return user


def add_user(
    db: Database,
    actor: Actor,
    login: str,
    name: str,
    roles: list[str],
    password: str | None = None,
    confirm: str | None = None,
    must_change_password: bool = False,
) -> int:
    """Create a user with one or more roles (and a first password, if given); the login must be new.

    With ``must_change_password`` the user chooses their own password at the first sign-in."""
    actor.require(Permission.MANAGE_USERS)
    login, name = login.strip(), name.strip()
    problems = user_problems(login, name, roles)
    if password is not None:
        problems += password_problems(password, "密码", confirm)
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        return new_user(session, actor, login, name, roles, password, must_change_password).id


def _user(session: Session, login: str) -> User:
    user = session.scalars(select(User).where(User.login == login)).first()
    if user is None:
        raise NotFound("user.not_found", login=login)
    return user


def _other_active_admins(session: Session, login: str) -> int:
    users = session.scalars(select(User).where(User.active.is_(True), User.login != login))
    return sum(1 for u in users if Role.ADMIN in u.role_set)


def list_users(db: Database, actor: Actor, include_inactive: bool = True) -> list[UserInfo]:
    """Every user, by login, for the administration page."""
    actor.require(Permission.MANAGE_USERS)
    query = select(User).order_by(User.login)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    with db.read() as session:
        return [
            UserInfo(
                u.login,
                u.name,
                tuple(sorted(u.role_set)),
                u.active,
                u.password_hash is not None,
                u.failed_logins,
                u.created_at,
                u.deactivated_at,
            )
            for u in session.scalars(query)
        ]


def set_roles(db: Database, actor: Actor, login: str, roles: list[str]) -> None:
    """Give a user a new set of roles; the last active administrator keeps the administrator role."""
    actor.require(Permission.MANAGE_USERS)
    problems = _role_problems(roles)
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        user = _user(session, login)
        before = sorted(user.role_set)
        if (
            Role.ADMIN in user.role_set
            and Role.ADMIN not in roles
            and user.active
            and _other_active_admins(session, login) == 0
        ):
            raise ActionRefused("user.last_admin_role", name=user.name)
        user.roles = ",".join(dict.fromkeys(roles))
        user.version += 1
        bump_rights_version(session)
        audit.record(
            session, actor, "set_roles", "user", login, before={"roles": before}, after={"roles": sorted(set(roles))}
        )


def deactivate_user(db: Database, actor: Actor, login: str) -> None:
    """Stop a user from signing in; the user and everything they did stay on record."""
    actor.require(Permission.MANAGE_USERS)
    with db.transaction() as session:
        user = _user(session, login)
        if login == actor.login:
            raise ActionRefused("user.deactivate_self")
        if Role.ADMIN in user.role_set and _other_active_admins(session, login) == 0:
            raise ActionRefused("user.last_admin_deactivate", name=user.name)
        if not user.active:
            return
        user.active, user.deactivated_at = False, now_local()
        user.version += 1
        bump_rights_version(session)
        audit.record(session, actor, "deactivate_user", "user", login, before={"active": True}, after={"active": False})


def reactivate_user(db: Database, actor: Actor, login: str) -> None:
    """Let a deactivated user sign in again (with the password they had)."""
    actor.require(Permission.MANAGE_USERS)
    with db.transaction() as session:
        user = _user(session, login)
        if user.active:
            return
        user.active, user.deactivated_at = True, None
        user.failed_logins, user.last_failed_at = 0, None
        user.version += 1
        bump_rights_version(session)
        audit.record(session, actor, "reactivate_user", "user", login, before={"active": False}, after={"active": True})


def actor_for(db: Database, login: str) -> Actor:
    """The Actor of a stored user (for the GUI after sign-in, and for tests), its rights re-read at each action."""
    with db.read() as session:
        user = session.scalars(select(User).where(User.login == login)).one()
        return Actor(login=user.login, name=user.name, roles=user.role_set, user_id=user.id, db=db)
