"""Customer archive: create/update/delete with audit rows, validation, optimistic locking, keyset paging, search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.db.models import AuditLog, Customer
from crm_desktop.db.session import Database
from crm_desktop.services import validation
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import (
    CustomerInput,
    CustomerQuery,
    CustomerService,
    SortKey,
    input_from_detail,
)
from crm_desktop.services.errors import ConcurrentEditError, PermissionDenied, ValidationError
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_customer,
    add_department,
    add_role,
    add_user,
    audit_rows,
    context_for,
    count,
)


@dataclass
class Team:
    db: Database
    me: UserContext
    other_id: int
    dept_id: int


@pytest.fixture
def team(db: Database) -> Team:
    with db.unit_of_work() as s:
        dept = add_department(s, "大客户部")
        role = add_role(s, "rep", permissions={"customers": CUSTOMER_ALL, **WORK_MODULES}, scope="own")
        me = add_user(s, "liuyang", full_name="刘洋", department_id=dept, roles=[role])
        other = add_user(s, "yangfan", full_name="杨帆", department_id=dept, roles=[role])
    return Team(db, context_for(db, me, "key_accounts"), other, dept)


def _service(team: Team) -> CustomerService:
    return CustomerService(team.db, team.me)


# --- create / update / delete with audit -----------------------------------------------------------------------


def test_create_writes_the_row_and_an_audit_entry(team: Team) -> None:
    service = _service(team)
    cid = service.create(
        CustomerInput(
            name="  北京华信科技有限公司 ", phone="010-82661234", email="info@huaxin.cn", notes="  "
        )
    )
    detail = service.get(cid)
    assert detail.name == "北京华信科技有限公司"  # trimmed
    assert detail.notes is None  # blank becomes NULL
    assert (detail.owner_id, detail.owner_name, detail.version) == (team.me.user_id, "刘洋", 1)
    assert detail.can_edit and detail.can_delete
    with team.db.read_only() as s:
        row = s.get(Customer, cid)
        assert row is not None
        assert (row.department_id, row.created_by, row.updated_by) == (
            team.dept_id,
            team.me.user_id,
            team.me.user_id,
        )

    [entry] = audit_rows(team.db, "customer", cid)
    assert (entry.action, entry.user_id, entry.station_code, entry.summary) == (
        "create",
        team.me.user_id,
        "key_accounts",
        "北京华信科技有限公司",
    )
    assert entry.changes == {
        "name": [None, "北京华信科技有限公司"],
        "kind": [None, "enterprise"],
        "phone": [None, "010-82661234"],
        "email": [None, "info@huaxin.cn"],
    }


def test_update_writes_a_field_diff_and_bumps_the_version(team: Team) -> None:
    service = _service(team)
    cid = service.create(CustomerInput(name="旧名称", phone="010-1234567", address="海淀区"))
    data = input_from_detail(service.get(cid))
    data.name = "新名称"
    data.phone = None
    data.mobile = "13800138000"
    new_version = service.update(cid, 1, data)
    assert new_version == 2
    detail = service.get(cid)
    assert (detail.name, detail.phone, detail.mobile, detail.address) == (
        "新名称",
        None,
        "13800138000",
        "海淀区",
    )
    assert detail.version == 2

    entry = audit_rows(team.db, "customer", cid)[-1]
    assert (entry.action, entry.summary) == ("update", "新名称")
    assert entry.changes == {
        "name": ["旧名称", "新名称"],
        "phone": ["010-1234567", None],
        "mobile": [None, "13800138000"],
    }

    # Saving without a change writes no audit row.
    service.update(cid, new_version, input_from_detail(service.get(cid)))
    assert len(audit_rows(team.db, "customer", cid)) == 2


def test_delete_is_soft_and_audited(team: Team) -> None:
    service = _service(team)
    cid = service.create(CustomerInput(name="将删除"))
    service.delete(cid, 1)
    with team.db.read_only() as s:
        row = s.get(Customer, cid)
        assert row is not None
        assert row.deleted_at is not None and row.deleted_by == team.me.user_id
    assert [e.action for e in audit_rows(team.db, "customer", cid)] == ["create", "delete"]
    with pytest.raises(PermissionDenied):
        service.get(cid)
    assert service.list_page(CustomerQuery()).rows == []


# --- validation --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (CustomerInput(name=""), {"name": validation.REQUIRED}),
        (CustomerInput(name="   "), {"name": validation.REQUIRED}),
        (CustomerInput(name="客" * 201), {"name": validation.TOO_LONG}),
        (CustomerInput(name="甲", email="not-an-email"), {"email": validation.BAD_EMAIL}),
        (CustomerInput(name="甲", email="a@b"), {"email": validation.BAD_EMAIL}),
        (CustomerInput(name="甲", phone="call me"), {"phone": validation.BAD_PHONE}),
        (CustomerInput(name="甲", mobile="12"), {"mobile": validation.BAD_PHONE}),
        (CustomerInput(name="甲", kind="alien"), {"kind": "Choose enterprise or individual."}),
        (
            CustomerInput(name="", email="x", phone="abc", postcode="1" * 21),
            {
                "name": validation.REQUIRED,
                "email": validation.BAD_EMAIL,
                "phone": validation.BAD_PHONE,
                "postcode": validation.TOO_LONG,
            },
        ),
    ],
    ids=["empty", "blank", "too_long", "email", "email_no_dot", "phone", "mobile_short", "kind", "several"],
)
def test_invalid_input_is_refused_and_nothing_is_written(
    team: Team, data: CustomerInput, fields: dict[str, str]
) -> None:
    service = _service(team)
    with pytest.raises(ValidationError) as caught:
        service.create(data)
    assert caught.value.fields == fields
    assert count(team.db, Customer) == 0
    assert count(team.db, AuditLog) == 0

    cid = service.create(CustomerInput(name="原样"))
    with pytest.raises(ValidationError) as caught:
        service.update(cid, 1, data)
    assert caught.value.fields == fields
    detail = service.get(cid)
    assert (detail.name, detail.version) == ("原样", 1)
    assert len(audit_rows(team.db, "customer", cid)) == 1


def test_too_long_reports_max_and_length(team: Team) -> None:
    with pytest.raises(ValidationError) as caught:
        _service(team).create(CustomerInput(name="客" * 201))
    assert caught.value.fields == {"name": validation.TOO_LONG}
    assert caught.value.field_params == {"name": {"max": 200, "length": 201}}
    assert (
        validation.TOO_LONG.format(**caught.value.field_params["name"]) == "At most 200 characters (now 201)."
    )


def test_limits_are_inclusive_and_good_formats_pass(team: Team) -> None:
    service = _service(team)
    cid = service.create(
        CustomerInput(
            name="客" * 200,
            email="zhang.san+crm@example.com.cn",
            phone="(010) 8266-1234 转 808",
            mobile="+86 138 0013 8000",
        )
    )
    assert len(service.get(cid).name) == 200


# --- optimistic locking ------------------------------------------------------------------------------------------


def test_update_with_a_stale_version_changes_nothing(team: Team) -> None:
    service = _service(team)
    cid = service.create(CustomerInput(name="共享客户", phone="010-1111111"))
    mine = input_from_detail(service.get(cid))
    theirs = input_from_detail(service.get(cid))

    theirs.phone = "010-2222222"
    assert service.update(cid, 1, theirs) == 2
    mine.name = "我的改动"
    with pytest.raises(ConcurrentEditError):
        service.update(cid, 1, mine)
    with pytest.raises(ConcurrentEditError):
        service.delete(cid, 1)

    detail = service.get(cid)
    assert (detail.name, detail.phone, detail.version) == ("共享客户", "010-2222222", 2)
    assert [e.action for e in audit_rows(team.db, "customer", cid)] == ["create", "update"]
    assert service.update(cid, 2, mine) == 3  # after reloading, the change goes in


# --- keyset paging and search ----------------------------------------------------------------------------------


@pytest.fixture
def many(team: Team) -> dict[int, tuple[str, str | None, str | None, datetime]]:
    """40 of my customers (with repeated names and repeated creation times) and 10 of a colleague's."""
    base = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    cities = ["北京", "上海", "广州", "深圳"]
    mine: dict[int, tuple[str, str | None, str | None, datetime]] = {}
    with team.db.unit_of_work() as s:
        for n in range(40):
            name = f"K{(n * 7) % 13:02d} {cities[n % 4]}客户"  # 13 distinct names, so many ties
            phone = f"010-8{n % 3}66{n:04d}" if n % 2 else None
            mobile = f"139{n:08d}" if n % 5 == 0 else None
            created = base + timedelta(minutes=n // 3)  # three rows per timestamp
            cid = add_customer(
                s,
                name,
                owner_id=team.me.user_id,
                department_id=team.dept_id,
                phone=phone,
                mobile=mobile,
                created_at=created,
            )
            mine[cid] = (name, phone, mobile, created)
        for n in range(10):
            add_customer(
                s,
                f"K{n:02d} 北京别人的",
                owner_id=team.other_id,
                department_id=team.dept_id,
                phone="010-82660000",
            )
    return mine


def _walk(service: CustomerService, query: CustomerQuery, sort: SortKey, limit: int) -> list[int]:
    ids: list[int] = []
    cursor = None
    pages = 0
    while True:
        page = service.list_page(query, cursor, limit, sort)
        assert len(page.rows) <= limit
        ids += [r.id for r in page.rows]
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            return ids
        assert pages < 100


def _expected(
    rows: dict[int, tuple[str, str | None, str | None, datetime]], sort: SortKey, text: str = ""
) -> list[int]:
    chosen = [
        (cid, name, created)
        for cid, (name, phone, mobile, created) in rows.items()
        if not text or any(text in (v or "") for v in (name, phone, mobile))
    ]
    if sort == "name":
        return [cid for cid, name, _c in sorted(chosen, key=lambda r: (r[1], r[0]))]
    return [cid for cid, _n, created in sorted(chosen, key=lambda r: (r[2], r[0]), reverse=True)]


@pytest.mark.parametrize("sort", ["name", "created"])
def test_walking_all_pages_returns_every_visible_row_once_in_order(
    team: Team, many: dict[int, tuple[str, str | None, str | None, datetime]], sort: SortKey
) -> None:
    service = _service(team)
    for limit in (1, 3, 7, 40, 100):
        assert _walk(service, CustomerQuery(), sort, limit) == _expected(many, sort), limit


def test_search_pages(team: Team, many: dict[int, tuple[str, str | None, str | None, datetime]]) -> None:
    service = _service(team)
    sort: SortKey
    for text in ("北京", "广州客户", "8166", "13900000", "K03", " 上海 "):
        for sort in ("name", "created"):
            expected = _expected(many, sort, text.strip())
            assert expected, "the search should find something"
            assert _walk(service, CustomerQuery(text=text), sort, 4) == expected, (text, sort)


def test_search_finds_nothing_for_unknown_text(team: Team, many: dict[int, object]) -> None:
    assert _service(team).list_page(CustomerQuery(text="天津")).rows == []


def test_filters_only_mine_and_owner(team: Team, many: dict[int, object]) -> None:
    service = _service(team)
    assert len(_walk(service, CustomerQuery(only_mine=True), "name", 50)) == 40
    assert len(_walk(service, CustomerQuery(owner_id=team.me.user_id), "name", 50)) == 40
    assert _walk(service, CustomerQuery(owner_id=team.other_id), "name", 50) == []  # outside my scope anyway


# The search ignores punctuation and spaces (both sides are folded), and wildcards never act as wildcards:
# "A_B" finds A_B and AB but not AxB; text of punctuation alone finds nothing.
LIKE_CASES: dict[str, set[str]] = {
    "%": set(),
    "100%": {"折扣100%专营", "100元店"},
    "_": set(),
    "A_B": {"A_B商行", "AB商行"},
    "\\": set(),
    "100": {"折扣100%专营", "100元店"},
}


def test_like_wildcards_in_the_search_text_are_literal(team: Team) -> None:
    service = _service(team)
    for name in ("折扣100%专营", "100元店", "A_B商行", "AxB商行", "AB商行", "反斜杠\\商店", "其他"):
        service.create(CustomerInput(name=name))
    for text, expected in LIKE_CASES.items():
        found = {r.name for r in service.list_page(CustomerQuery(text=text)).rows}
        assert found == expected, text
