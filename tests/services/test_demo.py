"""The demo company: organisation, staff at every station, customers with contacts and history, and the guard
that keeps it out of a database holding real data."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import create_engine
from crm_desktop.db.migrate import upgrade
from crm_desktop.db.models import (
    BusinessLogEntry,
    CodeItem,
    Company,
    Contact,
    Customer,
    Department,
    Interaction,
    Message,
    MessageRecipient,
    Position,
    Role,
    RoleDataScope,
    RolePermission,
    Station,
    SystemSetting,
    Task,
    User,
    UserRole,
)
from crm_desktop.db.session import Database
from crm_desktop.services import demo
from crm_desktop.services.catalog import INTERACTION_KINDS, MODULES, TASK_STATUSES
from crm_desktop.services.demo import DEMO_PASSWORD, demo_accounts, has_real_data, is_demo, load_demo
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.passwords import verify_password

CJK = re.compile(r"^[\u4e00-\u9fff]")
PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
STATIONS = {"storefront", "key_accounts", "repair", "admin_office", "manager"}


@pytest.fixture
def loaded(db: Database) -> Iterator[tuple[Database, demo.DemoSummary]]:
    yield db, load_demo(db, 200)


def _count(db: Database, entity: type) -> int:
    with db.read_only() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_empty_database_is_not_demo(db: Database) -> None:
    assert not has_real_data(db)
    assert not is_demo(db)
    assert demo_accounts(db) == []


def test_load_creates_the_organisation(loaded: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = loaded
    assert has_real_data(db)
    assert is_demo(db)
    with db.read_only() as session:
        company = session.scalars(select(Company)).one()
        assert company.name == demo.COMPANY_NAME
        assert company.address and company.phone

        departments = {d.name: d for d in session.scalars(select(Department))}
        assert {"总经理办公室", "销售部", "门市部", "大客户部", "维修部", "管理部", "财务部"} <= set(
            departments
        )
        sales = departments["销售部"]
        assert departments["门市部"].parent_id == sales.id
        assert departments["大客户部"].parent_id == sales.id
        assert sales.parent_id is None

        positions = {p.name: p for p in session.scalars(select(Position))}
        assert positions["销售代表"].parent_id == positions["销售主管"].id
        assert positions["销售主管"].parent_id == positions["销售经理"].id
        assert positions["销售经理"].parent_id == positions["总经理"].id
        assert positions["维修工程师"].parent_id == positions["维修主管"].id
        assert positions["行政专员"].parent_id == positions["行政主管"].id

        roles = {r.code: r for r in session.scalars(select(Role))}
        assert set(roles) == {
            "admin",
            "manager",
            "sales_manager",
            "sales",
            "storefront",
            "technician",
            "clerk",
        }
        assert roles["admin"].is_admin and not any(r.is_admin for c, r in roles.items() if c != "admin")
        assert all(r.name_en and CJK.match(r.name) for r in roles.values())

        scopes = dict(
            session.execute(
                select(Role.code, RoleDataScope.scope)
                .join(RoleDataScope, RoleDataScope.role_id == Role.id)
                .where(RoleDataScope.entity == "customer")
            ).all()
        )
        assert scopes == {
            "manager": "all",
            "sales_manager": "subtree",
            "sales": "own",
            "storefront": "department",
            "technician": "all",
            "clerk": "all",
        }
        grants: dict[str, set[tuple[str, str]]] = {}
        for code, module, operation in session.execute(
            select(Role.code, RolePermission.module, RolePermission.operation).join(
                RolePermission, RolePermission.role_id == Role.id
            )
        ):
            grants.setdefault(code, set()).add((module, operation))
    assert {m for m, _ in grants["manager"]} == set(MODULES)
    assert ("customers", "delete") in grants["sales_manager"]
    assert {op for m, op in grants["sales"] if m == "customers"} == {
        "view",
        "create",
        "edit",
        "export",
        "print",
    }
    assert {op for m, op in grants["storefront"] if m == "customers"} == {"view", "create", "edit", "print"}
    assert {op for m, op in grants["technician"] if m == "customers"} == {"view"}
    assert {"assign", "import"} <= {op for m, op in grants["clerk"] if m == "customers"}
    for code, granted in grants.items():
        for module in ("home", "tasks", "messages", "business_log"):
            assert {(module, "view"), (module, "create"), (module, "edit")} <= granted, (code, module)
    assert summary.roles == 6
    assert summary.departments == len(demo.DEPARTMENTS)


def test_staff_cover_every_station_and_sign_in_with_the_demo_password(
    loaded: tuple[Database, demo.DemoSummary],
) -> None:
    db, summary = loaded
    with db.read_only() as session:
        users = list(session.scalars(select(User)))
        station_codes = set(session.scalars(select(Station.code)))
        role_count = Counter(session.scalars(select(UserRole.user_id)))
    assert 18 <= len(users) <= 25
    assert summary.users == len(users)
    assert {u.station_code for u in users} == STATIONS == station_codes
    assert all(role_count[u.id] == 1 for u in users)
    logins = [u.login for u in users]
    assert len(set(logins)) == len(logins)
    assert {"admin", "zhaomin", "liping", "wangfang"} <= set(logins)
    assert all(re.fullmatch(r"[a-z]+", login) for login in logins)
    for user in users:
        assert PERSON_NAME.match(user.full_name), user.full_name
        assert user.department_id and user.position_id and user.phone and user.hire_date and user.active
    # One hash for everybody (argon2 is slow): verifying each distinct hash covers every user.
    hashes = {u.password_hash for u in users}
    assert len(hashes) == 1
    for password_hash in hashes:
        assert verify_password(password_hash, DEMO_PASSWORD)
        assert not verify_password(password_hash, "wrong")


def test_demo_accounts_list_every_login(loaded: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = loaded
    accounts = demo_accounts(db)
    assert len(accounts) == summary.users
    by_login = {a.login: a for a in accounts}
    assert by_login["admin"].station_code == "admin_office"
    assert by_login["admin"].role_name == "系统管理员"
    assert by_login["zhaomin"] == demo.DemoAccount("zhaomin", "赵敏", "manager", "总经理")
    assert by_login["liping"].station_code == "storefront"
    with db.read_only() as session:
        order = {
            code: i
            for i, code in enumerate(session.scalars(select(Station.code).order_by(Station.sort_order)))
        }
    keys = [(order[a.station_code], a.login) for a in accounts]
    assert keys == sorted(keys)


def test_demo_accounts_empty_when_not_demo(loaded: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = loaded
    with db.unit_of_work() as session:
        session.get_one(SystemSetting, "demo").value = "0"
    assert not is_demo(db)
    assert demo_accounts(db) == []


def test_customers_are_chinese_and_consistent(loaded: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = loaded
    now = datetime.now(UTC)
    with db.read_only() as session:
        customers = list(session.scalars(select(Customer)))
        contacts = list(session.scalars(select(Contact)))
        interactions = list(session.scalars(select(Interaction)))
        users = {u.id: u for u in session.scalars(select(User))}
        roles = dict(
            session.execute(select(UserRole.user_id, Role.code).join(Role, Role.id == UserRole.role_id)).all()
        )
        codes = {c.id: c for c in session.scalars(select(CodeItem))}
    assert len(customers) == summary.customers == 200
    assert len(contacts) == summary.contacts
    assert len(interactions) == summary.interactions

    pool = [c for c in customers if c.owner_id is None]
    assert summary.pool_customers == len(pool)
    assert 0.05 <= len(pool) / len(customers) <= 0.15
    individuals = [c for c in customers if c.kind == "individual"]
    assert 0.2 <= len(individuals) / len(customers) <= 0.4
    for customer in customers:
        assert CJK.match(customer.name), customer.name
        assert customer.kind in ("enterprise", "individual")
        assert customer.version == 1 and customer.created_by in users
        assert customer.created_at <= now and customer.created_at.tzinfo is not None
        assert customer.type_id and customer.grade_id and customer.industry_id and customer.source_id
        assert customer.phone or customer.mobile
        region = codes[customer.region_id or 0]
        assert region.category == "region"
        province = codes[region.parent_id or 0]
        assert codes[province.parent_id or 0].code == "CN"  # a city, below a province, below the country
        assert customer.address and customer.address.startswith(region.name)
        if customer.kind == "individual":
            assert PERSON_NAME.match(customer.name), customer.name
        else:
            assert re.search(
                r"(公司|学校|学院|中学|小学|幼儿园|院|诊所|中心|局|法院|馆|所|处|支行|商行|营业部|工作室)$",
                customer.name,
            ), customer.name
        if customer.owner_id is not None:
            assert roles[customer.owner_id] in ("sales", "sales_manager", "storefront")
            assert customer.department_id == users[customer.owner_id].department_id
        else:
            assert customer.department_id is None
    assert re.fullmatch(r"0\d{2,3}-[5-8]\d{6,7}", next(c.phone for c in customers if c.phone) or "")
    assert re.fullmatch(r"1[3-9]\d \d{4} \d{4}", next(c.mobile for c in customers if c.mobile) or "")

    by_customer = Counter(c.customer_id for c in contacts)
    assert set(by_customer) == {c.id for c in customers}
    assert all(1 <= n <= 3 for n in by_customer.values())
    assert all(PERSON_NAME.match(c.name) for c in contacts)
    assert any(c.birthday for c in contacts)
    assert sum(c.is_primary for c in contacts) == len(customers)

    latest: dict[int, datetime] = {}
    contact_owner = {c.id: c.customer_id for c in contacts}
    for interaction in interactions:
        assert interaction.kind in INTERACTION_KINDS
        assert CJK.match(interaction.subject)
        assert now - timedelta(days=560) <= interaction.occurred_at <= now
        assert interaction.user_id in users
        assert contact_owner[interaction.contact_id or 0] == interaction.customer_id
        if interaction.next_date is not None:
            assert (
                interaction.next_step
                and interaction.next_date >= interaction.occurred_at.date() - timedelta(days=1)
            )
        previous = latest.get(interaction.customer_id)
        latest[interaction.customer_id] = (
            max(previous, interaction.occurred_at) if previous else interaction.occurred_at
        )
    per_customer = Counter(i.customer_id for i in interactions)
    assert max(per_customer.values()) <= 4
    assert any(i.next_step for i in interactions)
    for customer in customers:
        assert customer.last_contact_at == latest.get(customer.id)


def test_tasks_messages_and_business_log(loaded: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = loaded
    with db.read_only() as session:
        tasks = list(session.scalars(select(Task)))
        messages = list(session.scalars(select(Message)))
        recipients = list(session.scalars(select(MessageRecipient)))
        entries = list(session.scalars(select(BusinessLogEntry)))
    assert len(tasks) == summary.tasks >= 20
    assert {t.status for t in tasks} <= set(TASK_STATUSES)
    assert {"new", "done"} <= {t.status for t in tasks}
    assert any(t.customer_id for t in tasks)
    assert all(t.created_by != t.assignee_id for t in tasks)
    for task in tasks:
        assert (task.received_at is None) == (task.status == "new")
        assert (task.completed_at is not None) == (task.status == "done")
    assert len(messages) == summary.messages >= 15
    assert len(recipients) == summary.message_recipients
    assert {r.message_id for r in recipients} == {m.id for m in messages}
    assert any(r.read_at for r in recipients) and any(r.read_at is None for r in recipients)
    assert len(entries) == summary.business_log_entries >= 30
    assert all(CJK.match(e.title) for e in entries)


def test_refuses_a_second_load(loaded: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = loaded
    with pytest.raises(ServiceError) as caught:
        load_demo(db, 10)
    assert caught.value.message == demo.ALREADY_HAS_DATA
    assert _count(db, Customer) == 200


def test_refuses_a_database_with_a_real_user(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(User(login="boss", full_name="老板", password_hash="x"))
    assert has_real_data(db)
    with pytest.raises(ServiceError):
        load_demo(db, 10)
    assert _count(db, Customer) == 0
    assert not is_demo(db)


@pytest.mark.slow
def test_large_load_in_batches_keeps_ids_usable(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = load_demo(db, 5_000, lambda done, total: calls.append((done, total)), batch_size=1_000)
    assert calls[0] == (0, 5_000) and calls[-1] == (5_000, 5_000)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len(calls) == 6
    assert _count(db, Customer) == summary.customers == 5_000
    assert _count(db, Contact) == summary.contacts
    assert _count(db, Interaction) == summary.interactions
    assert 400 <= summary.pool_customers <= 600

    # New rows through the ORM get fresh ids (PostgreSQL: the sequences were moved past the loaded ids).
    with db.read_only() as session:
        max_customer = session.scalar(select(func.max(Customer.id))) or 0
        user_id = session.scalar(select(User.id).where(User.login == "liping"))
        assert user_id is not None
    now = datetime.now(UTC)
    with db.unit_of_work() as session:
        customer = Customer(name="北京新客户有限公司", extra={})
        session.add(customer)
        session.flush()
        contact = Contact(customer_id=customer.id, name="张三", extra={})
        session.add(contact)
        session.flush()
        session.add(
            Interaction(
                customer_id=customer.id,
                contact_id=contact.id,
                user_id=user_id,
                kind="call",
                occurred_at=now,
                subject="电话",
            )
        )
        session.add(Task(title="新任务", assignee_id=user_id))
        session.add(BusinessLogEntry(user_id=user_id, entry_date=now.date(), title="日志"))
        message = Message(subject="你好", sender_id=user_id)
        session.add(message)
        session.flush()
        session.add(MessageRecipient(message_id=message.id, user_id=user_id))
        session.add(User(login="newcomer", full_name="新同事", password_hash="x"))
        session.add(Department(name="新部门"))
        session.add(Position(name="新岗位"))
        session.add(Role(code="new_role", name="新角色", name_en="New role"))
    assert customer.id > max_customer


def _sqlite_db(path: Path) -> Database:
    engine = create_engine(f"sqlite:///{path.as_posix()}")
    upgrade(engine)
    return Database(engine)


def test_same_seed_same_data(tmp_path: Path) -> None:
    first, second = _sqlite_db(tmp_path / "a.sqlite3"), _sqlite_db(tmp_path / "b.sqlite3")
    try:
        load_demo(first, 50, seed=7)
        load_demo(second, 50, seed=7)
        query = select(Customer.name, Customer.address, Customer.owner_id).order_by(Customer.id)
        with first.read_only() as a, second.read_only() as b:
            assert a.execute(query).all() == b.execute(query).all()
    finally:
        first.dispose()
        second.dispose()


def test_background_iteration_passes_errors_and_stops_early() -> None:
    def failing() -> Iterator[int]:
        yield 1
        raise ValueError("boom")

    seen: list[int] = []
    with pytest.raises(ValueError, match="boom"):
        for item in demo._in_background(failing()):
            seen.append(item)
    assert seen == [1]

    produced: list[int] = []

    def endless() -> Iterator[int]:
        n = 0
        while True:
            produced.append(n)
            yield n
            n += 1

    for item in demo._in_background(endless()):
        if item == 3:
            break
    assert len(produced) < 10  # the helper stopped soon after the consumer did
