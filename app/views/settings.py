"""Per-PC preferences kept in QSettings, declared in one place with their defaults.

They live where Windows keeps them (the registry, HKCU\\Software\\WeiquanDesk), except inside
:func:`kept_in`: the selftest and the tests keep theirs in an INI file in a folder of their own, since
``QSettings.setPath`` does not redirect the registry.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

ORGANIZATION = APPLICATION = "WeiquanDesk"
_private_file: Path | None = None

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
    """The user's own preferences, or the private INI file while :func:`kept_in` is active."""
    if _private_file is not None:
        return QSettings(str(_private_file), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


@contextmanager
def kept_in(folder: Path) -> Iterator[Path]:
    """Within the block, every preference is read from and written to an INI file in ``folder``; the
    user's own (the registry on Windows) are neither read nor touched."""
    global _private_file
    previous, _private_file = _private_file, Path(folder) / f"{APPLICATION}.ini"
    try:
        yield _private_file
    finally:
        _private_file = previous


def get(key: str) -> Any:
    """The stored value of a declared preference, or its default."""
    if key not in DEFAULTS and not key.startswith("columns/"):
        raise KeyError(f"undeclared setting {key}")
    return settings().value(key, DEFAULTS.get(key))


def put(key: str, value: Any) -> None:
    if key not in DEFAULTS and not key.startswith("columns/"):
        raise KeyError(f"undeclared setting {key}")
    settings().setValue(key, value)
