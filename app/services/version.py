"""The program's version, in one place: the installed package's metadata, which the Windows bundle carries
too (installer/weiquan.spec writes it); "dev" only for a checkout that was never installed."""

from __future__ import annotations

from importlib import metadata

UNKNOWN = "dev"


def app_version() -> str:
    try:
        return metadata.version("weiquan-desk")
    except metadata.PackageNotFoundError:
        return UNKNOWN
