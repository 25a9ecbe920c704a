"""The shape every editing dialog shares: a form whose fields show their own problems, a summary of
what stops the save, Ctrl+S and a default button to save, Esc to cancel, and a question before
unsaved input is thrown away. The form scrolls when it is taller than the screen's free area, so the
buttons stay on screen; the first field has the focus when the dialog opens.

A subclass builds its fields with ``add_row`` and implements ``submit`` as one service call; the
service's InvalidInput is mapped back to the fields by ``Problem.field``, any other refusal is shown
as the service words it, and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, InvalidInput, PermissionDenied, Problem
from app.views.context import AppContext
from app.views.screen_fit import keep_on_screen, room
from app.views.widgets.code_inputs import CheckList
from app.views.widgets.input_guards import guard_inputs
from app.views.widgets.validated_fields import FieldBox, ProblemBoard, ValidatedLineEdit


def watch(widget: QWidget, callback: object) -> None:
    """Call ``callback`` whenever the user changes the widget's value."""
    signals = {
        ValidatedLineEdit: "edited",
        QLineEdit: "textChanged",
        QPlainTextEdit: "textChanged",
        QComboBox: "currentIndexChanged",
        QAbstractButton: "toggled",
        QDateTimeEdit: "dateTimeChanged",
        QSpinBox: "valueChanged",
        CheckList: "changed",
    }
    for cls, name in signals.items():
        if isinstance(widget, cls):
            getattr(widget, name).connect(lambda *_a: callback())  # type: ignore[operator]
            return


class FormDialog(QDialog):
    """A dialog that saves through one service call and keeps the user's input until it is saved."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.summary = QLabel()
        self.board = ProblemBoard(self.summary)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAutoDefault(False)  # Enter saves wherever the focus is; Esc (or Space on 取消) cancels
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.addLayout(self.form)
        self.content_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.content)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.scroll, 1)
        self.body.addWidget(self.buttons)
        self.dirty = False
        self._sized = False

    def sizeHint(self) -> QSize:
        """As large as the whole form asks (the scroll area alone would ask for less), within the screen."""
        hint = super().sizeHint()
        inner = self.content.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        wanted = QSize(
            max(hint.width(), inner.width() + bar + 2 * self.body.contentsMargins().left()),
            hint.height() - self.scroll.sizeHint().height() + inner.height() + 2,
        )
        return wanted.boundedTo(room(self))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._sized = True
            self.resize(self.sizeHint().expandedTo(self.size()).boundedTo(room(self)))
            keep_on_screen(self)
            guard_inputs(self)
            self.focus_first_field()
        super().showEvent(event)

    def grow_to_content(self) -> None:
        """Make room for the problems now shown (within the screen; beyond it the form scrolls)."""
        self.content.adjustSize()
        self.resize(self.sizeHint().expandedTo(self.size()).boundedTo(room(self)))
        keep_on_screen(self)

    def focus_first_field(self) -> None:
        """Put the cursor into the first field that takes input (unless the dialog chose one already)."""
        inputs = (QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit, QSpinBox)
        if isinstance(self.focusWidget(), inputs):
            return
        for box in self.board.boxes.values():
            for widget in (box, *box.findChildren(QWidget)):
                if isinstance(widget, inputs) and widget.isEnabled() and not widget.isHidden():
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                    return

    def add_row(self, label: str, field: str, widget: QWidget) -> FieldBox:
        """Add a labelled field that problems named ``field`` are shown beside."""
        box = widget if isinstance(widget, FieldBox) else FieldBox(widget)
        self.board.add(field, box)
        self.form.addRow(label, box)
        watch(widget, self.mark_dirty)
        return box

    def add_check(self, text: str, field: str) -> QCheckBox:
        box = QCheckBox(text)
        self.add_row("", field, box)
        return box

    def mark_dirty(self) -> None:
        self.dirty = True

    def field_problems(self) -> list[Problem]:
        """Problems each field finds in its own text (a wrong amount, say), before asking the service."""
        problems = []
        for field, box in self.board.boxes.items():
            if isinstance(box, ValidatedLineEdit) and not box.validate_now():
                problems.append(Problem(field, box.check()))
        return problems

    def submit(self) -> None:
        """Make the one service call; raise the service's error to refuse."""
        raise NotImplementedError

    def save(self) -> None:
        """Check the fields, call the service, close on success; otherwise show why and keep the input."""
        problems = self.field_problems()
        if problems:
            self.board.show(problems, self.tr("未保存，请改正以下问题："))
            self.grow_to_content()
            return
        try:
            self.submit()
        except InvalidInput as err:
            self.board.show(err.problems, self.tr("未保存，请改正以下问题："))
            self.grow_to_content()
            return
        except DomainError as err:
            if isinstance(err, PermissionDenied):
                self.ctx.recheck_rights()
            self.board.show_message(err.message)
            self.grow_to_content()
            return
        self.dirty = False
        self.accept()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("有尚未保存的内容，确定放弃吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask first when something was typed."""
        if self.dirty and not self.confirm_discard():
            return
        self.dirty = False
        super().reject()
