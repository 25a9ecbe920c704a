"""Adding a rule set: limits, how days are counted, the ground lists, and the date it takes effect."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.domain.codes import label
from app.domain.rules import NON_ACCEPTANCE_GROUNDS, TERMINATION_GROUNDS
from app.services.admin.rule_sets import DAY_KINDS, MAX_DAYS, RuleSetInput, add_rule_set
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.widgets.code_inputs import CheckList


def _days(value: int, low: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, MAX_DAYS)
    box.setValue(value)
    return box


class RuleSetDialog(FormDialog):
    """A new rule set; it applies to cases received on or after its effective date."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新增规则集"), parent)
        self.code = QLineEdit()
        self.code.setPlaceholderText("SH-2027")
        self.name = QLineEdit()
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.acceptance, self.mediation, self.notice = _days(7), _days(45), _days(7)
        self.extension = _days(0, low=0)
        self.day_kind = QComboBox()
        for code in DAY_KINDS:
            self.day_kind.addItem(label(DAY_KINDS, code, ctx.lang), code)
        self.non_acceptance = CheckList(NON_ACCEPTANCE_GROUNDS, ctx.lang, columns=2)
        self.non_acceptance.set_codes(NON_ACCEPTANCE_GROUNDS)
        self.termination = CheckList(TERMINATION_GROUNDS, ctx.lang, columns=2)
        self.termination.set_codes(TERMINATION_GROUNDS)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(50)
        for text, field, widget in (
            (self.tr("代码"), "代码", self.code),
            (self.tr("名称"), "名称", self.name),
            (self.tr("生效日期"), "生效日期", self.effective),
            (self.tr("受理期限（天）"), "受理期限", self.acceptance),
            (self.tr("调解期限（天）"), "调解期限", self.mediation),
            (self.tr("终止告知期限（天）"), "终止告知期限", self.notice),
            (self.tr("可延长（天，须双方同意）"), "延长期限", self.extension),
            (self.tr("计日方式"), "计日方式", self.day_kind),
            (self.tr("不予受理理由"), "不予受理理由", self.non_acceptance),
            (self.tr("终止调解理由"), "终止调解理由", self.termination),
            (self.tr("说明"), "说明", self.note),
        ):
            self.add_row(text, field, widget)
        self.dirty = False

    def submit(self) -> None:
        add_rule_set(
            self.ctx.db,
            self.ctx.actor,
            RuleSetInput(
                code=self.code.text(),
                name=self.name.text(),
                effective_from=self.effective.date().toPython(),
                acceptance_days=self.acceptance.value(),
                mediation_days=self.mediation.value(),
                notice_days=self.notice.value(),
                extension_days=self.extension.value(),
                day_kind=str(self.day_kind.currentData()),
                non_acceptance_grounds=self.non_acceptance.codes(),
                termination_grounds=self.termination.codes(),
                note=self.note.toPlainText(),
            ),
        )
