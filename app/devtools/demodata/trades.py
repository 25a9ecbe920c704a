"""What demo merchants sell: lines of trade with their goods or service class, products and price ranges,
and the words their shop names are made of."""

from __future__ import annotations

from dataclasses import dataclass

from app.devtools.demodata.draw import Draw, Weighted


@dataclass(frozen=True)
class Product:
    """A thing sold, its price range in whole yuan and the unit it is counted in."""

    name: str
    low: int
    high: int
    unit: str


@dataclass(frozen=True)
class Trade:
    """A line of trade: its class code (domain.md s. 6), products, typical defects, shop words."""

    code: str
    category: str
    products: tuple[Product, ...]
    defects: tuple[str, ...]
    shop_words: tuple[str, ...]
    industry: str
    weight: float
    service: bool = False


def _p(table: str) -> tuple[Product, ...]:
    """Products from lines of "name low high unit"."""
    rows = (line.split() for line in table.strip().splitlines())
    return tuple(Product(name, int(low), int(high), unit) for name, low, high, unit in rows)


TRADES: tuple[Trade, ...] = (
    Trade(
        "food",
        "g_food",
        _p("""
        进口婴幼儿奶粉 198 468 罐
        坚果礼盒 68 298 盒
        手工阿胶糕 98 398 盒
        即食燕窝 298 1680 盒
        野生海参 399 2680 斤
        土蜂蜜 58 188 瓶
        网红蛋糕 88 388 个
        风干牛肉干 39 168 袋"""),
        ("包装胀袋、有异味", "内有异物", "发霉变质"),
        ("海外代购", "零食铺", "土特产", "烘焙坊", "生鲜优选"),
        "食品",
        18,
    ),
    Trade(
        "cosmetics",
        "g_daily",
        _p("""
        美白淡斑面霜 99 880 瓶
        祛痘精华液 79 560 瓶
        补水面膜 59 299 盒
        防晒喷雾 49 199 瓶
        口红套装 99 499 套
        洗护套装 88 368 套"""),
        ("膏体分层、变色", "泵头损坏无法使用", "有明显异味"),
        ("美妆小铺", "护肤馆", "美妆代购", "轻奢美妆"),
        "生物科技",
        16,
    ),
    Trade(
        "clothing",
        "g_clothing",
        _p("""
        羽绒服 299 1899 件
        运动鞋 199 1299 双
        羊绒大衣 499 3299 件
        真皮女包 399 4999 个
        连衣裙 129 699 条"""),
        ("开胶、掉色", "严重起球、缩水", "跑绒、拉链损坏"),
        ("潮牌服饰", "女装店", "鞋包代购", "童装馆"),
        "服饰",
        12,
    ),
    Trade(
        "jewellery",
        "g_jewellery",
        _p("""
        翡翠手镯 880 28800 只
        和田玉吊坠 399 9800 个
        足金项链 1280 12800 条
        淡水珍珠耳环 99 899 对
        机械手表 999 19800 块"""),
        ("出现裂纹", "表面褪色", "走时不准、停摆"),
        ("珠宝直播间", "玉器坊", "金饰店", "翡翠源头"),
        "珠宝",
        7,
    ),
    Trade(
        "drinks",
        "g_tobacco_drinks",
        _p("""
        飞天茅台酒 2499 3299 瓶
        五粮液 899 1299 瓶
        进口红酒 128 1280 瓶
        普洱茶饼 198 2980 饼
        精品咖啡豆 68 268 袋"""),
        ("瓶盖漏液", "有沉淀和异味", "受潮发霉"),
        ("名酒行", "酒水批发", "茶叶铺", "酒庄直供"),
        "酒业",
        5,
    ),
    Trade(
        "health",
        "g_medical",
        _p("""
        降糖保健茶 198 1280 盒
        益生菌粉 168 698 盒
        艾灸理疗仪 399 2980 台
        减肥胶囊 199 980 瓶
        医用护膝 99 399 副"""),
        ("无法通电、温控失灵", "包装破损、受潮结块", "魔术贴脱落"),
        ("健康馆", "养生堂", "保健品代理", "康复器械"),
        "健康科技",
        9,
    ),
    Trade(
        "electronics",
        "g_appliances",
        _p("""
        二手苹果手机 1800 6800 部
        蓝牙耳机 99 1299 副
        扫地机器人 899 3299 台
        空气炸锅 199 699 台
        家用美容仪 399 3999 台"""),
        ("无法开机、充电发烫", "异响、无法正常使用", "屏幕失灵", "电池续航严重不足"),
        ("数码店", "二手机专卖", "家电优选", "数码代购"),
        "电子科技",
        9,
    ),
    Trade(
        "agri",
        "g_agricultural",
        _p("""
        复合肥 120 980 袋
        蔬菜种子 20 200 包
        果树苗 50 600 株"""),
        ("出苗率极低", "结块变质"),
        ("农资店", "种子站"),
        "农业科技",
        1,
    ),
    Trade(
        "education",
        "s_education",
        _p("""
        少儿英语课程 2980 19800 期
        职业资格考证培训 1980 8800 期
        成人学历提升服务 3800 16800 份
        线上编程网课 999 6999 套"""),
        ("课程内容与宣传不符",),
        ("教育工作室", "培训中心", "网课代理"),
        "教育科技",
        6,
        service=True,
    ),
    Trade(
        "living",
        "s_living",
        _p("""
        美容美体次卡 980 9800 张
        健身私教课 1200 12000 期
        婚纱摄影套餐 2999 15800 套
        家政保洁服务 199 1299 次
        宠物美容卡 299 1999 张"""),
        ("服务质量明显下降",),
        ("美容工作室", "健身工作室", "摄影工作室", "家政服务"),
        "美容服务",
        7,
        service=True,
    ),
    Trade(
        "tourism",
        "s_tourism",
        _p("""
        云南六日游 1299 4999 人
        泰国跟团游 2999 7999 人
        海岛度假酒店套餐 899 5999 份"""),
        ("行程与约定不符",),
        ("旅游", "旅行社代理", "出行"),
        "国际旅行社",
        3,
        service=True,
    ),
    Trade(
        "internet",
        "s_internet",
        _p("""
        游戏点券代充 100 3000 次
        视频会员代充 30 300 次
        网店代运营服务 980 9800 期"""),
        ("充值未到账",),
        ("代充店", "网络工作室"),
        "网络科技",
        4,
        service=True,
    ),
    Trade(
        "decoration",
        "s_decoration",
        _p("""
        全屋定制衣柜 6800 39800 套
        装修半包服务 19800 88000 项
        智能门锁安装 899 2999 套"""),
        ("板材开裂、柜门变形", "墙面开裂、渗水"),
        ("装饰", "定制家居"),
        "装饰工程",
        3,
        service=True,
    ),
)
TRADES_BY_CODE = {t.code: t for t in TRADES}
pick_trade = Weighted(TRADES, tuple(t.weight for t in TRADES))


