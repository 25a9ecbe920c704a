"""Users of the application: adding them and looking them up."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.dates import now_local
from app.domain.errors import InvalidInput, Problem
from app.domain.permissions import ROLES, Permission
from app.services import audit
from app.services.context import Actor
from app.store.database import Database
from app.store.people import User


def add_user(db: Database, actor: Actor, login: str, name: str, roles: list[str],
             password_hash: str | None = None) -> int:
    """Create a user with one or more roles; the login must be new."""
    actor.require(Permission.MANAGE_USERS)
    login, name = login.strip(), name.strip()
    problems = []
    if not login or len(login) > 64:
        problems.append(Problem("登录名", "应为1到64个字符"))
    if not name:
        problems.append(Problem("姓名", "不能为空"))
    unknown = [r for r in roles if r not in ROLES]
    if not roles or unknown:
        problems.append(Problem("角色", f"可选：{', '.join(ROLES)}", ",".join(unknown) or None))
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        if session.scalars(select(User).where(User.login == login)).first() is not None:
            raise InvalidInput([Problem("登录名", "已存在", login)])
        user = User(login=login, name=name, roles=",".join(dict.fromkeys(roles)), password_hash=password_hash,
                    active=True, created_at=now_local())
        session.add(user)
        session.flush()
        audit.record(session, actor, "add_user", "user", login, after={"name": name, "roles": roles})
        return user.id


def actor_for(db: Database, login: str) -> Actor:
    """The Actor of a stored user (for the GUI after sign-in, and for tests)."""
    with db.read() as session:
        user = session.scalars(select(User).where(User.login == login)).one()
        return Actor(login=user.login, name=user.name, roles=user.role_set, user_id=user.id)
