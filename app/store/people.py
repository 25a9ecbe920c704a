"""Tables for people: the users of the application and the consumers who complain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, false, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.domain.permissions import may_mediate
from app.store.base import Base
from app.store.reference import Setting
from app.store.types import UTCDateTime


class User(Base):
    """A person who signs in: clerk, mediator, supervisor or administrator (roles comma-separated)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    roles: Mapped[str] = mapped_column(String(100), default="")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """When the last wrong password was typed; with ``failed_logins`` it sets the wait before the next try."""
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Set when an administrator sets the password; the user chooses a new one at the next sign-in."""
    deactivated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r for r in self.roles.split(",") if r)


class Consumer(Base):
    """The consumer who complains, with the pinyin initials of the name for search."""

    __tablename__ = "consumers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    name_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18))
    address: Mapped[str | None] = mapped_column(String(200))
    agent_name: Mapped[str | None] = mapped_column(String(64))
    agent_authorised: Mapped[bool] = mapped_column(Boolean, default=False)


RIGHTS_VERSION_KEY = "users.rights_version"


def rights_version(session: Session) -> int:
    """The counter every change of a user's roles or active flag bumps (0 before the first change)."""
    row = session.get(Setting, RIGHTS_VERSION_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else 0


def bump_rights_version(session: Session) -> None:
    """Tell every signed-in user's next action to read its rights again (call with the change, same transaction)."""
    row = session.get(Setting, RIGHTS_VERSION_KEY)
    if row is None:
        session.add(Setting(key=RIGHTS_VERSION_KEY, value="1"))
    else:
        row.value = str(rights_version(session) + 1)


def current_rights(session: Session, user_id: int) -> tuple[frozenset[str], bool]:
    """A user's roles and whether the account is active, as stored now (a missing user has none)."""
    user = session.get(User, user_id)
    if user is None:
        return frozenset(), False
    return user.role_set, user.active


def active_mediators(session: Session) -> list[User]:
    """The active users who may be assigned cases (domain rule ``may_mediate``), by name."""
    users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.name, User.id))
    return [u for u in users if may_mediate(u.role_set)]
