"""Complaint stories for demo data: what went wrong, told in the words a clerk writes down, with the
nature, requests and money that fit the story (expired food, cosmetics with lead, fakes, no refund...)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from app.devtools.demodata.draw import Draw, Weighted
from app.devtools.demodata.texts import yuan
from app.devtools.demodata.trades import SUB_CATEGORY_OF_PRODUCT, TRADES, Trade, price_cents

FRAUD = "fraud"  # Consumer Rights Protection Law Art. 55: 3 x the price, at least 500 yuan
FOOD = "food"  # Food Safety Law Art. 148: 10 x the price, at least 1,000 yuan
_PUNITIVE_RULE = {FRAUD: (3, 500_00), FOOD: (10, 1000_00)}
_PUNITIVE_WORDS = {FRAUD: "按价款三倍", FOOD: "按价款十倍"}

Template = tuple[str, tuple[str, ...]]  # facts with placeholders, and the choices for {detail}


@dataclass(frozen=True)
class Story:
    """A kind of complaint: which trades it happens in, its nature, requests and facts templates."""

    key: str
    nature: str
    trades: frozenset[str]
    requests: tuple[str, ...]
    templates: tuple[Template, ...]
    weight: float
    punitive: str = ""
    injury: bool = False
    optional_requests: tuple[str, ...] = ()


_BUY = "消费者于{when}{where}购买{product}{qty}{unit}，共支付{amount}元。"
_GOODS = frozenset({"food", "cosmetics", "clothing", "jewellery", "drinks", "health", "electronics", "agri"})
_SERVICES = frozenset({"education", "living", "tourism", "internet", "decoration"})

STORIES: tuple[Story, ...] = (
    Story(
        "expired_food",
        "quality",
        frozenset({"food", "drinks"}),
        ("refund", "punitive"),
        (
            (
                _BUY + "收货后发现商品已过保质期{detail}，外包装上的生产日期有涂改痕迹。消费者联系卖家要求退款，"
                "对方以“食品售出概不退换”为由拒绝。",
                ("约两个月", "十余天", "近半年", "三十余天"),
            ),
            (
                _BUY + "食用后出现腹泻，检查包装发现{detail}。卖家称是“临期特价”，但销售时并未告知。",
                ("已超过保质期二十多天", "无生产日期和生产厂家", "标签为手写贴纸"),
            ),
        ),
        8,
        punitive=FOOD,
    ),
    Story(
        "cosmetics_lead",
        "safety",
        frozenset({"cosmetics"}),
        ("refund", "compensation", "punitive"),
        (
            (
                _BUY
                + "卖家宣称“纯植物配方、孕妇可用”。使用{days}天后面部出现红肿、刺痛{detail}，到医院就诊花费了医疗费。"
                "消费者自行送检，检测报告显示铅含量超标，产品无中文标签，也查不到化妆品备案信息。",
                ("并伴有脱皮", "，出现大面积红疹", "，经诊断为接触性皮炎", ""),
            ),
            (
                _BUY + "使用后皮肤过敏{detail}，经检测含有禁用物质汞和铅。卖家拒不承认，并将消费者拉黑。",
                ("、面部发黑", "、反复发作", "，需长期治疗"),
            ),
        ),
        4,
        punitive=FRAUD,
        injury=True,
    ),
    Story(
        "counterfeit",
        "counterfeit",
        frozenset({"clothing", "jewellery", "drinks", "cosmetics", "electronics"}),
        ("refund", "punitive"),
        (
            (
                _BUY + "卖家承诺“专柜正品、假一赔十”。收货后经品牌专柜鉴定为假冒产品{detail}。消费者要求退款并赔偿，"
                "卖家只同意退货，不退运费。",
                ("，防伪码查询无记录", "，做工和标识与正品明显不同", "，品牌方出具了非其生产的证明"),
            ),
            (
                "主播称{product}为“源头工厂正品”，消费者于{when}{where}下单{qty}{unit}，共{amount}元。"
                "后经检测机构鉴定{detail}，与宣传严重不符。",
                ("为B货（经过化学处理）", "为仿冒品", "材质与标注不符"),
            ),
        ),
        6,
        punitive=FRAUD,
        optional_requests=("return",),
    ),
    Story(
        "no_refund",
        "contract",
        _SERVICES,
        ("refund",),
        (
            (
                "消费者于{when}{where}办理{product}，一次性预付{amount}元，已使用{days}次。后因{detail}，要求退还剩余费用，"
                "商家以“合同约定概不退款”为由拒绝。",
                (
                    "商家更换门店地址、服务质量明显下降",
                    "工作调动离开本市",
                    "商家擅自更换服务人员",
                    "实际服务与宣传不符",
                ),
            ),
            (
                "消费者于{when}{where}报名{product}，支付{amount}元。商家承诺“不满意随时全额退款”，开始后{detail}，"
                "消费者申请退款被拒，客服此后不再回复。",
                ("发现内容与宣传不符", "商家多次无故取消预约", "商家擅自更换老师"),
            ),
        ),
        12,
    ),
    Story(
        "non_delivery",
        "contract",
        _GOODS,
        ("refund",),
        (
            (
                _BUY + "卖家承诺三天内发货，此后以“缺货”“物流停运”等理由一再拖延，{detail}。",
                ("后将消费者微信拉黑", "并删除了消费者的好友", "至今已超过一个月未发货"),
            ),
            (
                _BUY + "卖家收款后{detail}。",
                ("只发了部分商品，其余拒不发货", "迟迟不发货，也不退款", "发来的商品与订单完全不符"),
            ),
        ),
        12,
    ),
    Story(
        "quality_defect",
        "quality",
        _GOODS - {"food", "drinks"},
        ("refund",),
        (
            (_BUY + "收货后使用{days}天即出现{defect}，卖家称属于人为损坏，拒绝退换。", ("",)),
            (_BUY + "收到的商品{defect}{detail}，卖家要求消费者自付来回运费才肯处理。", ("", "，与宣传图片不符")),
        ),
        20,
        optional_requests=("return", "replace"),
    ),
    Story(
        "after_sales",
        "after_sales",
        frozenset({"electronics", "health", "decoration", "clothing", "jewellery"}),
        ("repair",),
        (
            (
                _BUY + "卖家承诺保修一年。使用{days}天后出现{defect}，多次联系卖家要求维修，对方推诿称“找厂家”，"
                "厂家又称产品{detail}不予保修。",
                ("非正规渠道销售", "已过三包期", "属于人为损坏"),
            ),
        ),
        14,
        optional_requests=("replace", "refund"),
    ),
    Story(
        "false_ad",
        "false_advertising",
        frozenset({"health", "cosmetics", "food"}),
        ("refund", "punitive"),
        (
            (
                _BUY + "卖家在宣传中称产品{detail}。消费者按说明使用{days}天没有任何效果，卖家所称功效并无依据。",
                (
                    "“可以治疗糖尿病、停掉降糖药”",
                    "“一个月瘦二十斤、不反弹”",
                    "“七天祛斑、无效退款”",
                    "“提高免疫力、预防癌症”",
                ),
            ),
        ),
        6,
        punitive=FRAUD,
    ),
    Story(
        "short_weight",
        "measurement",
        frozenset({"food", "agri", "drinks"}),
        ("make_up_quantity",),
        (
            (
                _BUY + "收货后自行称重，实际净含量比标注少了约{detail}。卖家称是“正常损耗”，拒绝补足。",
                ("两成", "三分之一", "150克"),
            ),
        ),
        2,
        optional_requests=("refund",),
    ),
    Story(
        "price",
        "price",
        frozenset({"food", "cosmetics", "clothing", "jewellery", "tourism", "living", "electronics"}),
        ("refund",),
        (
            (
                _BUY + "主播宣称“原价三倍、今日限时特价”，消费者事后发现该商品平时售价即为同一价格{detail}。",
                ("，属于虚构原价", "，且赠品未兑现"),
            ),
            (
                "消费者于{when}{where}购买{product}{qty}{unit}，结账时被加收未事先明示的{detail}，合计支付{amount}元。",
                ("服务费", "包装费", "“会员专享”差价"),
            ),
        ),
        6,
        optional_requests=("compensation",),
    ),
    Story(
        "personal_rights",
        "personal_rights",
        _GOODS | _SERVICES,
        ("apology",),
        (
            (
                "消费者于{when}{where}购买{product}，支付{amount}元，因给出差评，卖家随即{detail}，给消费者造成严重困扰。",
                (
                    "在朋友圈公开消费者的照片、姓名和电话并进行辱骂",
                    "在微信群内发布消费者的收货地址，称其“恶意差评”",
                    "多次打电话、发信息骚扰消费者及其家人",
                ),
            ),
        ),
        1.5,
        optional_requests=("compensation",),
    ),
    Story(
        "tour",
        "contract",
        frozenset({"tourism"}),
        ("refund", "compensation"),
        (
            (
                "消费者于{when}{where}报名参加{product}，支付{amount}元。行程中{detail}。",
                ("导游强制安排购物，不购物不让离店", "旅行社擅自取消合同约定的景点", "住宿被降为不符合约定标准的酒店"),
            ),
        ),
        6,
    ),
    Story(
        "other",
        "other",
        _GOODS | _SERVICES,
        ("refund",),
        (
            (
                _BUY + "{detail}",
                (
                    "卖家擅自取消了承诺的赠品，且拒绝说明原因。",
                    "卖家以“系统故障”为由单方面取消订单，但未退还货款。",
                    "卖家发错了货，却要求消费者自付运费退换。",
                ),
            ),
        ),
        6,
    ),
)
STORIES_BY_TRADE: dict[str, Weighted[Story]] = {
    t.code: Weighted(
        tuple(s for s in STORIES if t.code in s.trades), tuple(s.weight for s in STORIES if t.code in s.trades)
    )
    for t in TRADES
}
_QUANTITY = Weighted((1, 2, 3, 4, 6), (55, 20, 12, 6, 7))
_WHERE = {
    "wechat_moments": "通过微信朋友圈向昵称为“{seller}”的卖家",
    "wechat_group": "在微信群内向群主“{seller}”",
    "wechat_miniprogram": "在微信小程序“{shop}”",
    "wechat_live": "在微信视频号“{seller}”的直播间",
    "other_ecommerce": "在电商平台店铺“{shop}”",
    "store": "在{seller}的实体店",
    "tv_phone": "通过电视购物节目向{seller}",
    "other": "向{seller}",
}
_REQUEST_WORDS = {
    "refund": "退还货款{paid}元",
    "compensation": "赔偿损失{injury}元",
    "return": "退货",
    "replace": "更换同款合格商品",
    "repair": "免费维修",
    "make_up_quantity": "补足短缺数量",
    "apology": "公开赔礼道歉",
    "redo": "重新提供服务",
}


class Complaint(NamedTuple):
    """A rendered complaint: the case's content fields, and the money the story involves (in fen)."""

    story: Story
    nature: str
    category: str
    requests: tuple[str, ...]
    facts: str
    request_text: str
    paid_cents: int
    injury_cents: int
    punitive_cents: int
    sub_category: str | None = None

    @property
    def claimed_cents(self) -> int:
        return self.paid_cents + self.injury_cents


