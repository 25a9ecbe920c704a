"""Adding a rule set: each clock's count and day kind, the suspension reasons that pause the clock, the
region it applies to, and the date it takes effect; the ground lists are carried over from the rule set in
force and adjusted afterwards (ground_dialogs.RuleSetGroundsDialog)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.codes import label
from app.domain.rules import GROUND_NON_ACCEPTANCE, GROUND_SUSPENSION, GROUND_TERMINATION, PAUSING
from app.services.admin.rule_sets import (
    DAY_KIND_LABELS,
    MAX_DAYS,
    RuleSetInput,
    add_rule_set,
    grounds_of_kind,
    list_rule_sets,
)
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.widgets.code_inputs import CheckList


def _days(value: int, low: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, MAX_DAYS)
    box.setValue(value)
    return box


class ClockInput(QWidget):
    """One clock: days, working or calendar days, and whether a calendar period ending on a holiday rolls over."""

    def __init__(self, days: int, lang: str, low: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = _days(days, low)
        self.kind = QComboBox()
        for code in DAY_KIND_LABELS:
            self.kind.addItem(label(DAY_KIND_LABELS, code, lang), code)
        self.rollover = QCheckBox(self.tr("遇节假日顺延"))
        self.rollover.setChecked(True)
        self.rollover.setToolTip(
            self.tr("按自然日计算的期限最后一日是节假日的，以节假日后的第一个工作日为期限最后一日（民法典第203条）")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.days, self.kind, self.rollover):
            layout.addWidget(widget)
        layout.addStretch(1)

    def day_kind(self) -> str:
        return str(self.kind.currentData())


class RuleSetDialog(FormDialog):
    """A new rule set; it applies to cases received on or after its effective date (in its region)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新增规则集"), parent)
        self.code = QLineEdit()
        self.code.setPlaceholderText("SH-2027")
        self.name = QLineEdit()
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("留空为全国；如：上海市"))
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.acceptance = ClockInput(7, ctx.lang)
        self.mediation = ClockInput(45, ctx.lang)
        self.notice = ClockInput(7, ctx.lang)
        self.performance = ClockInput(0, ctx.lang, low=0)
        self.extension = _days(0, low=0)
        suspension = grounds_of_kind(ctx.db, GROUND_SUSPENSION)
        # The grounds of the rule set in force are carried over (the whole catalogue when there is none);
        # the administrator adjusts them afterwards with 所选规则集的理由 (the form stays one screen high).
        latest = list_rule_sets(ctx.db)[-1:]
        self.non_acceptance_codes = (
            list(latest[0].non_acceptance_grounds) if latest else list(grounds_of_kind(ctx.db, GROUND_NON_ACCEPTANCE))
        )
        self.termination_codes = (
            list(latest[0].termination_grounds) if latest else list(grounds_of_kind(ctx.db, GROUND_TERMINATION))
        )
        carried = self.tr("沿用 %1 的不予受理理由 %2 项、终止调解理由 %3 项；保存后可在“所选规则集的理由…”中调整")
        self.grounds_note = QLabel(
            carried.replace("%1", latest[0].code if latest else "—")
            .replace("%2", str(len(self.non_acceptance_codes)))
            .replace("%3", str(len(self.termination_codes)))
        )
        self.grounds_note.setWordWrap(True)
        self.suspension = CheckList(suspension, ctx.lang, columns=3)
        self.suspension.set_codes(suspension)
        self.pausing = CheckList(suspension, ctx.lang, columns=3)
        self.pausing.set_codes(PAUSING)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(40)
        self.provenance = QPlainTextEdit()
        self.provenance.setFixedHeight(40)
        self.provenance.setPlaceholderText(self.tr("依据的文件及出处"))
        for text, field, widget in (
            (self.tr("代码"), "代码", self.code),
            (self.tr("名称"), "名称", self.name),
            (self.tr("适用地区"), "适用地区", self.region),
            (self.tr("生效日期"), "生效日期", self.effective),
            (self.tr("受理期限"), "受理期限", self.acceptance),
            (self.tr("调解期限"), "调解期限", self.mediation),
            (self.tr("终止告知期限"), "终止告知期限", self.notice),
            (self.tr("履行回访期限"), "履行回访期限", self.performance),
            (self.tr("可延长（天，须双方同意）"), "延长期限", self.extension),
            (self.tr("理由"), "不予受理理由", self.grounds_note),
            (self.tr("中止原因"), "中止原因", self.suspension),
            (self.tr("暂停计时的中止原因"), "暂停计时的中止原因", self.pausing),
            (self.tr("说明"), "说明", self.note),
            (self.tr("依据"), "依据", self.provenance),
        ):
            self.add_row(text, field, widget)
        self.dirty = False

    def submit(self) -> None:
        clocks = {
            "acceptance": self.acceptance,
            "mediation": self.mediation,
            "termination_notice": self.notice,
            "performance": self.performance,
        }
        add_rule_set(
            self.ctx.db,
            self.ctx.actor,
            RuleSetInput(
                code=self.code.text(),
                name=self.name.text(),
                effective_from=self.effective.date().toPython(),
                acceptance_days=self.acceptance.days.value(),
                acceptance_kind=self.acceptance.day_kind(),
                mediation_days=self.mediation.days.value(),
                mediation_kind=self.mediation.day_kind(),
                notice_days=self.notice.days.value(),
                notice_kind=self.notice.day_kind(),
                performance_days=self.performance.days.value(),
                performance_kind=self.performance.day_kind(),
                rollover=[kind for kind, box in clocks.items() if box.rollover.isChecked()],
                extension_days=self.extension.value(),
                region=self.region.text(),
                non_acceptance_grounds=self.non_acceptance_codes,
                termination_grounds=self.termination_codes,
                suspension_reasons=self.suspension.codes(),
                pausing_reasons=self.pausing.codes(),
                note=self.note.toPlainText(),
                provenance=self.provenance.toPlainText(),
            ),
        )
