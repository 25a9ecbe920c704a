"""从截图识别 on the intake form: the clerk picks the consumer's payment screenshot, it is read in the
background, and each field found is offered for the form's empty fields only. The payee goes to the
merchant look-up; a transaction number already seen in another case warns of a duplicate. After the case
is registered, the image becomes its evidence with the reading and the clerk's decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.codes import READING_KINDS, label
from app.domain.dates import parse_optional_date
from app.domain.errors import DomainError, InvalidValue
from app.services.cases.evidence import add_evidence
from app.services.cases.evidence_reading import (
    EVIDENCE_KIND_OF,
    FieldOffer,
    offers_from,
    record_form_decisions,
    save_reading,
)
from app.services.cases.intake_checks import intake_warnings
from app.services.evidence_reader.fields import Reading
from app.services.evidence_reader.reading import read_image_file
from app.views.context import AppContext
from app.views.tasks import TaskControl, TaskRunner
from app.views.widgets.code_inputs import combo_code, set_combo_code
from app.views.widgets.evidence_offers import EvidenceOffers

if TYPE_CHECKING:
    from app.views.dialogs.case_form import CaseForm

IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif *.webp"


@dataclass
class ReadScreenshot:
    """A screenshot read on the form, and what the clerk decided per field: field -> (value, accepted)."""

    path: Path
    reading: Reading
    decisions: dict[str, tuple[str, bool]] = field(default_factory=dict)


class ScreenshotReader(QWidget):
    """The button and the offers, working on the fields of ``form``."""

    def __init__(self, ctx: AppContext, form: CaseForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.form = ctx, form
        self.button = QPushButton(self.tr("从截图识别…"))
        self.button.setToolTip(self.tr("读取转账、红包或账单截图，填入尚未填写的交易信息"))
        self.button.clicked.connect(self.choose)
        self.offers = EvidenceOffers()
        self.offers.decided.connect(self.decide)
        self.runner = TaskRunner(self)
        self.read: ReadScreenshot | None = None
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.offers)

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择付款截图"), "", self.tr("图片") + f" ({IMAGE_FILTER})"
        )
        if chosen:
            self.read_file(Path(chosen))

    def current(self) -> dict[str, str]:
        """What the form holds now, by offered field."""
        f = self.form
        payee = f.payee.text() if f.picker.chosen is None else (f.picker.chosen_label.text() or "—")
        return {
            "amount": f.amount.text(),
            "purchase_date": f.purchase_date.text(),
            "payment": combo_code(f.payment) or "",
            "order_no": f.order_no.text(),
            "payee": payee,
        }

    def _purchase_date(self) -> object:
        try:
            return parse_optional_date(self.form.purchase_date.text())
        except InvalidValue:
            return None

    def read_file(self, path: Path) -> None:
        """Read ``path`` in the background and offer what it shows."""
        self.offers.reading(path.name)
        self.button.setEnabled(False)
        db, purchase = self.ctx.db, self._purchase_date()

        def work(_control: TaskControl) -> tuple[Reading, list[str]]:
            reading = read_image_file(path, purchase)  # type: ignore[arg-type]
            numbers = [reading.transaction_no] if reading.transaction_no else []
            warned = intake_warnings(db, None, transaction_nos=numbers) if numbers else []
            return reading, [w.message for w in warned if w.kind == "duplicate"]

        self.runner.run(work, lambda result: self._done(path, *result), self._failed)

    def _done(self, path: Path, reading: Reading, duplicates: list[str]) -> None:
        self.button.setEnabled(True)
        self.read = ReadScreenshot(path, reading)
        offers = offers_from(reading, self.current(), self.ctx.lang)
        self.offers.show_offers(offers, duplicates, label(READING_KINDS, reading.kind, self.ctx.lang))
        if reading.payee and self.form.picker.chosen is None and not self.form.picker.search.text().strip():
            self.form.picker.search.setText(reading.payee)

    def _failed(self, err: BaseException) -> None:
        self.button.setEnabled(True)
        self.offers.failed(err.message if isinstance(err, DomainError) else str(err))

    def decide(self, name: str, accepted: bool) -> None:
        offer = self.offers.offers.get(name)
        if offer is None or self.read is None:
            return
        self.read.decisions[name] = (offer.value, accepted)
        if accepted and offer.offered and not self.current()[name].strip():
            self._fill(offer)

    def _fill(self, offer: FieldOffer) -> None:
        f = self.form
        if offer.field == "amount":
            f.amount.setText(offer.value)
        elif offer.field == "purchase_date":
            f.purchase_date.setText(offer.value)
        elif offer.field == "payment":
            set_combo_code(f.payment, offer.value)
        elif offer.field == "order_no":
            f.order_no.setText(offer.value)
        elif offer.field == "payee":
            f.payee.setText(offer.value)

    def keep_as_evidence(self, case_no: str) -> None:
        """After registration: the image as the case's evidence, its reading, and the clerk's decisions."""
        if self.read is None:
            return
        kind = EVIDENCE_KIND_OF.get(self.read.reading.kind, "chat_screenshot")
        item = add_evidence(self.ctx.db, self.ctx.actor, case_no, self.read.path, kind, self.tr("从截图识别"))
        save_reading(self.ctx.db, self.ctx.actor, item.id, self.read.reading)
        if self.read.decisions:
            record_form_decisions(self.ctx.db, self.ctx.actor, case_no, item.id, self.read.decisions)
