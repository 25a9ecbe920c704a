"""Errors the core raises for a person to read: each says, in plain words, what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


class DomainError(Exception):
    """Base of every error meant for the user; ``str(err)`` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidValue(DomainError, ValueError):
    """One value is not acceptable (a bad phone number, a negative amount, ...)."""


@dataclass(frozen=True)
class Problem:
    """One problem with one field of a form or a ledger row."""

    field: str
    message: str
    value: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        where = f"第{self.row}行 " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class InvalidInput(DomainError):
    """A form or file has one or more problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("；".join(str(p) for p in self.problems) or "输入有误")


class ActionRefused(DomainError):
    """The case's state or data does not allow the action."""


class PermissionDenied(DomainError):
    """The acting user's roles do not allow the action."""


class NotFound(DomainError):
    """The record asked for does not exist."""


class Conflict(DomainError):
    """Someone else changed the record since it was read."""
