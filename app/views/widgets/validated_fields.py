"""Inputs that say beside themselves what is wrong: phone, ID number, USCC, amounts, dates.

Each field checks its text with the same domain function the service uses (app/domain/identifiers.py,
money.py, dates.py). A message appears once the field has been left (or a save was tried) and then
follows the typing, so a half-typed number is not scolded. ``ProblemBoard`` maps the service's
``Problem.field`` back to the field it names and lists the rest above the form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from app.domain.dates import check_purchase_date, parse_optional_date, today_local
from app.domain.errors import InvalidValue, Problem
from app.domain.identifiers import (
    normalize_id_number,
    normalize_mobile,
    normalize_phone,
    normalize_uscc,
    normalize_wechat_id,
)
from app.domain.money import parse_amount, parse_optional_amount

ERROR_STYLE = "color: #c62828; font-size: 12px;"
INVALID_EDIT_STYLE = "border: 1px solid #c62828;"


class FieldBox(QWidget):
    """An input widget with a message line underneath (empty when all is well)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setStyleSheet(INVALID_EDIT_STYLE if text else "")

    def clear_problem(self) -> None:
        self.set_problem("")

    def problem(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""


class ValidatedLineEdit(FieldBox):
    """A line of text checked by ``parse`` (which raises InvalidValue with the message to show)."""

    edited = Signal()

    def __init__(
        self, parse: Callable[[str], Any], placeholder: str = "", required: bool = False, parent: QWidget | None = None
    ) -> None:
        self.line = QLineEdit()
        super().__init__(self.line, parent)
        self._parse, self._required, self._touched = parse, required, False
        self.line.setPlaceholderText(placeholder)
        self.line.textChanged.connect(self._on_text)
        self.line.editingFinished.connect(self._on_left)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def check(self) -> str:
        """The message for the current text ("" when it is acceptable)."""
        text = self.line.text().strip()
        if not text:
            return self.tr("不能为空") if self._required else ""
        try:
            self._parse(text)
        except InvalidValue as err:
            return err.message
        return ""

    def value(self) -> Any:
        """The parsed value, or None when the field is empty or wrong."""
        text = self.line.text().strip()
        if not text or self.check():
            return None
        return self._parse(text)

    def validate_now(self) -> bool:
        """Show the message now (as on save); True when the field is acceptable."""
        self._touched = True
        message = self.check()
        self.set_problem(message)
        return not message

    def _on_text(self) -> None:
        if self._touched:
            self.set_problem(self.check())
        self.edited.emit()

    def _on_left(self) -> None:
        if self.line.text().strip():
            self.validate_now()


def _optional(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda text: parse(text) if text.strip() else None


def mobile_field(required: bool = True) -> ValidatedLineEdit:
    return ValidatedLineEdit(normalize_mobile, "138 1234 8000", required)


def phone_field() -> ValidatedLineEdit:
    hint = QCoreApplication.translate("ValidatedFields", "手机、座机或400电话")
    return ValidatedLineEdit(_optional(normalize_phone), hint)


def id_number_field() -> ValidatedLineEdit:
    hint = QCoreApplication.translate("ValidatedFields", "18位，选填")
    return ValidatedLineEdit(_optional(normalize_id_number), hint)


def uscc_field() -> ValidatedLineEdit:
    return ValidatedLineEdit(_optional(normalize_uscc), QCoreApplication.translate("ValidatedFields", "18位，选填"))


def wechat_field() -> ValidatedLineEdit:
    return ValidatedLineEdit(_optional(normalize_wechat_id), QCoreApplication.translate("ValidatedFields", "微信号"))


def amount_field(required: bool = False) -> ValidatedLineEdit:
    return ValidatedLineEdit(parse_amount if required else parse_optional_amount, "0.00", required)


def purchase_date_field(today: Callable[[], date] = today_local) -> ValidatedLineEdit:
    """A purchase date: not in the future, not before 2000 (optional)."""

    def parse(text: str) -> date | None:
        day = parse_optional_date(text)
        return None if day is None else check_purchase_date(day, today())

    return ValidatedLineEdit(parse, "YYYY-MM-DD")


def date_edit(day: date | None = None) -> QDateEdit:
    """A required date with a calendar pop-up."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or today_local()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class ProblemBoard:
    """Shows a list of problems: each beside the field it names, the rest in a summary line."""

    def __init__(self, summary: QLabel) -> None:
        self.summary = summary
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.boxes: dict[str, FieldBox] = {}

    def add(self, field: str, box: FieldBox) -> FieldBox:
        self.boxes[field] = box
        return box

    def clear(self) -> None:
        for box in self.boxes.values():
            box.clear_problem()
        self.summary.clear()
        self.summary.hide()

    def show(self, problems: Iterable[Problem], heading: str = "") -> None:
        """Put every problem beside its field; list all of them in the summary."""
        self.clear()
        problems = list(problems)
        for problem in problems:
            box = self.boxes.get(problem.field)
            if box is not None:
                shown = box.message.text()
                box.set_problem(f"{shown}；{problem.reason()}" if shown else problem.reason())
        lines = [f"· {p.text()}" for p in problems]
        self.summary.setText("\n".join([heading, *lines]) if heading else "\n".join(lines))
        self.summary.setVisible(bool(problems))

    def show_message(self, text: str) -> None:
        """A refusal that names no field (the service's reason)."""
        self.clear()
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
