"""The demo company's organisation: company details, departments, positions, roles, staff, and their creation."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.db.models import Role, SystemSetting
from crm_desktop.services import demo_names as names
from crm_desktop.services.catalog import MODULES, OPERATIONS, SCOPED_ENTITIES
from crm_desktop.services.demo_support import DEMO_SETTING, _common, _Ids, _insert, _Org, _table

COMPANY_NAME = "北京华信办公设备有限公司"
COMPANY_ADDRESS = "北京市海淀区中关村大街28号华信大厦3层"
COMPANY_PHONE = "010-82661234"
COMPANY_EMAIL = "service@huaxin-office.com.cn"

# (key, name, parent key)
DEPARTMENTS: tuple[tuple[str, str, str | None], ...] = (
    ("gm_office", "总经理办公室", None),
    ("sales", "销售部", None),
    ("storefront", "门市部", "sales"),
    ("key_accounts", "大客户部", "sales"),
    ("repair", "维修部", None),
    ("admin", "管理部", None),
    ("finance", "财务部", None),
)

POSITIONS: tuple[tuple[str, str, str | None], ...] = (
    ("gm", "总经理", None),
    ("deputy_gm", "副总经理", "gm"),
    ("sales_manager", "销售经理", "gm"),
    ("store_lead", "门市主管", "sales_manager"),
    ("store_clerk", "门市接待员", "store_lead"),
    ("sales_lead", "销售主管", "sales_manager"),
    ("sales_rep", "销售代表", "sales_lead"),
    ("repair_lead", "维修主管", "gm"),
    ("engineer", "维修工程师", "repair_lead"),
    ("admin_lead", "行政主管", "gm"),
    ("admin_clerk", "行政专员", "admin_lead"),
    ("finance_lead", "财务主管", "gm"),
    ("accountant", "会计", "finance_lead"),
)

_ALL_OPS = tuple(OPERATIONS)
_COMMON: dict[str, tuple[str, ...]] = {
    m: ("view", "create", "edit") for m in ("home", "tasks", "messages", "business_log", "calendar")
}

# (code, name, name_en, {module: operations}, customer data scope)
ROLES: tuple[tuple[str, str, str, Mapping[str, Sequence[str]], str], ...] = (
    ("manager", "总经理", "General manager", {m: _ALL_OPS for m in MODULES}, "all"),
    (
        "sales_manager",
        "销售经理",
        "Sales manager",
        {
            **_COMMON,
            "customers": _ALL_OPS,
            "pool": ("view", "edit", "assign"),
            "leads": _ALL_OPS,
            "opportunities": _ALL_OPS,
            "quotes": _ALL_OPS,
            "contracts": _ALL_OPS,
            "orders": _ALL_OPS,
            "forecast": ("view", "export", "print"),
            "products": ("view", "create", "edit", "delete", "export", "print"),
        },
        "subtree",
    ),
    (
        "sales",
        "销售代表",
        "Sales representative",
        {
            **_COMMON,
            "customers": ("view", "create", "edit", "export", "print"),
            "pool": ("view", "edit"),
            "leads": ("view", "create", "edit", "export", "print"),
            "opportunities": ("view", "create", "edit", "export", "print"),
            "quotes": ("view", "create", "edit", "delete", "export", "print"),
            "contracts": ("view", "create", "edit", "export", "print"),
            "orders": ("view", "create", "edit", "export", "print"),
            "forecast": ("view",),
            "products": ("view", "print"),
        },
        "own",
    ),
    (
        "storefront",
        "门市接待",
        "Storefront reception",
        {
            **_COMMON,
            "customers": ("view", "create", "edit", "print"),
            "pool": ("view", "edit"),
            "products": ("view", "print"),
            "quotes": ("view", "create", "edit", "delete", "print"),
            "orders": ("view", "create", "edit", "print"),
        },
        "department",
    ),
    (
        "technician",
        "维修工程师",
        "Service technician",
        {**_COMMON, "customers": ("view",), "products": ("view",)},
        "all",
    ),
    (
        "clerk",
        "行政专员",
        "Office clerk",
        {
            **_COMMON,
            "customers": ("view", "create", "edit", "export", "print", "assign", "import"),
            "pool": ("view", "edit", "assign"),
            "leads": ("view", "create", "edit", "export", "print", "assign"),
            "products": ("view", "create", "edit", "delete", "export", "print", "import"),
            "orders": ("view", "edit", "export", "print"),
            "contracts": ("view", "export", "print"),
        },
        "all",
    ),
)


@dataclass(frozen=True)
class _Staff:
    login: str
    full_name: str
    station: str
    role: str
    department: str
    position: str
    hired: date
    skills: str | None = None


STAFF: tuple[_Staff, ...] = (
    _Staff(
        "admin",
        "孙立新",
        "admin_office",
        "admin",
        "admin",
        "admin_lead",
        date(2015, 3, 2),
        "系统维护，网络管理",
    ),
    _Staff("zhaomin", "赵敏", "manager", "manager", "gm_office", "gm", date(2008, 6, 1)),
    _Staff("hejianguo", "何建国", "manager", "manager", "gm_office", "deputy_gm", date(2010, 9, 15)),
    _Staff(
        "qianzhiqiang", "钱志强", "key_accounts", "sales_manager", "sales", "sales_manager", date(2011, 4, 6)
    ),
    _Staff("liuyang", "刘洋", "key_accounts", "sales", "key_accounts", "sales_lead", date(2014, 7, 1)),
    _Staff("yangfan", "杨帆", "key_accounts", "sales", "key_accounts", "sales_rep", date(2017, 2, 20)),
    _Staff("huanglei", "黄磊", "key_accounts", "sales", "key_accounts", "sales_rep", date(2018, 5, 14)),
    _Staff("zhoujie", "周杰", "key_accounts", "sales", "key_accounts", "sales_rep", date(2019, 3, 11)),
    _Staff("xuli", "徐丽", "key_accounts", "sales", "key_accounts", "sales_rep", date(2020, 8, 3)),
    _Staff("machao", "马超", "key_accounts", "sales", "key_accounts", "sales_rep", date(2022, 10, 10)),
    _Staff("liping", "李萍", "storefront", "storefront", "storefront", "store_lead", date(2013, 3, 18)),
    _Staff("wangfang", "王芳", "storefront", "storefront", "storefront", "store_clerk", date(2016, 11, 7)),
    _Staff("zhangwei", "张伟", "storefront", "storefront", "storefront", "store_clerk", date(2019, 6, 24)),
    _Staff("chenjing", "陈静", "storefront", "storefront", "storefront", "store_clerk", date(2021, 4, 12)),
    _Staff(
        "sunhao",
        "孙浩",
        "repair",
        "technician",
        "repair",
        "repair_lead",
        date(2012, 8, 8),
        "激光打印机、复印机维修",
    ),
    _Staff(
        "hubin", "胡斌", "repair", "technician", "repair", "engineer", date(2016, 3, 1), "惠普/佳能打印机维修"
    ),
    _Staff(
        "zhujun",
        "朱军",
        "repair",
        "technician",
        "repair",
        "engineer",
        date(2018, 9, 17),
        "电脑组装与系统维护",
    ),
    _Staff(
        "gaofeng", "高峰", "repair", "technician", "repair", "engineer", date(2021, 7, 5), "网络布线，服务器"
    ),
    _Staff("zhouxiaoyan", "周晓燕", "admin_office", "clerk", "admin", "admin_clerk", date(2017, 4, 10)),
    _Staff("wujing", "吴静", "admin_office", "clerk", "admin", "admin_clerk", date(2020, 2, 24)),
    _Staff("zhenglihua", "郑丽华", "admin_office", "clerk", "finance", "accountant", date(2014, 1, 6)),
)


def _create_organisation(
    session: Session, ids: _Ids, now: datetime, password_hash: str
) -> tuple[_Org, dict[str, int]]:
    conn = session.connection()
    for table in (
        "company",
        "departments",
        "positions",
        "roles",
        "role_permissions",
        "role_data_scopes",
        "users",
    ):
        ids.start(session, table)
    admin_id = ids.take("users", len(STAFF))  # users get consecutive ids; the administrator is the first
    common = _common(now, admin_id)

    company_id = session.scalar(select(_table("company").c.id).order_by(_table("company").c.id).limit(1))
    company = {
        "name": COMPANY_NAME,
        "address": COMPANY_ADDRESS,
        "phone": COMPANY_PHONE,
        "email": COMPANY_EMAIL,
    }
    if company_id is None:
        _insert(conn, "company", [{"id": ids.take("company"), "logo": None, **company, **common}])
    else:
        company_table = _table("company")
        conn.execute(
            update(company_table)
            .where(company_table.c.id == company_id)
            .values(**company, version=company_table.c.version + 1, updated_at=now, updated_by=admin_id)
        )

    departments: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for order, (key, name, parent) in enumerate(DEPARTMENTS):
        departments[key] = ids.take("departments")
        parent_id = departments[parent] if parent else None
        rows.append(
            {"id": departments[key], "parent_id": parent_id, "name": name, "sort_order": order, **common}
        )
    _insert(conn, "departments", rows)

    positions: dict[str, int] = {}
    rows = []
    for order, (key, name, parent) in enumerate(POSITIONS):
        positions[key] = ids.take("positions")
        parent_id = positions[parent] if parent else None
        rows.append(
            {"id": positions[key], "parent_id": parent_id, "name": name, "sort_order": order, **common}
        )
    _insert(conn, "positions", rows)

    roles: dict[str, int] = dict(session.execute(select(Role.code, Role.id)).all())
    role_rows: list[dict[str, Any]] = []
    permission_rows: list[dict[str, Any]] = []
    scope_rows: list[dict[str, Any]] = []
    for code, name, name_en, permissions, scope in ROLES:
        if code in roles:  # never touch a role an administrator already defined
            continue
        roles[code] = ids.take("roles")
        role_rows.append(
            {"id": roles[code], "code": code, "name": name, "name_en": name_en, "is_admin": False, **common}
        )
        for module, operations in permissions.items():
            for operation in operations:
                permission_rows.append(
                    {
                        "id": ids.take("role_permissions"),
                        "role_id": roles[code],
                        "module": module,
                        "operation": operation,
                    }
                )
        for entity in SCOPED_ENTITIES:  # the role's data scope applies to every scoped entity alike
            scope_rows.append(
                {"id": ids.take("role_data_scopes"), "role_id": roles[code], "entity": entity, "scope": scope}
            )
    _insert(conn, "roles", role_rows)
    _insert(conn, "role_permissions", permission_rows)
    _insert(conn, "role_data_scopes", scope_rows)

    rng = random.Random(len(STAFF))
    user_rows: list[dict[str, Any]] = []
    user_role_rows: list[dict[str, Any]] = []
    org = _Org(admin_id, {}, {}, [], [], [], [], [])
    for offset, staff in enumerate(STAFF):
        user_id = admin_id + offset
        department_id = departments[staff.department]
        org.user_ids[staff.login] = user_id
        org.user_department[user_id] = department_id
        user_rows.append(
            {
                "id": user_id,
                "login": staff.login,
                "full_name": staff.full_name,
                "password_hash": password_hash,
                "department_id": department_id,
                "position_id": positions[staff.position],
                "station_code": staff.station,
                "email": f"{staff.login}@huaxin-office.com.cn",
                "phone": names.mobile(rng),
                "skills": staff.skills,
                "hire_date": staff.hired,
                "active": True,
                "locked_until": None,
                "password_changed_at": now,
                **common,
            }
        )
        user_role_rows.append({"user_id": user_id, "role_id": roles[staff.role]})
        if staff.role in ("sales", "sales_manager"):
            org.key_account_sales.append(user_id)
        elif staff.role == "storefront":
            org.storefront_staff.append(user_id)
        elif staff.role == "technician":
            org.technicians.append(user_id)
        elif staff.role in ("clerk", "admin"):
            org.clerks.append(user_id)
        elif staff.role == "manager":
            org.managers.append(user_id)
    _insert(conn, "users", user_rows)
    conn.execute(insert(_table("user_roles")), user_role_rows)

    setting = session.get(SystemSetting, DEMO_SETTING)
    if setting is None:
        session.add(SystemSetting(key=DEMO_SETTING, value="1"))
    else:
        setting.value = "1"
    counts = {
        "departments": len(DEPARTMENTS),
        "positions": len(POSITIONS),
        "roles": len(role_rows),
        "users": len(user_rows),
    }
    return org, counts
