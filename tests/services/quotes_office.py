"""A small key-accounts office for the quote and contract tests.

Positions 销售经理 (manager) → 销售主管 (lead) → 销售代表 (rep, rep2). rep and rep2 see their own customers,
quotes and contracts; lead the same (own scope) but approves rep's quotes as the superior; manager sees the
department subtree; finance and finance2 hold the "finance" role (contracts: view); root is an administrator.
Products: 激光打印机 (list 2000, cost 1500, grade A 1800), 硒鼓 (list 300, cost 120), 定制服务 (no cost yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.db.models import CodeItem, Position, Product, ProductPrice, RoleDataScope, User
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from tests.services.helpers import (
    CUSTOMER_ALL,
    add_customer,
    add_department,
    add_role,
    add_user,
    context_for,
    role_id,
)

DOC_OPS = ("view", "create", "edit", "delete", "print")


@dataclass
class QuotesOffice:
    db: Database
    rep: UserContext
    rep2: UserContext
    lead: UserContext
    manager: UserContext
    finance: UserContext
    finance2: UserContext
    root: UserContext
    finance_role: int
    customer: int  # 华强电子, grade A, owned by rep
    other_customer: int  # 远方贸易, owned by rep2
    printer: int
    toner: int
    service: int  # no cost price yet


def build_quotes_office(db: Database) -> QuotesOffice:
    with db.unit_of_work() as s:
        sales = add_department(s, "销售部")
        key = add_department(s, "大客户部", sales)
        positions: dict[str, int] = {}
        for code, name, parent in (("manager", "销售经理", None), ("lead", "销售主管", "manager"),
                                   ("rep", "销售代表", "lead")):  # fmt: skip
            pos = Position(name=name, parent_id=positions.get(parent or ""))
            s.add(pos)
            s.flush()
            positions[code] = pos.id
        perms = {"customers": CUSTOMER_ALL, "quotes": DOC_OPS, "contracts": DOC_OPS, "messages": ("view",)}
        roles = {}
        for code, scope in (("own", "own"), ("boss", "subtree")):
            roles[code] = add_role(s, code, permissions=perms, scope=scope)
            for entity in ("quote", "contract"):
                s.add(RoleDataScope(role_id=roles[code], entity=entity, scope=scope))
        roles["finance"] = add_role(s, "finance", permissions={"contracts": ("view",)}, scope=None)
        people = {
            "rep": ("杨帆", key, "own", "rep"),
            "rep2": ("徐丽", key, "own", "rep"),
            "lead": ("刘洋", key, "own", "lead"),
            "manager": ("钱志强", sales, "boss", "manager"),
            "finance": ("郑丽华", None, "finance", None),
            "finance2": ("王会计", None, "finance", None),
        }
        ids: dict[str, int] = {}
        for login, (name, dept, role, pos_code) in people.items():
            ids[login] = add_user(s, login, full_name=name, department_id=dept, roles=[roles[role]])
            user = s.get(User, ids[login])
            assert user is not None
            user.position_id = positions[pos_code] if pos_code else None
        ids["root"] = add_user(s, "root", full_name="管理员", roles=[role_id(s, "admin")])
        grade_a = s.execute(
            select(CodeItem.id).where(CodeItem.category == "customer_grade", CodeItem.code == "A")
        ).scalar_one()
        customer = add_customer(s, "华强电子", owner_id=ids["rep"], department_id=key, grade_id=grade_a)
        other = add_customer(s, "远方贸易", owner_id=ids["rep2"], department_id=key)
        made = [
            Product(code=code, name=name, unit=unit, list_price=Decimal(price), search_text=code,
                    cost_price=None if cost is None else Decimal(cost))
            for code, name, unit, price, cost in (("P-1001", "激光打印机", "台", "2000", "1500"),
                                                   ("T-2001", "硒鼓", "个", "300", "120"),
                                                   ("S-9001", "定制服务", "项", "500", None))
        ]  # fmt: skip
        s.add_all(made)
        s.flush()
        s.add(ProductPrice(product_id=made[0].id, grade_id=grade_a, price=Decimal("1800")))
        s.flush()
        refs = (roles["finance"], customer, other, made[0].id, made[1].id, made[2].id)
    contexts = {k: context_for(db, v) for k, v in ids.items()}
    return QuotesOffice(db, **contexts, finance_role=refs[0], customer=refs[1], other_customer=refs[2],
                        printer=refs[3], toner=refs[4], service=refs[5])  # fmt: skip
