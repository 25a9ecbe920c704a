"""Text typed by a person, made literal inside a LIKE or GLOB pattern (its wildcards match only themselves)."""

from __future__ import annotations

LIKE_ESCAPE = "\\"


def escape_like(text: str) -> str:
    """``text`` for a LIKE pattern written with ``ESCAPE '\\'``: %, _ and the backslash match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def escape_glob(text: str) -> str:
    """``text`` for a SQLite GLOB pattern: *, ? and [ match themselves."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)
