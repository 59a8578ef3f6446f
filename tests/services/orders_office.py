"""A small sales office for the order tests: a sales department with a storefront below it, two products with
grade prices, and an accepted quote with a signed contract (inserted directly, as C1's services would leave them).

rep (杨帆, own scope, 销售部), rep2 (own, 销售部), lead (李萍, department scope, 门市部), clerk (王芳, own, 门市部),
viewer (orders view only, all), root (administrator).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.db.models import CodeItem, Contract, Product, ProductPrice, Quote, QuoteLine, RoleDataScope
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.products import search_document
from tests.services.helpers import (
    CUSTOMER_ALL,
    add_customer,
    add_department,
    add_role,
    add_user,
    context_for,
    role_id,
)

ORDER_OPS = ("view", "create", "edit", "delete", "print", "export")


@dataclass
class OrdersOffice:
    db: Database
    rep: UserContext
    rep2: UserContext
    lead: UserContext
    clerk: UserContext
    viewer: UserContext
    root: UserContext
    customer: int  # 华强电子 (grade A), owned by rep
    store_customer: int  # 门市散客张三, owned by clerk
    printer: int  # product: laser printer, list 2000, grade A 1800
    toner: int  # product: toner, list 300
    quote: int  # accepted quote of rep for customer: 2 printers at 1800, 10 % off
    contract: int  # signed contract on that quote


def build_orders_office(db: Database) -> OrdersOffice:
    with db.unit_of_work() as s:
        sales = add_department(s, "销售部")
        store = add_department(s, "门市部", sales)
        perms = {"customers": CUSTOMER_ALL, "orders": ORDER_OPS, "quotes": ("view",), "contracts": ("view",),
                 "products": ("view",)}  # fmt: skip
        roles = {}
        for code, scope in (("own", "own"), ("dept", "department")):
            roles[code] = add_role(s, code, permissions=perms, scope=scope)
            for entity in ("order", "quote", "contract"):
                s.add(RoleDataScope(role_id=roles[code], entity=entity, scope=scope))
        roles["viewer"] = add_role(s, "viewer", permissions={"orders": ("view",)}, scope=None)
        s.add(RoleDataScope(role_id=roles["viewer"], entity="order", scope="all"))
        ids = {
            "rep": add_user(s, "rep", full_name="杨帆", department_id=sales, roles=[roles["own"]]),
            "rep2": add_user(s, "rep2", full_name="刘洋", department_id=sales, roles=[roles["own"]]),
            "lead": add_user(s, "lead", full_name="李萍", department_id=store, roles=[roles["dept"]]),
            "clerk": add_user(s, "clerk", full_name="王芳", department_id=store, roles=[roles["own"]]),
            "viewer": add_user(s, "viewer", full_name="赵敏", department_id=sales, roles=[roles["viewer"]]),
            "root": add_user(s, "root", full_name="管理员", roles=[role_id(s, "admin")]),
        }
        grade_a = s.execute(
            select(CodeItem.id).where(CodeItem.category == "customer_grade", CodeItem.code == "A")
        ).scalar_one()
        customer = add_customer(s, "华强电子", owner_id=ids["rep"], department_id=sales, grade_id=grade_a)
        store_customer = add_customer(s, "门市散客张三", owner_id=ids["clerk"], department_id=store)
        printer = Product(code="P-1001", name="激光打印机", unit="台", list_price=Decimal("2000"),
                          cost_price=Decimal("1500"), search_text=search_document("P-1001", "激光打印机", None))  # fmt: skip
        toner = Product(code="T-2001", name="硒鼓", unit="个", list_price=Decimal("300"),
                        cost_price=Decimal("120"), search_text=search_document("T-2001", "硒鼓", None))  # fmt: skip
        s.add_all([printer, toner])
        s.flush()
        s.add(ProductPrice(product_id=printer.id, grade_id=grade_a, price=Decimal("1800")))
        quote = Quote(number="BJ202611220001", customer_id=customer, status="accepted", total=Decimal("3240"),
                      owner_id=ids["rep"], department_id=sales)  # fmt: skip
        s.add(quote)
        s.flush()
        s.add(QuoteLine(quote_id=quote.id, seq=1, product_id=printer.id, product_name="激光打印机", unit="台",
                        quantity=Decimal(2), list_price=Decimal(2000), grade_price=Decimal(1800),
                        cost_price=Decimal(1500), unit_price=Decimal(1800), discount_pct=Decimal(10),
                        amount=Decimal("3240")))  # fmt: skip
        contract = Contract(number="HT202611220001", title="打印机采购合同", customer_id=customer,
                            quote_id=quote.id, amount=Decimal("3240"), status="signed", owner_id=ids["rep"],
                            department_id=sales)  # fmt: skip
        s.add(contract)
        s.flush()
        refs = (customer, store_customer, printer.id, toner.id, quote.id, contract.id)
    return OrdersOffice(db, **{k: context_for(db, v) for k, v in ids.items()}, customer=refs[0],
                        store_customer=refs[1], printer=refs[2], toner=refs[3], quote=refs[4],
                        contract=refs[5])  # fmt: skip
