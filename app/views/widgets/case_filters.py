"""The filters above the case list: state, received between, nature, goods or service class, channel
(with "all WeChat channels"), mediator, and overdue or due soon. They combine; each change is reported."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QPushButton, QWidget

from app.domain import codes
from app.domain.workflow import OPEN_STATES, STATES
from app.services.cases.listing import ALL_WECHAT, DUE_SOON, OVERDUE
from app.views.i18n import DATA_PROPERTY

EVENT_KEYS = (
    "accepted_from",
    "accepted_to",
    "rejected_from",
    "rejected_to",
    "closed_from",
    "closed_to",
    "resolved",
    "doubled",
    "overdue_on",
    "merchant_id",
)
"""Filters another page can hand over (a dashboard bar) that have no control of their own here."""
OPEN = "open"
"""The state filter value meaning every state that is not an end state."""
NO_DATE = QDate(2000, 1, 1)
COMBO_CHARS = 8


class OptionalDateEdit(QDateEdit):
    """A date filter that may be empty (shown as ``empty_text``): its calendar opens at today, and typing
    a date over the empty text starts from today's date instead of being refused."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.date() == NO_DATE and event.text().isdigit():
            blocked = self.blockSignals(True)  # the filter changes with the typed date, not with today's
            self.setDate(QDate.currentDate())
            self.blockSignals(blocked)
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)


def _date_edit(empty_text: str) -> QDateEdit:
    return OptionalDateEdit(empty_text)


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class CaseFilters(QWidget):
    """Combo boxes and dates; ``values()`` gives the keyword arguments of a CaseQuery."""

    changed = Signal()

    def __init__(self, lang: str, mediators: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.state = self._combo(self.tr("全部状态"), [(OPEN, self.tr("未办结")), *self._codes(STATES)])
        self.received_from = _date_edit(self.tr("不限"))
        self.received_to = _date_edit(self.tr("不限"))
        self.nature = self._combo(self.tr("全部性质"), self._codes(codes.NATURES))
        self.category = self._combo(self.tr("全部类别"), self._codes(codes.CATEGORIES))
        self.channel = self._combo(
            self.tr("全部渠道"), [(ALL_WECHAT, self.tr("所有微信渠道")), *self._codes(codes.CHANNELS)]
        )
        self.mediator = self._combo(self.tr("全部调解员"), [(str(i), name) for i, name in mediators])
        self.mediator.setProperty(DATA_PROPERTY, True)  # people's names
        self.due = self._combo(
            self.tr("全部期限"), [(OVERDUE, self.tr("已超期")), (DUE_SOON, self.tr("两个工作日内到期"))]
        )
        self.handed_over: dict[str, Any] = {}
        self.handed_over_label = QLabel()
        self.handed_over_label.setStyleSheet("color: #1565c0;")
        self.handed_over_label.hide()
        self.reset_button = QPushButton(self.tr("清除筛选"))
        self.reset_button.clicked.connect(self.reset)
        for edit in (self.received_from, self.received_to):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._lay_out()

    def _codes(self, code_list: codes.CodeList) -> list[tuple[str, str]]:
        return [(code, codes.label(code_list, code, self.lang)) for code in code_list]

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        combo.addItem(everything, "")
        for data, text in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("状态"), self.state),
            (self.tr("登记日期从"), self.received_from),
            (self.tr("至"), self.received_to),
            (self.tr("期限"), self.due),
            (self.tr("问题性质"), self.nature),
            (self.tr("商品服务类别"), self.category),
            (self.tr("购买渠道"), self.channel),
            (self.tr("调解员"), self.mediator),
        ]
        for i, (text, widget) in enumerate(cells):
            row, col = divmod(i, 4)
            grid.addWidget(QLabel(text), row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
        grid.addWidget(self.handed_over_label, 2, 0, 1, 8)

    def values(self) -> dict[str, Any]:
        """The filters as CaseQuery keyword arguments."""
        state = str(self.state.currentData() or "")
        mediator = str(self.mediator.currentData() or "")
        return {
            "states": tuple(sorted(OPEN_STATES)) if state == OPEN else ((state,) if state else ()),
            "received_from": _date_of(self.received_from),
            "received_to": _date_of(self.received_to),
            "nature": self.nature.currentData() or None,
            "category": self.category.currentData() or None,
            "channel": self.channel.currentData() or None,
            "mediator_id": int(mediator) if mediator else None,
            "due": self.due.currentData() or None,
            **self.handed_over,
        }

    def apply(self, wanted: dict[str, Any]) -> None:
        """Set the filters named in ``wanted`` (keys of CaseQuery, or "state"); the others are cleared."""
        self.blockSignals(True)
        try:
            self.reset()
            state = wanted.get("state") or (wanted.get("states") or [""])[0]
            for combo, value in (
                (self.state, state),
                (self.nature, wanted.get("nature")),
                (self.category, wanted.get("category")),
                (self.channel, wanted.get("channel")),
                (self.mediator, wanted.get("mediator_id")),
                (self.due, wanted.get("due")),
            ):
                index = combo.findData(str(value) if value is not None else "")
                combo.setCurrentIndex(max(index, 0))
            for edit, key in ((self.received_from, "received_from"), (self.received_to, "received_to")):
                value = wanted.get(key)
                edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            self.handed_over = {k: wanted[k] for k in EVENT_KEYS if wanted.get(k) not in (None, False)}
            self._show_handed_over()
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def reset(self) -> None:
        """Every filter back to "all"."""
        blocked = self.blockSignals(True)
        for combo in (self.state, self.nature, self.category, self.channel, self.mediator, self.due):
            combo.setCurrentIndex(0)
        self.received_from.setDate(NO_DATE)
        self.received_to.setDate(NO_DATE)
        self.handed_over = {}
        self._show_handed_over()
        self.blockSignals(blocked)
        if not blocked:
            self.changed.emit()

    def _show_handed_over(self) -> None:
        """Say which handed-over filters apply; 清除筛选 removes them with the rest."""
        h = self.handed_over
        parts = []
        if "accepted_from" in h or "accepted_to" in h:
            parts.append(
                self.tr("受理于 %1 至 %2")
                .replace("%1", str(h.get("accepted_from", "…")))
                .replace("%2", str(h.get("accepted_to", "…")))
            )
        if "closed_from" in h or "closed_to" in h:
            parts.append(
                self.tr("办结于 %1 至 %2")
                .replace("%1", str(h.get("closed_from", "…")))
                .replace("%2", str(h.get("closed_to", "…")))
            )
        if "rejected_from" in h or "rejected_to" in h:
            parts.append(
                self.tr("不予受理于 %1 至 %2")
                .replace("%1", str(h.get("rejected_from", "…")))
                .replace("%2", str(h.get("rejected_to", "…")))
            )
        if h.get("resolved"):
            parts.append(self.tr("已解决"))
        if h.get("doubled"):
            parts.append(self.tr("获加倍赔偿"))
        if "overdue_on" in h:
            parts.append(self.tr("%1 日终超期未办结").replace("%1", str(h["overdue_on"])))
        if "merchant_id" in h:
            parts.append(self.tr("指定经营者（编号 %1）").replace("%1", str(h["merchant_id"])))
        self.handed_over_label.setText(self.tr("另加条件：") + "；".join(parts) if parts else "")
        self.handed_over_label.setVisible(bool(parts))
