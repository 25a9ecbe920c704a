"""The content of a complaint as one form, in the order a clerk asks on the phone: source, consumer,
merchant, transaction, complaint. Field names are the ``Problem.field`` names of
``app.services.cases.drafts.validate_draft``, so every problem of a save lands beside its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.dates import parse_optional_date
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.views.context import AppContext
from app.views.dialogs.base import watch
from app.views.dialogs.screenshot_intake import ScreenshotReader
from app.views.widgets.code_inputs import CheckList, code_combo, combo_code, set_combo_code
from app.views.widgets.merchant_picker import MerchantPicker
from app.views.widgets.validated_fields import (
    FieldBox,
    ProblemBoard,
    ValidatedLineEdit,
    amount_field,
    date_edit,
    date_of,
    id_number_field,
    mobile_field,
    phone_field,
    purchase_date_field,
    uscc_field,
    wechat_field,
)

HINT_STYLE = "color: #b26a00;"


def _text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    return edit


class CaseForm(QWidget):
    """Every field of a complaint, with its problems beside it."""

    changed = Signal()

    def __init__(self, ctx: AppContext, board: ProblemBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.board, lang = ctx, board, ctx.lang
        self.source = code_combo(codes.SOURCES, lang, empty=False)
        self.ref_12315, self.received_on = QLineEdit(), date_edit()
        self.entrusted_by = QLineEdit()
        self.entrusted_by.setPlaceholderText(self.tr("受委托调解时填写，如：某市市场监督管理局"))
        self.entrusted_received, self.entrusted_accepted = QLineEdit(), QLineEdit()
        for edit in (self.entrusted_received, self.entrusted_accepted):
            edit.setPlaceholderText("YYYY-MM-DD")
        self.consumer_name, self.consumer_phone = QLineEdit(), mobile_field()
        self.consumer_id, self.consumer_address = id_number_field(), QLineEdit()
        self.agent_name, self.agent_authorised = QLineEdit(), QCheckBox(self.tr("已提交授权委托书"))
        self.picker = MerchantPicker(ctx.db, ctx.actor, lang)
        self.merchant_name, self.merchant_kind = QLineEdit(), code_combo(codes.MERCHANT_KINDS, lang)
        self.wechat, self.merchant_phone, self.uscc = wechat_field(), phone_field(), uscc_field()
        self.payee, self.shop_name, self.merchant_address = QLineEdit(), QLineEdit(), QLineEdit()
        self.channel, self.payment = code_combo(codes.CHANNELS, lang), code_combo(codes.PAYMENTS, lang)
        self.purchase_date, self.order_no, self.amount = purchase_date_field(), QLineEdit(), amount_field()
        self.nature, self.category = code_combo(codes.NATURES, lang), code_combo(codes.CATEGORIES, lang)
        self.sub_category = code_combo({}, lang)
        self.requests, self.facts, self.request_text = CheckList(codes.REQUESTS, lang), _text(110), _text(50)
        self.evidence_hint = QLabel(self.tr("微信交易：登记后请在案件页添加转账或红包记录等付款凭证，这是关键证据。"))
        self.evidence_hint.setStyleSheet(HINT_STYLE)
        self.evidence_hint.setWordWrap(True)
        self.screenshot = ScreenshotReader(ctx, self)
        set_combo_code(self.merchant_kind, "unregistered")
        columns = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        for group in (self._source_group(), self._consumer_group(), self._merchant_group()):
            left.addWidget(group)
        for group in (self._transaction_group(), self.screenshot, self._complaint_group()):
            right.addWidget(group)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.source.currentIndexChanged.connect(self._follow_source)
        self.channel.currentIndexChanged.connect(self._follow_channel)
        self.category.currentIndexChanged.connect(self._follow_category)
        self.picker.chosen_changed.connect(self._follow_choice)
        self.picker.chosen_changed.connect(self.changed.emit)
        self._follow_source()
        self._follow_channel()
        self._follow_category()

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for label, field, widget in rows:
            box = widget if isinstance(widget, FieldBox) else FieldBox(widget)
            self.board.add(field, box)
            form.addRow(label, box)
            watch(widget, self.changed.emit)
        return group

    def _source_group(self) -> QGroupBox:
        return self._group(
            self.tr("来源"),
            [
                (self.tr("来源"), "来源", self.source),
                (self.tr("12315编号"), "12315编号", self.ref_12315),
                (self.tr("登记日期"), "登记日期", self.received_on),
                (self.tr("委托单位"), "委托单位", self.entrusted_by),
                (self.tr("委托单位收到日期"), "委托单位收到日期", self.entrusted_received),
                (self.tr("委托单位受理日期"), "委托单位受理日期", self.entrusted_accepted),
            ],
        )

    def _consumer_group(self) -> QGroupBox:
        group = self._group(
            self.tr("消费者"),
            [
                (self.tr("姓名"), "消费者姓名", self.consumer_name),
                (self.tr("手机号"), "消费者电话", self.consumer_phone),
                (self.tr("身份证号"), "消费者身份证号", self.consumer_id),
                (self.tr("地址"), "消费者地址", self.consumer_address),
                (self.tr("代理人"), "代理人", self.agent_name),
            ],
        )
        form = group.layout()
        assert isinstance(form, QFormLayout)
        form.addRow("", self.agent_authorised)
        watch(self.agent_authorised, self.changed.emit)
        return group

    def _merchant_group(self) -> QGroupBox:
        return self._group(
            self.tr("经营者"),
            [
                (self.tr("查找"), "经营者", self.picker),
                (self.tr("名称"), "经营者名称", self.merchant_name),
                (self.tr("类型"), "经营者类型", self.merchant_kind),
                (self.tr("微信号"), "经营者微信号", self.wechat),
                (self.tr("电话"), "经营者电话", self.merchant_phone),
                (self.tr("统一社会信用代码"), "统一社会信用代码", self.uscc),
                (self.tr("收款人"), "收款人", self.payee),
                (self.tr("店铺或小程序"), "店铺名称", self.shop_name),
                (self.tr("地址"), "经营者地址", self.merchant_address),
            ],
        )

    def _transaction_group(self) -> QGroupBox:
        group = self._group(
            self.tr("交易"),
            [
                (self.tr("购买渠道"), "购买渠道", self.channel),
                (self.tr("支付方式"), "支付方式", self.payment),
                (self.tr("交易日期"), "交易日期", self.purchase_date),
                (self.tr("订单号"), "订单号", self.order_no),
                (self.tr("涉及金额(元)"), "涉及金额", self.amount),
            ],
        )
        form = group.layout()
        assert isinstance(form, QFormLayout)
        form.addRow("", self.evidence_hint)
        return group

    def _complaint_group(self) -> QGroupBox:
        return self._group(
            self.tr("投诉"),
            [
                (self.tr("问题性质"), "投诉问题性质", self.nature),
                (self.tr("商品或服务类别"), "商品或服务类别", self.category),
                (self.tr("具体商品或服务"), "具体商品或服务", self.sub_category),
                (self.tr("诉求"), "诉求", self.requests),
                (self.tr("投诉事实"), "投诉内容", self.facts),
                (self.tr("诉求说明"), "诉求说明", self.request_text),
            ],
        )

    def _follow_source(self) -> None:
        from_12315 = combo_code(self.source) == "platform_12315"
        for widget in (self.ref_12315, self.entrusted_by, self.entrusted_received, self.entrusted_accepted):
            widget.setEnabled(from_12315)

    def _follow_channel(self) -> None:
        self.evidence_hint.setVisible(combo_code(self.channel) in codes.WECHAT_CHANNELS)

    def _follow_category(self) -> None:
        """具体商品 / 具体服务: the items of the chosen class only; the choice kept if it is one of them."""
        items = codes.sub_categories_of(combo_code(self.category))
        kept = combo_code(self.sub_category)
        self.sub_category.blockSignals(True)
        self.sub_category.clear()
        self.sub_category.addItem(self.tr("（未细分）"), "")
        for code in items:
            self.sub_category.addItem(codes.label(items, code, self.ctx.lang), code)
        set_combo_code(self.sub_category, kept if kept in items else "")
        self.sub_category.blockSignals(False)
        self.sub_category.setEnabled(bool(items))

    def _follow_choice(self) -> None:
        typed = (
            self.merchant_name,
            self.merchant_kind,
            self.wechat,
            self.merchant_phone,
            self.uscc,
            self.payee,
            self.shop_name,
            self.merchant_address,
        )
        for widget in typed:
            widget.setEnabled(self.picker.chosen is None)

    def merchant_draft(self) -> MerchantDraft:
        return MerchantDraft(
            name=self.merchant_name.text(),
            kind=combo_code(self.merchant_kind),
            uscc=self.uscc.text(),
            wechat_id=self.wechat.text(),
            phone=self.merchant_phone.text(),
            payee=self.payee.text(),
            shop_name=self.shop_name.text(),
            address=self.merchant_address.text(),
        )

    def draft(self) -> CaseDraft:
        """What the form holds, as the services take it."""
        return CaseDraft(
            source=combo_code(self.source),
            ref_12315=self.ref_12315.text(),
            received_on=date_of(self.received_on),
            entrusted_by=self.entrusted_by.text() if combo_code(self.source) == "platform_12315" else "",
            entrusted_received_on=self.entrusted_received.text() if self.entrusted_by.text().strip() else None,
            entrusted_accepted_on=self.entrusted_accepted.text() if self.entrusted_by.text().strip() else None,
            consumer_name=self.consumer_name.text(),
            consumer_phone=self.consumer_phone.text(),
            consumer_id_number=self.consumer_id.text(),
            consumer_address=self.consumer_address.text(),
            agent_name=self.agent_name.text(),
            agent_authorised=self.agent_authorised.isChecked(),
            merchant_id=self.picker.merchant_id,
            merchant=self.merchant_draft(),
            channel=combo_code(self.channel),
            payment=combo_code(self.payment),
            purchase_date=self.purchase_date.text(),
            order_no=self.order_no.text(),
            amount_claimed=self.amount.text(),
            nature=combo_code(self.nature),
            category=combo_code(self.category),
            sub_category=combo_code(self.sub_category),
            requests=self.requests.codes(),
            facts=self.facts.toPlainText(),
            request_text=self.request_text.toPlainText(),
        )

    def load(self, draft: CaseDraft) -> None:
        """Fill the form from a stored case (editing); the merchant stays as it is."""
        set_combo_code(self.source, draft.source)
        self.ref_12315.setText(draft.ref_12315)
        self.entrusted_by.setText(draft.entrusted_by)
        self.entrusted_received.setText(str(draft.entrusted_received_on or ""))
        self.entrusted_accepted.setText(str(draft.entrusted_accepted_on or ""))
        received = parse_optional_date(draft.received_on)
        if received is not None:
            self.received_on.setDate(date_edit(received).date())
        setters: list[tuple[Callable[[str], None], str]] = [
            (self.consumer_name.setText, draft.consumer_name),
            (self.consumer_phone.setText, draft.consumer_phone),
            (self.consumer_id.setText, draft.consumer_id_number),
            (self.consumer_address.setText, draft.consumer_address),
            (self.agent_name.setText, draft.agent_name),
            (self.order_no.setText, draft.order_no),
            (self.purchase_date.setText, str(draft.purchase_date or "")),
            (self.amount.setText, str(draft.amount_claimed or "")),
            (self.facts.setPlainText, draft.facts),
            (self.request_text.setPlainText, draft.request_text),
        ]
        for setter, value in setters:
            setter(value)
        self.agent_authorised.setChecked(draft.agent_authorised)
        for combo, code in (
            (self.channel, draft.channel),
            (self.payment, draft.payment),
            (self.nature, draft.nature),
            (self.category, draft.category),
        ):
            set_combo_code(combo, code)
        self._follow_category()
        set_combo_code(self.sub_category, draft.sub_category)
        self.requests.set_codes(draft.requests)
        m = draft.merchant
        self.merchant_name.setText(m.name)
        set_combo_code(self.merchant_kind, m.kind)
        for field, value in ((self.wechat, m.wechat_id), (self.merchant_phone, m.phone), (self.uscc, m.uscc)):
            field.setText(value)
        self.payee.setText(m.payee)
        self.shop_name.setText(m.shop_name)
        self.merchant_address.setText(m.address)

    def line_fields(self) -> list[tuple[str, ValidatedLineEdit]]:
        return [(f, b) for f, b in self.board.boxes.items() if isinstance(b, ValidatedLineEdit)]