def price_cents(draw: Draw, product: Product) -> int:
    """A price as shops set them (…8, …9, …0 yuan, sometimes .90 or .80), in fen."""
    yuan = draw.between(product.low, product.high)
    if yuan >= 100:
        yuan = yuan - yuan % 10 + draw.one((8, 9, 0, 9, 8, 6))
    return yuan * 100 + draw.one((0, 0, 0, 0, 0, 90, 80, 50))


SUB_CATEGORY_OF_PRODUCT: dict[str, str] = {
    "进口婴幼儿奶粉": "g_food_infant",
    "坚果礼盒": "g_food_general",
    "手工阿胶糕": "g_food_health",
    "即食燕窝": "g_food_general",
    "野生海参": "g_food_general",
    "网红蛋糕": "g_food_general",
    "美白淡斑面霜": "g_daily_cosmetics",
    "祛痘精华液": "g_daily_cosmetics",
    "补水面膜": "g_daily_cosmetics",
    "防晒喷雾": "g_daily_cosmetics",
    "口红套装": "g_daily_cosmetics",
    "羽绒服": "g_clothing_clothes",
    "运动鞋": "g_clothing_shoes",
    "羊绒大衣": "g_clothing_clothes",
    "翡翠手镯": "g_jewellery_jewellery",
    "和田玉吊坠": "g_jewellery_jewellery",
    "足金项链": "g_jewellery_jewellery",
    "淡水珍珠耳环": "g_jewellery_jewellery",
    "飞天茅台酒": "g_tobacco_drinks_alcohol",
    "五粮液": "g_tobacco_drinks_alcohol",
    "进口红酒": "g_tobacco_drinks_alcohol",
    "普洱茶饼": "g_tobacco_drinks_beverages",
    "艾灸理疗仪": "g_medical_devices",
    "二手苹果手机": "g_appliances_phone",
    "蓝牙耳机": "g_appliances_phone",
    "扫地机器人": "g_appliances_small",
    "空气炸锅": "g_appliances_kitchen",
    "复合肥": "g_agricultural_fertiliser",
    "蔬菜种子": "g_agricultural_seeds",
    "少儿英语课程": "s_education_training",
    "职业资格考证培训": "s_education_training",
    "美容美体次卡": "s_living_beauty",
    "健身私教课": "s_living_fitness",
    "婚纱摄影套餐": "s_living_photo",
    "家政保洁服务": "s_living_housekeeping",
    "云南六日游": "s_tourism_agency",
    "泰国跟团游": "s_tourism_agency",
    "游戏点券代充": "s_internet_commercial",
    "视频会员代充": "s_internet_commercial",
    "全屋定制衣柜": "s_decoration_home",
    "装修半包服务": "s_decoration_home",
}
"""具体商品 / 具体服务 of the demo products; those not listed (土蜂蜜, 真皮女包, 降糖保健茶, …) are left at
their class, as a clerk in a hurry leaves them."""
