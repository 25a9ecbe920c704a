"""The read-only sections of the case page: parties, transaction, complaint, handling, sessions and the
agreement with its closing. Each builder takes the case's read model and returns a group box."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain import codes
from app.domain.codes import label
from app.domain.display import show_date, show_datetime
from app.domain.money import format_yuan_grouped
from app.domain.rules import TERMINATION_GROUNDS
from app.domain.workflow import OUTCOMES
from app.services.cases.detail import CaseDetail, SessionView
from app.services.cases.sessions import OFFER_PARTIES
from app.views.i18n import DATA_PROPERTY, punctuation


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def yuan(value: Decimal) -> str:
    return tr("%1 元").replace("%1", format_yuan_grouped(value))


def _in_brackets(text: str, lang: str) -> str:
    return f" ({text})" if lang.startswith("en") else f"（{text}）"


def value_label(text: str) -> QLabel:
    shown = QLabel(text or "—")
    shown.setProperty(DATA_PROPERTY, True)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


def form_group(title: str, rows: Sequence[tuple[str, str]]) -> QGroupBox:
    """A titled box of label: value rows."""
    group = QGroupBox(title)
    form = QFormLayout(group)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    for name, text in rows:
        form.addRow(name, value_label(text))
    return group


def parties_group(d: CaseDetail, lang: str) -> QGroupBox:
    """The parties, with personal values as the case-detail service masked them for the reader."""
    c, m, p = d.draft, d.merchant, d.parties
    assert p is not None
    agent = c.agent_name + (tr("（已授权）") if c.agent_authorised else "") if c.agent_name else ""
    wechat, phone = p.merchant_wechat_id, p.merchant_phone
    merchant_ids = " · ".join(
        x for x in (wechat and tr("微信 ") + wechat, phone, m.uscc, m.payee and tr("收款人 ") + m.payee) if x
    )
    return form_group(
        tr("当事人"),
        [
            (tr("消费者"), p.consumer_name),
            (tr("手机号"), p.consumer_phone),
            (tr("身份证号"), p.consumer_id_number or ""),
            (tr("地址"), c.consumer_address),
            (tr("代理人"), agent),
            (tr("经营者"), f"{p.merchant_name}{_in_brackets(label(codes.MERCHANT_KINDS, m.kind, lang), lang)}"),
            (tr("经营者标识"), merchant_ids),
            (tr("店铺或小程序"), m.shop_name or ""),
        ],
    )


def transaction_group(d: CaseDetail, lang: str) -> QGroupBox:
    c = d.draft
    return form_group(
        tr("交易"),
        [
            (tr("购买渠道"), label(codes.CHANNELS, c.channel, lang)),
            (tr("支付方式"), label(codes.PAYMENTS, c.payment, lang)),
            (tr("交易日期"), show_date(c.purchase_date, lang)),
            (tr("订单号"), c.order_no),
            (tr("涉及金额"), yuan(c.amount_claimed)),
        ],
    )


def _entrusted_rows(d: CaseDetail, lang: str) -> list[tuple[str, str]]:
    """An entrusted case (Order 20 Art. 17): the office, and its receipt and acceptance dates the limits
    run from."""
    if not d.entrusted_by:
        return []
    dates = f"{show_date(d.entrusted_received_on, lang)} / {show_date(d.entrusted_accepted_on, lang)}"
    return [(tr("委托单位"), d.entrusted_by), (tr("委托单位收到/受理"), dates)]


def complaint_group(d: CaseDetail, lang: str) -> QGroupBox:
    c = d.draft
    source = label(codes.SOURCES, c.source, lang) + (_in_brackets(c.ref_12315, lang) if c.ref_12315 else "")
    return form_group(
        tr("投诉"),
        [
            (tr("来源"), source),
            *_entrusted_rows(d, lang),
            (tr("登记日期"), show_date(d.received_on, lang)),
            (tr("问题性质"), label(codes.NATURES, c.nature, lang)),
            (tr("商品或服务类别"), label(codes.CATEGORIES, c.category, lang)),
            (tr("具体商品或服务"), label(codes.SUB_CATEGORIES, c.sub_category, lang)),
            (tr("诉求"), punctuation(lang)[1].join(label(codes.REQUESTS, r, lang) for r in c.requests)),
            (tr("投诉事实"), c.facts),
            (tr("诉求说明"), c.request_text),
        ],
    )


def handling_group(d: CaseDetail, lang: str) -> QGroupBox:
    consent = {True: tr("已同意"), False: tr("未记录")}
    rows = [
        (tr("规则"), d.rule_set),
        (tr("受理日期"), show_date(d.accepted_on, lang)),
        (tr("经营者身份认定"), label(codes.OPERATOR_CONCLUSIONS, d.assessment_conclusion, lang)),
        (tr("调解员"), d.mediator or ""),
        (tr("双方同意调解"), f"{tr('消费者')}{consent[d.consents[0]]} · {tr('经营者')}{consent[d.consents[1]]}"),
    ]
    if d.termination_ground:
        rows.append((tr("终止理由"), label(TERMINATION_GROUNDS, d.termination_ground, lang)))
        rows.append((tr("终止 / 告知日期"), f"{show_date(d.terminated_on, lang)} / {show_date(d.notice_on, lang)}"))
    return form_group(tr("受理与调解"), rows)


def agreement_group(d: CaseDetail, lang: str) -> QGroupBox:
    rows: list[tuple[str, str]] = []
    a = d.agreement
    if a is not None:
        rows += [
            (tr("协议内容"), a.terms),
            (tr("协议日期"), show_date(a.agreed_on, lang)),
            (tr("退款 / 赔偿 / 惩罚性赔偿"), f"{yuan(a.refund)} / {yuan(a.compensation)} / {yuan(a.punitive)}"),
            (tr("履行期限"), show_date(a.performance_due_on, lang)),
            (tr("回访确认"), show_date(a.confirmed_on, lang)),
        ]
    if d.outcome:
        rows += [
            (tr("办结结果"), label(OUTCOMES, d.outcome, lang)),
            (tr("办结日期"), show_date(d.closed_on, lang)),
            (tr("实际到账"), yuan(d.recovered)),
            (tr("其中惩罚性赔偿"), yuan(d.punitive_received)),
            (tr("付款方"), label(codes.PAYERS, d.paid_by, lang)),
        ]
    if not rows:
        rows.append(("", tr("尚未达成协议")))
    return form_group(tr("协议与办结"), rows)


def session_text(s: SessionView, lang: str) -> str:
    when = show_datetime(s.held_at, lang)
    attended = tr("参加：")
    lines = [f"{when} · {label(codes.SESSION_MODES, s.mode, lang)} · {attended}{s.participants}", s.summary]
    for o in s.offers:
        what = punctuation(lang)[0] + o.description if o.description else ""
        lines.append(f"  {label(OFFER_PARTIES, o.party, lang)} {yuan(o.amount)}{what}")
    if s.result:
        lines.append(tr("结果：") + s.result)
    return "\n".join(lines)


def sessions_group(d: CaseDetail, lang: str) -> QGroupBox:
    group = QGroupBox(tr("调解记录（%1 次）").replace("%1", str(len(d.sessions))))
    layout = QVBoxLayout(group)
    if not d.sessions:
        layout.addWidget(value_label(tr("尚无调解记录")))
    for s in d.sessions:
        layout.addWidget(value_label(session_text(s, lang)))
    return group


def follow_ups_group(d: CaseDetail, lang: str) -> QGroupBox:
    """The follow-up visits (回访) of an agreed or closed case: date, method, result."""
    group = QGroupBox(tr("回访记录（%1 次）").replace("%1", str(len(d.follow_ups))))
    layout = QVBoxLayout(group)
    if not d.follow_ups:
        layout.addWidget(value_label(tr("尚无回访记录")))
    for v in d.follow_ups:
        method = label(codes.FOLLOW_UP_METHODS, v.method, lang)
        layout.addWidget(value_label(f"{show_date(v.on, lang)} {method}{punctuation(lang)[0]}{v.result}"))
    return group


def respondents_group(d: CaseDetail, lang: str) -> QGroupBox:
    """Further respondents beside the merchant (their role on the case: CRPL Arts. 40, 43, 44) and the
    advance compensation (先行赔付) paid to the consumer: who, how much, when, and the total."""
    group = QGroupBox(tr("其他被投诉人与先行赔付"))
    layout = QVBoxLayout(group)
    if not d.respondents:
        layout.addWidget(value_label(tr("其他被投诉人：无")))
    for r in d.respondents:
        role = label(codes.RESPONDENT_ROLES, r.role, lang)
        kind = label(codes.MERCHANT_KINDS, r.kind, lang)
        ids = " · ".join(x for x in (r.uscc, r.phone, r.address) if x)
        space = "  " if lang.startswith("en") else "　"
        text = f"{role}{punctuation(lang)[0]}{r.name}{_in_brackets(kind, lang)}" + (f"{space}{ids}" if ids else "")
        layout.addWidget(value_label(text + (f"\n{r.note}" if r.note else "")))
    if not d.advance_payments:
        layout.addWidget(value_label(tr("先行赔付：无")))
    for p in d.advance_payments:
        kind = label(codes.ADVANCE_PAYERS, p.payer_kind, lang)
        text = tr("%1 %2 先行赔付 %3").replace("%1", show_date(p.paid_on, lang))
        text = text.replace("%2", p.payer_name + _in_brackets(kind, lang)).replace("%3", yuan(p.amount))
        layout.addWidget(value_label(text + (f"\n{p.note}" if p.note else "")))
    if len(d.advance_payments) > 1:
        layout.addWidget(value_label(tr("先行赔付合计 %1").replace("%1", yuan(d.advance_total))))
    return group


def column(widgets: Sequence[QWidget]) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return holder
