"""Registering a new complaint (Ctrl+N) and editing the content of an existing one."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.dates import today_local
from app.domain.errors import DomainError, Problem
from app.services.cases.conflicts import ConflictReport, EditBase, edit_problems, save_edit
from app.services.cases.detail import CaseDetail
from app.services.cases.drafts import validate_draft
from app.services.cases.intake import register_case
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.dialogs.case_form import CaseForm
from app.views.dialogs.conflict_dialog import ConflictDialog


class _CaseFormDialog(FormDialog):
    """A FormDialog around the whole complaint form, scrolled when the screen is small."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.case_form = CaseForm(ctx, self.board)
        self.case_form.changed.connect(self.mark_dirty)
        self.content_layout.insertWidget(0, self.case_form, 1)

    def field_problems(self) -> list[Problem]:
        """Every problem of the form at once, found by the same check the service makes before writing."""
        super().field_problems()
        return validate_draft(self.case_form.draft(), today_local())[1]


class NewCaseDialog(_CaseFormDialog):
    """The intake form; on save the case is registered and its number kept in ``case_no``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新建案件"), parent)
        self.save_button.setText(self.tr("登记"))
        self.case_no: str | None = None

    def submit(self) -> None:
        self.case_no = register_case(self.ctx.db, self.ctx.actor, self.case_form.draft())
        try:
            self.case_form.screenshot.keep_as_evidence(self.case_no)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("从截图识别"), self.tr("案件已登记，但截图未能存为证据：") + err.message)
        self.ctx.hub.case_changed.emit(self.case_no)


class _ConflictPending(Exception):
    """The case changed since the form was opened; the comparison is in ``report``."""

    def __init__(self, report: ConflictReport) -> None:
        super().__init__(report.case_no)
        self.report = report


class EditCaseDialog(_CaseFormDialog):
    """Changes the content of a case; the merchant is changed on the merchant's own page.

    When someone else saved the case meanwhile, nothing is written: the conflict dialog shows each
    field (as opened, theirs, mine) and saves what the user chooses.
    """

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("修改案件 %1").replace("%1", detail.case_no), parent)
        self.detail = detail
        self.case_form.load(detail.draft)
        self.case_form.picker.setEnabled(False)
        self.case_form.picker.setVisible(False)
        self.case_form.screenshot.setVisible(False)
        for widget in (
            self.case_form.merchant_name,
            self.case_form.merchant_kind,
            self.case_form.wechat,
            self.case_form.merchant_phone,
            self.case_form.uscc,
            self.case_form.payee,
            self.case_form.shop_name,
            self.case_form.merchant_address,
        ):
            widget.setEnabled(False)
        form = self.case_form
        by_field: dict[str, QWidget] = {
            "consumer_name": form.consumer_name,
            "consumer_phone": form.consumer_phone,
            "consumer_id_number": form.consumer_id,
            "consumer_address": form.consumer_address,
            "agent_name": form.agent_name,
            "facts": form.facts,
            "request_text": form.request_text,
        }
        for name in detail.masked:  # shown masked for this user's roles: not theirs to change
            widget = by_field.get(name)
            if widget is not None:
                widget.setEnabled(False)
                widget.setToolTip(self.tr("您的角色只能看到脱敏后的内容，不能修改此项"))
        self.dirty = False
        self.base = EditBase(detail.case_no, detail.version, detail.draft)
        self.conflict_dialog: ConflictDialog | None = None

    def field_problems(self) -> list[Problem]:
        if not self.detail.masked:
            return super().field_problems()
        super(_CaseFormDialog, self).field_problems()
        draft = self.case_form.draft()
        return edit_problems(self.ctx.db, self.ctx.actor, self.detail.case_no, draft, today_local())

    def submit(self) -> None:
        draft = self.case_form.draft()
        draft.merchant_id = self.detail.draft.merchant_id
        report = save_edit(self.ctx.db, self.ctx.actor, self.base, draft)
        if report is not None:
            raise _ConflictPending(report)
        self.ctx.hub.case_changed.emit(self.detail.case_no)

    def save(self) -> None:
        try:
            super().save()
        except _ConflictPending as pending:
            self.conflict_dialog = ConflictDialog(self.ctx, pending.report, self)
            self.conflict_dialog.accepted.connect(self._conflict_saved)
            self.conflict_dialog.open()

    def _conflict_saved(self) -> None:
        self.dirty = False
        self.ctx.hub.case_changed.emit(self.detail.case_no)
        self.accept()
