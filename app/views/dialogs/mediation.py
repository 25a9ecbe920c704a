"""Dialogs of the mediation itself: start (both parties' consent), suspend (a reason), resume (the date),
terminate (one ground) and reopen (a reason)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.domain import requirements as req
from app.domain.rules import SUSPEND_REASONS, TERMINATION_GROUNDS
from app.services.cases import workflow
from app.services.cases.detail import CaseDetail
from app.views.context import AppContext
from app.views.dialogs.acceptance import CaseActionDialog
from app.views.widgets.code_inputs import code_combo, combo_code
from app.views.widgets.validated_fields import date_edit, date_of


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    return edit


class StartDialog(CaseActionDialog):
    """开始调解: mediation only with both parties' consent (Order 20 Art. 16) and a mediator assigned."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("开始调解"), parent)
        mediator = QLabel(detail.mediator or self.tr("尚未指派（请主管先指派调解员）"))
        self.add_row(self.tr("调解员"), "调解员", mediator)
        self.consumer_consent = self.add_check(self.tr("消费者同意调解"), "消费者同意")
        self.merchant_consent = self.add_check(self.tr("经营者同意调解"), "经营者同意")
        self.on = date_edit()
        self.add_row(self.tr("开始日期"), "开始日期", self.on)
        self.note = _text(40)
        self.add_row(self.tr("备注"), "备注", self.note)

    def submit(self) -> None:
        data = req.StartInput(
            self.consumer_consent.isChecked(),
            self.merchant_consent.isChecked(),
            date_of(self.on),
            self.note.toPlainText().strip(),
        )
        workflow.start_mediation(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class SuspendDialog(CaseActionDialog):
    """中止调解: testing or appraisal, a recusal request, or another reason written out."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("中止调解"), parent)
        self.reason = code_combo(SUSPEND_REASONS, ctx.lang)
        self.add_row(self.tr("中止原因"), "中止原因", self.reason)
        self.note = _text()
        self.add_row(self.tr("说明"), "说明", self.note)
        self.on = date_edit()
        self.add_row(self.tr("中止日期"), "中止日期", self.on)

    def submit(self) -> None:
        data = req.SuspendInput(combo_code(self.reason), date_of(self.on), self.note.toPlainText())
        workflow.suspend_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class ResumeDialog(CaseActionDialog):
    """恢复调解: the day mediation resumes; the days suspended do not count."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("恢复调解"), parent)
        self.on = date_edit()
        self.add_row(self.tr("恢复日期"), "恢复日期", self.on)
        self.note = _text(40)
        self.add_row(self.tr("说明"), "说明", self.note)

    def submit(self) -> None:
        data = req.ResumeInput(date_of(self.on), self.note.toPlainText().strip())
        workflow.resume_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class TerminateDialog(CaseActionDialog):
    """终止调解: exactly one ground of the case's rule set (Order 20 Art. 21)."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("终止调解"), parent)
        grounds = {g: TERMINATION_GROUNDS.get(g, (g, g)) for g in detail.termination_grounds}
        self.ground = code_combo(grounds, ctx.lang)
        self.add_row(self.tr("终止理由"), "终止理由", self.ground)
        self.note = _text()
        self.add_row(self.tr("说明"), "说明", self.note)
        self.on = date_edit()
        self.add_row(self.tr("终止日期"), "终止日期", self.on)

    def submit(self) -> None:
        data = req.TerminateInput(combo_code(self.ground), date_of(self.on), self.note.toPlainText())
        workflow.terminate_mediation(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class ReopenDialog(CaseActionDialog):
    """重新调解: a supervisor takes a closed case back into mediation, with a reason."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("重新调解"), parent)
        self.reason = _text(90)
        self.add_row(self.tr("理由"), "理由", self.reason)
        self.on = date_edit()
        self.add_row(self.tr("日期"), "日期", self.on)

    def submit(self) -> None:
        data = req.ReopenInput(self.reason.toPlainText(), date_of(self.on))
        workflow.reopen_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()
