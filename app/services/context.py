"""Who is acting: the signed-in user, or the command line acting with administrator rights.

A signed-in user's roles and active flag are read from the database at the moment of each action
(``require``, ``require_active``): an administrator's change takes effect on the user's next call, on
every PC. A version counter that every change of a user's rights bumps keeps this to one tiny read.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.domain.errors import PermissionDenied
from app.domain.messages import label_of
from app.domain.permissions import PERMISSION_LABELS, Permission, Role, permissions_of
from app.store.database import SESSION_DATABASE, Database
from app.store.people import current_rights, rights_version


@dataclass
class _Rights:
    """The rights last read from the database, and the counter value they were read at."""

    roles: frozenset[str]
    active: bool = True
    version: int | None = None


@dataclass(frozen=True)
class Actor:
    """The acting user as the services see it; ``db`` set means the rights are re-read at each action."""

    login: str
    name: str
    roles: frozenset[str]
    user_id: int | None = None
    db: Database | None = field(default=None, compare=False, repr=False)
    _rights: _Rights = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_rights", _Rights(self.roles))

    @classmethod
    def cli(cls) -> Actor:
        """The command line: ``cli:<os user>`` with every role (it has direct database access anyway)."""
        try:
            who = getpass.getuser()
        except (KeyError, OSError):
            who = "unknown"
        return cls(login=f"cli:{who}", name=f"命令行 {who}", roles=frozenset(r.value for r in Role))

    @property
    def current_roles(self) -> frozenset[str]:
        """The roles as last read (at sign-in, or at the last action); empty for a deactivated user."""
        return self._rights.roles if self._rights.active else frozenset()

    @property
    def active(self) -> bool:
        return self._rights.active

    def refresh(self, session: Session | None = None) -> None:
        """Read the user's roles and active flag again if any user's rights changed since the last read;
        in ``session`` when it is an open transaction on the actor's own database (one read, no session of
        its own)."""
        if self.db is None or self.user_id is None:
            return
        if session is not None and session.info.get(SESSION_DATABASE) is self.db:
            self._read_rights(session)
            return
        with self.db.read() as own:
            self._read_rights(own)

    def _read_rights(self, session: Session) -> None:
        version = rights_version(session)
        if version == self._rights.version:
            return
        roles, active = current_rights(session, self.user_id or 0)
        self._rights.roles, self._rights.active, self._rights.version = roles, active, version

    def can(self, permission: Permission) -> bool:
        """Whether the roles as last read grant the permission (screens ask this to offer an action)."""
        return permission in permissions_of(self.current_roles)

    def require_active(self, session: Session | None = None) -> None:
        """PermissionDenied at once if the user was deactivated (rights read now, see :meth:`refresh`)."""
        self.refresh(session)
        if not self._rights.active:
            raise PermissionDenied("permission.deactivated", name=self.name)

    def require(self, permission: Permission, session: Session | None = None) -> None:
        """PermissionDenied, naming what is missing, unless the actor holds the permission now (read in
        ``session``, see :meth:`refresh`)."""
        self.require_active(session)
        if not self.can(permission):
            raise PermissionDenied(
                "permission.denied", name=self.name, permission=label_of(PERMISSION_LABELS[permission])
            )
