"""Signing in: passwords checked against their argon2 hash, a growing wait after wrong passwords,
changing and setting passwords, the first administrator, and the idle-lock setting.

Each wrong password is counted on the user with its time. After ``FREE_TRIES`` wrong passwords the
next try must wait ``BASE_WAIT_SECONDS``, doubling with every further wrong password up to
``MAX_WAIT_SECONDS``; a try during the wait is refused without looking at the password. A correct
password resets the count. Sign-ins and wrong passwords are audited, passwords never.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.errors import DomainError, InvalidInput, NotFound, PermissionDenied, Problem
from app.domain.messages import Message, msg
from app.domain.permissions import Permission, Role
from app.services import audit
from app.services.admin.passwords import hash_password, needs_rehash, password_matches, password_problems
from app.services.admin.users import new_user, user_problems
from app.services.context import Actor
from app.store.database import Database
from app.store.people import User
from app.store.reference import Setting

FREE_TRIES = 3
BASE_WAIT_SECONDS = 5
MAX_WAIT_SECONDS = 15 * 60
IDLE_SETTING = "security.idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15
IDLE_RANGE = (1, 240)


class SignInFailed(DomainError):
    """The sign-in did not succeed; ``wait_seconds`` says how long before the next try is accepted."""

    def __init__(self, message: Message | str, wait_seconds: int = 0, /, **params: object) -> None:
        super().__init__(message, **params)
        self.wait_seconds = wait_seconds


def wait_after(failed_logins: int) -> int:
    """Seconds to wait after this many wrong passwords in a row."""
    if failed_logins < FREE_TRIES:
        return 0
    return min(BASE_WAIT_SECONDS * 2 ** (failed_logins - FREE_TRIES), MAX_WAIT_SECONDS)


def seconds_to_wait(user: User, now: datetime) -> int:
    """How long the user must still wait before a password is looked at again."""
    if user.last_failed_at is None:
        return 0
    ready = user.last_failed_at + timedelta(seconds=wait_after(user.failed_logins))
    return max(0, int((ready - now).total_seconds() + 0.999))


def _actor(user: User, db: Database | None = None) -> Actor:
    """The signed-in user; with ``db`` its rights are read again at the moment of each action."""
    return Actor(login=user.login, name=user.name, roles=user.role_set, user_id=user.id, db=db)


def _check(session: Session, user: User, password: str, now: datetime) -> SignInFailed | None:
    """Check a password for the user in the caller's transaction, counting a wrong one."""
    wait = seconds_to_wait(user, now)
    if wait:
        return SignInFailed("sign_in.wait", wait, wait=wait)
    if not password_matches(user.password_hash, password):
        user.failed_logins += 1
        user.last_failed_at = now
        audit.record(
            session, _actor(user), "sign_in_failed", "user", user.login, after={"failed_logins": user.failed_logins}
        )
        wait = wait_after(user.failed_logins)
        if wait:
            return SignInFailed("sign_in.wrong_wait", wait, wait=wait)
        return SignInFailed("sign_in.wrong")
    if needs_rehash(user.password_hash or ""):
        user.password_hash = hash_password(password)
    user.failed_logins, user.last_failed_at = 0, None
    return None


def sign_in(db: Database, login: str, password: str, now: datetime | None = None) -> Actor:
    """The Actor of the user whose password this is; SignInFailed otherwise (deactivated users too)."""
    now = now or now_local()
    with db.transaction() as session:
        user = session.scalars(select(User).where(User.login == login.strip())).first()
        if user is None or user.password_hash is None:
            password_matches(None, password)
            failure: SignInFailed | None = SignInFailed("sign_in.wrong")
        else:
            failure = _check(session, user, password, now)
            if failure is None and not user.active:
                failure = SignInFailed("sign_in.deactivated", login=user.login)
            if failure is None:
                audit.record(session, _actor(user), "sign_in", "user", user.login)
                return _actor(user, db)
    assert failure is not None
    raise failure


