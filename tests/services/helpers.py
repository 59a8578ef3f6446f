"""Building organisations, roles, users and customers straight through the models (much faster than the demo).

Every user gets the same pre-computed password hash: argon2 costs ~30 ms per hash, so it is paid once per run.
`World` is a small company with one user per data scope, customers spread over the department tree (including
public-pool rows without an owner), and the rule for "who sees what" written out independently of access.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import (
    AuditLog,
    Contact,
    Customer,
    Department,
    Interaction,
    Role,
    RoleDataScope,
    RolePermission,
    User,
    UserRole,
)
from crm_desktop.db.session import Database
from crm_desktop.services import auth
from crm_desktop.services.context import UserContext
from crm_desktop.services.passwords import hash_password

PASSWORD = "Correct-horse-1"
PASSWORD_HASH = hash_password(PASSWORD)

WORK_MODULES: dict[str, tuple[str, ...]] = {
    m: ("view", "create", "edit") for m in ("home", "tasks", "messages", "business_log")
}
CUSTOMER_ALL = ("view", "create", "edit", "delete")


def add_department(session: Session, name: str, parent_id: int | None = None) -> int:
    dept = Department(name=name, parent_id=parent_id)
    session.add(dept)
    session.flush()
    return dept.id


def add_role(
    session: Session,
    code: str,
    *,
    permissions: Mapping[str, Iterable[str]],
    scope: str | None,
    is_admin: bool = False,
) -> int:
    role = Role(code=code, name=code, name_en=code, is_admin=is_admin)
    session.add(role)
    session.flush()
    for module, operations in permissions.items():
        for operation in operations:
            session.add(RolePermission(role_id=role.id, module=module, operation=operation))
    if scope is not None:
        session.add(RoleDataScope(role_id=role.id, entity="customer", scope=scope))
    session.flush()
    return role.id


def role_id(session: Session, code: str) -> int:
    return session.execute(select(Role.id).where(Role.code == code)).scalar_one()


def add_user(
    session: Session,
    login: str,
    *,
    department_id: int | None = None,
    roles: Iterable[int] = (),
    station_code: str | None = None,
    active: bool = True,
    full_name: str | None = None,
) -> int:
    user = User(
        login=login,
        full_name=full_name or login.title(),
        password_hash=PASSWORD_HASH,
        department_id=department_id,
        station_code=station_code,
        active=active,
    )
    session.add(user)
    session.flush()
    for rid in roles:
        session.add(UserRole(user_id=user.id, role_id=rid))
    session.flush()
    return user.id


def add_customer(
    session: Session,
    name: str,
    *,
    owner_id: int | None,
    department_id: int | None,
    **values: object,
) -> int:
    customer = Customer(name=name, owner_id=owner_id, department_id=department_id, **values)
    session.add(customer)
    session.flush()
    return customer.id


def context_for(db: Database, user_id: int, station: str | None = None) -> UserContext:
    """The signed-in context of a user without paying for a password check."""
    with db.read_only() as session:
        user = session.get(User, user_id)
        assert user is not None
        return auth.resolve_context(session, user, station, machine="pytest")


def count(db: Database, model: type) -> int:
    with db.read_only() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def audit_rows(db: Database, entity: str, entity_id: int | None = None) -> list[AuditLog]:
    with db.read_only() as session:
        stmt = select(AuditLog).where(AuditLog.entity == entity).order_by(AuditLog.id)
        if entity_id is not None:
            stmt = stmt.where(AuditLog.entity_id == entity_id)
        return list(session.execute(stmt).scalars())


# --- a small company with one user per data scope -------------------------------------------------------------

# department key -> parent key
DEPARTMENT_TREE: dict[str, str | None] = {
    "sales": None,
    "storefront": "sales",
    "key_accounts": "sales",
    "ka_north": "key_accounts",
    "repair": None,
}

# user key -> (department key, role key)
USERS: dict[str, tuple[str | None, str]] = {
    "sales1": ("key_accounts", "own"),
    "sales2": ("key_accounts", "own"),
    "north": ("ka_north", "own"),
    "store": ("storefront", "department"),
    "store2": ("storefront", "own"),
    "manager": ("sales", "subtree"),
    "boss": ("repair", "all"),
    "tech": ("repair", "own"),
    "floater": (None, "department"),  # department scope but no department: falls back to own rows
    "clerk": ("repair", "no_customers"),
    "root": (None, "admin"),
}

# role key -> (customer operations, data scope)
ROLES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "own": (CUSTOMER_ALL, "own"),
    "department": (("view", "create", "edit"), "department"),  # no delete
    "subtree": (CUSTOMER_ALL, "subtree"),
    "all": (CUSTOMER_ALL, "all"),
    # Scope "all" on customers but no customers permission at all: the permission must still refuse.
    "no_customers": ((), "all"),
}

# The customers' owners (users keys) and departments; None owner = the public pool.
# (key, owner key, department key, deleted)
CUSTOMERS: tuple[tuple[str, str | None, str | None, bool], ...] = (
    ("c_sales1_a", "sales1", "key_accounts", False),
    ("c_sales1_b", "sales1", "key_accounts", False),
    ("c_sales1_moved", "sales1", "storefront", False),  # owner stays, department moved to the storefront
    ("c_sales1_deleted", "sales1", "key_accounts", True),
    ("c_sales2_a", "sales2", "key_accounts", False),
    ("c_north_a", "north", "ka_north", False),
    ("c_store_a", "store", "storefront", False),
    ("c_store2_a", "store2", "storefront", False),
    ("c_store2_b", "store2", "storefront", False),
    ("c_manager_a", "manager", "sales", False),
    ("c_boss_a", "boss", "repair", False),
    ("c_tech_a", "tech", "repair", False),
    ("c_floater_a", "floater", None, False),
    ("c_pool_none", None, None, False),
    ("c_pool_store", None, "storefront", False),
    ("c_pool_north", None, "ka_north", False),
    ("c_pool_repair", None, "repair", False),
)


@dataclass
class World:
    db: Database
    departments: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)  # customer key -> its contact
    # customer key -> [(interaction id, next_date, deleted)]
    follow: dict[str, list[tuple[int, date | None, bool]]] = field(default_factory=dict)
    today: date = field(default_factory=date.today)

    def ctx(self, user: str, station: str | None = None) -> UserContext:
        return context_for(self.db, self.users[user], station)

    def key_of(self, customer_id: int) -> str:
        return next(k for k, v in self.customers.items() if v == customer_id)

    # --- the rule, written out independently of access.py ---
    def subtree(self, dept: str) -> set[str]:
        found = {dept}
        changed = True
        while changed:
            changed = False
            for key, parent in DEPARTMENT_TREE.items():
                if parent in found and key not in found:
                    found.add(key)
                    changed = True
        return found

    def expected_visible(self, user: str) -> set[str]:
        """Customer keys `user` may see: own rows, plus department/subtree rows by the customer's department."""
        dept, role = USERS[user]
        scope = "all" if role == "admin" else ROLES[role][1]
        if role == "no_customers":
            return set()
        out = set()
        for key, owner, cust_dept, deleted in CUSTOMERS:
            if deleted:
                continue
            mine = owner == user
            if scope == "all":
                ok = True
            elif scope == "own" or dept is None:
                ok = mine
            elif scope == "department":
                ok = mine or cust_dept == dept
            else:  # subtree
                ok = mine or (cust_dept is not None and cust_dept in self.subtree(dept))
            if ok:
                out.add(key)
        return out

    def expected_follow_ups(self, user: str, until: date) -> list[int]:
        """Interaction ids whose next step is due in [until - 30 days, until] on customers `user` owns."""
        owned = {key for key, owner, _d, deleted in CUSTOMERS if owner == user and not deleted}
        owned &= self.expected_visible(user)
        found = []
        for key in owned:
            for interaction_id, next_date, deleted in self.follow[key]:
                if not deleted and next_date is not None and until - timedelta(days=30) <= next_date <= until:
                    found.append((next_date, interaction_id))
        return [i for _d, i in sorted(found)]


