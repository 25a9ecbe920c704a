"""Files shipped with the application (translations, icons, templates) and where to find them: next to
this module when running from source, under the bundle folder when frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding the resources: ``sys._MEIPASS/app/resources`` in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "app" / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. ``resource_path("i18n", "weiquan_en.qm")``."""
    return resource_root().joinpath(*parts)
