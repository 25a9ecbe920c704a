"""咨询登记: the consultations and visits of a month, a line to note a new one, and one key to turn the
chosen one into a complaint (the intake form opens filled from it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.dates import today_local
from app.domain.display import show_date
from app.domain.errors import DomainError, InvalidInput
from app.services.cases.enquiries import (
    CHANNELS,
    EnquiryInput,
    EnquiryRow,
    complaint_draft,
    link_complaint,
    list_enquiries,
    log_enquiry,
)
from app.services.report.months import month_end, month_start
from app.views.case_page.timeline import person_text
from app.views.context import AppContext
from app.views.dialogs.case_dialogs import NewCaseDialog
from app.views.pages.admin.table import ListTable
from app.views.screen_fit import fit_window
from app.views.widgets.code_inputs import code_combo, combo_code


class EnquiriesDialog(QDialog):
    """This month's enquiries; Ctrl+Enter notes the one typed, 转为投诉 registers the chosen one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("咨询登记"))
        self.rows: list[EnquiryRow] = []
        self.last_case_dialog: NewCaseDialog | None = None
        today = today_local()
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.channel = code_combo(CHANNELS, ctx.lang, empty=False)
        self.nature = code_combo(codes.NATURES, ctx.lang)
        self.category = code_combo(codes.CATEGORIES, ctx.lang)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("例如：网购退货运费由谁承担"))
        self.add_button = QPushButton(self.tr("登记咨询"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        self.table = ListTable(
            [
                self.tr("日期"),
                self.tr("渠道"),
                self.tr("内容"),
                self.tr("问题性质"),
                self.tr("商品服务类别"),
                self.tr("接待人"),
                self.tr("转为投诉"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.count = QLabel()
        self.to_complaint = QPushButton(self.tr("转为投诉…"))
        self.to_complaint.clicked.connect(self.turn_into_complaint)
        self.to_complaint.setEnabled(False)
        self._lay_out()
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.add)
        self.refresh()
        fit_window(self, height=0.8)

    def _lay_out(self) -> None:
        form = QFormLayout()
        top = QHBoxLayout()
        for widget in (self.on, self.channel, self.nature, self.category):
            top.addWidget(widget)
        form.addRow(self.tr("日期、渠道、性质、类别"), top)
        line = QHBoxLayout()
        line.addWidget(self.topic, 1)
        line.addWidget(self.add_button)
        form.addRow(self.tr("内容"), line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.to_complaint, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def refresh(self) -> None:
        today = today_local()
        self.rows = list_enquiries(self.ctx.db, self.ctx.actor, month_start(today), month_end(today))
        lang = self.ctx.lang
        self.table.fill(
            [
                [
                    show_date(r.received_on, lang),
                    codes.label(CHANNELS, r.channel, lang),
                    r.topic,
                    codes.label(codes.NATURES, r.nature, lang),
                    codes.label(codes.CATEGORIES, r.category, lang),
                    person_text(r.handled_by, r.handled_by),
                    r.case_no or "",
                ]
                for r in self.rows
            ]
        )
        self.count.setText(self.tr("本月已登记 %1 条咨询").replace("%1", str(len(self.rows))))

    def chosen(self) -> EnquiryRow | None:
        row = self.table.current_row()
        return self.rows[row] if row is not None else None

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        self.to_complaint.setEnabled(chosen is not None and chosen.case_no is None)

    def add(self) -> None:
        value = self.on.date()
        data = EnquiryInput(
            date(value.year(), value.month(), value.day()),
            combo_code(self.channel),
            self.topic.text(),
            combo_code(self.nature),
            combo_code(self.category),
        )
        try:
            log_enquiry(self.ctx.db, self.ctx.actor, data)
        except InvalidInput as err:
            self.problems.setText("；".join(f"{p.field}：{p.message}" for p in err.problems))
            return
        except DomainError as err:
            self.problems.setText(err.message)
            return
        self.problems.clear()
        self.topic.clear()
        self.refresh()

    def turn_into_complaint(self) -> NewCaseDialog | None:
        """Open the intake form filled from the chosen enquiry; once registered, the enquiry keeps the case."""
        chosen = self.chosen()
        if chosen is None or chosen.case_no is not None:
            return None
        dialog = NewCaseDialog(self.ctx, self)
        dialog.case_form.load(complaint_draft(self.ctx.db, chosen.id))
        dialog.dirty = False
        dialog.accepted.connect(lambda: self._registered(chosen.id, dialog))
        dialog.open()
        self.last_case_dialog = dialog
        return dialog

    def _registered(self, enquiry_id: int, dialog: NewCaseDialog) -> None:
        if dialog.case_no is None:
            return
        try:
            link_complaint(self.ctx.db, self.ctx.actor, enquiry_id, dialog.case_no)
        except DomainError as err:
            self.problems.setText(err.message)
        self.refresh()
        self.ctx.hub.open_case.emit(dialog.case_no)
