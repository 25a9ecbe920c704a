"""Screens of intake and the case page: the new-case form filled in, the case page of the demo case and
each transition dialog on it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.devtools.screens.case_fixtures import demo_case, detail_of, sample_draft
from app.devtools.screens.registry import screenshot
from app.domain.workflow import Action, State
from app.views.context import AppContext
from app.views.widgets.code_inputs import set_combo_code


@screenshot("new_case_form")
def new_case_form(ctx: AppContext) -> QWidget:
    from app.views.dialogs.case_dialogs import NewCaseDialog

    dialog = NewCaseDialog(ctx)
    form, draft = dialog.case_form, sample_draft()
    form.load(draft)
    set_combo_code(form.source, "platform_12315")
    form.ref_12315.setText("12315-2026-0008812")
    return dialog


@screenshot("case_page")
def case_page(ctx: AppContext) -> QWidget:
    """The demo case in its own window, as a double-click in the list opens it."""
    from app.views.case_page.case_windows import CaseWindows

    windows = CaseWindows(ctx)
    ctx.extras["screens_case_windows"] = windows
    window = windows.open_case(demo_case(ctx))
    assert window is not None
    return window


def _register_action_screens() -> None:
    from app.views.dialogs.actions import ACTION_DIALOGS

    states = {
        Action.ACCEPT: State.REGISTERED,
        Action.REJECT: State.REGISTERED,
        Action.START: State.ACCEPTED,
        Action.RESUME: State.SUSPENDED,
        Action.CLOSE: State.AGREED,
        Action.REOPEN: State.CLOSED,
    }
    for action, cls in ACTION_DIALOGS.items():
        state = states.get(action)

        def factory(ctx: AppContext, cls: type = cls, state: State | None = state) -> QWidget:
            return cls(ctx, detail_of(ctx, state))

        screenshot(f"dialog_{action.value}")(factory)


def _register_other_screens() -> None:
    from app.views.dialogs.acceptance import AssignMediatorDialog
    from app.views.dialogs.evidence_dialog import EvidenceDialog
    from app.views.dialogs.session_dialog import SessionDialog

    def session(ctx: AppContext) -> QWidget:
        dialog = SessionDialog(ctx, detail_of(ctx))
        dialog.offers.add_offer().amount.setText("399.00")
        return dialog

    screenshot("dialog_session")(session)
    screenshot("dialog_evidence")(lambda ctx: EvidenceDialog(ctx, detail_of(ctx)))
    screenshot("dialog_assign_mediator")(lambda ctx: AssignMediatorDialog(ctx, detail_of(ctx)))

    from app.views.dialogs.respondents import AdvancePaymentDialog, RespondentDialog

    screenshot("dialog_respondent")(lambda ctx: RespondentDialog(ctx, detail_of(ctx)))
    screenshot("dialog_advance_payment")(lambda ctx: AdvancePaymentDialog(ctx, detail_of(ctx)))


_register_action_screens()
_register_other_screens()
