"""Choosing a document to make for a case — only those its state and history support — with what that
document asks for (the meeting for a notice, the session for a record, agents and the merchant's legal
representative for the 调解书), then previewing it."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.codes import SESSION_MODES, label
from app.domain.dates import LOCAL_TZ
from app.domain.display import show_datetime
from app.domain.errors import InvalidInput
from app.services.cases.documents import (
    DocumentRequest,
    RenderedDocument,
    documents_for,
    render_document,
    sessions_of,
)
from app.views.context import AppContext


class DocumentPicker(QDialog):
    """Asks which document to make; ``rendered`` holds it after OK."""

    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_no = ctx, case_no
        self.rendered: RenderedDocument | None = None
        self.setWindowTitle(self.tr("制作文书 · %1").replace("%1", case_no))
        self.kind = QComboBox()
        for kind in documents_for(ctx.db, case_no):
            self.kind.addItem(kind.title_en if ctx.english else kind.title, kind.code)
        self.meeting_at = QDateTimeEdit(QDateTime.currentDateTime().addDays(3))
        self.meeting_at.setCalendarPopup(True)
        self.meeting_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("例如：本会调解室"))
        self.session = QComboBox()
        for choice in sessions_of(ctx.db, case_no):
            when = show_datetime(choice.held_at, ctx.lang)
            self.session.addItem(f"{when} {label(SESSION_MODES, choice.mode, ctx.lang)}", choice.id)
        self.consumer_agent = QLineEdit()
        self.merchant_representative = QLineEdit()
        self.merchant_agent = QLineEdit()
        for edit in (self.consumer_agent, self.merchant_representative, self.merchant_agent):
            edit.setPlaceholderText(self.tr("没有可留空，打印后手写"))
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("文书"), self.kind)
        form.addRow(self.tr("调解时间"), self.meeting_at)
        form.addRow(self.tr("调解地点"), self.place)
        form.addRow(self.tr("调解记录"), self.session)
        form.addRow(self.tr("消费者委托代理人"), self.consumer_agent)
        form.addRow(self.tr("经营者法定代表人或负责人"), self.merchant_representative)
        form.addRow(self.tr("经营者委托代理人"), self.merchant_agent)
        form.addRow(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.form = form
        self.kind.currentIndexChanged.connect(self._show_relevant_fields)
        self._show_relevant_fields()

    def _show_relevant_fields(self) -> None:
        code = self.kind.currentData()
        notices = ("mediation_notice", "respondent_notice")
        for widget, wanted in (
            (self.meeting_at, notices),
            (self.place, notices),
            (self.session, ("mediation_record",)),
            (self.consumer_agent, ("mediation_agreement",)),
            (self.merchant_representative, ("mediation_agreement",)),
            (self.merchant_agent, ("mediation_agreement",)),
        ):
            self.form.setRowVisible(widget, code in wanted)
        self.problems.clear()

    def request(self) -> DocumentRequest:
        code = self.kind.currentData()
        when = self.meeting_at.dateTime().toPython().replace(tzinfo=LOCAL_TZ)
        return DocumentRequest(
            code,
            meeting_at=when if code in ("mediation_notice", "respondent_notice") else None,
            meeting_place=self.place.text(),
            session_id=self.session.currentData(),
            consumer_agent=self.consumer_agent.text(),
            merchant_representative=self.merchant_representative.text(),
            merchant_agent=self.merchant_agent.text(),
        )

    def make(self) -> None:
        """Render the document, or say what it still needs."""
        try:
            self.rendered = render_document(self.ctx.db, self.case_no, self.request())
        except InvalidInput as err:
            self.problems.setText("\n".join(p.reason() for p in err.problems))
            return
        self.accept()
