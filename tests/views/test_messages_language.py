"""The GUI shows the core's refusals in its own language: choosing English switches the message catalog too."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QLabel

from app.domain import messages
from app.domain.errors import InvalidInput
from app.services.admin.users import add_user
from app.services.context import Actor
from app.views.i18n import install_language
from app.views.widgets.validated_fields import ProblemBoard

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def test_choosing_english_shows_service_refusals_and_their_fields_in_english(qtbot, sqlite_db) -> None:
    app = QApplication.instance()
    install_language(app, "en")
    try:
        assert messages.current_language() == "en"
        try:
            add_user(sqlite_db, Actor.cli(), "has space", "", [])
        except InvalidInput as err:
            refusal = err
        summary = QLabel()
        board = ProblemBoard(summary)
        board.show(refusal.problems)
        assert "Login: 1 to 64 characters, no spaces" in summary.text()
        assert "Roles: Choose at least one role" in summary.text()
        assert not CJK.search(summary.text()), summary.text()
    finally:
        install_language(app, "zh_CN")
    assert messages.current_language() == "zh"
    assert "登录名" in str(refusal)
