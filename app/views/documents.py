"""Turning a rendered document into paper or PDF with Qt, and the dialog that previews it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QSizeF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.cases.documents import RenderedDocument, record_document_made
from app.services.files import FileNotWritten, safe_write
from app.views.context import AppContext
from app.views.file_dialogs import save_file_name
from app.views.screen_fit import fit_window, room

A4_MARGINS_MM = QMarginsF(20, 20, 20, 20)


def text_document(doc: RenderedDocument) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(doc.html)
    return document


def _prepare(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            A4_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def save_pdf(doc: RenderedDocument, path: Path) -> Path:
    """Write the document as an A4 PDF, through the safe file write (the old file stays if anything fails)."""
    with safe_write(path) as partial:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        printer.setDocName(f"{doc.title} {doc.case_no}")
        _prepare(printer)
        document = text_document(doc)
        document.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
        document.print_(printer)
        if partial.stat().st_size == 0:
            raise FileNotWritten(f"无法生成 PDF：{path.name}")
    return path


class DocumentDialog(QDialog):
    """Preview of one document with Print and Save as PDF; both are noted in the case history."""

    def __init__(self, ctx: AppContext, doc: RenderedDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.setWindowTitle(f"{doc.title} · {doc.case_no}")
        self.preview = QTextBrowser()
        self.preview.setHtml(doc.html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("打印…"))
        self.pdf_button = QPushButton(self.tr("另存为 PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self.ask_and_save_pdf)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        space = room(self)
        fit_window(self, height=1.0, wanted=QSize(min(space.width(), space.height() * 5 // 6), space.height()))

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _prepare(printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        text_document(self.doc).print_(printer)
        self._note("打印")
        return True

    def ask_and_save_pdf(self) -> Path | None:
        suggested = f"{self.doc.case_no}-{self.doc.title}.pdf"
        name = save_file_name(self, self.tr("另存为 PDF"), suggested, "PDF (*.pdf)")
        if not name:
            return None
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> Path | None:
        try:
            save_pdf(self.doc, path)
        except FileNotWritten as err:
            QMessageBox.warning(self, self.windowTitle(), self.tr("无法保存：%1").replace("%1", err.message))
            return None
        self._note(f"保存为 {path.name}")
        return path

    def _note(self, how: str) -> None:
        record_document_made(self.ctx.db, self.ctx.actor, self.doc.case_no, self.doc.kind, how)
        self.ctx.hub.case_changed.emit(self.doc.case_no)
