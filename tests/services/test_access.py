"""Data permissions through every read and write path of customers, contacts and contact history.

The expected rows come from `World.expected_visible`, the rule written out in Python over the test's own data
(own rows; plus rows of my department / department subtree by the customer's department column; or all).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.db.models import Contact, Customer, Department, Interaction, RoleDataScope
from crm_desktop.db.session import Database
from crm_desktop.services import access, auth, demo
from crm_desktop.services.contacts import ContactInput, ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerInput, CustomerQuery, CustomerService
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.interactions import InteractionInput, InteractionService
from crm_desktop.services.tasks import TaskInput, TaskService
from tests.services.helpers import World, build_world, count


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def _walk(service: CustomerService, query: CustomerQuery | None = None, limit: int = 4) -> list[int]:
    ids: list[int] = []
    page = service.list_page(query or CustomerQuery(), None, limit)
    ids += [r.id for r in page.rows]
    while page.next_cursor is not None:
        page = service.list_page(query or CustomerQuery(), page.next_cursor, limit)
        ids += [r.id for r in page.rows]
    return ids


SCOPE_USERS = ["sales1", "north", "store", "manager", "boss", "root", "floater"]


@pytest.mark.parametrize("who", SCOPE_USERS)
def test_every_read_path_returns_exactly_the_rows_the_scope_allows(world: World, who: str) -> None:
    user = world.ctx(who)
    expected = world.expected_visible(who)
    assert expected, "each scope user should see something"
    customers = CustomerService(world.db, user)
    contacts = ContactService(world.db, user)
    history = InteractionService(world.db, user)

    listed = _walk(customers)
    assert len(listed) == len(set(listed))
    assert {world.key_of(i) for i in listed} == expected

    for key, customer_id in world.customers.items():
        if key in expected:
            assert customers.get(customer_id).id == customer_id
            assert [c.id for c in contacts.list_for(customer_id)] == [world.contacts[key]]
            live = sorted(i for i, _d, deleted in world.follow[key] if not deleted)
            assert sorted(i.id for i in history.list_for(customer_id)) == live
        else:
            with pytest.raises(PermissionDenied):
                customers.get(customer_id)
            with pytest.raises(PermissionDenied):
                contacts.list_for(customer_id)
            with pytest.raises(PermissionDenied):
                history.list_for(customer_id)

    for until in (world.today, world.today + timedelta(days=7)):
        found = [f.interaction_id for f in history.follow_ups(until, limit=100)]
        assert found == world.expected_follow_ups(who, until)


def test_the_scopes_differ_as_the_rule_says(world: World) -> None:
    """Sanity of the test data: each scope reaches a different set, and wider scopes reach more."""
    own = world.expected_visible("sales1")
    department = world.expected_visible("store")
    subtree = world.expected_visible("manager")
    everything = world.expected_visible("boss")
    assert own == {"c_sales1_a", "c_sales1_b", "c_sales1_moved"}
    assert department == {"c_store_a", "c_store2_a", "c_store2_b", "c_sales1_moved", "c_pool_store"}
    assert subtree > department
    assert "c_north_a" in subtree and "c_tech_a" not in subtree
    assert everything == set(world.customers) - {"c_sales1_deleted"}
    assert world.expected_visible("root") == everything
    assert world.expected_visible("floater") == {"c_floater_a"}


def test_public_pool_visibility(world: World) -> None:
    """Pool customers (no owner) are seen by scope `all`; by department/subtree scope only when the customer's
    department lies in the user's department (subtree); never by scope `own`."""

    def sees(who: str) -> set[str]:
        rows = _walk(CustomerService(world.db, world.ctx(who)))
        return {world.key_of(i) for i in rows} & {
            "c_pool_none",
            "c_pool_store",
            "c_pool_north",
            "c_pool_repair",
        }

    assert sees("boss") == {"c_pool_none", "c_pool_store", "c_pool_north", "c_pool_repair"}
    assert sees("root") == {"c_pool_none", "c_pool_store", "c_pool_north", "c_pool_repair"}
    assert sees("store") == {"c_pool_store"}  # department scope, department matches
    assert sees("manager") == {"c_pool_store", "c_pool_north"}  # subtree of 销售部
    assert sees("sales1") == set()
    assert sees("tech") == set()
    assert sees("floater") == set()  # department scope without a department


