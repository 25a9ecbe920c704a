"""A document saved as PDF holds the case's text, and saving it is noted in the history."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from app.services.admin.users import add_user
from app.services.cases.documents import DocumentRequest, render_document
from app.services.cases.view import case_document
from app.views.context import AppContext
from app.views.documents import DocumentDialog, text_document
from tests.support.builders import to_agreed


def test_saved_pdf_contains_the_agreement_text(qtbot, sqlite_db, admin, tmp_path):
    add_user(sqlite_db, admin, "boss", "赵主管", ["supervisor"])
    no = to_agreed(sqlite_db, admin, date(2026, 6, 1))
    doc = render_document(sqlite_db, no, DocumentRequest("mediation_agreement"))
    dialog = DocumentDialog(AppContext(sqlite_db, admin), doc)
    qtbot.addWidget(dialog)
    path = dialog.save_to(tmp_path / "agreement.pdf")
    assert path is not None
    pdf_text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "调解书" in pdf_text and "张三" in pdf_text and "赵主管" in pdf_text
    printed = text_document(doc).toPlainText()
    assert no in printed and "399.00 元" in printed and "消费者（签字）" in printed
    assert case_document(sqlite_db, no)["history"][-1]["action"] == "document"


def test_picker_says_what_a_mediation_notice_still_needs_then_renders_it(qtbot, sqlite_db, admin):
    from app.services.cases.intake import register_case
    from app.views.dialogs.document_picker import DocumentPicker
    from tests.support.builders import to_mediating, wechat_draft

    add_user(sqlite_db, admin, "boss", "赵主管", ["supervisor"])
    fresh = register_case(sqlite_db, admin, wechat_draft(date(2026, 6, 1)), today=date(2026, 6, 1))
    picker = DocumentPicker(AppContext(sqlite_db, admin), fresh)
    qtbot.addWidget(picker)
    picker.kind.setCurrentIndex(picker.kind.findData("mediation_notice"))
    picker.make()
    assert picker.rendered is None
    assert "受理日期" in picker.problems.text() and "调解地点" in picker.problems.text()

    no = to_mediating(sqlite_db, admin, date(2026, 6, 1))
    picker = DocumentPicker(AppContext(sqlite_db, admin), no)
    qtbot.addWidget(picker)
    picker.kind.setCurrentIndex(picker.kind.findData("mediation_notice"))
    picker.place.setText("协会调解室")  # QTest cannot type Chinese characters
    picker.make()
    assert picker.rendered is not None and "协会调解室" in picker.rendered.html


def test_case_page_offers_documents_and_previews_the_chosen_one(qtbot, sqlite_db, admin):
    from app.views.case_page.case_page import CasePage
    from app.views.dialogs.document_picker import DocumentPicker

    add_user(sqlite_db, admin, "boss", "赵主管", ["supervisor"])
    no = to_agreed(sqlite_db, admin, date(2026, 6, 1))
    page = CasePage(AppContext(sqlite_db, admin), no)
    qtbot.addWidget(page)
    page.action_buttons["documents"].click()
    picker = page.last_dialog
    assert isinstance(picker, DocumentPicker)
    picker.kind.setCurrentIndex(picker.kind.findData("mediation_agreement"))
    picker.make()
    assert isinstance(page.last_dialog, DocumentDialog)
    assert "退款399元" in page.last_dialog.doc.html
    page.last_dialog.close()
