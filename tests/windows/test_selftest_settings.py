"""Point 6 of the Windows report: ``selftest`` wrote its window geometry, page and column widths into the
user's real preferences. On Windows those are the registry (HKCU\\Software\\WeiquanDesk), which
``QSettings.setPath`` does not redirect; the selftest now keeps them in an INI file in its own temporary
folder, and the user's own preferences are neither read nor written."""

from __future__ import annotations

import io

from PySide6.QtCore import QSettings

from app.devtools import selftest
from app.views import settings
from app.views.i18n import install_language


def test_the_selftest_never_uses_the_users_own_preferences(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(selftest, "DEMO_CASES", 10)
    used: list[tuple[QSettings.Format, str]] = []
    real = settings.settings

    def spy() -> QSettings:
        store = real()
        used.append((store.format(), store.fileName()))
        return store

    monkeypatch.setattr(settings, "settings", spy)
    try:
        assert selftest.run_selftest(None, io.StringIO()) is True
    finally:
        install_language(qapp, "zh_CN")
    assert used, "the selftest stores window geometry and pages"
    assert {fmt for fmt, _name in used} == {QSettings.Format.IniFormat}, "never the registry on Windows"
    assert all("weiquan-selftest-" in name for _fmt, name in used)
    assert not any(str(tmp_path) in name for _fmt, name in used), "nor the preferences of whoever started it"


def test_after_the_selftest_the_preferences_in_use_before_are_back(qapp, tmp_path, private_settings):
    before = settings.settings().fileName()
    with settings.kept_in(tmp_path / "selftest"):
        settings.put("window/page", "reports")
        assert settings.settings().fileName().startswith(str(tmp_path / "selftest"))
    assert settings.settings().fileName() == before
    assert settings.get("window/page") == "cases", "what the selftest chose stayed in its own file"
