"""Code lists with their labels: a stable ASCII code is stored, the label is shown.

Each list maps code -> (Chinese label, English label). Labels are data, not UI strings, so the
ledger import can read them back and the monthly report can print them in the official words.
"""

from __future__ import annotations

from collections.abc import Mapping

CodeList = Mapping[str, tuple[str, str]]

SOURCES: CodeList = {
    "visit": ("来访", "Walk-in"),
    "phone": ("来电", "Phone"),
    "letter": ("来信", "Letter"),
    "online": ("网络", "Online"),
    "platform_12315": ("12315转办", "Passed on by 12315"),
}

MERCHANT_KINDS: CodeList = {
    "enterprise": ("企业", "Enterprise"),
    "individual_business": ("个体工商户", "Individual business"),
    "unregistered": ("未登记个人", "Unregistered individual"),
    "platform": ("平台", "Platform"),
}

CHANNELS: CodeList = {
    "wechat_moments": ("微信朋友圈", "WeChat Moments"),
    "wechat_group": ("微信群", "WeChat group"),
    "wechat_miniprogram": ("微信小程序", "WeChat mini-program"),
    "wechat_live": ("微信视频号直播", "WeChat Channels live"),
    "other_ecommerce": ("其他电商平台", "Other e-commerce platform"),
    "store": ("实体店", "Physical store"),
    "tv_phone": ("电视电话购物", "TV or phone shopping"),
    "other": ("其他", "Other"),
}
WECHAT_CHANNELS: tuple[str, ...] = ("wechat_moments", "wechat_group", "wechat_miniprogram", "wechat_live")

PAYMENTS: CodeList = {
    "wechat_transfer": ("微信转账", "WeChat transfer"),
    "wechat_red_envelope": ("微信红包", "WeChat red envelope"),
    "qr_code": ("扫码支付", "QR code payment"),
    "bank_card": ("银行卡", "Bank card"),
    "cash": ("现金", "Cash"),
    "other": ("其他", "Other"),
}

NATURES: CodeList = {
    "after_sales": ("售后服务", "After-sales service"),
    "contract": ("合同", "Contract"),
    "quality": ("质量", "Quality"),
    "price": ("价格", "Price"),
    "false_advertising": ("虚假宣传", "False advertising"),
    "safety": ("安全", "Safety"),
    "counterfeit": ("假冒", "Counterfeit"),
    "personal_rights": ("人格权益", "Personal rights"),
    "measurement": ("计量", "Measurement"),
    "other": ("其他", "Other"),
}
NATURE_ALIASES: Mapping[str, str] = {"人格尊严": "personal_rights"}
PERSONAL_RIGHTS_OLD_LABEL_BEFORE = 2024


def nature_label(code: str, year: int) -> str:
    """The official label of a nature for a report year (人格尊严 before 2024)."""
    if code == "personal_rights" and year < PERSONAL_RIGHTS_OLD_LABEL_BEFORE:
        return "人格尊严"
    return NATURES[code][0]


GOODS_CLASSES: CodeList = {
    "g_appliances": ("家用电子电器类", "Household electronics and appliances"),
    "g_daily": ("日用商品类", "Daily goods"),
    "g_clothing": ("服装鞋帽类", "Clothing, shoes and hats"),
    "g_food": ("食品类", "Food"),
    "g_vehicles": ("交通工具类", "Vehicles"),
    "g_housing": ("房屋及建材类", "Housing and building materials"),
    "g_jewellery": ("首饰及文体用品类", "Jewellery, stationery and sports goods"),
    "g_tobacco_drinks": ("烟、酒和饮料类", "Tobacco, alcohol and beverages"),
    "g_medical": ("医药及医疗用品类", "Medicines and medical supplies"),
    "g_agricultural": ("农用生产资料类", "Agricultural inputs"),
}
SERVICE_CLASSES: CodeList = {
    "s_living": ("生活、社会服务类", "Living and social services"),
    "s_decoration": ("房屋装修及物业服务类", "Home decoration and property services"),
    "s_tourism": ("旅游服务", "Tourism"),
    "s_culture": ("文化、娱乐、体育服务", "Culture, entertainment and sports"),
    "s_postal": ("邮政业服务", "Postal services"),
    "s_telecom": ("电信服务", "Telecommunications"),
    "s_internet": ("互联网服务", "Internet services"),
    "s_finance": ("金融服务", "Financial services"),
    "s_insurance": ("保险服务", "Insurance"),
    "s_health": ("卫生保健服务", "Health care"),
    "s_education": ("教育培训服务", "Education and training"),
    "s_public": ("公共设施服务", "Public utilities"),
    "s_sales": ("销售服务", "Sales services"),
}
OTHER_CATEGORY: CodeList = {"other": ("其他商品和服务", "Other goods and services")}
CATEGORIES: CodeList = {**GOODS_CLASSES, **SERVICE_CLASSES, **OTHER_CATEGORY}

