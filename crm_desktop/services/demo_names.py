"""Word lists and cheap generators for the demo company: Chinese person and enterprise names, addresses that
match a region, landline and mobile numbers, contact job titles and contact-history texts.

Everything is drawn from precomputed tuples with a caller-supplied `random.Random`, so a seed reproduces the
same data and a million customers cost only a few list look-ups each.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


def pick(rng: random.Random, seq: Sequence[T]) -> T:
    """rng.choice without its rejection loop: about three times cheaper, plenty uniform for demo data."""
    return seq[int(rng.random() * len(seq))]


def num(rng: random.Random, low: int, high: int) -> int:
    """rng.randint(low, high), cheaper."""
    return low + int(rng.random() * (high - low + 1))


# --- people ---------------------------------------------------------------------------------------------------

# The most common surnames, repeated roughly by frequency (王李张刘陈 make up about a third of the population).
SURNAMES: tuple[str, ...] = (
    *("王" * 8),
    *("李" * 8),
    *("张" * 7),
    *("刘" * 6),
    *("陈" * 5),
    *("杨" * 3),
    *("黄" * 3),
    *("赵" * 3),
    *("吴" * 3),
    *("周" * 3),
    *("徐" * 2),
    *("孙" * 2),
    *("马" * 2),
    *("朱" * 2),
    *("胡" * 2),
    *("郭" * 2),
    *("何" * 2),
    *("高" * 2),
    *("林" * 2),
    *("罗" * 2),
    *"郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
    "欧阳",
    "司马",
    "诸葛",
)

MALE_GIVEN: tuple[str, ...] = tuple(
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩凯健俊帆建国志文博海峰宇亮龙东晨阳林斌成新忠德兴"
)
FEMALE_GIVEN: tuple[str, ...] = tuple(
    "芳娜敏静丽艳娟霞秀玲燕红梅琳颖慧婷雪倩洁晶月莉萍琴云佳欣怡蕾璐瑶岚薇丹妍"
)


def person_name(rng: random.Random, gender: str | None = None) -> tuple[str, str]:
    """A Chinese full name and its gender ("male"/"female"); about 40% have a one-character given name."""
    if gender is None:
        gender = "male" if rng.random() < 0.55 else "female"
    chars = MALE_GIVEN if gender == "male" else FEMALE_GIVEN
    given = pick(rng, chars) if rng.random() < 0.4 else pick(rng, chars) + pick(rng, chars)
    return pick(rng, SURNAMES) + given, gender


# --- regions --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    """A city-level region code from base_data.REGIONS with what it takes to write an address and a phone."""

    code: str
    name: str  # 深圳市
    short: str  # 深圳 (used in enterprise names)
    area_code: str  # 0755
    landline_digits: int
    postcode: str  # first three digits
    districts: tuple[str, ...]
    roads: tuple[str, ...]


CITIES: tuple[City, ...] = (
    City(
        "CN-BJ-01",
        "北京市",
        "北京",
        "010",
        8,
        "100",
        ("海淀区", "朝阳区", "东城区", "西城区", "丰台区", "石景山区", "昌平区", "大兴区", "通州区"),
        (
            "中关村大街",
            "学院路",
            "知春路",
            "建国路",
            "朝阳北路",
            "西直门外大街",
            "复兴路",
            "北三环中路",
            "望京街",
        ),
    ),
    City(
        "CN-SH-01",
        "上海市",
        "上海",
        "021",
        8,
        "200",
        ("浦东新区", "徐汇区", "黄浦区", "静安区", "长宁区", "闵行区", "杨浦区", "普陀区"),
        ("南京西路", "淮海中路", "张江路", "世纪大道", "漕溪北路", "延安西路", "中山北路", "四平路"),
    ),
    City(
        "CN-TJ-01",
        "天津市",
        "天津",
        "022",
        8,
        "300",
        ("和平区", "河西区", "南开区", "河北区", "滨海新区", "西青区"),
        ("南京路", "卫津路", "友谊路", "黄河道", "解放南路", "第三大街"),
    ),
    City(
        "CN-GD-GZ",
        "广州市",
        "广州",
        "020",
        8,
        "510",
        ("天河区", "越秀区", "海珠区", "白云区", "番禺区", "黄埔区"),
        ("天河路", "中山大道", "环市东路", "东风中路", "新港中路", "广州大道北"),
    ),
    City(
        "CN-GD-SZ",
        "深圳市",
        "深圳",
        "0755",
        8,
        "518",
        ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区"),
        ("深南大道", "科技园路", "华强北路", "滨海大道", "宝安大道", "布吉路", "梅林路"),
    ),
    City(
        "CN-GD-DG",
        "东莞市",
        "东莞",
        "0769",
        8,
        "523",
        ("南城街道", "东城街道", "莞城街道", "长安镇", "虎门镇", "松山湖"),
        ("鸿福路", "东莞大道", "莞太路", "东纵大道", "长安中路"),
    ),
    City(
        "CN-GD-FS",
        "佛山市",
        "佛山",
        "0757",
        8,
        "528",
        ("禅城区", "南海区", "顺德区", "三水区", "高明区"),
        ("季华路", "佛山大道", "桂澜路", "大良德和路", "汾江中路"),
    ),
    City(
        "CN-JS-NJ",
        "南京市",
        "南京",
        "025",
        8,
        "210",
        ("玄武区", "秦淮区", "鼓楼区", "建邺区", "江宁区", "栖霞区"),
        ("中山路", "汉中路", "北京东路", "江东中路", "龙蟠路", "珠江路"),
    ),
    City(
        "CN-JS-SZ",
        "苏州市",
        "苏州",
        "0512",
        8,
        "215",
        ("姑苏区", "工业园区", "虎丘区", "吴中区", "相城区", "吴江区"),
        ("干将路", "人民路", "星湖街", "现代大道", "长江路", "东环路"),
    ),
    City(
        "CN-JS-WX",
        "无锡市",
        "无锡",
        "0510",
        8,
        "214",
        ("梁溪区", "滨湖区", "新吴区", "锡山区", "惠山区"),
        ("中山路", "人民中路", "太湖大道", "长江路", "锡沪路"),
    ),
    City(
        "CN-ZJ-HZ",
        "杭州市",
        "杭州",
        "0571",
        8,
        "310",
        ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区", "萧山区"),
        ("文三路", "延安路", "江南大道", "文一西路", "庆春路", "天目山路"),
    ),
    City(
        "CN-ZJ-NB",
        "宁波市",
        "宁波",
        "0574",
        8,
        "315",
        ("海曙区", "江北区", "鄞州区", "北仑区", "镇海区"),
        ("中山东路", "天童南路", "解放北路", "江南路", "宁穿路"),
    ),
    City(
        "CN-ZJ-WZ",
        "温州市",
        "温州",
        "0577",
        8,
        "325",
        ("鹿城区", "龙湾区", "瓯海区", "乐清市", "瑞安市"),
        ("人民路", "车站大道", "温州大道", "学院中路", "府东路"),
    ),
    City(
        "CN-SC-CD",
        "成都市",
        "成都",
        "028",
        8,
        "610",
        ("锦江区", "青羊区", "武侯区", "成华区", "金牛区", "高新区"),
        ("人民南路", "天府大道", "蜀都大道", "一环路南二段", "科华北路", "府城大道"),
    ),
    City(
        "CN-SC-MY",
        "绵阳市",
        "绵阳",
        "0816",
        7,
        "621",
        ("涪城区", "游仙区", "安州区", "高新区"),
        ("临园路", "跃进路", "长虹大道", "绵兴路"),
    ),
    City(
        "CN-HB-WH",
        "武汉市",
        "武汉",
        "027",
        8,
        "430",
        ("江汉区", "武昌区", "洪山区", "江岸区", "汉阳区", "东湖高新区"),
        ("解放大道", "中南路", "珞喻路", "建设大道", "光谷大道", "中北路"),
    ),
    City(
        "CN-HB-YC",
        "宜昌市",
        "宜昌",
        "0717",
        7,
        "443",
        ("西陵区", "伍家岗区", "点军区", "夷陵区"),
        ("东山大道", "夷陵大道", "沿江大道", "城东大道"),
    ),
    City(
        "CN-SD-JN",
        "济南市",
        "济南",
        "0531",
        8,
        "250",
        ("历下区", "市中区", "槐荫区", "天桥区", "历城区"),
        ("泉城路", "经十路", "解放路", "山大路", "工业南路"),
    ),
    City(
        "CN-SD-QD",
        "青岛市",
        "青岛",
        "0532",
        8,
        "266",
        ("市南区", "市北区", "崂山区", "李沧区", "黄岛区"),
        ("香港中路", "山东路", "福州路", "辽阳西路", "海尔路"),
    ),
)

# The demo company sits in Beijing (as the seed company does): most of its customers are local.
HOME_CITY = "CN-BJ-01"
HOME_CITY_SHARE = 0.55

BUILDINGS: tuple[str, ...] = (
    "科技大厦",
    "国际大厦",
    "商务中心",
    "金融大厦",
    "创业园",
    "写字楼",
    "广场",
    "中心大厦",
    "产业园",
    "大厦",
)
RESIDENCES: tuple[str, ...] = ("小区", "花园", "家园", "新村", "公寓", "嘉园", "苑")


def address(rng: random.Random, city: City, *, enterprise: bool = True) -> str:
    """城市 + 区 + 路 + 号 (+ 大厦/小区 and room for some)."""
    base = f"{city.name}{pick(rng, city.districts)}{pick(rng, city.roads)}{num(rng, 1, 399)}号"
    if enterprise:
        if rng.random() < 0.6:
            return f"{base}{pick(rng, BRAND_FIRST)}{pick(rng, BRAND_SECOND)}{pick(rng, BUILDINGS)}{num(rng, 2, 28)}{num(rng, 1, 20):02d}室"
        return base
    return f"{base}{pick(rng, BRAND_FIRST)}{pick(rng, BRAND_SECOND)}{pick(rng, RESIDENCES)}{num(rng, 1, 30)}栋{num(rng, 1, 6)}0{num(rng, 1, 4)}"


def postcode(rng: random.Random, city: City) -> str:
    return f"{city.postcode}{num(rng, 0, 99):03d}"


# --- phone numbers --------------------------------------------------------------------------------------------

MOBILE_PREFIXES: tuple[str, ...] = (
    *(f"13{d}" for d in range(10)),
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "199",
)


def mobile(rng: random.Random) -> str:
    """`138 1234 5678`."""
    return f"{pick(rng, MOBILE_PREFIXES)} {num(rng, 0, 9999):04d} {num(rng, 0, 9999):04d}"


def landline(rng: random.Random, city: City, *, extension: bool = False) -> str:
    """`0755-86123456` (the first digit of a local number is never 0 or 1)."""
    digits = city.landline_digits - 1
    number = f"{city.area_code}-{num(rng, 5, 8)}{num(rng, 0, 10**digits - 1):0{digits}d}"
    if extension:
        number += f"转{num(rng, 800, 899)}"
    return number


# --- enterprises ----------------------------------------------------------------------------------------------

# Brand (字号) = first + second character; each with its pinyin for e-mail and web addresses.
BRAND_FIRST: tuple[str, ...] = tuple(
    "华金恒鑫宏盛永信天瑞中通东方新联海正泰博大康长兴嘉鼎隆丰佳诚汇明德弘源万宇昌安达百伟立"
)
BRAND_SECOND: tuple[str, ...] = tuple("华信通达盛源泰祥兴业科创联发美成腾新宇辉远智和鸿峰川润元亿晟嘉凯锐")
PINYIN: dict[str, str] = {
    "华": "hua",
    "金": "jin",
    "恒": "heng",
    "鑫": "xin",
    "宏": "hong",
    "盛": "sheng",
    "永": "yong",
    "信": "xin",
    "天": "tian",
    "瑞": "rui",
    "中": "zhong",
    "通": "tong",
    "东": "dong",
    "方": "fang",
    "新": "xin",
    "联": "lian",
    "海": "hai",
    "正": "zheng",
    "泰": "tai",
    "博": "bo",
    "大": "da",
    "康": "kang",
    "长": "chang",
    "兴": "xing",
    "嘉": "jia",
    "鼎": "ding",
    "隆": "long",
    "丰": "feng",
    "佳": "jia",
    "诚": "cheng",
    "汇": "hui",
    "明": "ming",
    "德": "de",
    "弘": "hong",
    "源": "yuan",
    "万": "wan",
    "宇": "yu",
    "昌": "chang",
    "安": "an",
    "达": "da",
    "百": "bai",
    "伟": "wei",
    "立": "li",
    "业": "ye",
    "科": "ke",
    "创": "chuang",
    "发": "fa",
    "美": "mei",
    "成": "cheng",
    "腾": "teng",
    "辉": "hui",
    "远": "yuan",
    "智": "zhi",
    "和": "he",
    "鸿": "hong",
    "峰": "feng",
    "川": "chuan",
    "润": "run",
    "元": "yuan",
    "亿": "yi",
    "晟": "sheng",
    "凯": "kai",
    "锐": "rui",
    "祥": "xiang",
}

# industry code -> (business word, legal suffix) pairs for companies. Education, healthcare and government
# customers are institutions and get their own patterns (see enterprise_name).
COMPANY_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (
        ("科技", "有限公司"),
        ("信息技术", "有限公司"),
        ("网络", "科技有限公司"),
        ("软件", "有限公司"),
        ("电子", "科技有限公司"),
        ("数据", "科技有限公司"),
    ),
    "trade": (
        ("商贸", "有限公司"),
        ("贸易", "有限公司"),
        ("百货", "有限公司"),
        ("电器", "商行"),
        ("超市", "有限公司"),
        ("办公用品", "商贸有限公司"),
    ),
    "mfg": (
        ("机械", "制造有限公司"),
        ("电子", "有限公司"),
        ("塑胶", "制品有限公司"),
        ("五金", "制品有限公司"),
        ("包装", "材料有限公司"),
        ("精密", "设备有限公司"),
        ("服装", "有限公司"),
    ),
    "fin": (
        ("投资", "有限公司"),
        ("融资担保", "有限公司"),
        ("保险代理", "有限公司"),
        ("资产管理", "有限公司"),
        ("证券", "营业部"),
    ),
    "log": (
        ("物流", "有限公司"),
        ("运输", "有限公司"),
        ("快递", "服务有限公司"),
        ("供应链", "管理有限公司"),
    ),
    "re": (
        ("房地产", "开发有限公司"),
        ("物业", "管理有限公司"),
        ("置业", "有限公司"),
        ("建筑", "工程有限公司"),
    ),
    "svc": (
        ("广告", "有限公司"),
        ("会计", "师事务所"),
        ("律师", "事务所"),
        ("酒店", "管理有限公司"),
        ("餐饮", "管理有限公司"),
        ("文化", "传媒有限公司"),
        ("人力资源", "服务有限公司"),
        ("设计", "工作室"),
    ),
}
SCHOOLS: tuple[str, ...] = (
    "第{n}中学",
    "第{n}小学",
    "{district}实验学校",
    "{district}外国语学校",
    "{brand}职业技术学院",
    "{brand}中学",
    "{brand}培训学校",
    "{brand}幼儿园",
)
HOSPITALS: tuple[str, ...] = (
    "第{n}人民医院",
    "{district}中医医院",
    "{district}妇幼保健院",
    "{brand}口腔医院",
    "{brand}医院",
    "{district}社区卫生服务中心",
    "{brand}诊所",
)
GOVERNMENT: tuple[str, ...] = (
    "{district}税务局",
    "{district}市场监督管理局",
    "{district}人民法院",
    "{district}教育局",
    "{district}{road}街道办事处",
    "{district}档案馆",
    "{district}供电所",
)
BANKS: tuple[str, ...] = ("工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行", "浦发银行")


@dataclass(frozen=True)
class EnterpriseName:
    name: str
    short_name: str
    domain: str | None  # for e-mail and website; institutions and branches have none


def enterprise_name(rng: random.Random, city: City, industry: str) -> EnterpriseName:
    """城市 + 字号 + 行业 + 组织形式, e.g. 深圳华信科技有限公司; institutions for edu/med/gov; bank branches."""
    first, second = pick(rng, BRAND_FIRST), pick(rng, BRAND_SECOND)
    brand = first + second
    domain = f"{PINYIN[first]}{PINYIN[second]}"
    if industry in ("edu", "med", "gov"):
        patterns = SCHOOLS if industry == "edu" else HOSPITALS if industry == "med" else GOVERNMENT
        body = pick(rng, patterns).format(
            n=_ordinal(rng),
            brand=brand,
            district=pick(rng, city.districts),
            road=pick(rng, city.roads).rstrip("路街道大"),
        )
        return EnterpriseName(f"{city.name}{body}", body, None)
    if industry == "fin" and rng.random() < 0.3:
        bank = pick(rng, BANKS)
        branch = pick(rng, city.districts).rstrip("区镇街道市") + "支行"
        return EnterpriseName(f"{bank}{city.short}{branch}", f"{bank[:2]}{branch}", None)
    word, suffix = pick(rng, COMPANY_WORDS.get(industry) or COMPANY_WORDS["trade"])
    return EnterpriseName(f"{city.short}{brand}{word}{suffix}", f"{brand}{word}", domain + pick(rng, _TLDS))


_TLDS = (".com", ".com.cn", ".cn", ".net")
_ORDINALS = (
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十五",
    "二十",
    "三十五",
)


def _ordinal(rng: random.Random) -> str:
    return pick(rng, _ORDINALS)


def email_for(rng: random.Random, domain: str) -> str:
    return f"{pick(rng, _MAILBOXES)}@{domain}"


_MAILBOXES = ("info", "sales", "office", "service", "hr", "admin", "contact", "purchase")
PERSONAL_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "139.com")


def personal_email(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"{num(rng, 10000, 2999999999)}@qq.com"
    return f"{pick(rng, 'abcdefghjklmnpqrstwxyz')}{pick(rng, 'abcdefghjklmnpqrstwxyz')}{num(rng, 100, 99999)}@{pick(rng, PERSONAL_MAIL)}"


# --- contacts -------------------------------------------------------------------------------------------------

# industry code -> job titles of the people a printer/PC dealer talks to there.
JOB_TITLES: dict[str, tuple[str, ...]] = {
    "default": (
        "总经理",
        "副总经理",
        "采购经理",
        "行政经理",
        "办公室主任",
        "IT主管",
        "网管",
        "财务经理",
        "前台",
        "行政专员",
    ),
    "edu": ("校长", "副校长", "总务主任", "信息中心主任", "教务处主任", "电教老师", "办公室主任"),
    "med": ("院长", "设备科科长", "信息科科长", "总务科科长", "办公室主任", "采购专员"),
    "gov": ("局长", "办公室主任", "信息中心主任", "科长", "科员", "后勤主管"),
    "fin": ("行长", "营业部经理", "综合部主任", "IT主管", "运营主管"),
    "ind": ("本人", "家属"),
}

# --- contact history --------------------------------------------------------------------------------------------

DEVICES: tuple[str, ...] = (
    "惠普激光打印机",
    "佳能彩色激光打印机",
    "兄弟多功能一体机",
    "爱普生喷墨打印机",
    "理光复印机",
    "京瓷复合机",
    "针式打印机",
    "联想台式电脑",
    "戴尔笔记本电脑",
    "华为笔记本电脑",
    "惠普商用台式机",
    "扫描仪",
    "投影仪",
)
SUPPLIES: tuple[str, ...] = ("硒鼓", "墨盒", "碳粉", "色带", "A4复印纸", "UPS电源", "交换机", "移动硬盘")
PRODUCTS: tuple[str, ...] = DEVICES + SUPPLIES

_PRINTER_FAULTS = ("卡纸", "打印有黑线", "无法联网", "定影器异响", "开机报错", "打印颜色偏淡", "进纸不畅")
_PC_FAULTS = ("蓝屏", "运行缓慢", "硬盘故障", "无法开机", "中了病毒", "屏幕闪烁")
# (device, fault) pairs that belong together, written as one phrase: 惠普激光打印机卡纸
REPAIRS: tuple[str, ...] = tuple(
    device + fault
    for device in DEVICES
    for fault in (_PC_FAULTS if "电脑" in device or "台式机" in device else _PRINTER_FAULTS)
    if not (device in ("扫描仪", "投影仪") and fault in ("打印有黑线", "定影器异响", "打印颜色偏淡"))
)

# kind -> subject patterns; {device}, {product} and {repair} are filled in. Patterns that mention repairs
# (修/巡检) are done by a technician and get a repair-side content.
SUBJECTS: dict[str, tuple[str, ...]] = {
    "call": (
        "电话回访{device}使用情况",
        "电话确认{product}需求数量",
        "客户来电咨询{product}价格",
        "电话沟通{device}报价",
        "客户来电报修：{repair}",
        "电话提醒续签维保合同",
        "电话催收上月货款",
    ),
    "visit": (
        "上门拜访，介绍{device}方案",
        "上门演示{device}",
        "上门维修：{repair}",
        "上门送货并安装{device}",
        "拜访采购负责人，洽谈年度耗材供应",
        "上门巡检办公设备",
    ),
    "reception": (
        "门市接待：咨询{product}",
        "门市接待：购买{product}",
        "门市接待：送修{repair}",
        "门市接待：取回维修的{device}",
        "门市接待：比较几款{device}",
    ),
    "email": (
        "发送{product}报价单",
        "发送维保合同草稿",
        "邮件确认{product}订单",
        "发送{device}产品资料和参数",
        "发送对账单",
    ),
    "other": (
        "微信沟通{product}交货时间",
        "参加客户组织的供应商交流会",
        "寄送节日贺卡与台历",
        "短信通知{product}到货",
    ),
}


def is_service_subject(pattern: str) -> bool:
    return "修" in pattern or "巡检" in pattern


CONTENTS: tuple[str, ...] = (
    "客户对目前设备总体满意，反映部分老机器打印速度偏慢。",
    "对方计划下季度更新一批办公电脑，预算待财务批准。",
    "客户比较了两家报价，希望我们在价格上再让一点。",
    "客户提出需要开具增值税专用发票。",
    "对方采购负责人近期出差，约定下周再联系。",
    "客户询问耗材长期供应协议的优惠政策。",
    "了解到客户新办公室下月启用，需要整体配置打印和网络设备。",
    "客户希望提供以旧换新方案。",
    "客户预算有限，倾向于租赁复印机。",
    "对方IT主管要求提供同类单位的成功案例。",
    "客户投诉送货延误，已道歉并承诺加急处理。",
    "已向客户说明付款方式和交货周期。",
)
SERVICE_CONTENTS: tuple[str, ...] = (
    "现场检查后更换了搓纸轮，设备恢复正常。",
    "已更换定影组件，测试打印正常。",
    "故障较复杂，需返厂维修，预计一周。",
    "清理机内碎纸并校准，已恢复使用。",
    "重装系统并备份数据，客户确认无误。",
    "更换硬盘，已恢复客户资料。",
    "客户对上次维修的响应速度提出表扬。",
    "维修中发现客户有新的采购需求，已转告负责的业务员。",
    "已向客户说明维保范围和响应时间，对方表示认可。",
)
NEXT_STEPS: tuple[str, ...] = (
    "发送正式报价单",
    "安排工程师上门检修",
    "下周带样机上门演示",
    "跟进采购审批进度",
    "准备维保合同",
    "确认送货时间",
    "回访维修效果",
    "约见决策人",
    "催收尾款",
    "提交以旧换新方案",
)
NEEDS: tuple[str, ...] = (
    "计划采购激光打印机若干台",
    "需要复印机租赁服务",
    "办公电脑批量更新",
    "耗材（硒鼓、墨盒）长期供应",
    "打印机、电脑年度维保",
    "新办公室网络与打印设备整体配置",
    "需要上门维修服务",
    "家用电脑与打印机",
)

# --- tasks, messages, business log --------------------------------------------------------------------------------

TASK_TITLES_CUSTOMER: tuple[str, ...] = (
    "回访客户：{customer}",
    "给{customer}送货并安装设备",
    "跟进{customer}的报价",
    "为{customer}准备维保合同",
    "上门检修：{customer}",
    "催收{customer}的货款",
    "核实{customer}的联系人信息",
)
TASK_TITLES: tuple[str, ...] = (
    "整理本月维修记录",
    "统计上月门市销售情况",
    "更新产品价格表",
    "清点仓库耗材库存",
    "准备季度销售会议材料",
    "检查公海客户并分配",
    "完善客户档案中缺失的电话",
    "培训新员工使用CRM系统",
)
TASK_RESULTS: tuple[str, ...] = ("已完成，客户满意。", "已处理，详见联系记录。", "已完成，资料已归档。")

MESSAGES: tuple[tuple[str, str], ...] = (
    ("关于本周五下午召开销售例会的通知", "请各部门负责人准时参加，会议地点：三楼会议室。"),
    ("国庆节放假安排", "10月1日至7日放假，门市部和维修部安排值班，值班表见附件。"),
    ("新到一批惠普打印机", "门市部新到惠普激光打印机30台，请各业务员及时告知意向客户。"),
    ("请及时录入客户联系记录", "管理部检查发现部分联系记录未录入，请大家当天录入当天的记录。"),
    ("维修部本周值班安排", "本周六由维修部两名工程师值班，紧急报修请直接电话联系。"),
    ("客户投诉处理情况", "上周客户投诉已全部回访完毕，详见事务日志。"),
    ("季度销售目标", "本季度各业务员销售目标已下达，请在系统中查看。"),
    ("耗材价格调整", "自下月一日起，部分硒鼓价格上调5%，请报价时注意。"),
    ("请尽快确认任务", "分配给你的任务还未接收，请尽快确认。"),
    ("报价单已审批", "你提交的报价单已通过审批，可以发给客户。"),
)
LOG_TITLES: tuple[str, ...] = (
    "拜访客户",
    "门市接待",
    "上门维修",
    "电话回访",
    "整理报价",
    "参加部门例会",
    "客户资料整理",
    "送货安装",
    "跟进货款",
    "学习新产品资料",
)
LOG_CONTENTS: tuple[str, ...] = (
    "上午拜访两家客户，下午整理报价单。",
    "接待门市客户5位，成交2单。",
    "完成3台打印机的上门维修，1台需返厂。",
    "电话回访老客户10家，发现2个新需求，已转业务员。",
    "参加部门例会，讨论本月销售目标。",
    "整理客户档案，补充了联系人生日。",
)
