"""Windows of time the screens and the figures share: the recent window of the merchant ranking."""

from __future__ import annotations

from datetime import date, timedelta

RECENT_DAYS = 90
"""Complaints "in the last 90 days": the merchant ranking, the merchant page and the dashboard's top merchants."""


def recent_since(today: date) -> date:
    """The first day of the recent window ending with ``today`` (today and the 89 days before it)."""
    return today - timedelta(days=RECENT_DAYS - 1)
