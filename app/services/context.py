"""Who is acting: the signed-in user, or the command line acting with administrator rights."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from app.domain.errors import PermissionDenied
from app.domain.permissions import PERMISSION_LABELS, Permission, Role, permissions_of


@dataclass(frozen=True)
class Actor:
    """The acting user as the services see it."""

    login: str
    name: str
    roles: frozenset[str]
    user_id: int | None = None

    @classmethod
    def cli(cls) -> Actor:
        """The command line: ``cli:<os user>`` with every role (it has direct database access anyway)."""
        try:
            who = getpass.getuser()
        except (KeyError, OSError):
            who = "unknown"
        return cls(login=f"cli:{who}", name=f"命令行 {who}", roles=frozenset(r.value for r in Role))

    def can(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        """PermissionDenied, naming what is missing, unless the actor holds the permission."""
        if not self.can(permission):
            raise PermissionDenied(f"{self.name} 没有“{PERMISSION_LABELS[permission]}”的权限")
