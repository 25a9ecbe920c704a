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


SUB_CATEGORY_GROUPS: Mapping[str, CodeList] = {
    "g_appliances": {
        "g_appliances_phone": ("通讯类产品", "Communication products"),
        "g_appliances_computer": ("计算机类产品", "Computers"),
        "g_appliances_tv": ("电视机", "Television sets"),
        "g_appliances_aircon": ("空调器具", "Air conditioners"),
        "g_appliances_washer": ("洗衣机", "Washing machines"),
        "g_appliances_fridge": ("电冰箱", "Refrigerators"),
        "g_appliances_water_heater": ("热水器具", "Water heaters"),
        "g_appliances_kitchen": ("厨房电器", "Kitchen appliances"),
        "g_appliances_small": ("家用小电器", "Small household appliances"),
        "g_appliances_other": ("其他家用电子电器", "Other household electronics"),
    },
    "g_daily": {
        "g_daily_furniture": ("家具", "Furniture"),
        "g_daily_cosmetics": ("化妆品", "Cosmetics"),
        "g_daily_cleaning": ("清洁用品", "Cleaning products"),
        "g_daily_sundries": ("日用杂品", "Household sundries"),
        "g_daily_other": ("其他日用商品", "Other daily goods"),
    },
    "g_clothing": {
        "g_clothing_clothes": ("服装", "Clothing"),
        "g_clothing_shoes": ("鞋", "Shoes"),
        "g_clothing_hats": ("帽子及服饰配件", "Hats and accessories"),
    },
    "g_food": {
        "g_food_general": ("普通食品", "General food"),
        "g_food_health": ("保健食品", "Health food"),
        "g_food_infant": ("婴幼儿食品", "Infant food"),
        "g_food_other": ("其他食品", "Other food"),
    },
    "g_vehicles": {
        "g_vehicles_car": ("汽车及零部件", "Cars and parts"),
        "g_vehicles_motorcycle": ("摩托车及零部件", "Motorcycles and parts"),
        "g_vehicles_ebike": ("电动自行车", "Electric bicycles"),
        "g_vehicles_other": ("其他交通工具", "Other vehicles"),
    },
    "g_housing": {
        "g_housing_house": ("房屋", "Housing"),
        "g_housing_materials": ("建材", "Building materials"),
    },
    "g_jewellery": {
        "g_jewellery_jewellery": ("首饰", "Jewellery"),
        "g_jewellery_stationery": ("文化用品", "Stationery"),
        "g_jewellery_sports": ("体育用品", "Sports goods"),
        "g_jewellery_toys": ("玩具", "Toys"),
    },
    "g_tobacco_drinks": {
        "g_tobacco_drinks_tobacco": ("烟草制品", "Tobacco products"),
        "g_tobacco_drinks_alcohol": ("酒类", "Alcoholic drinks"),
        "g_tobacco_drinks_beverages": ("饮料", "Beverages"),
    },
    "g_medical": {
        "g_medical_medicine": ("药品", "Medicines"),
        "g_medical_devices": ("医疗器械", "Medical devices"),
        "g_medical_other": ("其他医疗用品", "Other medical supplies"),
    },
    "g_agricultural": {
        "g_agricultural_seeds": ("种子", "Seeds"),
        "g_agricultural_fertiliser": ("化肥", "Fertilisers"),
        "g_agricultural_pesticide": ("农药", "Pesticides"),
        "g_agricultural_machinery": ("农机具", "Farm machinery"),
        "g_agricultural_other": ("其他农用生产资料", "Other agricultural inputs"),
    },
    "s_living": {
        "s_living_catering": ("餐饮服务", "Catering"),
        "s_living_lodging": ("住宿服务", "Lodging"),
        "s_living_beauty": ("美容美发服务", "Beauty and hairdressing"),
        "s_living_fitness": ("健身服务", "Fitness"),
        "s_living_housekeeping": ("家政服务", "Housekeeping"),
        "s_living_laundry": ("洗涤染色服务", "Laundry and dyeing"),
        "s_living_photo": ("摄影服务", "Photography"),
        "s_living_repair": ("维修服务", "Repair services"),
        "s_living_car_repair": ("汽车维修保养服务", "Car repair and servicing"),
        "s_living_other": ("其他生活、社会服务", "Other living and social services"),
    },
    "s_decoration": {
        "s_decoration_home": ("家居装修", "Home decoration"),
        "s_decoration_property": ("物业服务", "Property management"),
    },
    "s_tourism": {
        "s_tourism_agency": ("旅行社服务", "Travel agencies"),
        "s_tourism_sights": ("景区服务", "Tourist sites"),
        "s_tourism_other": ("其他旅游服务", "Other tourism services"),
    },
    "s_culture": {
        "s_culture_entertainment": ("文化娱乐服务", "Culture and entertainment"),
        "s_culture_sports": ("体育服务", "Sports services"),
    },
    "s_postal": {
        "s_postal_express": ("快递服务", "Express delivery"),
        "s_postal_post": ("邮政服务", "Postal services"),
    },
    "s_telecom": {
        "s_telecom_mobile": ("移动电话服务", "Mobile phone services"),
        "s_telecom_fixed": ("固定电话服务", "Fixed-line phone services"),
        "s_telecom_tv": ("有线电视服务", "Cable television"),
        "s_telecom_other": ("其他电信服务", "Other telecommunications"),
    },
    "s_internet": {
        "s_internet_access": ("网络接入服务", "Internet access"),
        "s_internet_commercial": ("经营性互联网服务", "Commercial internet services"),
        "s_internet_other": ("其他互联网服务", "Other internet services"),
    },
    "s_finance": {
        "s_finance_bank": ("银行服务", "Banking"),
        "s_finance_payment": ("支付服务", "Payment services"),
        "s_finance_other": ("其他金融服务", "Other financial services"),
    },
    "s_insurance": {
        "s_insurance_life": ("人身保险", "Life and health insurance"),
        "s_insurance_property": ("财产保险", "Property insurance"),
    },
    "s_health": {
        "s_health_medical": ("医疗服务", "Medical services"),
        "s_health_care": ("保健服务", "Health care services"),
    },
    "s_education": {
        "s_education_training": ("培训服务", "Training"),
        "s_education_school": ("学校教育服务", "School education"),
    },
    "s_public": {
        "s_public_water": ("供水服务", "Water supply"),
        "s_public_power": ("供电服务", "Electricity supply"),
        "s_public_gas": ("供气服务", "Gas supply"),
        "s_public_heating": ("供热服务", "Heating"),
        "s_public_transport": ("公共交通服务", "Public transport"),
    },
    "s_sales": {
        "s_sales_remote": ("远程购物", "Distance selling"),
        "s_sales_store": ("店堂销售", "In-store selling"),
        "s_sales_prepaid": ("预付式消费", "Prepaid consumption"),
        "s_sales_other": ("其他销售服务", "Other sales services"),
    },
}
"""具体商品 / 具体服务: the items under each goods or service class, as the consumer associations'
statistics count them (docs/law/sub-categories.md gives the published sources). An office may leave a
case at its class; the report then shows it under the class as 未细分."""
SUB_CATEGORIES: CodeList = {code: pair for group in SUB_CATEGORY_GROUPS.values() for code, pair in group.items()}
SUB_CATEGORY_PARENT: Mapping[str, str] = {
    code: parent for parent, group in SUB_CATEGORY_GROUPS.items() for code in group
}


def sub_categories_of(category: str | None) -> CodeList:
    """The 具体商品 / 具体服务 of a goods or service class (none for 其他 or no class)."""
    return SUB_CATEGORY_GROUPS.get(category or "", {})


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
