"""The case page: a header with number, state and the running deadlines; buttons for exactly the actions
the case's state allows; the sections of the case; evidence, sessions and the history timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import READING_KINDS, label
from app.domain.deadlines import DEADLINE_KINDS, Deadline
from app.domain.display import show_date
from app.domain.errors import DomainError
from app.domain.requirements import MAX_RESPONDENTS
from app.domain.workflow import ACTIONS, EXTENSION_STATES, FOLLOW_UP_STATES, Action, State, state_label
from app.services.cases.access import (
    NO_MEDIATOR_STATES,
    Refusal,
    action_refusal,
    assign_refusal,
    edit_refusal,
    mediation_refusal,
)
from app.services.cases.detail import CaseDetail, case_detail
from app.services.cases.evidence import IMAGE_SUFFIXES
from app.services.cases.evidence_reading import (
    FieldOffer,
    case_offers,
    decide_offer,
    pending_offers,
    read_case_evidence,
)
from app.services.cases.intake_checks import case_warnings
from app.services.cases.sessions import SESSION_STATES
from app.views.case_page import sections
from app.views.case_page.evidence_panel import EvidencePanel
from app.views.case_page.timeline import TimelineView
from app.views.context import AppContext
from app.views.dialogs.acceptance import AssignMediatorDialog, CaseActionDialog
from app.views.dialogs.actions import dialog_for
from app.views.dialogs.case_dialogs import EditCaseDialog
from app.views.dialogs.document_picker import DocumentPicker
from app.views.dialogs.evidence_dialog import EvidenceDialog
from app.views.dialogs.mediation import ExtendDialog, FollowUpDialog
from app.views.dialogs.respondents import AdvancePaymentDialog, RespondentDialog
from app.views.dialogs.session_dialog import SessionDialog
from app.views.documents import DocumentDialog
from app.views.i18n import punctuation
from app.views.refusals import offer
from app.views.tasks import TaskControl, TaskRunner
from app.views.widgets.evidence_offers import EvidenceOffers

OVERDUE_STYLE = "color: #c62828; font-weight: bold;"
DUE_SOON_STYLE = "color: #b26a00; font-weight: bold;"
STATE_STYLE = "background: #1565c0; color: white; border-radius: 4px; padding: 2px 8px;"


class CasePage(QWidget):
    """One case, refreshed whenever the hub says it changed."""

    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_no = ctx, case_no
        self.detail: CaseDetail | None = None
        self.title, self.state, self.deadlines, self.warning = QLabel(), QLabel(), QLabel(), QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.state.setStyleSheet(STATE_STYLE)
        self.warning.setStyleSheet(OVERDUE_STYLE)
        self.warning.setWordWrap(True)
        header = QHBoxLayout()
        for widget in (self.title, self.state, self.deadlines):
            header.addWidget(widget)
        header.addStretch(1)
        self.action_bar = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.section_buttons: dict[str, QPushButton] = {}
        """Buttons inside the sections (further respondents, 先行赔付), apart from the action bar."""
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.warning)
        layout.addLayout(self.action_bar)
        self.offers = EvidenceOffers()
        self.offers.decided.connect(self._decide_offer)
        self.offers_evidence: int | None = None
        self.runner = TaskRunner(self)
        layout.addWidget(self.offers)
        layout.addWidget(self.scroll, 1)
        self.evidence: EvidencePanel | None = None
        self.timeline: TimelineView | None = None
        self._pending_paths: list[str] = []
        self.last_dialog: QDialog | None = None
        ctx.hub.case_changed.connect(self._on_case_changed)
        self.refresh()
        self._show_pending_offers()

    def _show_pending_offers(self) -> None:
        """Fields read from a screenshot earlier and never accepted or ignored are offered again."""
        pending = pending_offers(self.ctx.db, self.case_no, self.ctx.lang)
        detail = self.detail
        if pending is None or detail is None or edit_refusal(self.ctx.actor, detail.state, detail.mediator_id):
            return
        self.offers_evidence = pending.evidence_id
        self.offers.show_pending(pending.offers, label(READING_KINDS, pending.kind, self.ctx.lang), pending.filename)

    def _on_case_changed(self, case_no: str) -> None:
        if case_no == self.case_no:
            self.refresh()

    def refresh(self) -> None:
        """Read the case again and rebuild the page."""
        self.detail = detail = case_detail(self.ctx.db, self.ctx.actor, self.case_no)
        self.setWindowTitle(self.tr("案件 %1").replace("%1", detail.case_no))
        self.title.setText(detail.case_no)
        self.state.setText(state_label(detail.state, self.ctx.lang))
        self._show_deadlines(detail.deadlines)
        warnings = [self.tr("该经营者在黑名单上。")] if detail.merchant.blacklisted else []
        warnings += [w.message for w in case_warnings(self.ctx.db, self.case_no) if w.kind == "duplicate"]
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self._build_actions(detail)
        self._build_sections(detail)

    def _deadline_text(self, d: Deadline) -> str:
        text = f"{label(DEADLINE_KINDS, d.kind, self.ctx.lang)} {show_date(d.due, self.ctx.lang)}"
        if d.paused:
            text += self.tr("（已中止，暂停计算）")
        elif d.overdue:
            text += self.tr("（已超期 %1 个工作日）").replace("%1", str(abs(d.working_days_left)))
        else:
            text += self.tr("（剩 %1 个工作日）").replace("%1", str(d.working_days_left))
        if not d.unconfirmed_years:
            return text
        years = punctuation(self.ctx.lang)[1].join(str(y) for y in d.unconfirmed_years)
        return text + " ⚠ " + self.tr("%1年节假日安排未确认").replace("%1", years)

    def _show_deadlines(self, deadlines: list[Deadline]) -> None:
        self.deadlines.setText("　".join(self._deadline_text(d) for d in deadlines) or self.tr("无进行中的期限"))
        urgent = any(d.overdue for d in deadlines)
        soon = any(d.due_soon for d in deadlines)
        self.deadlines.setStyleSheet(OVERDUE_STYLE if urgent else DUE_SOON_STYLE if soon else "")

    def _build_actions(self, detail: CaseDetail) -> None:
        while self.action_bar.count():
            item = self.action_bar.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        """A button for each step the case's state allows; a step the user may not take is disabled, its
        tooltip says why (the same rules the services apply when the step is taken)."""
        self.action_buttons = {}
        actor, mediator = self.ctx.actor, detail.mediator_id
        for action in detail.actions:
            self._add_button(
                action.value,
                ACTIONS[action][1 if self.ctx.english else 0],
                lambda _c=False, a=action: self.open_action(a),
                action_refusal(actor, action, mediator),
            )
        if detail.state in SESSION_STATES:
            refusal = mediation_refusal(actor, mediator)
            self._add_button("log_session", self.tr("记录调解"), lambda: self.open_session_dialog(), refusal)
        if detail.state in EXTENSION_STATES and detail.extension_allowed > detail.extension_days:
            refusal = mediation_refusal(actor, mediator)
            self._add_button("extend", self.tr("延长期限…"), lambda: self.open_extend_dialog(), refusal)
        if detail.state in FOLLOW_UP_STATES:
            refusal = edit_refusal(actor, detail.state, mediator)
            self._add_button("follow_up", self.tr("记录回访…"), lambda: self.open_follow_up_dialog(), refusal)
        if detail.state not in NO_MEDIATOR_STATES:
            refusal = assign_refusal(actor, detail.state)
            self._add_button("assign_mediator", self.tr("指派调解员"), lambda: self.open_assign_dialog(), refusal)
        self.action_bar.addStretch(1)
        editing = edit_refusal(actor, detail.state, mediator)
        self._add_button("documents", self.tr("制作文书…"), lambda: self.open_documents(), editing)
        self._add_button("edit", self.tr("修改案件信息"), lambda: self.open_edit_dialog(), editing)
        self._add_button("refresh", self.tr("刷新"), self.refresh)

    def _add_button(self, key: str, text: str, slot: object, refusal: Refusal | None = None) -> None:
        button = QPushButton(text)
        button.clicked.connect(slot)
        offer(button, refusal, self.ctx.lang)
        self.action_buttons[key] = button
        self.action_bar.addWidget(button)

    def _build_sections(self, detail: CaseDetail) -> None:
        lang = self.ctx.lang
        self.section_buttons = {}
        self.evidence = EvidencePanel(self.ctx.db, detail.evidence, detail.missing_evidence, lang)
        self.evidence.add_requested.connect(self.add_evidence)
        editing = edit_refusal(self.ctx.actor, detail.state, detail.mediator_id)
        offer(self.evidence.add_button, editing, lang)
        self.evidence.setAcceptDrops(editing is None)
        self.timeline = TimelineView(detail.timeline, lang)
        left = sections.column(
            [
                sections.parties_group(detail, lang),
                self._respondents_box(detail, editing),
                sections.transaction_group(detail, lang),
                sections.complaint_group(detail, lang),
                sections.handling_group(detail, lang),
                sections.agreement_group(detail, lang),
            ]
        )
        later = [sections.follow_ups_group(detail, lang)] if detail.state in FOLLOW_UP_STATES else []
        right = sections.column([self.evidence, sections.sessions_group(detail, lang), *later, self.timeline])
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        self.scroll.setWidget(content)

    def _respondents_box(self, detail: CaseDetail, editing: Refusal | None) -> QWidget:
        """Further respondents and 先行赔付, with a button for each (not on a rejected complaint)."""
        group = sections.respondents_group(detail, self.ctx.lang)
        if detail.state == State.REJECTED:
            return group
        row = QHBoxLayout()
        if len(detail.respondents) < MAX_RESPONDENTS:
            self._section_button(row, "add_respondent", self.tr("添加被投诉人…"), self.open_respondent_dialog, editing)
        self._section_button(row, "advance_payment", self.tr("记录先行赔付…"), self.open_advance_dialog, editing)
        row.addStretch(1)
        layout = group.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)
        return group

    def _section_button(
        self, row: QHBoxLayout, key: str, text: str, slot: Callable[[], object], refusal: Refusal | None
    ) -> None:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        offer(button, refusal, self.ctx.lang)
        self.section_buttons[key] = button
        row.addWidget(button)

    def open_respondent_dialog(self) -> CaseActionDialog:
        assert self.detail is not None
        return self._show(RespondentDialog(self.ctx, self.detail, self))

    def open_advance_dialog(self) -> CaseActionDialog:
        assert self.detail is not None
        return self._show(AdvancePaymentDialog(self.ctx, self.detail, self))

    def _show(self, dialog: CaseActionDialog) -> CaseActionDialog:
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_action(self, action: Action | str) -> CaseActionDialog:
        """Open the dialog that asks what the action requires."""
        assert self.detail is not None
        return self._show(dialog_for(action, self.ctx, self.detail, self))

    def open_extend_dialog(self) -> CaseActionDialog:
        return self._show(ExtendDialog(self.ctx, self.detail, self))

    def open_follow_up_dialog(self) -> CaseActionDialog:
        return self._show(FollowUpDialog(self.ctx, self.detail, self))

    def open_session_dialog(self) -> CaseActionDialog:
        assert self.detail is not None
        return self._show(SessionDialog(self.ctx, self.detail, self))

    def open_assign_dialog(self) -> CaseActionDialog:
        assert self.detail is not None
        return self._show(AssignMediatorDialog(self.ctx, self.detail, self))

    def open_documents(self) -> DocumentPicker:
        """Choose a document; after OK, preview it with Print and Save as PDF."""
        assert self.detail is not None
        picker = DocumentPicker(self.ctx, self.detail.case_no, self)
        picker.accepted.connect(lambda: self._preview(picker))
        picker.open()
        self.last_dialog = picker
        return picker

    def _preview(self, picker: DocumentPicker) -> None:
        if picker.rendered is not None:
            preview = DocumentDialog(self.ctx, picker.rendered, self, picker.request())
            preview.open()
            self.last_dialog = preview

    def open_edit_dialog(self) -> EditCaseDialog:
        assert self.detail is not None
        dialog = EditCaseDialog(self.ctx, self.detail, self)
        dialog.open()
        return dialog

    def add_evidence(self, paths: list[str]) -> CaseActionDialog | None:
        """Open the evidence dialog for each path in turn (or once, to choose a file)."""
        assert self.detail is not None
        self._pending_paths.extend(paths)
        path = self._pending_paths.pop(0) if self._pending_paths else ""
        try:
            dialog = EvidenceDialog(self.ctx, self.detail, path, self)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("添加证据"), err.message)
            return None
        if self._pending_paths:
            dialog.finished.connect(lambda _r: self.add_evidence([]) if self._pending_paths else None)
        dialog.accepted.connect(lambda d=dialog: self._read_added(d.added_id, d.chooser.path.text()))
        return self._show(dialog)

    def _read_added(self, evidence_id: int | None, path: str) -> None:
        """An image just added is read in the background; the fields found are offered when ready."""
        if evidence_id is None or not path.lower().endswith(tuple(IMAGE_SUFFIXES)):
            return
        assert self.detail is not None
        ctx, case_no, purchase = self.ctx, self.case_no, self.detail.draft.purchase_date
        purchase = purchase if isinstance(purchase, date) else None
        self.offers.reading(path.replace("\\", "/").rsplit("/", 1)[-1])

        def work(_control: TaskControl) -> tuple[str, list[FieldOffer], list[str]]:
            reading = read_case_evidence(ctx.db, ctx.actor, evidence_id, purchase)
            offers = case_offers(ctx.db, case_no, evidence_id, ctx.lang)
            duplicates = [w.message for w in case_warnings(ctx.db, case_no) if w.kind == "duplicate"]
            return reading.kind, offers, duplicates

        def done(result: tuple[str, list[FieldOffer], list[str]]) -> None:
            kind, offers, duplicates = result
            self.offers_evidence = evidence_id
            self.offers.show_offers(offers, duplicates, label(READING_KINDS, kind, ctx.lang))
            ctx.hub.case_changed.emit(case_no)

        def failed(err: BaseException) -> None:
            self.offers.failed(err.message if isinstance(err, DomainError) else str(err))

        self.runner.run(work, done, failed)

    def _decide_offer(self, field: str, accepted: bool) -> None:
        if self.offers_evidence is None:
            return
        try:
            decide_offer(self.ctx.db, self.ctx.actor, self.case_no, self.offers_evidence, field, accepted)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("从截图识别"), err.message)
            return
        self.ctx.hub.case_changed.emit(self.case_no)
