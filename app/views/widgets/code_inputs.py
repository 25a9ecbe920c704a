"""Inputs over the code lists of app/domain/codes.py: a combo box and a checklist that show the label and
hand back the stored code."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from app.domain.codes import CodeList, label


def code_combo(code_list: CodeList, lang: str, empty: bool = True) -> QComboBox:
    """A combo box of the list's labels; the item data is the code ("" for the empty choice)."""
    combo = QComboBox()
    if empty:
        combo.addItem(QCoreApplication.translate("CodeInputs", "（请选择）"), "")
    for code in code_list:
        combo.addItem(label(code_list, code, lang), code)
    return combo


def combo_code(combo: QComboBox) -> str:
    return str(combo.currentData() or "")


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code or "")
    combo.setCurrentIndex(max(index, 0))


class CheckList(QWidget):
    """A grid of check boxes, one per code."""

    changed = Signal()

    def __init__(self, code_list: CodeList, lang: str, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(code_list):
            box = QCheckBox(label(code_list, code, lang))
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box, i // columns, i % columns)
            self.boxes[code] = box

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
