"""GUI tests keep their per-PC preferences (QSettings) in a temporary folder, never in the developer's."""

from __future__ import annotations

import pytest

from app.views import settings


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    with settings.kept_in(tmp_path / "settings"):
        yield tmp_path / "settings"
