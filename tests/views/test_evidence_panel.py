"""Evidence on the case page: a file dropped on the evidence section is added with its kind, shown with a
thumbnail, and the missing-payment-record hint goes away once a red-envelope record is there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from app.services.cases.detail import case_detail
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.views.case_page.case_page import CasePage
from tests.support.builders import wechat_draft
from tests.views.intake_support import choose, click, context, no_blocking_questions

__all__ = ["no_blocking_questions"]


def test_a_dropped_red_envelope_record_is_added_with_a_thumbnail(qtbot, db, clerk, tmp_path):
    no = register_case(db, clerk, wechat_draft(date(2026, 3, 2)), today=date(2026, 3, 2))
    picture = tmp_path / "红包.png"
    image = QImage(120, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#d84315"))
    image.save(str(picture))
    page = CasePage(context(db, clerk), no)
    qtbot.addWidget(page)
    assert page.evidence.hint.isVisibleTo(page.evidence)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    page.evidence.dropEvent(drop)
    dialog = page.last_dialog
    assert dialog.chooser.path.text() == str(picture)
    choose(dialog.kind, "red_envelope_record")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.runner.running == 0, timeout=120_000)  # the image is read in the background
    assert [e.kind for e in case_detail(db, Actor.cli(), no).evidence] == ["red_envelope_record"]
    row = page.evidence.list.item(0)
    assert "红包记录 · 红包.png" in row.text()
    assert not row.icon().isNull()
    assert not page.evidence.hint.isVisibleTo(page.evidence)