REQUESTS: CodeList = {
    "repair": ("修理", "Repair"),
    "redo": ("重作", "Redo"),
    "replace": ("更换", "Replace"),
    "return": ("退货", "Return"),
    "make_up_quantity": ("补足数量", "Make up quantity"),
    "refund": ("退款", "Refund"),
    "compensation": ("赔偿损失", "Compensation for loss"),
    "punitive": ("惩罚性赔偿", "Punitive compensation"),
    "apology": ("赔礼道歉", "Apology"),
}

EVIDENCE_KINDS: CodeList = {
    "chat_screenshot": ("聊天截图", "Chat screenshot"),
    "transfer_record": ("转账记录", "Transfer record"),
    "red_envelope_record": ("红包记录", "Red-envelope record"),
    "payment_bill": ("支付账单", "Payment bill"),
    "order_page": ("订单页面", "Order page"),
    "delivery_record": ("物流记录", "Delivery record"),
    "product_photo": ("商品照片", "Product photo"),
    "medical_record": ("病历", "Medical record"),
    "test_report": ("检测或鉴定报告", "Test or appraisal report"),
    "invoice": ("发票或收据", "Invoice or receipt"),
    "other": ("其他", "Other"),
}
READING_KINDS: CodeList = {
    "transfer": ("转账记录", "Transfer record"),
    "red_envelope": ("红包记录", "Red-envelope record"),
    "qr_payment": ("支付账单", "Payment bill"),
    "chat": ("聊天截图", "Chat screenshot"),
    "other": ("其他图片", "Other image"),
}
"""What the evidence reader takes an image for."""

PAYMENT_EVIDENCE: tuple[str, ...] = ("transfer_record", "red_envelope_record", "payment_bill", "invoice", "order_page")

SESSION_MODES: CodeList = {
    "on_site": ("现场", "On site"),
    "phone": ("电话", "Phone"),
    "video": ("视频", "Video"),
    "wechat": ("微信", "WeChat"),
}

FOLLOW_UP_METHODS: CodeList = {
    "phone": ("电话", "Phone"),
    "visit": ("上门", "Visit"),
    "wechat": ("微信", "WeChat"),
    "sms": ("短信", "Text message"),
    "letter": ("信函", "Letter"),
}

PAYERS: CodeList = {
    "merchant": ("经营者", "Merchant"),
    "platform_advance": ("平台先行赔付", "Platform advance compensation"),
    "other": ("其他", "Other party"),
}

RESPONDENT_ROLES: CodeList = {
    # why another party answers for the complaint beside the merchant who sold (domain.md s. 5, 7)
    "platform": ("电子商务平台经营者", "E-commerce platform operator"),  # CRPL Art. 44; E-Commerce Law Art. 38
    "producer": ("生产者", "Producer"),  # CRPL Art. 40
    "supplier": ("供货者或品牌方", "Supplier or brand owner"),  # CRPL Art. 40 (the seller's supplier, a brand's agent)
    "venue": ("展销会举办者或柜台出租者", "Trade-fair organiser or counter lessor"),  # CRPL Art. 43
    "other": ("其他", "Other"),
}
"""Roles of a further respondent (被投诉人) named on a case beside the merchant who sold."""

ADVANCE_PAYERS: CodeList = {
    "platform": ("电子商务平台", "E-commerce platform"),
    "venue": ("商场、展销会或柜台出租者", "Mall, trade fair or counter lessor"),
    "producer_supplier": ("生产者或供货者", "Producer or supplier"),
    "other": ("其他", "Other"),
}
"""Who paid the consumer in advance (先行赔付) for the merchant, to recover it from them later."""


OPERATOR_CONCLUSIONS: CodeList = {
    "operator": ("属于经营者", "Is an operator"),
    "private": ("个人之间私下交易", "Private deal between individuals"),
    "unclear": ("无法确定", "Cannot be determined"),
}


def label(codes: CodeList, code: str | None, lang: str = "zh_CN") -> str:
    """The label of a code in a language; an unknown code is shown as it is."""
    if code is None:
        return ""
    pair = codes.get(code)
    if pair is None:
        return code
    return pair[1] if lang.startswith("en") else pair[0]


def code_for_label(codes: CodeList, text: str, aliases: Mapping[str, str] | None = None) -> str | None:
    """The code whose Chinese or English label (or the code itself) is ``text``; None if none is."""
    key = text.strip()
    if aliases and key in aliases:
        return aliases[key]
    for code, (zh, en) in codes.items():
        if key in (code, zh) or key.lower() == en.lower():
            return code
    return None
