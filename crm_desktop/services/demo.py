"""The demo company: a Beijing printer/PC sales-and-repair firm (seed 001) with its organisation, about twenty
staff at the five stations, and as many customers as asked for, with contacts and contact history.

`load_demo` only runs on a database without users or customers. The organisation goes in one transaction;
customers follow in batches of `BATCH` rows (one transaction per batch, Core executemany with ids assigned
here, so contacts and interactions refer to their customer without a round trip). A million customers take a
few minutes on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import queue
import random
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.db.models import Customer, Role, Station, SystemSetting, User, UserRole
from crm_desktop.db.session import Database
from crm_desktop.services import (
    demo_calendar,
    demo_leads,
    demo_opportunities,
    demo_orders,
    demo_products,
    demo_quotes,
    grants,
    search_index,
)
from crm_desktop.services.demo_customers import (
    CUSTOMER_AGE_DAYS,
    GRADE_WEIGHTS,
    HISTORY_DAYS,
    INDIVIDUAL_SHARE,
    INDUSTRY_WEIGHTS,
    INTERACTIONS_PER_CUSTOMER,
    INTERACTIONS_WEIGHTS,
    KIND_WEIGHTS,
    POOL_SHARE,
    SOURCE_WEIGHTS_ENTERPRISE,
    SOURCE_WEIGHTS_INDIVIDUAL,
    TYPE_WEIGHTS,
    _Batch,
    _customer_batch,
    _load_codes,
)
from crm_desktop.services.demo_org import (
    COMPANY_ADDRESS,
    COMPANY_EMAIL,
    COMPANY_NAME,
    COMPANY_PHONE,
    DEPARTMENTS,
    POSITIONS,
    ROLES,
    STAFF,
    _create_organisation,
)
from crm_desktop.services.demo_support import BEIJING, DEMO_SETTING, T, _Counter, _Ids, _insert
from crm_desktop.services.demo_work import TASK_STATUS_WEIGHTS, _create_work
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError
from crm_desktop.services.passwords import hash_password

__all__ = [
    "ALREADY_HAS_DATA",
    "BATCH",
    "BEIJING",
    "COMPANY_ADDRESS",
    "COMPANY_EMAIL",
    "COMPANY_NAME",
    "COMPANY_PHONE",
    "CUSTOMER_AGE_DAYS",
    "DEFAULT_SEED",
    "DEMO_PASSWORD",
    "DEMO_SETTING",
    "DEPARTMENTS",
    "GRADE_WEIGHTS",
    "HISTORY_DAYS",
    "INDIVIDUAL_SHARE",
    "INDUSTRY_WEIGHTS",
    "INTERACTIONS_PER_CUSTOMER",
    "INTERACTIONS_WEIGHTS",
    "KIND_WEIGHTS",
    "POOL_SHARE",
    "POSITIONS",
    "ROLES",
    "SOURCE_WEIGHTS_ENTERPRISE",
    "SOURCE_WEIGHTS_INDIVIDUAL",
    "STAFF",
    "TASK_STATUS_WEIGHTS",
    "TYPE_WEIGHTS",
    "DemoAccount",
    "DemoSummary",
    "ProgressCallback",
    "demo_accounts",
    "has_real_data",
    "is_demo",
    "load_demo",
]

DEMO_PASSWORD = "demo1234"
BATCH = 5_000
DEFAULT_SEED = 20061106  # the date of seed 001

ALREADY_HAS_DATA = QT_TRANSLATE_NOOP(
    "Errors", "The database already holds data; the demo company can only be loaded into an empty database."
)

ProgressCallback = Callable[[int, int], None]


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


_BULK_TABLES = (
    "customers",
    "contacts",
    "interactions",
    "tasks",
    "messages",
    "message_recipients",
    "business_log",
)


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
            demo_leads.create_leads(session.connection(), org.key_account_sales, org.user_department,
                                    org.admin_id, now)  # fmt: skip
            demo_opportunities.create_opportunities(
                session.connection(), rng, org.key_account_sales, org.user_department, org.admin_id, now
            )
    finally:
        _reset_sequences(db, ids.tables)  # also after a failure, so the ids already inserted stay usable
    with db.unit_of_work() as session:  # the catalogue first: orders and quotes sell its products
        demo_products.create_products(session, now, org.admin_id)
    with db.unit_of_work() as session:  # through the ORM (sequence ids), so after the sequences are reset
        demo_orders.create_orders(session, rng, org.key_account_sales, org.storefront_staff, now)
    with db.unit_of_work() as session:
        demo_quotes.create_quotes(session, org.key_account_sales, now)
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
