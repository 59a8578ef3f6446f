"""Administration services: trees without cycles, users, roles, last admin, account requests, oversight."""

from __future__ import annotations

import pytest
from sqlalchemy import false, select

from crm_desktop.db.models import AccessGrant, Customer, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, auth
from crm_desktop.services.admin import AdminService
from crm_desktop.services.admin.oversight import LogFilter, idle_lock_minutes
from crm_desktop.services.admin.requests import Approval, RequestInput, submit_request
from crm_desktop.services.admin.roles import RoleInput
from crm_desktop.services.admin.users import UserInput
from crm_desktop.services.customers import CustomerQuery, CustomerService
from crm_desktop.services.errors import AuthenticationError, PermissionDenied, ServiceError, ValidationError
from tests.services.helpers import PASSWORD, World, build_world, count


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def admin(world: World) -> AdminService:
    return AdminService(world.db, world.ctx("root"))


def test_a_user_without_the_system_module_is_refused_everywhere(world: World) -> None:
    svc = AdminService(world.db, world.ctx("boss"))  # scope "all" on customers, no system module
    before = count(world.db, User)
    calls = [
        lambda: svc.users.list_users(),
        lambda: svc.users.create(UserInput(login="x1", full_name="X"), PASSWORD),
        lambda: svc.users.set_active(world.users["sales1"], False),
        lambda: svc.users.reset_password(world.users["sales1"], "Another-pass-9"),
        lambda: svc.roles.list_roles(),
        lambda: svc.roles.save(None, RoleInput(code="r", name="R")),
        lambda: svc.org.tree("department"),
        lambda: svc.org.create("department", "新部门"),
        lambda: svc.org.move("department", world.departments["repair"], world.departments["sales"]),
        lambda: svc.sharing.set_default("customer", "write"),
        lambda: svc.requests.pending(),
        lambda: svc.oversight.operations(LogFilter()),
        lambda: svc.oversight.online(),
        lambda: svc.company.get(),
    ]
    for n, call in enumerate(calls):
        with pytest.raises(PermissionDenied):
            call()
        assert count(world.db, User) == before, n


def test_export_is_refused_by_the_filter_without_the_export_permission(world: World) -> None:
    with world.db.read_only() as s:
        store = world.ctx("store")  # view/create/edit only
        assert access.scope_filter(s, store, "customer", "export").compare(false())
        boss = world.ctx("boss")
        assert access.scope_filter(s, boss, "customer", "export").compare(false())  # no export in the role
        root = world.ctx("root")
        assert s.execute(select(Customer.id).where(access.scope_filter(s, root, "customer", "export"))).all()


def test_department_tree_refuses_cycles_and_deleting_a_department_with_people(world: World) -> None:
    svc = admin(world).org
    d = world.departments
    with pytest.raises(ServiceError) as cycle:
        svc.move("department", d["sales"], d["ka_north"])
    assert "below itself" in cycle.value.message
    with pytest.raises(ServiceError):
        svc.move("department", d["sales"], d["sales"])
    with pytest.raises(ServiceError) as people:
        svc.delete("department", d["storefront"])
    assert people.value.params["count"] == 2
    nodes = {n.id: n for n in svc.tree("department")}
    assert nodes[d["sales"]].parent_id is None and d["storefront"] in nodes
    svc.move("department", d["ka_north"], d["repair"])
    assert {n.id: n.parent_id for n in svc.tree("department")}[d["ka_north"]] == d["repair"]
    # the grants follow: the subtree manager of 销售部 no longer reaches 华北 customers
    manager = CustomerService(world.db, world.ctx("manager"))
    keys = {world.key_of(r.id) for r in manager.list_page(CustomerQuery(), None, 100).rows}
    assert "c_north_a" not in keys and "c_pool_north" not in keys
    empty = svc.create("department", "空部门", d["repair"])
    svc.delete("department", empty)
    assert empty not in {n.id for n in svc.tree("department")}


def test_positions_tree(world: World) -> None:
    svc = admin(world).org
    top = svc.create("position", "总监")
    low = svc.create("position", "专员", top)
    with pytest.raises(ServiceError):
        svc.move("position", top, low)
    users = admin(world).users
    row = next(u for u in users.list_users() if u.login == "sales1")
    users.update(
        row.id, UserInput(login="sales1", full_name="Sales1", position_id=low, role_ids=row.role_ids)
    )
    with pytest.raises(ServiceError):
        svc.delete("position", low)


def test_users_duplicate_login_and_last_admin(world: World) -> None:
    svc = admin(world).users
    new_id = svc.create(
        UserInput(login="newbie", full_name="新人", role_ids=(world.roles["own"],)), "Newbie-pass-1"
    )
    assert auth.login(world.db, "newbie", "Newbie-pass-1").user_id == new_id
    with pytest.raises(ValidationError) as dup:
        svc.create(UserInput(login="NEWBIE", full_name="Again"), "Newbie-pass-1")
    assert "login" in dup.value.fields
    with pytest.raises(ValidationError):
        svc.update(new_id, UserInput(login="sales1", full_name="x"))
    root = world.users["root"]
    for call in (
        lambda: svc.set_active(root, False),
        lambda: svc.update(root, UserInput(login="root", full_name="Root", role_ids=())),
        lambda: svc.delete(root),
        lambda: admin(world).roles.delete(world.roles["admin"]),
    ):
        with pytest.raises(ServiceError) as last:
            call()
        assert "last active administrator" in last.value.message
    row = next(u for u in svc.list_users() if u.login == "root")
    assert row.active and row.role_ids == (world.roles["admin"],)
    svc.reset_password(new_id, "Fresh-pass-22")
    svc.set_active(new_id, False)
    with pytest.raises(AuthenticationError):
        auth.login(world.db, "newbie", "Fresh-pass-22")
    svc.set_active(new_id, True)
    assert auth.login(world.db, "newbie", "Fresh-pass-22").user_id == new_id


