"""What every page and dialog of the GUI shares: the database, the acting user, the language, and a
hub of signals through which pages ask for each other (open a case, show a filtered list)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services.context import Actor
from app.services.setup import Database


class Hub(QObject):
    """Signals between pages, so that no page needs to know another."""

    open_case = Signal(str)
    """A case number to open on its case page."""
    show_cases = Signal(dict)
    """Filters for the case list (keys as the case list understands them); switches to the list."""
    case_changed = Signal(str)
    """A case was created or changed; lists refresh."""
    show_page = Signal(str)
    """The key of a main-window page to switch to."""
    rights_changed = Signal()
    """The acting user's roles or active flag changed in the database; the window offers what they allow now."""


@dataclass
class AppContext:
    """Handed to every page and dialog."""

    db: Database
    actor: Actor
    lang: str = "zh_CN"
    hub: Hub = field(default_factory=Hub)
    extras: dict[str, Any] = field(default_factory=dict)
    rights_shown: tuple[frozenset[str], bool] = field(init=False)
    """The roles and active flag the window offers its actions for."""

    def __post_init__(self) -> None:
        self.rights_shown = (self.actor.current_roles, self.actor.active)

    def recheck_rights(self) -> bool:
        """Read the acting user's rights again (after unlocking, after a refusal); True if they changed."""
        self.actor.refresh()
        now = (self.actor.current_roles, self.actor.active)
        changed, self.rights_shown = now != self.rights_shown, now
        if changed:
            self.hub.rights_changed.emit()
        return changed

    @property
    def english(self) -> bool:
        return self.lang.startswith("en")