def test_no_customer_permission_is_refused_on_every_path(world: World) -> None:
    user = world.ctx("clerk")  # scope "all" on customers, but no customers permission
    assert user.scopes == {"customer": "all"}
    cid = world.customers["c_tech_a"]  # same department as the clerk
    contact_id = world.contacts["c_tech_a"]
    customers = CustomerService(world.db, user)
    contacts = ContactService(world.db, user)
    history = InteractionService(world.db, user)
    before = (count(world.db, Customer), count(world.db, Contact), count(world.db, Interaction))
    calls = [
        lambda: customers.list_page(CustomerQuery()),
        lambda: customers.get(cid),
        lambda: customers.create(CustomerInput(name="新客户")),
        lambda: customers.update(cid, 1, CustomerInput(name="改名")),
        lambda: customers.delete(cid, 1),
        lambda: contacts.list_for(cid),
        lambda: contacts.add(cid, ContactInput(name="新联系人")),
        lambda: contacts.update(contact_id, 1, ContactInput(name="改名")),
        lambda: contacts.delete(contact_id),
        lambda: history.list_for(cid),
        lambda: history.add(cid, InteractionInput(subject="来电")),
        lambda: history.follow_ups(world.today),
        lambda: TaskService(world.db, user).create(
            TaskInput(title="跟进", assignee_id=world.users["clerk"], customer_id=cid)
        ),
    ]
    for n, call in enumerate(calls):
        with pytest.raises(PermissionDenied):
            call()
        assert (
            count(world.db, Customer),
            count(world.db, Contact),
            count(world.db, Interaction),
        ) == before, n


def test_own_scope_cannot_touch_another_owners_customer(world: World) -> None:
    user = world.ctx("sales1")
    cid = world.customers["c_sales2_a"]  # same department, other owner
    contact_id = world.contacts["c_sales2_a"]
    customers = CustomerService(world.db, user)
    contacts = ContactService(world.db, user)
    history = InteractionService(world.db, user)

    def snapshot() -> tuple[object, ...]:
        with world.db.read_only() as s:
            customer = s.get(Customer, cid)
            contact = s.get(Contact, contact_id)
            assert customer is not None and contact is not None
            return (
                customer.name,
                customer.version,
                customer.deleted_at,
                customer.last_contact_at,
                contact.name,
                contact.version,
                contact.deleted_at,
                count(world.db, Contact),
                count(world.db, Interaction),
            )

    before = snapshot()
    calls = [
        lambda: customers.get(cid),
        lambda: customers.update(cid, 1, CustomerInput(name="抢来的客户")),
        lambda: customers.delete(cid, 1),
        lambda: contacts.list_for(cid),
        lambda: contacts.add(cid, ContactInput(name="新联系人")),
        lambda: contacts.update(contact_id, 1, ContactInput(name="改名")),
        lambda: contacts.delete(contact_id),
        lambda: history.list_for(cid),
        lambda: history.add(cid, InteractionInput(subject="来电", occurred_at=datetime.now(UTC))),
        lambda: TaskService(world.db, user).create(
            TaskInput(title="跟进", assignee_id=world.users["sales1"], customer_id=cid)
        ),
    ]
    for n, call in enumerate(calls):
        with pytest.raises(PermissionDenied):
            call()
        assert snapshot() == before, n
    assert cid not in _walk(customers)
    assert cid not in _walk(customers, CustomerQuery(owner_id=world.users["sales2"]))


def test_department_scope_may_edit_but_not_delete_without_the_permission(world: World) -> None:
    user = world.ctx("store")  # department scope; the role grants view/create/edit but not delete
    customers = CustomerService(world.db, user)
    cid = world.customers["c_store2_a"]  # a colleague's customer in my department
    detail = customers.get(cid)
    assert detail.can_edit and not detail.can_delete
    assert customers.update(cid, detail.version, CustomerInput(name="门市老客户")) == detail.version + 1
    with pytest.raises(PermissionDenied):
        customers.delete(cid, detail.version + 1)
    assert customers.get(cid).name == "门市老客户"