def test_role_matrix_and_scope_take_effect_for_a_signed_in_user(world: World) -> None:
    roles = admin(world).roles
    sales1 = world.ctx("sales1")
    service = CustomerService(world.db, sales1)
    assert len(service.list_page(CustomerQuery(), None, 100).rows) == 3
    role = next(r for r in roles.list_roles() if r.id == world.roles["own"])
    roles.save(
        role.id,
        RoleInput(
            role.code,
            role.name,
            role.name_en,
            role.permissions - {("customers", "edit")},
            {"customer": "all"},
        ),
    )
    detail = service.get(world.customers["c_boss_a"])  # now in scope
    assert not detail.can_edit
    assert not sales1.can("customers", "edit")
    changed = next(r for r in roles.list_roles() if r.id == role.id)
    assert changed.scopes == {"customer": "all"} and ("customers", "edit") not in changed.permissions
    with pytest.raises(ValidationError):
        roles.save(None, RoleInput(code=role.code, name="dup"))


def test_account_request_approved_and_rejected(world: World) -> None:
    rid = submit_request(
        world.db, RequestInput("zhangsan", "张三", "Zhang-pass-1", "Zhang-pass-1", note="新来的销售"), "PC-07"
    )
    with pytest.raises(ValidationError):
        submit_request(world.db, RequestInput("ZhangSan", "张三", "Zhang-pass-1", "Zhang-pass-1"))
    with pytest.raises(ValidationError):
        submit_request(world.db, RequestInput("sales1", "重名", "Zhang-pass-1", "Zhang-pass-1"))
    with pytest.raises(ValidationError) as differ:
        submit_request(world.db, RequestInput("lisi", "李四", "Zhang-pass-1", "Zhang-pass-2"))
    assert "repeat" in differ.value.fields
    with pytest.raises(AuthenticationError):
        auth.login(world.db, "zhangsan", "Zhang-pass-1")
    requests = admin(world).requests
    assert [r.login for r in requests.pending()] == ["zhangsan"]
    uid = requests.approve(
        rid, Approval("key_accounts", world.departments["storefront"], None, (world.roles["own"],))
    )
    user = auth.login(world.db, "zhangsan", "Zhang-pass-1")
    assert user.user_id == uid and user.scopes == {"customer": "own"} and user.station_code == "key_accounts"
    with pytest.raises(ServiceError):
        requests.approve(rid, Approval(None, None, None, ()))
    other = submit_request(world.db, RequestInput("lisi", "李四", "Lisi-pass-1", "Lisi-pass-1"))
    requests.reject(other, "不认识")
    assert requests.pending() == []
    with pytest.raises(AuthenticationError):
        auth.login(world.db, "lisi", "Lisi-pass-1")


def test_oversight_logs_online_users_and_sign_out(world: World) -> None:
    session_user = auth.login(world.db, "sales1", PASSWORD, machine="PC-01")
    with pytest.raises(AuthenticationError):
        auth.login(world.db, "sales1", "wrong", machine="PC-02")
    svc = admin(world).oversight
    online = svc.online()
    assert [(o.login, o.machine) for o in online] == [("sales1", "PC-01")]
    assert auth.heartbeat(world.db, session_user)
    svc.sign_out(online[0].session_id)
    assert not auth.heartbeat(world.db, session_user)
    assert svc.online() == []
    logins = svc.logins(LogFilter(text="sales1"))
    assert [(entry.success, entry.reason) for entry in logins] == [(False, "bad_password"), (True, "ok")]
    assert [entry.machine for entry in svc.logins(LogFilter(action="failed"))] == ["PC-02"]
    admin(world).org.create("department", "稽核部")
    ops = svc.operations(LogFilter(entity="department"))
    assert ops[0].summary == "稽核部" and ops[0].user == "root"
    assert svc.operations(LogFilter(text="稽核")) == ops[:1]
    assert idle_lock_minutes(world.db) == 15
    svc.set_idle_lock_minutes(5)
    assert idle_lock_minutes(world.db) == 5
    assert auth.check_password(world.db, session_user, PASSWORD)
    assert not auth.check_password(world.db, session_user, "nope")


def test_sharing_group_and_defaults_through_the_service(world: World) -> None:
    sharing = admin(world).sharing
    tech = CustomerService(world.db, world.ctx("tech"))
    assert len(tech.list_page(CustomerQuery(), None, 100).rows) == 1
    gid = sharing.save_group(None, "互助组", (world.users["tech"], world.users["sales1"]))
    assert len(tech.list_page(CustomerQuery(), None, 100).rows) == 4
    sharing.save_group(gid, "互助组", ())
    assert len(tech.list_page(CustomerQuery(), None, 100).rows) == 1
    sharing.set_default("customer", "read")
    assert sharing.defaults()["customer"] == "read"
    assert len(tech.list_page(CustomerQuery(), None, 100).rows) == 16
    with world.db.read_only() as s:
        assert s.execute(
            select(AccessGrant).where(AccessGrant.viewer_id == world.users["tech"], AccessGrant.kind == "all")
        ).first()
