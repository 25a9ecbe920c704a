"""Per-PC preferences kept in QSettings, declared in one place with their defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

DEFAULTS: dict[str, Any] = {
    "ui/theme": "light",
    "ui/lang": "zh_CN",
    "window/geometry": None,
    "window/state": None,
    "window/page": "cases",
    "db/url": "",
    "security/last_login": "",
}


def settings() -> QSettings:
    return QSettings("WeiquanDesk", "WeiquanDesk")


def get(key: str) -> Any:
    """The stored value of a declared preference, or its default."""
    if key not in DEFAULTS and not key.startswith("columns/"):
        raise KeyError(f"undeclared setting {key}")
    return settings().value(key, DEFAULTS.get(key))


def put(key: str, value: Any) -> None:
    if key not in DEFAULTS and not key.startswith("columns/"):
        raise KeyError(f"undeclared setting {key}")
    settings().setValue(key, value)
