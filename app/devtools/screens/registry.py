"""The registry of screens `selftest --screenshots` saves, beside the main window's pages.

A factory takes the application context and returns a widget filled with data (a page, a dialog
opened on a demo case, ...); selftest shows it offscreen, sized as it sizes itself on the screen chosen
with ``--screen``, and saves it as a PNG named after the entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.views.context import AppContext

Factory = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class Screen:
    name: str
    factory: Factory


SCREENS: dict[str, Screen] = {}


def screenshot(name: str) -> Callable[[Factory], Factory]:
    """Decorator: register a factory under a file-name-safe name such as ``case_page``."""

    def register(factory: Factory) -> Factory:
        SCREENS[name] = Screen(name, factory)
        return factory

    return register
