"""Which dialog asks what each workflow action requires."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.workflow import Action
from app.services.cases.detail import CaseDetail
from app.views.context import AppContext
from app.views.dialogs.acceptance import AcceptDialog, CaseActionDialog, RejectDialog
from app.views.dialogs.agreement import AgreeDialog, CloseDialog
from app.views.dialogs.mediation import (
    ReopenDialog,
    ResumeDialog,
    StartDialog,
    SuspendDialog,
    TerminateDialog,
    TransferDialog,
    WithdrawDialog,
)

ACTION_DIALOGS: dict[Action, type[CaseActionDialog]] = {
    Action.ACCEPT: AcceptDialog,
    Action.REJECT: RejectDialog,
    Action.START: StartDialog,
    Action.SUSPEND: SuspendDialog,
    Action.RESUME: ResumeDialog,
    Action.AGREE: AgreeDialog,
    Action.TERMINATE: TerminateDialog,
    Action.CLOSE: CloseDialog,
    Action.REOPEN: ReopenDialog,
    Action.WITHDRAW: WithdrawDialog,
    Action.TRANSFER: TransferDialog,
}


def dialog_for(
    action: Action | str, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None
) -> CaseActionDialog:
    """The dialog for ``action`` on the case; the caller shows it (``open()`` or ``exec()``)."""
    return ACTION_DIALOGS[Action(action)](ctx, detail, parent)  # type: ignore[call-arg]