def punitive_for(kind: str, paid_cents: int) -> int:
    """The punitive compensation the law gives for a price, in fen (0 when the story gives none)."""
    if kind not in _PUNITIVE_RULE:
        return 0
    times, minimum = _PUNITIVE_RULE[kind]
    return max(paid_cents * times, minimum)


def _requests(draw: Draw, story: Story) -> tuple[str, ...]:
    extra = tuple(r for r in story.optional_requests if draw.chance(0.5))
    return tuple(dict.fromkeys(story.requests + extra))


def _request_text(story: Story, requests: tuple[str, ...], paid: int, injury: int, punitive: int) -> str:
    words = [_REQUEST_WORDS[r].format(paid=yuan(paid), injury=yuan(injury)) for r in requests if r != "punitive"]
    if "punitive" in requests:
        words.append(f"{_PUNITIVE_WORDS[story.punitive]}赔偿{yuan(punitive)}元")
    return "要求" + "、".join(words) + "。"


def where_bought(channel: str, seller: str, shop: str) -> str:
    """How the facts name the place of purchase: "在微信视频号“小美”的直播间"."""
    return _WHERE[channel].format(seller=seller, shop=shop)


def render(draw: Draw, trade: Trade, when: date, where: str) -> Complaint:
    """A complaint against a merchant of ``trade`` about a purchase made ``where`` (see :func:`where_bought`)
    on ``when``."""
    story = STORIES_BY_TRADE[trade.code](draw)
    product = draw.one(trade.products)
    price = price_cents(draw, product)
    qty = 1 if trade.service or price >= 2000_00 else _QUANTITY(draw)
    paid = price * qty
    injury = draw.between(200, 2999) * 100 if story.injury else 0
    punitive = punitive_for(story.punitive, paid)
    template, details = draw.one(story.templates)
    facts = template.format(
        when=f"{when.year}年{when.month}月{when.day}日",
        where=where,
        product=product.name,
        qty=qty,
        unit=product.unit,
        amount=yuan(paid),
        days=draw.between(2, 30),
        detail=draw.one(details),
        defect=draw.one(trade.defects),
    )
    requests = _requests(draw, story)
    return Complaint(
        story,
        story.nature,
        trade.category,
        requests,
        facts,
        _request_text(story, requests, paid, injury, punitive),
        paid,
        injury,
        punitive,
        SUB_CATEGORY_OF_PRODUCT.get(product.name),
    )
