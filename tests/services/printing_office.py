"""A small office with one quote and one order to print (built straight through the models)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.db.models import (
    CodeItem,
    Company,
    Contact,
    OrderLine,
    PaymentInstalment,
    Product,
    Quote,
    QuoteLine,
    RoleDataScope,
    SalesOrder,
)
from crm_desktop.db.session import Database
from crm_desktop.services.products import search_document
from tests.services.helpers import add_customer, add_department, add_role, add_user

CUSTOMER = "上海浦东华信科技有限公司"
TOTAL = Decimal("1234.56")
TOTAL_WORDS = "壹仟贰佰叁拾肆元伍角陆分"
PERMS = {m: ("view", "print") for m in ("customers", "quotes", "orders", "products")}


@dataclass
class PrintOffice:
    db: Database
    seller: int
    other: int
    no_print: int
    customer: int
    foreign_customer: int
    quote: int
    foreign_quote: int
    order: int


def _lines(product_ids: tuple[int, int]) -> list[tuple[int, str, str, Decimal, Decimal, Decimal]]:
    return [
        (product_ids[0], "激光打印机", "台", Decimal("2"), Decimal("580.00"), Decimal("1160.00")),
        (product_ids[1], "原装硒鼓", "只", Decimal("1"), Decimal("74.56"), Decimal("74.56")),
    ]


def build_print_office(db: Database) -> PrintOffice:
    with db.unit_of_work() as s:
        company = s.execute(select(Company)).scalars().first()
        if company is None:
            s.add(
                Company(
                    name="北京华信办公设备有限公司", address="北京市海淀区中关村大街1号", phone="010-88886666"
                )
            )
        else:
            company.name, company.address = "北京华信办公设备有限公司", "北京市海淀区中关村大街1号"
        dept = add_department(s, "大客户部")
        role = add_role(s, "t_printer", permissions=PERMS, scope="own")
        quiet = add_role(s, "t_quiet", permissions={m: ("view",) for m in PERMS}, scope="all")
        for entity in ("quote", "order"):
            s.add(RoleDataScope(role_id=role, entity=entity, scope="own"))
            s.add(RoleDataScope(role_id=quiet, entity=entity, scope="all"))
        seller = add_user(s, "seller", department_id=dept, roles=[role], full_name="杨帆")
        other = add_user(s, "other", department_id=dept, roles=[role], full_name="王强")
        no_print = add_user(s, "noprint", department_id=dept, roles=[quiet])
        grade = s.execute(select(CodeItem.id).where(CodeItem.category == "customer_grade")).scalars().first()
        customer = add_customer(
            s, CUSTOMER, owner_id=seller, department_id=dept, address="上海市浦东新区张江路88号",
            postcode="201203", grade_id=grade, phone="021-55556666",
        )  # fmt: skip
        s.add(Contact(customer_id=customer, name="王经理", mobile="13800138000", is_primary=True))
        foreign = add_customer(s, "深圳南山某某公司", owner_id=other, department_id=dept, postcode="518000")
        products = []
        for code, name, price in (("HP-M403", "激光打印机", "580"), ("HP-CF228", "原装硒鼓", "74.56")):
            product = Product(code=code, name=name, unit="台", list_price=Decimal(price), specification="A4",
                              search_text=search_document(code, name, "A4"))  # fmt: skip
            s.add(product)
            s.flush()
            products.append(product.id)
        quotes = []
        for number, cust, owner in (("BJ202611220001", customer, seller), ("BJ202611220002", foreign, other)):
            quote = Quote(number=number, customer_id=cust, owner_id=owner, department_id=dept, status="approved",
                          total=TOTAL, valid_until=date(2026, 12, 31), title="办公打印设备采购")  # fmt: skip
            s.add(quote)
            s.flush()
            for seq, (pid, name, unit, qty, price, amount) in enumerate(
                _lines((products[0], products[1])), 1
            ):
                s.add(QuoteLine(quote_id=quote.id, seq=seq, product_id=pid, product_name=name, unit=unit,
                                quantity=qty, list_price=price, grade_price=price, unit_price=price,
                                amount=amount))  # fmt: skip
            quotes.append(quote.id)
        order = SalesOrder(number="XS202611220001", customer_id=customer, owner_id=seller, department_id=dept,
                           order_date=date(2026, 11, 22), total_amount=TOTAL, received_amount=Decimal("500.00"))  # fmt: skip
        s.add(order)
        s.flush()
        for seq, (pid, name, unit, qty, price, amount) in enumerate(_lines((products[0], products[1])), 1):
            s.add(OrderLine(order_id=order.id, seq=seq, product_id=pid, description=name, unit=unit,
                            quantity=qty, unit_price=price, amount=amount))  # fmt: skip
        s.add(
            PaymentInstalment(order_id=order.id, seq=1, due_date=date(2026, 11, 30), amount=Decimal("500.00"))
        )
        s.add(
            PaymentInstalment(order_id=order.id, seq=2, due_date=date(2026, 12, 31), amount=Decimal("734.56"))
        )
    return PrintOffice(db, seller, other, no_print, customer, foreign, quotes[0], quotes[1], order.id)
