"""A document saved as PDF holds the case's text, and saving it is noted in the history."""

from __future__ import annotations

import unicodedata
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
    offered = [picker.kind.itemData(i) for i in range(picker.kind.count())]
    assert offered == ["complaint_form"], "a registered case supports only its complaint form"

    no = to_mediating(sqlite_db, admin, date(2026, 6, 1))
    picker = DocumentPicker(AppContext(sqlite_db, admin), no)
    qtbot.addWidget(picker)
    picker.kind.setCurrentIndex(picker.kind.findData("mediation_notice"))
    picker.make()
    assert picker.rendered is None and "调解地点" in picker.problems.text()
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


def pdf_text(text: str) -> str:
    """Text as compared with a PDF's: the PDF's font maps some characters to radicals (⽇ for 日, ⺠ for
    民), which NFKC and one replacement undo; NFKC also makes full-width punctuation plain; line breaks go."""
    return "".join(unicodedata.normalize("NFKC", text).replace("⺠", "民").split())


REQUIRED = {
    "complaint_form": ("投诉内容", "投诉人（签字）"),
    "acceptance_notice": ("予以受理", "第三十七条"),
    "non_acceptance_notice": ("不予受理", "第三十九条"),
    "mediation_notice": ("回避", "授权委托书"),
    "respondent_notice": ("回避", "终止调解"),
    "termination_decision": ("终止调解", "第三十九条"),
    "mediation_agreement": ("司法确认", "仲裁", "人民法院", "委托代理人", "法定代表人"),
    "mediation_record": ("调解经过", "调解结果"),
}


def _cases_for_every_document(db, actor) -> dict[str, str]:
    """A case for each document: mediating (notices, forms), agreed on site, terminated, rejected."""
    from datetime import timedelta

    from app.domain import requirements as req
    from app.services.cases import workflow
    from app.services.cases.intake import register_case
    from tests.support.builders import to_mediating, wechat_draft

    day = date(2026, 6, 1)
    mediating, agreed, terminated = to_mediating(db, actor, day), to_agreed(db, actor, day), to_agreed(db, actor, day)
    workflow.terminate_mediation(db, actor, terminated, req.TerminateInput("absent_or_refused", date(2026, 6, 20)))
    rejected = register_case(db, actor, wechat_draft(day), today=day)
    workflow.reject_case(
        db,
        actor,
        rejected,
        req.RejectInput(
            ("private_deal",),
            "闲置转让",
            day + timedelta(days=2),
            assessment=req.OperatorAssessment(conclusion="private"),
        ),
    )
    return {
        "complaint_form": mediating,
        "acceptance_notice": mediating,
        "non_acceptance_notice": rejected,
        "mediation_notice": mediating,
        "respondent_notice": mediating,
        "termination_decision": terminated,
        "mediation_agreement": agreed,
        "mediation_record": agreed,
    }


def test_every_document_saved_as_pdf_carries_its_date_number_office_and_clauses(qtbot, sqlite_db, admin, tmp_path):
    from datetime import datetime

    from app.domain.dates import LOCAL_TZ
    from app.services.admin.office import change_office, seal_from_file
    from app.services.cases.documents import KINDS, cn_date
    from tests.services.test_office import png_bytes

    add_user(sqlite_db, admin, "boss", "赵主管", ["supervisor"])
    seal = tmp_path / "seal.png"
    seal.write_bytes(png_bytes(40))
    change_office(
        sqlite_db,
        admin,
        name="临江市消费者协会",
        phone="0571-12315000",
        number_pattern="临消调〔{year}〕第{n}号",
        seal_image=seal_from_file(seal),
    )
    cases = _cases_for_every_document(sqlite_db, admin)
    meeting = datetime(2026, 6, 10, 14, 30, tzinfo=LOCAL_TZ)
    numbers = set()
    for kind, no in cases.items():
        request = DocumentRequest(kind, meeting, "协会调解室", merchant_representative="王法人")
        doc = render_document(sqlite_db, no, request)
        dialog = DocumentDialog(AppContext(sqlite_db, admin), doc, request=request)
        qtbot.addWidget(dialog)
        path = dialog.save_to(tmp_path / f"{kind}.pdf")
        assert path is not None, kind
        reader = PdfReader(str(path))
        text = pdf_text("".join(page.extract_text() for page in reader.pages))
        issued = dialog.doc
        assert issued.number.startswith("临消调〔") and pdf_text(issued.number) in text, kind
        assert pdf_text(cn_date(issued.dated)) in text, (kind, issued.dated)
        assert "临江市消费者协会" in text and pdf_text(KINDS[kind].title)[:4] in text, kind
        for clause in REQUIRED[kind]:
            assert pdf_text(clause) in text, (kind, clause)
        numbers.add(issued.number)
        if kind != "complaint_form":
            assert any("/XObject" in str(page.get("/Resources", {})) for page in reader.pages), f"seal on {kind}"
    assert len(numbers) == len(cases), "each document its own number"
    dates = {
        kind: render_document(sqlite_db, no, DocumentRequest(kind, meeting, "x")).dated for kind, no in cases.items()
    }
    assert dates["termination_decision"] == date(2026, 6, 20) and dates["acceptance_notice"] == date(2026, 6, 2)


def test_a_table_that_would_cross_a_page_break_starts_on_the_next_page(qtbot, sqlite_db, admin):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextTable

    from app.services.cases.documents import RenderedDocument

    filler = "".join(f"<p>第{i}段说明文字。</p>" for i in range(24))
    rows = "".join(f"<tr><td>项目{i}</td><td>{i}.00 元</td></tr>" for i in range(8))
    html = f"<html><body>{filler}<table border='1'>{rows}</table></body></html>"
    page = QSizeF(400, 600)
    document = text_document(RenderedDocument("x", "x", "WQ", html), page)
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    box = document.documentLayout().frameBoundingRect(table)
    assert int(box.top() // page.height()) == int((box.bottom() - 1) // page.height())


def test_the_preview_is_black_on_white_paper(qtbot, sqlite_db, admin):
    add_user(sqlite_db, admin, "boss", "赵主管", ["supervisor"])
    no = to_agreed(sqlite_db, admin, date(2026, 6, 1))
    dialog = DocumentDialog(
        AppContext(sqlite_db, admin), render_document(sqlite_db, no, DocumentRequest("complaint_form"))
    )
    qtbot.addWidget(dialog)
    palette = dialog.preview.palette()
    assert "#ffffff" in dialog.preview.styleSheet() and "#000000" in dialog.preview.styleSheet()
    assert palette is not None
