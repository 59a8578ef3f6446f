"""A small office for the "my team" tests: a sales department with a storefront below it and a repair department.

manager (subtree scope, 销售部), lead (department scope, 门市部), clerk (own scope, 门市部), rep (own, 销售部),
fixer (department scope, 维修部), guest (no business log / calendar), root (administrator).
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_customer,
    add_department,
    add_role,
    add_user,
    context_for,
    role_id,
)

MODULES = {**WORK_MODULES, "calendar": ("view", "create", "edit", "delete"), "customers": CUSTOMER_ALL}


@dataclass
class TeamOffice:
    db: Database
    manager: UserContext
    lead: UserContext
    clerk: UserContext
    rep: UserContext
    fixer: UserContext
    guest: UserContext
    root: UserContext
    customer: int


def build_team_office(db: Database) -> TeamOffice:
    with db.unit_of_work() as s:
        sales = add_department(s, "销售部")
        store = add_department(s, "门市部", sales)
        repair = add_department(s, "维修部")
        subtree = add_role(s, "mgr", permissions=MODULES, scope="subtree")
        dept = add_role(s, "lead", permissions=MODULES, scope="department")
        own = add_role(s, "own", permissions=MODULES, scope="own")
        nothing = add_role(s, "guest", permissions={"home": ("view",)}, scope=None)
        ids = {
            "manager": add_user(s, "manager", full_name="赵敏", department_id=sales, roles=[subtree]),
            "lead": add_user(s, "lead", full_name="李萍", department_id=store, roles=[dept]),
            "clerk": add_user(s, "clerk", full_name="王芳", department_id=store, roles=[own]),
            "rep": add_user(s, "rep", full_name="杨帆", department_id=sales, roles=[own]),
            "fixer": add_user(s, "fixer", full_name="孙强", department_id=repair, roles=[dept]),
            "guest": add_user(s, "guest", full_name="访客", roles=[nothing]),
            "root": add_user(s, "root", full_name="管理员", roles=[role_id(s, "admin")]),
        }
        customer = add_customer(s, "甲公司", owner_id=ids["clerk"], department_id=store)
    return TeamOffice(db, **{k: context_for(db, v) for k, v in ids.items()}, customer=customer)
