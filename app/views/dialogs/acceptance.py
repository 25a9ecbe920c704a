"""The acceptance decision: accept with the operator-status assessment, reject with grounds and a
written reason, and assign the mediator."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.domain import requirements as req
from app.domain.codes import OPERATOR_CONCLUSIONS
from app.domain.dates import parse_optional_date
from app.domain.errors import InvalidInput, InvalidValue, Problem
from app.domain.rules import GROUND_NON_ACCEPTANCE
from app.services.cases import workflow
from app.services.cases.detail import CaseDetail, mediator_choices
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.i18n import DATA_PROPERTY
from app.views.widgets.code_inputs import CheckList, code_combo, combo_code
from app.views.widgets.validated_fields import date_edit, date_of


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    return edit


class CaseActionDialog(FormDialog):
    """A dialog acting on one case, refused by the service if someone moved the case meanwhile."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"{title} · {detail.case_no}", parent)
        self.detail = detail
        self.setMinimumWidth(560)

    @property
    def case_no(self) -> str:
        return self.detail.case_no

    def done_ok(self) -> None:
        self.ctx.hub.case_changed.emit(self.case_no)


def _notified_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("YYYY-MM-DD")
    return edit


def _notified_on(edit: QLineEdit) -> date | None:
    """The optional day the complainant was told (Order 20 Art. 14); a bad date is named by the field."""
    try:
        return parse_optional_date(edit.text())
    except InvalidValue as err:
        raise InvalidInput([Problem("告知日期", err.message, edit.text())]) from None


class AcceptDialog(CaseActionDialog):
    """受理: the supervisor's decision, with the assessment of whether the seller is an operator."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("受理"), parent)
        self.registered = self.add_check(self.tr("已办理登记（有营业执照或统一社会信用代码）"), "已登记")
        self.continuous = self.add_check(self.tr("以营利为目的持续销售"), "持续销售")
        self.brand_agent = self.add_check(self.tr("为品牌或厂家代理销售"), "品牌代理")
        self.posts = self.add_check(self.tr("经常在朋友圈或群内发布商品"), "经常发布")
        self.has_shop = self.add_check(self.tr("有网店、店铺或小程序"), "有店铺")
        self.buyers = QSpinBox()
        self.buyers.setRange(0, 100000)
        self.add_row(self.tr("已知购买人数"), "已知购买人数", self.buyers)
        self.conclusion = code_combo(OPERATOR_CONCLUSIONS, ctx.lang)
        self.add_row(self.tr("认定结论"), "经营者身份认定", self.conclusion)
        self.assessment_note = _text()
        self.add_row(self.tr("认定理由"), "认定理由", self.assessment_note)
        self.on = date_edit()
        self.add_row(self.tr("受理日期"), "受理日期", self.on)
        self.notified = _notified_field()
        self.add_row(self.tr("告知投诉人日期"), "告知日期", self.notified)
        self.note = _text(40)
        self.add_row(self.tr("备注"), "备注", self.note)

    def submit(self) -> None:
        assessment = req.OperatorAssessment(
            registered=self.registered.isChecked(),
            sells_continuously=self.continuous.isChecked(),
            brand_agent=self.brand_agent.isChecked(),
            posts_regularly=self.posts.isChecked(),
            has_shop=self.has_shop.isChecked(),
            buyers_known=self.buyers.value(),
            conclusion=combo_code(self.conclusion),
            note=self.assessment_note.toPlainText().strip(),
        )
        data = req.AcceptInput(
            assessment, date_of(self.on), self.note.toPlainText().strip(), _notified_on(self.notified)
        )
        workflow.accept_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class RejectDialog(CaseActionDialog):
    """不予受理: one or more grounds of the case's rule set and a written reason."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("不予受理"), parent)
        grounds = detail.labels(GROUND_NON_ACCEPTANCE, detail.non_acceptance_grounds)
        self.grounds = CheckList(grounds, ctx.lang, columns=1)
        self.add_row(self.tr("不予受理情形"), "不予受理理由", self.grounds)
        self.reason = _text(90)
        self.add_row(self.tr("书面理由"), "书面理由", self.reason)
        self.conclusion = code_combo(OPERATOR_CONCLUSIONS, ctx.lang)
        self.conclusion.setToolTip(self.tr("以个人之间私下交易不予受理的，须作出经营者身份认定"))
        self.add_row(self.tr("经营者身份认定"), "经营者身份认定", self.conclusion)
        self.on = date_edit()
        self.add_row(self.tr("决定日期"), "决定日期", self.on)
        self.notified = _notified_field()
        self.add_row(self.tr("告知投诉人日期"), "告知日期", self.notified)

    def submit(self) -> None:
        conclusion = combo_code(self.conclusion)
        data = req.RejectInput(
            tuple(self.grounds.codes()),
            self.reason.toPlainText(),
            date_of(self.on),
            _notified_on(self.notified),
            req.OperatorAssessment(conclusion=conclusion, note=self.reason.toPlainText().strip())
            if conclusion
            else None,
        )
        workflow.reject_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class AssignMediatorDialog(CaseActionDialog):
    """指派调解员: a mediator or supervisor for the case."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("指派调解员"), parent)
        self.mediator = QComboBox()
        self.mediator.addItem(self.tr("（请选择）"), "")
        for choice in mediator_choices(ctx.db):
            shown = f"{choice.name} ({choice.login})" if ctx.english else f"{choice.name}（{choice.login}）"
            self.mediator.addItem(shown, choice.login)
        self.mediator.setProperty(DATA_PROPERTY, True)  # people's names
        self.add_row(self.tr("调解员"), "调解员", self.mediator)

    def submit(self) -> None:
        login = combo_code(self.mediator)
        if not login:
            raise InvalidInput([Problem("调解员", self.tr("请选择调解员"))])
        workflow.assign_mediator(self.ctx.db, self.ctx.actor, self.case_no, login)
        self.done_ok()
