"""Adding a file as evidence: which file, what kind of evidence it is, and a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.domain.codes import EVIDENCE_KINDS
from app.domain.errors import InvalidInput, Problem
from app.services.cases.detail import CaseDetail
from app.services.cases.evidence import add_evidence
from app.views.context import AppContext
from app.views.dialogs.acceptance import CaseActionDialog
from app.views.file_dialogs import open_file_name
from app.views.widgets.code_inputs import code_combo, combo_code

IMAGE_KIND_GUESS = "chat_screenshot"


class FileChooser(QWidget):
    """A path with a button that opens the file dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("选择文件，或把文件拖到案件页的证据区"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(browse)

    def browse(self) -> None:
        chosen = open_file_name(self, self.tr("选择证据文件"))
        if chosen:
            self.path.setText(chosen)


class EvidenceDialog(CaseActionDialog):
    """添加证据: the file is copied read-only and its SHA-256 recorded."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("添加证据"), parent)
        self.chooser = FileChooser()
        self.chooser.path.setText(path)
        self.add_row(self.tr("文件"), "文件", self.chooser)
        self.kind = code_combo(EVIDENCE_KINDS, ctx.lang)
        self.add_row(self.tr("证据类型"), "证据类型", self.kind)
        self.note = QLineEdit()
        self.add_row(self.tr("说明"), "说明", self.note)
        self.chooser.path.textChanged.connect(self.mark_dirty)
        self.added_id: int | None = None

    def submit(self) -> None:
        text = self.chooser.path.text().strip()
        if not text:
            raise InvalidInput([Problem("文件", self.tr("请选择文件"))])
        item = add_evidence(
            self.ctx.db, self.ctx.actor, self.case_no, Path(text), combo_code(self.kind), self.note.text()
        )
        self.added_id = item.id
        self.done_ok()
