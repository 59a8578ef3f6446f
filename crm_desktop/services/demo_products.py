"""Demo product catalogue of a printer and PC sales-and-repair firm: categories, products with cost prices, and
prices for the A and B customer grades."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import CodeItem, Product, ProductCategory, ProductPrice
from crm_desktop.services.products import search_document

# category code, name, parent code
CATEGORIES = (
    ("EQUIP", "办公设备", None),
    ("PRN", "打印机", "EQUIP"),
    ("MFP", "复印机/一体机", "EQUIP"),
    ("PC", "电脑", "EQUIP"),
    ("SUPPLY", "耗材", None),
    ("TONER", "硒鼓墨盒", "SUPPLY"),
    ("PAPER", "纸张", "SUPPLY"),
    ("SERVICE", "服务", None),
)
# code, name, specification, unit, category, list price, cost price, A price, B price
PRODUCTS = (
    (
        "HP-M403D",
        "惠普激光打印机",
        "LaserJet Pro M403d A4 黑白 双面",
        "台",
        "PRN",
        "2680",
        "1980",
        "2380",
        "2550",
    ),
    ("CANON-LBP2900", "佳能激光打印机", "LBP2900+ A4 黑白", "台", "PRN", "1199", "860", "1080", "1150"),
    (
        "EPSON-L4168",
        "爱普生墨仓式彩色打印机",
        "L4168 A4 彩色 无线",
        "台",
        "PRN",
        "1599",
        "1210",
        None,
        "1520",
    ),
    (
        "RICOH-MP2014",
        "理光数码复合机",
        "MP 2014AD A3 复印/打印/扫描",
        "台",
        "MFP",
        "6800",
        "5200",
        "6200",
        "6500",
    ),
    ("KYOCERA-M2040", "京瓷黑白多功能一体机", "ECOSYS M2040dn", "台", "MFP", "2999", "2350", "2750", None),
    ("LENOVO-M720", "联想商用台式电脑", "启天 M720 i5/8G/1T", "台", "PC", "4599", "3800", "4299", "4450"),
    ("LENOVO-E14", "联想笔记本电脑", "ThinkPad E14 i5/16G/512G", "台", "PC", "5299", "4450", "4999", "5150"),
    ("HP-CF228A", "惠普原装硒鼓", "CF228A 约 3000 页", "只", "TONER", "620", "455", "560", "590"),
    ("CANON-303", "佳能原装硒鼓", "CRG-303", "只", "TONER", "399", "290", "360", None),
    ("EPSON-T03Y", "爱普生原装墨水套装", "T03Y 四色", "套", "TONER", "236", "168", None, None),
    ("PAPER-A4-70", "A4 复印纸", "70g 500张/包 5包/箱", "箱", "PAPER", "125", "98", "115", "120"),
    ("PAPER-A3-80", "A3 复印纸", "80g 500张/包 4包/箱", "箱", "PAPER", "189", "150", "175", None),
    ("SVC-ONSITE", "上门维修服务", "市区内 按次", "次", "SERVICE", "150", None, "100", "120"),
    ("SVC-YEAR", "打印机年度保养合同", "每季度上门保养一次", "年", "SERVICE", "1200", "600", "980", "1100"),
)


def create_products(session: Session, now: datetime, created_by: int | None = None) -> int:
    """Adds the demo catalogue (ORM inserts); returns the number of products."""
    grades = dict(
        session.execute(select(CodeItem.code, CodeItem.id).where(CodeItem.category == "customer_grade")).all()
    )
    categories: dict[str, int] = {}
    for order, (code, name, parent) in enumerate(CATEGORIES):
        category = ProductCategory(
            code=code,
            name=name,
            parent_id=categories.get(parent or ""),
            sort_order=order,
            created_by=created_by,
        )
        session.add(category)
        session.flush()
        categories[code] = category.id
    for code, name, spec, unit, category_code, list_price, cost, price_a, price_b in PRODUCTS:
        product = Product(
            code=code,
            name=name,
            specification=spec,
            unit=unit,
            category_id=categories[category_code],
            list_price=Decimal(list_price),
            cost_price=Decimal(cost) if cost else None,
            search_text=search_document(code, name, spec),
            created_by=created_by,
            created_at=now,
            updated_at=now,
        )
        session.add(product)
        session.flush()
        for grade, price in (("A", price_a), ("B", price_b)):
            if price and grade in grades:
                session.add(ProductPrice(product_id=product.id, grade_id=grades[grade], price=Decimal(price)))
    session.flush()
    return len(PRODUCTS)
