"""The demo company: a Beijing printer/PC sales-and-repair firm (seed 001) with its organisation, about twenty
staff at the five stations, and as many customers as asked for, with contacts and contact history.

`load_demo` only runs on a database without users or customers. The organisation goes in one transaction;
customers follow in batches of `BATCH` rows (one transaction per batch, Core executemany with ids assigned
here, so contacts and interactions refer to their customer without a round trip). A million customers take a
few minutes on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import json
import queue
import random
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TypeVar

from sqlalchemy import JSON, Connection, Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from crm_desktop.db.base import Base
from crm_desktop.db.models import CodeItem, Customer, Role, Station, SystemSetting, User, UserRole
from crm_desktop.db.session import Database
from crm_desktop.services import demo_calendar, grants, search_index
from crm_desktop.services import demo_names as names
from crm_desktop.services.catalog import INTERACTION_KINDS, MODULES, OPERATIONS
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError
from crm_desktop.services.passwords import hash_password

DEMO_PASSWORD = "demo1234"
DEMO_SETTING = "demo"
BATCH = 5_000
DEFAULT_SEED = 20061106  # the date of seed 001

ALREADY_HAS_DATA = QT_TRANSLATE_NOOP(
    "Errors", "The database already holds data; the demo company can only be loaded into an empty database."
)

BEIJING = timezone(timedelta(hours=8))

ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True)
class DemoAccount:
    login: str
    full_name: str
    station_code: str
    role_name: str


@dataclass(frozen=True)
class DemoSummary:
    departments: int
    positions: int
    roles: int
    users: int
    customers: int
    pool_customers: int
    contacts: int
    interactions: int
    tasks: int
    messages: int
    message_recipients: int
    business_log_entries: int


# --- the organisation -------------------------------------------------------------------------------------------

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
        {**_COMMON, "customers": _ALL_OPS, "pool": ("view", "edit", "assign")},
        "subtree",
    ),
    (
        "sales",
        "销售代表",
        "Sales representative",
        {**_COMMON, "customers": ("view", "create", "edit", "export", "print"), "pool": ("view", "edit")},
        "own",
    ),
    (
        "storefront",
        "门市接待",
        "Storefront reception",
        {**_COMMON, "customers": ("view", "create", "edit", "print"), "pool": ("view", "edit")},
        "department",
    ),
    ("technician", "维修工程师", "Service technician", {**_COMMON, "customers": ("view",)}, "all"),
    (
        "clerk",
        "行政专员",
        "Office clerk",
        {
            **_COMMON,
            "customers": ("view", "create", "edit", "export", "print", "assign", "import"),
            "pool": ("view", "edit", "assign"),
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

# --- weights for the customer mix --------------------------------------------------------------------------------

INDIVIDUAL_SHARE = 0.30
POOL_SHARE = 0.10
TYPE_WEIGHTS = {"existing": 36, "target": 20, "potential": 30, "partner": 7, "blacklist": 2, "competitor": 5}
GRADE_WEIGHTS = {"A": 10, "B": 30, "C": 40, "D": 20}
INDUSTRY_WEIGHTS = {
    "it": 14,
    "trade": 16,
    "mfg": 14,
    "edu": 10,
    "med": 7,
    "gov": 8,
    "fin": 6,
    "log": 6,
    "re": 6,
    "svc": 13,
}
SOURCE_WEIGHTS_ENTERPRISE = {
    "walk_in": 6,
    "phone": 18,
    "referral": 20,
    "web": 14,
    "exhibition": 10,
    "campaign": 10,
    "cold_call": 16,
    "repair": 6,
}
SOURCE_WEIGHTS_INDIVIDUAL = {"walk_in": 45, "phone": 20, "referral": 15, "web": 10, "repair": 10}
KIND_WEIGHTS = {"call": 40, "visit": 18, "reception": 17, "email": 15, "other": 10}
INTERACTIONS_PER_CUSTOMER = (0, 1, 2, 3, 4)
INTERACTIONS_WEIGHTS = (20, 26, 25, 17, 12)
HISTORY_DAYS = 548  # contact history reaches back about 18 months
CUSTOMER_AGE_DAYS = 3 * 365


_BULK_TABLES = (
    "customers",
    "contacts",
    "interactions",
    "tasks",
    "messages",
    "message_recipients",
    "business_log",
)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


# --- queries -------------------------------------------------------------------------------------------------------


def has_real_data(db: Database) -> bool:
    """Whether any user or customer exists (soft-deleted ones included)."""
    with db.read_only() as session:
        return _any_row(session, User) or _any_row(session, Customer)


def _any_row(session: Session, entity: type[User] | type[Customer]) -> bool:
    return session.scalar(select(entity.id).limit(1)) is not None


def is_demo(db: Database) -> bool:
    with db.read_only() as session:
        return session.scalar(select(SystemSetting.value).where(SystemSetting.key == DEMO_SETTING)) == "1"


def demo_accounts(db: Database) -> list[DemoAccount]:
    """The demo logins (all with DEMO_PASSWORD) for the login dialog; empty unless this is the demo database."""
    if not is_demo(db):
        return []
    with db.read_only() as session:
        first_role = (
            select(Role.name)
            .join(UserRole, UserRole.role_id == Role.id)
            .where(UserRole.user_id == User.id, Role.deleted_at.is_(None))
            .order_by(Role.id)
            .limit(1)
            .correlate(User)
            .scalar_subquery()
        )
        rows = session.execute(
            select(User.login, User.full_name, User.station_code, first_role)
            .outerjoin(Station, Station.code == User.station_code)
            .where(User.deleted_at.is_(None), User.active.is_(True))
            .order_by(Station.sort_order, User.station_code, User.login)
        ).all()
    return [
        DemoAccount(login, full_name, station or "", role or "") for login, full_name, station, role in rows
    ]


# --- loading -------------------------------------------------------------------------------------------------------


class _Ids:
    """Hands out ids per table, starting after the current maximum, and remembers which tables it touched."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def start(self, session: Session, table: str) -> None:
        if table not in self._next:
            current = session.scalar(select(func.max(_table(table).c.id)))
            self._next[table] = (current or 0) + 1

    def take(self, table: str, count: int = 1) -> int:
        first = self._next[table]
        self._next[table] = first + count
        return first

    @property
    def tables(self) -> list[str]:
        return list(self._next)


