"""Password hashing with argon2id and the rules a new password must meet.

Passwords are never stored, logged or audited in clear; only the argon2 hash is kept.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.errors import Problem
from app.domain.messages import msg

MIN_LENGTH = 8
MAX_LENGTH = 128

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash to verify against when the user has none, made on first sign-in, not at import."""
    return _hasher.hash("weiquan-dummy-password")


def hash_password(password: str) -> str:
    """The argon2id hash of a password, salted."""
    return _hasher.hash(password)


def password_matches(stored_hash: str | None, password: str) -> bool:
    """Whether the password fits the stored hash; a missing hash costs the same time and never matches."""
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(stored_hash)


def password_problems(password: str, field: str = "密码", confirm: str | None = None) -> list[Problem]:
    """Why a new password is not acceptable (empty list when it is)."""
    problems: list[Problem] = []
    if len(password) < MIN_LENGTH:
        problems.append(Problem(field, msg("value.min_chars", limit=MIN_LENGTH)))
    elif len(password) > MAX_LENGTH:
        problems.append(Problem(field, msg("value.max_chars", limit=MAX_LENGTH)))
    elif password.isdigit() or len(set(password)) < 4:
        problems.append(Problem(field, msg("password.too_simple")))
    if confirm is not None and confirm != password:
        problems.append(Problem("确认密码", msg("password.mismatch")))
    return problems