def test_admin_reaches_everything(world: World) -> None:
    user = world.ctx("root")
    assert user.is_admin and user.scopes == {}
    assert access.effective_scope(user, "customer") == "all"
    detail = CustomerService(world.db, user).get(world.customers["c_pool_none"])
    assert detail.can_edit and detail.can_delete


def test_department_subtree(world: World) -> None:
    d = world.departments
    with world.db.read_only() as s:
        assert set(access.department_subtree(s, d["sales"])) == {
            d["sales"],
            d["storefront"],
            d["key_accounts"],
            d["ka_north"],
        }
        assert set(access.department_subtree(s, d["key_accounts"])) == {d["key_accounts"], d["ka_north"]}
        assert access.department_subtree(s, d["repair"]) == [d["repair"]]
    # A deleted department no longer carries its children into the subtree.
    with world.db.unit_of_work() as s:
        dept = s.get(Department, d["key_accounts"])
        assert dept is not None
        dept.deleted_at = datetime.now(UTC)
    with world.db.read_only() as s:
        assert set(access.department_subtree(s, d["sales"])) == {d["sales"], d["storefront"]}


def test_an_unknown_or_missing_scope_denies(world: World) -> None:
    """Filtering reads the roles' scopes from the database, not the signed-in context: an unknown scope name or
    no scope at all reaches no rows, not even the user's own."""
    user = world.ctx("sales1")
    assert _walk(CustomerService(world.db, user))
    with world.db.unit_of_work() as s:
        scope = s.execute(
            select(RoleDataScope).where(RoleDataScope.role_id == world.roles["own"])
        ).scalar_one()
        scope.scope = "galaxy"
    assert _walk(CustomerService(world.db, user)) == []
    with world.db.unit_of_work() as s:
        s.delete(
            s.execute(select(RoleDataScope).where(RoleDataScope.role_id == world.roles["own"])).scalar_one()
        )
    assert _walk(CustomerService(world.db, user)) == []
    odd = UserContext(**{**user.__dict__, "scopes": {"customer": "galaxy"}})
    assert access.effective_scope(odd, "customer") is None


# --- the demo company: the four scope roles against its own data -----------------------------------------------

DEMO_USERS = {"yangfan": "own", "wangfang": "department", "qianzhiqiang": "subtree", "zhaomin": "all"}


def test_demo_logins_see_what_their_scope_allows(db: Database) -> None:
    demo.load_demo(db, customers=60)
    with db.read_only() as s:
        parents = dict(s.execute(select(Department.id, Department.parent_id)).all())
        rows = s.execute(
            select(Customer.id, Customer.owner_id, Customer.department_id, Customer.deleted_at)
        ).all()

    def subtree(root: int) -> set[int]:
        found = {root}
        while True:
            more = {d for d, p in parents.items() if p in found} - found
            if not more:
                return found
            found |= more

    seen: dict[str, set[int]] = {}
    for login, scope in DEMO_USERS.items():
        user = auth.login(db, login, demo.DEMO_PASSWORD)
        # The demo role's scope applies to every scoped entity alike (customers, leads, opportunities…).
        assert user.scopes["customer"] == scope and set(user.scopes.values()) == {scope}
        assert user.department_id is not None
        reach = {user.department_id} if scope == "department" else subtree(user.department_id)
        expected = {
            cid
            for cid, owner, dept, deleted in rows
            if deleted is None
            and (scope == "all" or owner == user.user_id or (scope != "own" and dept in reach))
        }
        got = _walk(CustomerService(db, user), limit=25)
        assert len(got) == len(set(got))
        assert set(got) == expected, login
        seen[login] = expected
    assert seen["yangfan"] and seen["wangfang"]
    assert seen["zhaomin"] == {cid for cid, *_rest, deleted in rows if deleted is None}
    assert seen["yangfan"] < seen["qianzhiqiang"] < seen["zhaomin"]
