"""Signing out (switching user) appends the audit chain head to this PC's anchor file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.services.audit_anchors import local_anchors, read_head
from app.services.context import Actor
from app.views import security
from app.views.context import AppContext
from tests.support.tampers import populate


class _Accepting:
    def __init__(self, _db, _login, _parent) -> None:
        self.actor = Actor.cli()

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


class _Window:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx, self.switched_to = ctx, None

    def switch_user(self, ctx: AppContext) -> None:
        self.switched_to = ctx


def test_switching_user_writes_this_pcs_anchor(sqlite_db, qapp, monkeypatch):
    populate(sqlite_db, cases=1)
    monkeypatch.setattr(security, "SignInDialog", _Accepting)
    monkeypatch.setattr(security, "_signed_in", lambda _db, actor: actor)
    window = _Window(AppContext(db=sqlite_db, actor=Actor.cli()))
    security.switch_user(window)  # type: ignore[arg-type]
    assert window.switched_to is not None
    anchors = local_anchors(sqlite_db)
    assert len(anchors) == 1 and anchors[0].hash == read_head(sqlite_db).hash
