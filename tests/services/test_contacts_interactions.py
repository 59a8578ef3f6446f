"""Contacts (add/update/delete, validation) and contact history (add, last-contact moving forward only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.db.models import Contact, Customer, Interaction
from crm_desktop.db.session import Database
from crm_desktop.services import validation
from crm_desktop.services.contacts import ContactInput, ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerInput, CustomerService, input_from_detail
from crm_desktop.services.errors import ConcurrentEditError, NotFound, ValidationError
from crm_desktop.services.interactions import InteractionInput, InteractionService
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_department,
    add_role,
    add_user,
    audit_rows,
    context_for,
    count,
)


@dataclass
class Setup:
    db: Database
    me: UserContext
    customer: int
    other_customer: int


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.unit_of_work() as s:
        dept = add_department(s, "门市部")
        role = add_role(s, "rep", permissions={"customers": CUSTOMER_ALL, **WORK_MODULES}, scope="own")
        uid = add_user(s, "wangfang", full_name="王芳", department_id=dept, roles=[role])
    me = context_for(db, uid, "storefront")
    customers = CustomerService(db, me)
    return Setup(
        db, me, customers.create(CustomerInput(name="甲公司")), customers.create(CustomerInput(name="乙公司"))
    )


def _last_contact(db: Database, customer_id: int) -> datetime | None:
    with db.read_only() as s:
        row = s.get(Customer, customer_id)
        assert row is not None
        return row.last_contact_at


# --- contacts ----------------------------------------------------------------------------------------------------


def test_contact_add_update_delete(setup: Setup) -> None:
    service = ContactService(setup.db, setup.me)
    first = service.add(
        setup.customer, ContactInput(name="张经理", mobile="13800138000", birthday=date(1980, 2, 29))
    )
    primary = service.add(setup.customer, ContactInput(name="李总", email="li@jia.cn", is_primary=True))
    service.add(setup.other_customer, ContactInput(name="别家的人"))

    listed = service.list_for(setup.customer)
    assert [c.id for c in listed] == [primary, first]  # the primary contact first
    assert listed[1].birthday == date(1980, 2, 29)
    assert listed[1].customer_id == setup.customer
    [created] = audit_rows(setup.db, "contact", first)
    assert created.action == "create"
    assert created.changes == {
        "name": [None, "张经理"],
        "mobile": [None, "13800138000"],
        "birthday": [None, "1980-02-29"],
        "is_primary": [None, False],
    }

    data = ContactInput(name="张经理", mobile="13900139000", job_title="采购经理", birthday=date(1980, 2, 29))
    assert service.update(first, 1, data) == 2
    updated = next(c for c in service.list_for(setup.customer) if c.id == first)
    assert (updated.mobile, updated.job_title, updated.version) == ("13900139000", "采购经理", 2)
    assert audit_rows(setup.db, "contact", first)[-1].changes == {
        "mobile": ["13800138000", "13900139000"],
        "job_title": [None, "采购经理"],
    }
    with pytest.raises(ConcurrentEditError):
        service.update(first, 1, ContactInput(name="过时的改动"))
    assert next(c for c in service.list_for(setup.customer) if c.id == first).name == "张经理"

    service.delete(first)
    assert [c.id for c in service.list_for(setup.customer)] == [primary]
    assert [e.action for e in audit_rows(setup.db, "contact", first)] == ["create", "update", "delete"]
    with pytest.raises(NotFound):
        service.delete(first)
    with pytest.raises(NotFound):
        service.update(first, 2, data)
    with pytest.raises(NotFound):
        service.update(999_999, 1, data)


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (ContactInput(name=" "), {"name": validation.REQUIRED}),
        (ContactInput(name="王", email="wang@"), {"email": validation.BAD_EMAIL}),
        (ContactInput(name="王", mobile="手机号"), {"mobile": validation.BAD_PHONE}),
        (ContactInput(name="王" * 101), {"name": validation.TOO_LONG}),
        (
            ContactInput(name="王", birthday=date.today() + timedelta(days=1)),
            {"birthday": "The birthday lies in the future."},
        ),
    ],
    ids=["name", "email", "mobile", "too_long", "future_birthday"],
)
def test_contact_validation(setup: Setup, data: ContactInput, fields: dict[str, str]) -> None:
    service = ContactService(setup.db, setup.me)
    with pytest.raises(ValidationError) as caught:
        service.add(setup.customer, data)
    assert caught.value.fields == fields
    assert count(setup.db, Contact) == 0
    contact_id = service.add(setup.customer, ContactInput(name="原样"))
    with pytest.raises(ValidationError):
        service.update(contact_id, 1, data)
    assert [(c.name, c.version) for c in service.list_for(setup.customer)] == [("原样", 1)]


def test_birthday_today_is_accepted(setup: Setup) -> None:
    service = ContactService(setup.db, setup.me)
    service.add(setup.customer, ContactInput(name="寿星", birthday=date.today()))
    assert service.list_for(setup.customer)[0].birthday == date.today()


# --- contact history ---------------------------------------------------------------------------------------------


def test_interaction_moves_last_contact_forward_only(setup: Setup) -> None:
    service = InteractionService(setup.db, setup.me)
    t0 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    assert _last_contact(setup.db, setup.customer) is None

    first = service.add(setup.customer, InteractionInput(kind="visit", subject="上门拜访", occurred_at=t0))
    assert _last_contact(setup.db, setup.customer) == t0
    service.add(
        setup.customer, InteractionInput(subject="补记一次旧电话", occurred_at=t0 - timedelta(days=3))
    )
    assert _last_contact(setup.db, setup.customer) == t0  # an older entry does not move it back
    later = t0 + timedelta(hours=5)
    service.add(setup.customer, InteractionInput(kind="email", subject="发报价", occurred_at=later))
    assert _last_contact(setup.db, setup.customer) == later
    assert _last_contact(setup.db, setup.other_customer) is None

    history = service.list_for(setup.customer)
    assert [h.occurred_at for h in history] == [later, t0, t0 - timedelta(days=3)]  # newest first
    assert history[1].id == first and history[1].user_name == "王芳" and history[1].kind == "visit"
    assert [e.action for e in audit_rows(setup.db, "interaction")] == ["create"] * 3

    # Without a time given, it happened now.
    before = datetime.now(UTC)
    service.add(setup.customer, InteractionInput(subject="刚刚来电"))
    now_value = _last_contact(setup.db, setup.customer)
    assert now_value is not None and now_value >= before - timedelta(seconds=1)


def test_interaction_does_not_collide_with_an_open_customer_form(setup: Setup) -> None:
    customers = CustomerService(setup.db, setup.me)
    form = input_from_detail(customers.get(setup.customer))  # someone has the form open at version 1
    InteractionService(setup.db, setup.me).add(setup.customer, InteractionInput(subject="来电"))
    assert customers.get(setup.customer).version == 1
    form.phone = "010-66668888"
    assert customers.update(setup.customer, 1, form) == 2


def test_interaction_with_a_contact_of_another_customer_is_refused(setup: Setup) -> None:
    contacts = ContactService(setup.db, setup.me)
    mine = contacts.add(setup.customer, ContactInput(name="本公司联系人"))
    theirs = contacts.add(setup.other_customer, ContactInput(name="别家联系人"))
    service = InteractionService(setup.db, setup.me)

    for contact_id in (theirs, 999_999):
        with pytest.raises(ValidationError) as caught:
            service.add(setup.customer, InteractionInput(subject="来电", contact_id=contact_id))
        assert set(caught.value.fields) == {"contact_id"}
    assert count(setup.db, Interaction) == 0
    assert _last_contact(setup.db, setup.customer) is None

    service.add(setup.customer, InteractionInput(subject="来电", contact_id=mine))
    [entry] = service.list_for(setup.customer)
    assert entry.contact_name == "本公司联系人"


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (InteractionInput(subject=""), {"subject"}),
        (InteractionInput(subject="来电", kind="fax"), {"kind"}),
        (InteractionInput(subject="来" * 201), {"subject"}),
        (InteractionInput(subject="来电", next_step="步" * 301), {"next_step"}),
    ],
    ids=["subject", "kind", "subject_too_long", "next_step_too_long"],
)
def test_interaction_validation(setup: Setup, data: InteractionInput, fields: set[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        InteractionService(setup.db, setup.me).add(setup.customer, data)
    assert set(caught.value.fields) == fields
    assert count(setup.db, Interaction) == 0
