"""The case number: ``WQ<year>-<six-digit running number of that year>``, e.g. WQ2026-000123.

The one format every place that writes or reads a case number uses (registration, ledger import, demo data).
"""

from __future__ import annotations

import re

PREFIX = "WQ"
_PATTERN = re.compile(rf"{PREFIX}(\d{{4}})-(\d{{6}})")


def format_case_no(year: int, number: int) -> str:
    """The case number of the ``number``-th case registered in ``year``."""
    return f"{PREFIX}{year}-{number:06d}"


def parse_case_no(text: str) -> tuple[int, int] | None:
    """(year, running number) of a case number in this format; None for any other text (an imported ledger's own)."""
    found = _PATTERN.fullmatch(text)
    return (int(found[1]), int(found[2])) if found else None
