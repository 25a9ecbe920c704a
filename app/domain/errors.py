"""Errors the core raises for a person to read: each carries a coded message of the catalog.

``raise ActionRefused("case.not_assigned", case_no=..., name=...)`` — the code names an entry of
``app/domain/catalog.py``; ``str(err)`` is the message in the chosen language, ``err.text("en")`` in English.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.messages import Message, field_label, join_lines, msg


class DomainError(Exception):
    """Base of every error meant for the user; ``str(err)`` is the message to show."""

    def __init__(self, message: Message | str, /, **params: object) -> None:
        self.msg = message if isinstance(message, Message) else msg(message, **params)
        super().__init__(self.msg.code)

    @property
    def code(self) -> str:
        return self.msg.code

    @property
    def message(self) -> str:
        return self.text()

    def text(self, lang: str | None = None) -> str:
        return self.msg.text(lang)

    def __str__(self) -> str:
        return self.text()


class InvalidValue(DomainError, ValueError):
    """One value is not acceptable (a bad phone number, a negative amount, ...)."""


@dataclass(frozen=True)
class Problem:
    """One problem with one field of a form or a ledger row; ``field`` is the Chinese label (its key).

    The core gives a catalog Message; a screen checking its own widgets may give text already passed through tr().
    """

    field: str
    message: Message | str
    value: str | None = None
    row: int | None = None

    def text(self, lang: str | None = None) -> str:
        where = msg("problem.row", row=self.row).text(lang) if self.row is not None else ""
        return f"{where}{field_label(self.field, lang)}: {self.reason(lang)}"

    def reason(self, lang: str | None = None) -> str:
        """What is wrong, without the field's name."""
        return self.message if isinstance(self.message, str) else self.message.text(lang)

    def __str__(self) -> str:
        return self.text()


class InvalidInput(DomainError):
    """A form or file has one or more problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("input.invalid", count=len(self.problems))

    def text(self, lang: str | None = None) -> str:
        if not self.problems:
            return super().text(lang)
        return join_lines([p.text(lang) for p in self.problems], lang)


class ActionRefused(DomainError):
    """The case's state or data does not allow the action."""


class PermissionDenied(DomainError):
    """The acting user's roles do not allow the action."""


class NotFound(DomainError):
    """The record asked for does not exist."""


class Conflict(DomainError):
    """Someone else changed the record since it was read."""
