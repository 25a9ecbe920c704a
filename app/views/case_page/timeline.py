"""The history of a case as a timeline: each transition and change with time, actor, grounds and note."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from app.domain.codes import CodeList, label
from app.domain.display import show_datetime
from app.domain.rules import NON_ACCEPTANCE_GROUNDS, SUSPEND_REASONS, TERMINATION_GROUNDS
from app.domain.workflow import ACTIONS, OUTCOMES, STATES
from app.services.cases.documents import KINDS
from app.services.cases.timeline import TimelineEntry
from app.views.i18n import DATA_PROPERTY, punctuation

OTHER_ACTIONS: CodeList = {
    "register": ("登记", "Registered"),
    "edit": ("修改案件信息", "Edited"),
    "log_session": ("记录调解", "Session logged"),
    "add_evidence": ("添加证据", "Evidence added"),
    "assign_mediator": ("指派调解员", "Mediator assigned"),
    "document": ("制作文书", "Document made"),
    "import": ("导入", "Imported"),
    "imported": ("导入", "Imported"),
}
FIELD_LABELS: dict[str, str] = {
    "source": QT_TRANSLATE_NOOP("", "来源"),
    "ref_12315": QT_TRANSLATE_NOOP("", "12315编号"),
    "channel": QT_TRANSLATE_NOOP("", "购买渠道"),
    "payment": QT_TRANSLATE_NOOP("", "支付方式"),
    "purchase_date": QT_TRANSLATE_NOOP("", "交易日期"),
    "order_no": QT_TRANSLATE_NOOP("", "订单号"),
    "amount_claimed": QT_TRANSLATE_NOOP("", "涉及金额"),
    "nature": QT_TRANSLATE_NOOP("", "问题性质"),
    "category": QT_TRANSLATE_NOOP("", "商品或服务类别"),
    "sub_category": QT_TRANSLATE_NOOP("", "具体商品或服务"),
    "facts": QT_TRANSLATE_NOOP("", "投诉事实"),
    "request_text": QT_TRANSLATE_NOOP("", "诉求说明"),
    "requests": QT_TRANSLATE_NOOP("", "诉求"),
    "consumer_name": QT_TRANSLATE_NOOP("", "消费者姓名"),
    "consumer_phone": QT_TRANSLATE_NOOP("", "消费者电话"),
    "consumer_id_number": QT_TRANSLATE_NOOP("", "身份证号"),
    "merchant_id": QT_TRANSLATE_NOOP("", "经营者"),
}
ENTRY_STYLE = "border-left: 3px solid #1565c0; padding-left: 6px;"
GROUND_LISTS: dict[str, CodeList] = {
    "reject": NON_ACCEPTANCE_GROUNDS,
    "terminate": TERMINATION_GROUNDS,
    "suspend": SUSPEND_REASONS,
    "close": OUTCOMES,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def action_label(action: str, lang: str) -> str:
    if action in ACTIONS:
        return label(ACTIONS, action, lang)
    return label(OTHER_ACTIONS, action, lang)


CLI_PREFIX = "cli:"
"""Logins of the command line (``cli:<operating-system user>``), which are not users of the application."""


def person_text(login: str, name: str) -> str:
    """Who acted, for the screen: the user's name, or "命令行（root）" / "Command line (root)" for the CLI."""
    if login.startswith(CLI_PREFIX):
        return tr("命令行（%1）").replace("%1", login[len(CLI_PREFIX) :])
    return name


def _document_title(kind: str, lang: str) -> str:
    document = KINDS.get(kind)
    if document is None:
        return kind
    return document.title_en if lang.startswith("en") else document.title


def entry_text(entry: TimelineEntry, lang: str) -> str:
    """One line (or two) of the timeline."""
    who = entry.actor_name
    if who.startswith(CLI_PREFIX):
        who = tr("命令行（%1）").replace("%1", who[len(CLI_PREFIX) :])
    doing = action_label(entry.action, lang)
    head = f"{show_datetime(entry.at, lang)}  {who}  {doing}"
    state = label(STATES, entry.to_state, lang) if entry.to_state else ""
    if entry.to_state and entry.to_state != entry.from_state and state != doing:
        head += f" → {state}"
    colon, sep, semicolon = punctuation(lang)
    if entry.action == "document":  # the Chinese note also says how (printed, saved as which file)
        made = entry.note if entry.note and not lang.startswith("en") else None
        return head + colon + (made or sep.join(_document_title(kind, lang) for kind in entry.grounds))
    details = []
    if entry.grounds:
        grounds = GROUND_LISTS.get(entry.action, {})
        details.append(sep.join(label(grounds, g, lang) for g in entry.grounds))
    if entry.changed:
        details.append(tr("修改：") + sep.join(tr(FIELD_LABELS.get(f, f)) for f in entry.changed))
    if entry.note:
        details.append(entry.note)
    return head + ("\n    " + semicolon.join(details) if details else "")


class TimelineView(QGroupBox):
    """历史: the whole life of the case, oldest first."""

    def __init__(self, entries: list[TimelineEntry], lang: str) -> None:
        super().__init__(tr("历史"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.labels: list[QLabel] = []
        for entry in entries:
            shown = QLabel(entry_text(entry, lang))
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setStyleSheet(ENTRY_STYLE)
            shown.setProperty(DATA_PROPERTY, True)  # who, and notes as they were written
            layout.addWidget(shown)
            self.labels.append(shown)

    def lines(self) -> list[str]:
        return [shown.text() for shown in self.labels]
