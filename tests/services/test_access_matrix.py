"""The generated matrix: every kind of data reach x every read path returns exactly the rows the rule says.

Kinds beyond the four role scopes of test_access.py: positions below mine, sharing groups, a manual record share,
industry and region manager scopes, the per-entity default. Each scenario changes the organisation through the
ORM (the resolved grants follow in the same transaction) and states its expected customer keys by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from crm_desktop.db.models import (
    AccessGrant,
    CodeItem,
    Customer,
    EntityDefault,
    ManagerScope,
    Position,
    RecordShare,
    SharingGroup,
    SharingGroupMember,
    User,
)
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.customers import CustomerInput, CustomerQuery, CustomerService
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.interactions import InteractionService
from tests.services.helpers import CUSTOMERS, World, add_role, add_user, build_world

LIVE = {k for k, _o, _d, deleted in CUSTOMERS if not deleted}


@dataclass(frozen=True)
class Scenario:
    viewer: str
    setup: Callable[[World], None]
    expected: frozenset[str]
    writable: frozenset[str]


def _positions(w: World) -> None:
    with w.db.unit_of_work() as s:
        top = Position(name="大客户总监")
        s.add(top)
        s.flush()
        mid = Position(name="大客户经理", parent_id=top.id)
        s.add(mid)
        s.flush()
        low = Position(name="大客户专员", parent_id=mid.id)
        s.add(low)
        s.flush()
        role = add_role(s, "t_positions", permissions={"customers": ("view", "edit")}, scope="positions")
        w.users["lead"] = add_user(s, "lead", department_id=w.departments["repair"], roles=[role])
        for key, pos in (("lead", top.id), ("sales2", mid.id), ("north", low.id)):
            user = s.get(User, w.users[key])
            assert user is not None
            user.position_id = pos


def _sharing_group(w: World) -> None:
    with w.db.unit_of_work() as s:
        group = SharingGroup(name="维修与门市")
        s.add(group)
        s.flush()
        s.add_all(SharingGroupMember(group_id=group.id, user_id=w.users[k]) for k in ("tech", "store2"))


def _record_share(w: World) -> None:
    with w.db.unit_of_work() as s:
        s.add(RecordShare(entity="customer", record_id=w.customers["c_boss_a"], user_id=w.users["sales1"]))
        s.add(
            RecordShare(
                entity="customer",
                record_id=w.customers["c_tech_a"],
                user_id=w.users["sales1"],
                can_write=True,
            )
        )


def _code(s: object, category: str, code: str, parent: int | None = None) -> int:
    item = CodeItem(category=category, code=code, name=code, name_en=code, parent_id=parent)
    s.add(item)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return item.id


def _industry_manager(w: World) -> None:
    with w.db.unit_of_work() as s:
        edu = _code(s, "t_industry", "edu")
        other = _code(s, "t_industry", "gov")
        for key, code in (("c_north_a", edu), ("c_pool_none", edu), ("c_store_a", other)):
            s.execute(update(Customer).where(Customer.id == w.customers[key]).values(industry_id=code))
        s.add(ManagerScope(user_id=w.users["tech"], kind="industry", code_id=edu))


def _region_manager(w: World) -> None:
    with w.db.unit_of_work() as s:
        north = _code(s, "t_region", "north")
        beijing = _code(s, "t_region", "beijing", north)
        haidian = _code(s, "t_region", "haidian", beijing)
        south = _code(s, "t_region", "south")
        for key, code in (("c_sales2_a", haidian), ("c_pool_repair", north), ("c_manager_a", south)):
            s.execute(update(Customer).where(Customer.id == w.customers[key]).values(region_id=code))
        s.add(ManagerScope(user_id=w.users["store2"], kind="region", code_id=beijing))
        s.add(ManagerScope(user_id=w.users["store2"], kind="region", code_id=north))


def _default(access: str) -> Callable[[World], None]:
    def setup(w: World) -> None:
        with w.db.unit_of_work() as s:
            s.add(EntityDefault(entity="customer", access=access))

    return setup


SALES1 = frozenset({"c_sales1_a", "c_sales1_b", "c_sales1_moved"})
SCENARIOS: dict[str, Scenario] = {
    "positions_below": Scenario(
        "lead", _positions, frozenset({"c_sales2_a", "c_north_a"}), frozenset({"c_sales2_a", "c_north_a"})
    ),
    "positions_leaf_sees_own": Scenario(
        "north", _positions, frozenset({"c_north_a"}), frozenset({"c_north_a"})
    ),
    "sharing_group": Scenario(
        "tech",
        _sharing_group,
        frozenset({"c_tech_a", "c_store2_a", "c_store2_b"}),
        frozenset({"c_tech_a", "c_store2_a", "c_store2_b"}),
    ),
    "sharing_group_other_side": Scenario(
        "store2",
        _sharing_group,
        frozenset({"c_tech_a", "c_store2_a", "c_store2_b"}),
        frozenset({"c_tech_a", "c_store2_a", "c_store2_b"}),
    ),
    "record_share": Scenario(
        "sales1", _record_share, SALES1 | {"c_boss_a", "c_tech_a"}, SALES1 | {"c_tech_a"}
    ),
    "industry_manager": Scenario(
        "tech",
        _industry_manager,
        frozenset({"c_tech_a", "c_north_a", "c_pool_none"}),
        frozenset({"c_tech_a", "c_north_a", "c_pool_none"}),
    ),
    "region_manager": Scenario(
        "store2",
        _region_manager,
        frozenset({"c_store2_a", "c_store2_b", "c_sales2_a", "c_pool_repair"}),
        frozenset({"c_store2_a", "c_store2_b", "c_sales2_a", "c_pool_repair"}),
    ),
    "default_read_only": Scenario("sales1", _default("read"), frozenset(LIVE), SALES1),
    "default_read_write": Scenario("sales1", _default("write"), frozenset(LIVE), frozenset(LIVE)),
    "default_private": Scenario("sales1", _default("private"), SALES1, SALES1),
}


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def _walk(service: CustomerService) -> list[int]:
    ids: list[int] = []
    page = service.list_page(CustomerQuery(), None, 5)
    ids += [r.id for r in page.rows]
    while page.next_cursor is not None:
        page = service.list_page(CustomerQuery(), page.next_cursor, 5)
        ids += [r.id for r in page.rows]
    return ids


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_each_reach_kind_on_every_read_path(world: World, name: str) -> None:
    scenario = SCENARIOS[name]
    scenario.setup(world)
    user = world.ctx(scenario.viewer)
    customers = CustomerService(world.db, user)
    contacts = ContactService(world.db, user)
    history = InteractionService(world.db, user)

    listed = _walk(customers)
    assert len(listed) == len(set(listed))
    assert {world.key_of(i) for i in listed} == scenario.expected  # path: list

    for key, cid in world.customers.items():
        if key in scenario.expected:
            detail = customers.get(cid)  # path: detail
            assert detail.can_edit == (key in scenario.writable), key
            assert [c.id for c in contacts.list_for(cid)] == [world.contacts[key]]  # path: contacts panel
            live = sorted(i for i, _d, gone in world.follow[key] if not gone)
            assert sorted(i.id for i in history.list_for(cid)) == live  # path: interactions panel
        else:
            for call in (customers.get, contacts.list_for, history.list_for):
                with pytest.raises(PermissionDenied):
                    call(cid)

    # path: follow-ups (the customers I own, within what I may see)
    owned = {k for k, owner, _d, deleted in CUSTOMERS if owner == scenario.viewer and not deleted}
    expected_follow = sorted(
        (d, i)
        for k in owned & scenario.expected
        for i, d, gone in world.follow[k]
        if not gone and d is not None and world.today - timedelta(days=30) <= d <= world.today
    )
    got = [f.interaction_id for f in history.follow_ups(world.today, limit=200)]
    assert got == [i for _d, i in expected_follow]


@pytest.mark.parametrize("name", ["record_share", "default_read_only"])
def test_read_only_reach_refuses_writes(world: World, name: str) -> None:
    scenario = SCENARIOS[name]
    scenario.setup(world)
    customers = CustomerService(world.db, world.ctx(scenario.viewer))
    target = next(k for k in sorted(scenario.expected - scenario.writable))
    cid = world.customers[target]
    detail = customers.get(cid)
    with pytest.raises(PermissionDenied):
        customers.update(cid, detail.version, CustomerInput(name="不该改"))
    assert customers.get(cid).name == detail.name


def test_role_change_reaches_a_signed_in_user_on_the_next_query(world: World) -> None:
    user = world.ctx("sales1")  # signed in with scope "own"
    customers = CustomerService(world.db, user)
    assert {world.key_of(i) for i in _walk(customers)} == SALES1
    with world.db.unit_of_work() as s:  # an administrator widens the role to "all"
        from crm_desktop.db.models import RoleDataScope

        scope = s.execute(
            select(RoleDataScope).where(RoleDataScope.role_id == world.roles["own"])
        ).scalar_one()
        scope.scope = "all"
    assert {world.key_of(i) for i in _walk(customers)} == LIVE
    with world.db.unit_of_work() as s:  # ... and then disables the account
        record = s.get(User, world.users["sales1"])
        assert record is not None
        record.active = False
    with pytest.raises(PermissionDenied):
        customers.get(world.customers["c_sales1_a"])
    assert not user.can("customers", "view")  # the open client's menus follow
    with pytest.raises(PermissionDenied):
        _walk(customers)


def test_grants_follow_department_moves_in_the_same_transaction(world: World) -> None:
    store = world.ctx("store")  # department scope on the storefront
    before = {world.key_of(i) for i in _walk(CustomerService(world.db, store))}
    assert "c_north_a" not in before
    with world.db.unit_of_work() as s:
        user = s.get(User, world.users["store"])
        assert user is not None
        user.department_id = world.departments["ka_north"]
        s.flush()
        # not yet rebuilt inside the transaction, but rebuilt before it commits
    after = {world.key_of(i) for i in _walk(CustomerService(world.db, store))}
    assert after == {"c_store_a", "c_north_a", "c_pool_north"}
    with world.db.read_only() as s:
        rows = s.execute(
            select(AccessGrant.kind, AccessGrant.subject_id).where(
                AccessGrant.viewer_id == world.users["store"]
            )
        ).all()
    assert set(rows) == {("user", world.users["store"]), ("department", world.departments["ka_north"])}


def test_the_filter_is_a_plain_index_friendly_condition(world: World) -> None:
    """Own scope compiles to `owner_id IN (…)`, department scope adds `department_id IN (…)`; usable in any select."""
    with world.db.read_only() as s:
        own = access.scope_filter(s, world.ctx("sales1"), "customer", "view")
        sql = str(own.compile(compile_kwargs={"literal_binds": True}))
        assert f"customers.owner_id IN ({world.users['sales1']})" in sql and "department_id" not in sql
        dept = access.scope_filter(s, world.ctx("store"), "customer", "view")
        sql = str(dept.compile(compile_kwargs={"literal_binds": True}))
        # (on SQLite an OR of lists is written `column + 0 IN (…)` so the planner walks the list's order)
        assert re.search(
            rf"customers\.department_id( \+ 0)? IN \({world.departments['storefront']}\)", sql
        ), sql
        counted = s.execute(select(Customer.id).where(own).order_by(Customer.name).limit(2)).all()
        assert len(counted) == 2
