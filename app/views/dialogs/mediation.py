"""Dialogs of the mediation itself: start (both parties' consent), suspend (a reason), resume (the date),
terminate (one ground), reopen (a reason); withdraw and transfer before mediation; an extension with both
parties' consent; a follow-up visit."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.domain import requirements as req
from app.domain.codes import FOLLOW_UP_METHODS
from app.domain.rules import GROUND_SUSPENSION, GROUND_TERMINATION, SUSPEND_REASONS
from app.domain.workflow import OUTCOMES, OUTCOMES_OF_TRANSFER
from app.services.cases import visits, workflow
from app.services.cases.detail import CaseDetail
from app.views.context import AppContext
from app.views.dialogs.acceptance import CaseActionDialog
from app.views.i18n import DATA_PROPERTY
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
        mediator.setProperty(DATA_PROPERTY, bool(detail.mediator))  # a person's name
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
        reasons = detail.labels(GROUND_SUSPENSION, detail.suspension_reasons or tuple(SUSPEND_REASONS))
        self.reason = code_combo(reasons, ctx.lang)
        self.add_row(self.tr("中止原因"), "中止原因", self.reason)
        self.pause_hint = QLabel()
        self.pause_hint.setWordWrap(True)
        self.add_row("", "计时", self.pause_hint)
        self.reason.currentIndexChanged.connect(self._show_pause)
        self._show_pause()
        self.note = _text()
        self.add_row(self.tr("说明"), "说明", self.note)
        self.on = date_edit()
        self.add_row(self.tr("中止日期"), "中止日期", self.on)

    def _show_pause(self) -> None:
        code = combo_code(self.reason)
        if not code:
            self.pause_hint.setText("")
        elif code in self.detail.pausing_reasons:
            self.pause_hint.setText(self.tr("中止期间不计入调解期限"))
        else:
            self.pause_hint.setText(self.tr("此原因没有法定的停止计时依据：调解期限照常计算"))

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
        grounds = detail.labels(GROUND_TERMINATION, detail.termination_grounds)
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


class WithdrawDialog(CaseActionDialog):
    """撤回投诉: the complainant withdrew before mediation; the case is closed, not rejected."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("撤回投诉"), parent)
        self.on = date_edit()
        self.add_row(self.tr("撤回日期"), "撤回日期", self.on)
        self.note = _text()
        self.add_row(self.tr("说明"), "说明", self.note)

    def submit(self) -> None:
        data = req.WithdrawInput(date_of(self.on), self.note.toPlainText())
        workflow.withdraw_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class TransferDialog(CaseActionDialog):
    """移送/转交: the complaint goes to the competent agency or another body; the case is closed, not rejected."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("移送/转交"), parent)
        self.outcome = code_combo({c: OUTCOMES[c] for c in OUTCOMES if c in OUTCOMES_OF_TRANSFER}, ctx.lang, False)
        self.add_row(self.tr("办结结果"), "办结结果", self.outcome)
        self.to_whom = QLineEdit()
        self.to_whom.setPlaceholderText(self.tr("如：某区市场监督管理局"))
        self.add_row(self.tr("接收单位"), "接收单位", self.to_whom)
        self.on = date_edit()
        self.add_row(self.tr("移送日期"), "移送日期", self.on)
        self.note = _text(40)
        self.add_row(self.tr("说明"), "说明", self.note)

    def submit(self) -> None:
        data = req.TransferInput(
            date_of(self.on), self.to_whom.text(), combo_code(self.outcome), self.note.toPlainText()
        )
        workflow.transfer_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class ExtendDialog(CaseActionDialog):
    """延长调解期限: days within what the rule set allows, with both parties' consent."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("延长调解期限"), parent)
        left = max(detail.extension_allowed - detail.extension_days, 0)
        self.days = QSpinBox()
        self.days.setRange(0, max(left, 1))
        self.days.setValue(left)
        self.add_row(self.tr("延长天数"), "延长天数", self.days)
        allowed = self.tr("规则 %1 最多延长 %2 天，已延长 %3 天")
        allowed = allowed.replace("%1", detail.rule_set).replace("%2", str(detail.extension_allowed))
        self.add_row("", "规则", QLabel(allowed.replace("%3", str(detail.extension_days))))
        self.consumer_consent: QCheckBox = self.add_check(self.tr("消费者同意延长"), "消费者同意")
        self.merchant_consent: QCheckBox = self.add_check(self.tr("经营者同意延长"), "经营者同意")
        self.on = date_edit()
        self.add_row(self.tr("日期"), "日期", self.on)
        self.note = _text(40)
        self.add_row(self.tr("说明"), "说明", self.note)

    def submit(self) -> None:
        data = req.ExtendInput(
            self.days.value(),
            self.consumer_consent.isChecked(),
            self.merchant_consent.isChecked(),
            date_of(self.on),
            self.note.toPlainText(),
        )
        workflow.extend_mediation(self.ctx.db, self.ctx.actor, self.case_no, data)
        self.done_ok()


class FollowUpDialog(CaseActionDialog):
    """回访: the date, how the parties were reached, and what was found."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("记录回访"), parent)
        self.on = date_edit()
        self.add_row(self.tr("回访日期"), "回访日期", self.on)
        self.method = code_combo(FOLLOW_UP_METHODS, ctx.lang)
        self.add_row(self.tr("回访方式"), "回访方式", self.method)
        self.result = _text(70)
        self.add_row(self.tr("回访结果"), "回访结果", self.result)
        self.note = _text(40)
        self.add_row(self.tr("备注"), "备注", self.note)

    def submit(self) -> None:
        data = req.FollowUpInput(
            date_of(self.on), combo_code(self.method), self.result.toPlainText(), self.note.toPlainText()
        )
        visits.record_follow_up(self.ctx.db, self.ctx.actor, self.case_no, data)
        self.done_ok()