def must_change_password(db: Database, actor: Actor) -> bool:
    """True when an administrator set the password and the user has not chosen their own yet."""
    with db.read() as session:
        user = session.scalars(select(User).where(User.login == actor.login)).first()
        return bool(user and user.must_change_password)


def change_password(
    db: Database, actor: Actor, old: str, new: str, confirm: str | None = None, now: datetime | None = None
) -> None:
    """The signed-in user replaces their password; the old one must be given (wrong ones count)."""
    now = now or now_local()
    problems = password_problems(new, "新密码", confirm)
    if new and new == old:
        problems.append(Problem("新密码", msg("password.same_as_old")))
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        user = session.scalars(select(User).where(User.login == actor.login)).first()
        if user is None:
            raise NotFound("user.not_found", login=actor.login)
        failure = _check(session, user, old, now)
        if failure is None:
            _store_password(user, new, now, must_change=False)
            audit.record(session, actor, "change_password", "user", user.login)
            return
    assert failure is not None
    raise InvalidInput([Problem("原密码", failure.msg)])


def _store_password(user: User, password: str, now: datetime, must_change: bool) -> None:
    user.password_hash = hash_password(password)
    user.password_changed_at, user.must_change_password = now, must_change
    user.failed_logins, user.last_failed_at = 0, None
    user.version += 1


def set_password(db: Database, actor: Actor, login: str, password: str, confirm: str | None = None) -> None:
    """An administrator gives a user a password (a new user, or one who forgot theirs).

    The user must choose their own at the next sign-in, unless the administrator sets their own.
    """
    actor.require(Permission.MANAGE_USERS)
    problems = password_problems(password, "密码", confirm)
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        user = session.scalars(select(User).where(User.login == login)).first()
        if user is None:
            raise NotFound("user.not_found", login=login)
        _store_password(user, password, now_local(), must_change=login != actor.login)
        audit.record(session, actor, "set_password", "user", login, after={"must_change": login != actor.login})


def _has_usable_admin(session: Session) -> bool:
    users = session.scalars(select(User).where(User.active.is_(True), User.password_hash.is_not(None)))
    return any(Role.ADMIN in u.role_set for u in users)


def needs_first_admin(db: Database) -> bool:
    """True on first start: no active administrator who can sign in."""
    with db.read() as session:
        return not _has_usable_admin(session)


def create_first_admin(
    db: Database,
    login: str,
    name: str,
    password: str,
    confirm: str | None = None,
    roles: list[str] | None = None,
) -> Actor:
    """Create the first administrator, with the other roles they hold too (a one-person office holds
    all four); refused once an administrator who can sign in exists."""
    login, name = login.strip(), name.strip()
    held = [Role.ADMIN.value, *(r for r in roles or () if r != Role.ADMIN.value)]
    problems = user_problems(login, name, held) + password_problems(password, "密码", confirm)
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        if _has_usable_admin(session):
            raise PermissionDenied("user.first_admin_exists")
        me = Actor(login=login, name=name, roles=frozenset(held))
        user = new_user(session, me, login, name, held, password)
        session.flush()
        return _actor(user, db)


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input after which the window locks (office-wide, default 15)."""
    with db.read() as session:
        row = session.get(Setting, IDLE_SETTING)
        raw = row.value if row else str(DEFAULT_IDLE_MINUTES)
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(value, IDLE_RANGE[0]), IDLE_RANGE[1])


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> None:
    """Set the idle-lock time for every PC of the office."""
    actor.require(Permission.MANAGE_USERS)
    low, high = IDLE_RANGE
    if not low <= minutes <= high:
        raise InvalidInput([Problem("自动锁定", msg("value.minutes_range", low=low, high=high), str(minutes))])
    with db.transaction() as session:
        row = session.get(Setting, IDLE_SETTING)
        before = row.value if row else str(DEFAULT_IDLE_MINUTES)
        if row is None:
            session.add(Setting(key=IDLE_SETTING, value=str(minutes)))
        else:
            row.value = str(minutes)
        audit.record(
            session,
            actor,
            "set_setting",
            "setting",
            IDLE_SETTING,
            before={"value": before},
            after={"value": str(minutes)},
        )
