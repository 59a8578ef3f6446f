"""Base data every database starts with: stations, code tables, the administrator role.

Used by the initial migration. Later changes to base data go in new migrations, never by editing these lists
(a migration must mean the same thing forever).
"""

from __future__ import annotations

# (code, name, name_en, modules, home_page)
STATIONS: list[tuple[str, str, str, list[str], str]] = [
    ("storefront", "门市/经销商", "Storefront", ["customers", "home"], "customers"),
    ("key_accounts", "大客户部", "Key accounts", ["home", "customers"], "home"),
    ("repair", "维修部", "Repair department", ["home", "customers"], "home"),
    ("admin_office", "管理部", "Admin office", ["home", "customers"], "home"),
    ("manager", "经理办", "Manager's office", ["home", "customers"], "home"),
]

# category -> [(code, name, name_en)]
CODES: dict[str, list[tuple[str, str, str]]] = {
    "customer_type": [
        ("existing", "老客户", "Existing customer"),
        ("target", "目标客户", "Target customer"),
        ("potential", "潜在客户", "Potential customer"),
        ("partner", "合作伙伴", "Partner"),
        ("blacklist", "黑名单", "Blacklist"),
        ("competitor", "竞争对手", "Competitor"),
    ],
    "customer_grade": [
        ("A", "A类（重点）", "A (key)"),
        ("B", "B类（普通）", "B (regular)"),
        ("C", "C类（一般）", "C (minor)"),
        ("D", "D类（观察）", "D (watch)"),
    ],
    "industry": [
        ("gov", "政府机关", "Government"),
        ("edu", "教育", "Education"),
        ("fin", "金融", "Finance"),
        ("med", "医疗卫生", "Healthcare"),
        ("mfg", "制造业", "Manufacturing"),
        ("it", "信息技术", "Information technology"),
        ("trade", "商贸零售", "Trade and retail"),
        ("log", "物流运输", "Logistics"),
        ("re", "房地产", "Real estate"),
        ("svc", "服务业", "Services"),
        ("ind", "个人/家庭", "Individuals and households"),
    ],
    "source": [
        ("walk_in", "门市来访", "Walk-in"),
        ("phone", "电话咨询", "Phone enquiry"),
        ("referral", "老客户介绍", "Referral"),
        ("web", "网站", "Website"),
        ("exhibition", "展会", "Trade fair"),
        ("campaign", "市场活动", "Campaign"),
        ("cold_call", "陌生拜访", "Cold call"),
        ("repair", "维修转介", "From repair service"),
    ],
    "title": [
        ("mr", "先生", "Mr"),
        ("ms", "女士", "Ms"),
        ("manager", "经理", "Manager"),
        ("director", "主任", "Director"),
        ("gm", "总经理", "General manager"),
        ("engineer", "工程师", "Engineer"),
    ],
    "interaction_kind": [
        ("call", "电话", "Phone call"),
        ("visit", "上门拜访", "Visit"),
        ("reception", "门市接待", "Storefront reception"),
        ("email", "电子邮件", "E-mail"),
        ("other", "其他", "Other"),
    ],
}

# Regions: country -> province -> cities. (code, name, name_en)
REGIONS: list[tuple[tuple[str, str, str], list[tuple[tuple[str, str, str], list[tuple[str, str, str]]]]]] = [
    (
        ("CN", "中国", "China"),
        [
            (("CN-BJ", "北京市", "Beijing"), [("CN-BJ-01", "北京市", "Beijing")]),
            (("CN-SH", "上海市", "Shanghai"), [("CN-SH-01", "上海市", "Shanghai")]),
            (("CN-TJ", "天津市", "Tianjin"), [("CN-TJ-01", "天津市", "Tianjin")]),
            (
                ("CN-GD", "广东省", "Guangdong"),
                [
                    ("CN-GD-GZ", "广州市", "Guangzhou"),
                    ("CN-GD-SZ", "深圳市", "Shenzhen"),
                    ("CN-GD-DG", "东莞市", "Dongguan"),
                    ("CN-GD-FS", "佛山市", "Foshan"),
                ],
            ),
            (
                ("CN-JS", "江苏省", "Jiangsu"),
                [
                    ("CN-JS-NJ", "南京市", "Nanjing"),
                    ("CN-JS-SZ", "苏州市", "Suzhou"),
                    ("CN-JS-WX", "无锡市", "Wuxi"),
                ],
            ),
            (
                ("CN-ZJ", "浙江省", "Zhejiang"),
                [
                    ("CN-ZJ-HZ", "杭州市", "Hangzhou"),
                    ("CN-ZJ-NB", "宁波市", "Ningbo"),
                    ("CN-ZJ-WZ", "温州市", "Wenzhou"),
                ],
            ),
            (
                ("CN-SC", "四川省", "Sichuan"),
                [("CN-SC-CD", "成都市", "Chengdu"), ("CN-SC-MY", "绵阳市", "Mianyang")],
            ),
            (
                ("CN-HB", "湖北省", "Hubei"),
                [("CN-HB-WH", "武汉市", "Wuhan"), ("CN-HB-YC", "宜昌市", "Yichang")],
            ),
            (
                ("CN-SD", "山东省", "Shandong"),
                [("CN-SD-JN", "济南市", "Jinan"), ("CN-SD-QD", "青岛市", "Qingdao")],
            ),
        ],
    ),
]

ADMIN_ROLE = ("admin", "系统管理员", "Administrator")