def build_world(db: Database) -> World:
    world = World(db)
    now = datetime.now(UTC)
    with db.unit_of_work() as s:
        for key, parent in DEPARTMENT_TREE.items():  # parents come first in the dict
            world.departments[key] = add_department(
                s, key, world.departments[parent] if parent is not None else None
            )
        for key, (customer_ops, scope) in ROLES.items():
            perms: dict[str, tuple[str, ...]] = dict(WORK_MODULES)
            if customer_ops:
                perms["customers"] = customer_ops
            world.roles[key] = add_role(s, f"t_{key}", permissions=perms, scope=scope)
        world.roles["admin"] = role_id(s, "admin")
        for key, (dept, role) in USERS.items():
            world.users[key] = add_user(
                s,
                key,
                department_id=world.departments[dept] if dept else None,
                roles=[world.roles[role]],
            )
        for n, (key, owner, dept, deleted) in enumerate(CUSTOMERS):
            cid = add_customer(
                s,
                f"客户{n:02d} {key}",
                owner_id=world.users[owner] if owner else None,
                department_id=world.departments[dept] if dept else None,
                phone=f"010-8266{n:04d}",
                deleted_at=now if deleted else None,
            )
            world.customers[key] = cid
            contact = Contact(customer_id=cid, name=f"联系人{n:02d}", mobile=f"1390000{n:04d}")
            s.add(contact)
            s.flush()
            world.contacts[key] = contact.id
            by = world.users[owner] if owner else world.users["root"]
            plan: list[tuple[date | None, bool]] = [
                (world.today - timedelta(days=n % 5), False),  # due: in the window
                (world.today - timedelta(days=40), False),  # too old for the window
                (world.today + timedelta(days=3), False),  # not due yet
                (world.today - timedelta(days=1), True),  # deleted
                (None, False),  # no follow-up
            ]
            entries = []
            for k, (next_date, gone) in enumerate(plan):
                record = Interaction(
                    customer_id=cid,
                    contact_id=contact.id,
                    user_id=by,
                    kind="call",
                    occurred_at=now - timedelta(days=10 - k),
                    subject=f"回访{n:02d}-{k}",
                    next_step="再联系" if next_date else None,
                    next_date=next_date,
                    deleted_at=now if gone else None,
                )
                s.add(record)
                s.flush()
                entries.append((record.id, next_date, gone))
            world.follow[key] = entries
    return world