def _insert(conn: Connection, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that carry their own ids: COPY on PostgreSQL, Core executemany elsewhere."""
    if not rows:
        return
    target = _table(table)
    if conn.dialect.name == "postgresql":
        _copy(conn, target, rows)
        return
    mssql = conn.dialect.name == "mssql"
    if mssql:
        conn.exec_driver_sql(f"SET IDENTITY_INSERT {table} ON")
    conn.execute(insert(target), list(rows))
    if mssql:
        conn.exec_driver_sql(f"SET IDENTITY_INSERT {table} OFF")


def _copy(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """COPY … FROM STDIN through the session's own psycopg connection (same transaction). Executemany sends one
    statement per row and multi-row VALUES costs psycopg a query parse per page; COPY is 5-10× faster."""
    columns = list(rows[0])
    json_columns = {name for name in columns if isinstance(table.c[name].type, JSON)}
    quote = conn.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        if json_columns:
            for row in rows:
                copy.write_row([json.dumps(row[c]) if c in json_columns else row[c] for c in columns])
        else:
            for row in rows:
                copy.write_row([row[c] for c in columns])


def _reset_sequences(db: Database, tables: Iterable[str]) -> None:
    """PostgreSQL: the serial sequences must continue after the ids assigned here."""
    if db.dialect != "postgresql":
        return
    with db.unit_of_work() as session:
        for table in tables:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                    f"FROM {table}"
                )
            )


def _weighted(rng: random.Random, weights: Mapping[str, int], ids: Mapping[str, int], k: int) -> list[int]:
    keys = [key for key in weights if key in ids]
    return [ids[key] for key in rng.choices(keys, [weights[key] for key in keys], k=k)]


@dataclass
class _Org:
    """What the customer generator needs to know about the organisation it just created."""

    admin_id: int
    user_ids: dict[str, int]  # login -> id
    user_department: dict[int, int]  # user id -> department id
    key_account_sales: list[int]
    storefront_staff: list[int]
    technicians: list[int]
    clerks: list[int]
    managers: list[int]


class _Counter:
    def __init__(self) -> None:
        self.customers = 0
        self.pool = 0
        self.contacts = 0
        self.interactions = 0


def load_demo(
    db: Database,
    customers: int = 200,
    progress: ProgressCallback | None = None,
    *,
    seed: int = DEFAULT_SEED,
    batch_size: int = BATCH,
) -> DemoSummary:
    """Fill an empty database with the demo company. Raises ServiceError when users or customers exist."""
    if has_real_data(db):
        raise ServiceError(ALREADY_HAS_DATA)
    rng = random.Random(seed)
    now = datetime.now(UTC)
    ids = _Ids()
    password_hash = hash_password(DEMO_PASSWORD)  # once: argon2 is deliberately slow

    with db.unit_of_work() as session:
        if _any_row(session, User):  # a concurrent load won the race
            raise ServiceError(ALREADY_HAS_DATA)
        org, counts = _create_organisation(session, ids, now, password_hash)
        grants.mark_stale(session)  # Core inserts bypass the ORM hook: resolve the grants in this transaction

    codes = _load_codes(db)
    counter = _Counter()
    sample: list[tuple[int, str, int | None]] = []
    total = max(customers, 0)
    with db.read_only() as session:
        for table in _BULK_TABLES:
            ids.start(session, table)

    def batches() -> Iterator[_Batch]:
        done = 0
        while done < total:
            size = min(batch_size, total - done)
            yield _customer_batch(rng, ids, org, codes, now, size, counter, sample)
            done += size

    try:
        if progress is not None:
            progress(0, total)
        done = 0
        # Generating rows is pure Python and COPY mostly waits for the server: overlap them.
        with contextlib.closing(_in_background(batches())) as stream:
            for batch in stream:
                with db.unit_of_work() as session:
                    conn = session.connection()
                    _insert(conn, "customers", batch.customers)
                    _insert(conn, "contacts", batch.contacts)
                    _insert(conn, "interactions", batch.interactions)
                done += len(batch.customers)
                if progress is not None:
                    progress(done, total)

        with db.unit_of_work() as session:
            work = _create_work(session.connection(), rng, ids, org, now, sample)
            demo_calendar.create_events(session.connection(), rng, org.user_department, now)
    finally:
        _reset_sequences(db, ids.tables)  # also after a failure, so the ids already inserted stay usable
    search_index.rebuild_all(db)  # the search documents of all customers, in bulk

    return DemoSummary(
        departments=counts["departments"],
        positions=counts["positions"],
        roles=counts["roles"],
        users=counts["users"],
        customers=counter.customers,
        pool_customers=counter.pool,
        contacts=counter.contacts,
        interactions=counter.interactions,
        tasks=work["tasks"],
        messages=work["messages"],
        message_recipients=work["message_recipients"],
        business_log_entries=work["business_log"],
    )


def _in_background(items: Iterator[T], depth: int = 2) -> Generator[T, None, None]:
    """Iterate `items` on a helper thread, `depth` items ahead of the consumer. Exceptions travel across; when
    the consumer stops early the helper stops too."""
    channel: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(message: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                channel.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in items:
                if not put(("item", item)):
                    return
            put(("end", None))
        except BaseException as error:  # handed to the consumer
            put(("error", error))

    thread = threading.Thread(target=run, name="demo-generator", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = channel.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        thread.join()


def _common(now: datetime, by: int | None) -> dict[str, Any]:
    return {
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "created_by": by,
        "updated_by": by,
        "deleted_at": None,
        "deleted_by": None,
    }


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
        scope_rows.append(
            {"id": ids.take("role_data_scopes"), "role_id": roles[code], "entity": "customer", "scope": scope}
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


@dataclass(frozen=True)
class _Codes:
    types: dict[str, int]
    grades: dict[str, int]
    industries: dict[str, int]
    sources: dict[str, int]
    titles: dict[str, int]
    cities: list[tuple[names.City, int]]  # the cities this database has a region code for


def _load_codes(db: Database) -> _Codes:
    with db.read_only() as session:
        rows = session.execute(
            select(CodeItem.category, CodeItem.code, CodeItem.id).where(
                CodeItem.deleted_at.is_(None), CodeItem.active.is_(True)
            )
        ).all()
    by_category: dict[str, dict[str, int]] = {}
    for category, code, code_id in rows:
        by_category.setdefault(category, {})[code] = code_id
    regions = by_category.get("region", {})
    return _Codes(
        types=by_category.get("customer_type", {}),
        grades=by_category.get("customer_grade", {}),
        industries=by_category.get("industry", {}),
        sources=by_category.get("source", {}),
        titles=by_category.get("title", {}),
        cities=[(city, regions[city.code]) for city in names.CITIES if city.code in regions],
    )


def _day_start_utc(now: datetime) -> datetime:
    """Midnight today in Beijing, as a UTC instant: office hours are added to it."""
    local = now.astimezone(BEIJING)
    return datetime(local.year, local.month, local.day, tzinfo=BEIJING).astimezone(UTC)


@dataclass(frozen=True)
class _Batch:
    customers: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    interactions: list[dict[str, Any]]


def _customer_batch(
    rng: random.Random,
    ids: _Ids,
    org: _Org,
    codes: _Codes,
    now: datetime,
    size: int,
    counter: _Counter,
    sample: list[tuple[int, str, int | None]],
) -> _Batch:
    """Rows for `size` customers with their contacts and contact history (runs on the generator thread)."""
    today = _day_start_utc(now)
    rand = rng.random

    def choice(seq: Sequence[T]) -> T:
        return seq[int(rand() * len(seq))]

    def randint(low: int, high: int) -> int:
        return low + int(rand() * (high - low + 1))

    home = [entry for entry in codes.cities if entry[0].code == names.HOME_CITY]
    individual_id = codes.industries.get("ind")
    industry_keys = [k for k in INDUSTRY_WEIGHTS if k in codes.industries]
    industry_weights = [INDUSTRY_WEIGHTS[k] for k in industry_keys]
    type_ids = _weighted(rng, TYPE_WEIGHTS, codes.types, size)
    grade_ids = _weighted(rng, GRADE_WEIGHTS, codes.grades, size)
    interaction_counts = rng.choices(INTERACTIONS_PER_CUSTOMER, INTERACTIONS_WEIGHTS, k=size)
    kinds = [k for k in INTERACTION_KINDS if k in KIND_WEIGHTS]
    kind_weights = [KIND_WEIGHTS[k] for k in kinds]
    salespeople = org.key_account_sales or list(org.user_department)
    store = org.storefront_staff or salespeople
    technicians = org.technicians or salespeople
    pool_creators = org.clerks + store
    title_ms, title_mr = codes.titles.get("ms"), codes.titles.get("mr")
    title_by_job = {
        "总经理": codes.titles.get("gm"),
        "经理": codes.titles.get("manager"),
        "主任": codes.titles.get("director"),
        "工程师": codes.titles.get("engineer"),
    }

    customers: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    interactions: list[dict[str, Any]] = []
    first_id = ids.take("customers", size)
    for n in range(size):
        customer_id = first_id + n
        individual = rand() < INDIVIDUAL_SHARE
        city, region_id = choice(home) if home and rand() < names.HOME_CITY_SHARE else choice(codes.cities)
        if individual:
            industry = "ind"
            industry_id = individual_id
            name, gender = names.person_name(rng)
            short_name = None
            domain = None
            owner_pool = store if rand() < 0.7 else salespeople
            source = _weighted(rng, SOURCE_WEIGHTS_INDIVIDUAL, codes.sources, 1)
        else:
            industry = rng.choices(industry_keys, industry_weights)[0] if industry_keys else "trade"
            industry_id = codes.industries.get(industry)
            enterprise = names.enterprise_name(rng, city, industry)
            name, short_name, domain = enterprise.name, enterprise.short_name, enterprise.domain
            owner_pool = salespeople if rand() < 0.85 else store
            source = _weighted(rng, SOURCE_WEIGHTS_ENTERPRISE, codes.sources, 1)
        owner_id: int | None = None
        if rand() >= POOL_SHARE:
            owner_id = choice(owner_pool)
        else:
            counter.pool += 1
        creator = owner_id if owner_id is not None else choice(pool_creators)
        age_days = randint(0, CUSTOMER_AGE_DAYS)
        created_at = today - timedelta(days=age_days, minutes=-randint(9 * 60, 18 * 60))
        if created_at > now:
            created_at = now - timedelta(minutes=randint(1, 600))

        # contacts
        contact_ids: list[int] = []
        contact_count = (1 if rand() < 0.75 else 2) if individual else choice((1, 1, 2, 2, 3))
        jobs = names.JOB_TITLES.get(industry) or names.JOB_TITLES["default"]
        for k in range(contact_count):
            contact_id = ids.take("contacts")
            contact_ids.append(contact_id)
            if individual and k == 0:
                contact_name, contact_gender, job = name, gender, "本人"
            else:
                contact_name, contact_gender = names.person_name(rng)
                job = "家属" if individual else choice(jobs)
            title_id = (
                next((tid for word, tid in title_by_job.items() if word in job), None)
                if rand() < 0.4
                else None
            )
            if title_id is None:
                title_id = title_mr if contact_gender == "male" else title_ms
            contacts.append(
                {
                    "id": contact_id,
                    "customer_id": customer_id,
                    "name": contact_name,
                    "gender": contact_gender,
                    "title_id": title_id,
                    "job_title": job,
                    "mobile": names.mobile(rng),
                    "phone": None
                    if individual or rand() < 0.4
                    else names.landline(rng, city, extension=rand() < 0.4),
                    "email": (names.email_for(rng, domain) if domain and rand() < 0.5 else None)
                    if not individual
                    else (names.personal_email(rng) if rand() < 0.2 else None),
                    "birthday": date(randint(1960, 2000), randint(1, 12), randint(1, 28))
                    if rand() < 0.4
                    else None,
                    "is_primary": k == 0,
                    "notes": None,
                    "extra": {},
                    **_common(created_at, creator),
                }
            )

        # contact history
        last_contact: datetime | None = None
        count = interaction_counts[n]
        if count:
            span = max(1, min(age_days, HISTORY_DAYS))
            moments = sorted(
                today - timedelta(days=randint(0, span), minutes=-randint(9 * 60, 18 * 60))
                for _ in range(count)
            )
            for position, occurred_at in enumerate(moments):
                occurred_at = min(occurred_at, now)
                kind = rng.choices(kinds, kind_weights)[0]
                pattern = choice(names.SUBJECTS[kind])
                service = names.is_service_subject(pattern)
                if service:
                    user_id = choice(technicians)
                elif kind == "reception":
                    user_id = choice(store)
                else:
                    user_id = owner_id if owner_id is not None else choice(salespeople)
                follow_up = (position == count - 1 and rand() < 0.5) or rand() < 0.15
                interaction_common = _common(occurred_at, user_id)
                interactions.append(
                    {
                        "id": ids.take("interactions"),
                        "customer_id": customer_id,
                        "contact_id": choice(contact_ids),
                        "user_id": user_id,
                        "kind": kind,
                        "occurred_at": occurred_at,
                        "subject": pattern.format(
                            device=choice(names.DEVICES),
                            product=choice(names.PRODUCTS),
                            repair=choice(names.REPAIRS),
                        ),
                        "content": choice(names.SERVICE_CONTENTS if service else names.CONTENTS),
                        "next_step": choice(names.NEXT_STEPS) if follow_up else None,
                        "next_date": (occurred_at + timedelta(days=randint(1, 14))).astimezone(BEIJING).date()
                        if follow_up
                        else None,
                        **interaction_common,
                    }
                )
            last_contact = moments[-1] if moments[-1] <= now else now

        row = _common(created_at, creator)
        if last_contact is not None and last_contact > created_at:
            row["updated_at"] = last_contact
        row.update(
            id=customer_id,
            name=name,
            short_name=short_name,
            kind="individual" if individual else "enterprise",
            owner_id=owner_id,
            department_id=org.user_department.get(owner_id) if owner_id is not None else None,
            type_id=type_ids[n] if type_ids else None,
            grade_id=grade_ids[n] if grade_ids else None,
            industry_id=industry_id,
            region_id=region_id,
            source_id=source[0] if source else None,
            phone=names.landline(rng, city) if not individual or rand() < 0.2 else None,
            mobile=names.mobile(rng) if individual or rand() < 0.3 else None,
            email=(names.email_for(rng, domain) if domain and rand() < 0.5 else None)
            if not individual
            else (names.personal_email(rng) if rand() < 0.3 else None),
            website=f"www.{domain}" if domain and rand() < 0.4 else None,
            address=names.address(rng, city, enterprise=not individual),
            postcode=names.postcode(rng, city),
            needs=choice(names.NEEDS) if rand() < 0.3 else None,
            notes=None,
            last_contact_at=last_contact,
            extra={},
        )
        customers.append(row)
        if len(sample) < 300:
            sample.append((customer_id, name, owner_id))

    counter.customers += len(customers)
    counter.contacts += len(contacts)
    counter.interactions += len(interactions)
    return _Batch(customers, contacts, interactions)


TASK_STATUS_WEIGHTS = {"new": 20, "received": 20, "in_progress": 25, "done": 35}


def _create_work(
    conn: Connection,
    rng: random.Random,
    ids: _Ids,
    org: _Org,
    now: datetime,
    sample: list[tuple[int, str, int | None]],
) -> dict[str, int]:
    """About 30 tasks, 20 messages with their recipients and 40 business-log entries for the demo staff."""
    today = _day_start_utc(now)
    local_today = now.astimezone(BEIJING).date()
    everyone = list(org.user_department)
    assigners = org.managers + org.clerks + org.key_account_sales[:1]
    workers = org.key_account_sales + org.storefront_staff + org.technicians

    def moment(days_back: int) -> datetime:
        return min(now, today - timedelta(days=days_back, minutes=-rng.randint(9 * 60, 18 * 60)))

    tasks: list[dict[str, Any]] = []
    statuses = list(TASK_STATUS_WEIGHTS)
    for _ in range(30):
        assignee = rng.choice(workers)
        assigner = rng.choice([a for a in assigners if a != assignee] or assigners)
        status = rng.choices(statuses, [TASK_STATUS_WEIGHTS[s] for s in statuses])[0]
        created_at = moment(rng.randint(0, 30))
        customer: tuple[int, str, int | None] | None = None
        if sample and rng.random() < 0.6:
            own = [c for c in sample if c[2] == assignee]
            customer = rng.choice(own or sample)
        title = (
            rng.choice(names.TASK_TITLES_CUSTOMER).format(customer=customer[1])
            if customer
            else rng.choice(names.TASK_TITLES)
        )
        received_at = created_at + timedelta(minutes=rng.randint(10, 300)) if status != "new" else None
        completed_at = (
            received_at + timedelta(hours=rng.randint(2, 72)) if status == "done" and received_at else None
        )
        tasks.append(
            {
                "id": ids.take("tasks"),
                "title": title[:200],
                "description": rng.choice(names.CONTENTS),
                "source": "customer" if customer else "direct",
                "customer_id": customer[0] if customer else None,
                "assignee_id": assignee,
                "department_id": org.user_department[assignee],
                "status": status,
                "priority": rng.choices(("low", "normal", "high"), (2, 6, 2))[0],
                "due_date": local_today + timedelta(days=rng.randint(-10, 20)),
                "received_at": min(received_at, now) if received_at else None,
                "completed_at": min(completed_at, now) if completed_at else None,
                "result": rng.choice(names.TASK_RESULTS) if status == "done" else None,
                **_common(created_at, assigner),
            }
        )

    messages: list[dict[str, Any]] = []
    recipients: list[dict[str, Any]] = []
    for number in range(20):
        sent_at = moment(rng.randint(0, 30))
        if number < 5:  # announcements to everyone
            subject, body = names.MESSAGES[number]
            kind, sender, to = "announcement", rng.choice(org.managers + org.clerks), everyone
        elif number < 10:  # system notices about tasks
            task = tasks[number]
            subject, body = f"新任务：{task['title']}"[:200], "你有一个新任务，请在任务管理器中接收。"
            kind, sender, to = "system", None, [task["assignee_id"]]
            sent_at = task["created_at"]
        else:
            subject, body = rng.choice(names.MESSAGES[5:])
            sender = rng.choice(everyone)
            kind, to = "direct", rng.sample([u for u in everyone if u != sender], rng.randint(1, 3))
        message_id = ids.take("messages")
        messages.append(
            {
                "id": message_id,
                "sender_id": sender,
                "kind": kind,
                "subject": subject,
                "body": body,
                "sent_at": sent_at,
                "audience": "everyone" if kind == "announcement" else None,
                **_common(sent_at, sender if sender is not None else org.admin_id),
            }
        )
        for user_id in to:
            read = rng.random() < 0.6
            recipients.append(
                {
                    "id": ids.take("message_recipients"),
                    "message_id": message_id,
                    "user_id": user_id,
                    "read_at": min(now, sent_at + timedelta(minutes=rng.randint(5, 600))) if read else None,
                    "deleted_at": None,
                }
            )

    entries: list[dict[str, Any]] = []
    for _ in range(40):
        user_id = rng.choice(workers)
        days_back = rng.randint(0, 30)
        at = moment(days_back)
        customer = rng.choice(sample) if sample and rng.random() < 0.4 else None
        entries.append(
            {
                "id": ids.take("business_log"),
                "user_id": user_id,
                "entry_date": at.astimezone(BEIJING).date(),
                "title": rng.choice(names.LOG_TITLES) + (f"：{customer[1]}" if customer else ""),
                "content": rng.choice(names.LOG_CONTENTS),
                "customer_id": customer[0] if customer else None,
                **_common(at, user_id),
            }
        )

    _insert(conn, "tasks", tasks)
    _insert(conn, "messages", messages)
    _insert(conn, "message_recipients", recipients)
    _insert(conn, "business_log", entries)
    return {
        "tasks": len(tasks),
        "messages": len(messages),
        "message_recipients": len(recipients),
        "business_log": len(entries),
    }
