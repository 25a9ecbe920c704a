"""GUI tests keep their per-PC preferences (QSettings) in a temporary folder, never in the developer's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from app.devtools.demo import generate_demo
from app.devtools.selftest import TASKBAR_HEIGHT
from app.services.context import Actor
from app.services.setup import open_database
from app.views import settings
from app.views.context import AppContext
from app.views.i18n import install_language
from app.views.screen_fit import set_available_area


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    with settings.kept_in(tmp_path / "settings"):
        yield tmp_path / "settings"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A small demo database shared by a module's screens, with the fixtures the screens make."""
    db = open_database(f"sqlite:///{(tmp_path_factory.mktemp('screens') / 'screens.db').as_posix()}")
    generate_demo(db, 40, seed=3)
    yield db, {}
    db.dispose()


@pytest.fixture(params=["zh_CN", "en"])
def laptop(request, qapp, demo_db):
    """A context in each language on a 1366x768 screen with the Windows taskbar."""
    set_available_area(QRect(0, 0, 1366, 768 - TASKBAR_HEIGHT))
    lang = install_language(qapp, request.param)
    db, extras = demo_db
    yield AppContext(db=db, actor=Actor.cli(), lang=lang, extras=extras)
    set_available_area(None)
    install_language(qapp, "zh_CN")
