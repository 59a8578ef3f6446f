"""A small office for the customer-archive tests: two salespeople (own scope), a clerk (all, assign) and an
administrator, built straight through the models."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from tests.services.helpers import CUSTOMER_ALL, WORK_MODULES, add_department, add_role, add_user, context_for

POOL = ("view", "edit")


@dataclass
class Office:
    db: Database
    dept: int
    rep1: UserContext
    rep2: UserContext
    clerk: UserContext
    admin: UserContext


@pytest.fixture(name="office")
def office_fixture(db: Database) -> Office:
    with db.unit_of_work() as s:
        dept = add_department(s, "销售部")
        rep = add_role(
            s, "rep", permissions={"customers": CUSTOMER_ALL, "pool": POOL, **WORK_MODULES}, scope="own"
        )
        clerk = add_role(
            s,
            "clerk",
            permissions={"customers": (*CUSTOMER_ALL, "assign"), "pool": (*POOL, "assign"), **WORK_MODULES},
            scope="all",
        )
        admin = add_role(s, "root", permissions={}, scope=None, is_admin=True)
        ids = [
            add_user(s, "rep1", full_name="刘洋", department_id=dept, roles=[rep]),
            add_user(s, "rep2", full_name="杨帆", department_id=dept, roles=[rep]),
            add_user(s, "clerk", full_name="周晓燕", department_id=dept, roles=[clerk]),
            add_user(s, "root", full_name="孙立新", roles=[admin]),
        ]
    return Office(db, dept, *(context_for(db, i) for i in ids))
