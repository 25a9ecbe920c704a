"""A reason asked before a step that needs one (blacklisting a merchant, merging two): the step itself
is the dialog's save, so a missing reason is shown in the dialog, which stays open until the step is done
or the user cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.views.context import AppContext
from app.views.dialogs.base import FormDialog


class ReasonDialog(FormDialog):
    """``act(reason)`` is the one service call; its refusal stays on screen beside the reason."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        prompt: str,
        act: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, title, parent)
        self.act = act
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_row(prompt, "理由", self.reason)
        self.save_button.setText(self.tr("确定"))

    def submit(self) -> None:
        self.act(self.reason.toPlainText())
