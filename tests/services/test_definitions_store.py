"""Custom fields and layered, versioned layouts in the database: resolve, save, history, rollback, reset, live."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import pytest

from crm_desktop.db.engine import create_engine
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions import entities, store
from crm_desktop.services.definitions.schema import Cell, FieldDef, ListColumn, Section
from crm_desktop.services.definitions.store import DefinitionError, DefinitionService
from crm_desktop.services.definitions.validation import REQUIRED_MISSING, UNKNOWN_FIELD
from crm_desktop.services.errors import ConcurrentEditError, PermissionDenied
from crm_desktop.services.notify import Change, ChangeListener
from tests.services.helpers import CUSTOMER_ALL, add_role, add_user, context_for

LEVEL = FieldDef(
    "x_level", "integer", {"zh_CN": "级别", "en": "Level"}, minimum="1", maximum="5", searchable=True
)


@dataclass
class Office:
    db: Database
    admin: UserContext
    clerk: UserContext


@pytest.fixture
def office(db: Database) -> Office:
    with db.unit_of_work() as s:
        boss = add_role(
            s, "boss", permissions={"system": ("view", "edit"), "customers": CUSTOMER_ALL}, scope="all"
        )
        rep = add_role(s, "rep", permissions={"customers": CUSTOMER_ALL}, scope="own")
        admin = add_user(s, "wanglei", full_name="王磊", roles=[boss])
        clerk = add_user(s, "liping", full_name="李萍", roles=[rep])
    return Office(db, context_for(db, admin, "manager"), context_for(db, clerk, "storefront"))


def _with_level(layout: store.FormLayout) -> store.FormLayout:
    first = layout.sections[0]
    return replace(
        layout, sections=(replace(first, rows=(*first.rows, (Cell("x_level"),))), *layout.sections[1:])
    )


def test_base_layers_then_company_then_station(office: Office) -> None:
    service = DefinitionService(office.db, office.admin)
    storefront = store.resolve_form(office.db, "customer", "storefront")
    assert (storefront.layer, storefront.version_no) == ("base", 0)
    assert storefront.layout == entities.spec("customer").base_form("storefront")

    service.create_field("customer", LEVEL)
    company = _with_level(entities.spec("customer").base_form(None))
    saved = service.save_layout(company, "company", None, based_on=0, comment="级别")
    assert (saved.version_no, saved.created_by_name) == (1, "王磊")
    # the company layer now applies to every station without a layer of its own
    resolved = store.resolve_form(office.db, "customer", "storefront")
    assert (resolved.layer, resolved.version_no, resolved.layout) == ("company", 1, company)
    assert resolved.fields["x_level"].labels["zh_CN"] == "级别"

    station = _with_level(entities.spec("customer").base_form("storefront"))
    service.save_layout(station, "station", "storefront", based_on=0)
    assert store.resolve_form(office.db, "customer", "storefront").layout == station
    assert store.resolve_form(office.db, "customer", "repair").layout == company

    service.reset_to_base("customer", "form", "station", "storefront", based_on=1)
    assert store.resolve_form(office.db, "customer", "storefront").layer == "company"


def test_invalid_layouts_are_refused_with_problems_and_nothing_is_saved(office: Office) -> None:
    service = DefinitionService(office.db, office.admin)
    layout = entities.spec("customer").base_form("storefront")
    kept = tuple(
        replace(s, rows=tuple(r for r in s.rows if all(c.field != "name" for c in r)))
        for s in layout.sections
    )
    no_name = replace(layout, sections=(*kept, Section("more", {"en": "More"}, 1, ((Cell("x_missing"),),))))
    with pytest.raises(DefinitionError) as caught:
        service.save_layout(no_name, "station", "storefront", based_on=0)
    assert {p.message for p in caught.value.problems} == {REQUIRED_MISSING, UNKNOWN_FIELD}
    assert service.history("customer", "form", "station", "storefront") == []
    with pytest.raises(DefinitionError):
        service.create_field("customer", replace(LEVEL, key="level"))  # no x_ prefix
    with pytest.raises(DefinitionError):
        service.create_field("customer", replace(LEVEL, key="x_a", minimum="9", maximum="1"))


def test_history_rollback_and_optimistic_check(office: Office) -> None:
    service = DefinitionService(office.db, office.admin)
    base = entities.spec("customer").base_list(None)
    first = replace(base, columns=base.columns[:3])
    second = replace(base, columns=(*base.columns[:2], ListColumn("email", 200)), sort_descending=True)
    v1 = service.save_layout(first, "company", None, based_on=0)
    service.save_layout(second, "company", None, based_on=1)
    with pytest.raises(ConcurrentEditError):  # a designer that loaded version 1 saves again
        service.save_layout(first, "company", None, based_on=1)
    assert store.resolve_list(office.db, "customer", "repair").layout == second

    back = service.rollback(v1.id, based_on=2)
    assert back.version_no == 3
    assert store.resolve_list(office.db, "customer", "repair").layout == first
    history = service.history("customer", "list", "company", None)
    assert [h.version_no for h in history] == [3, 2, 1]
    assert history[0].document == history[2].document
    assert service.current_version("customer", "list", "company", None) == 3


def test_fields_update_delete_and_permissions(office: Office) -> None:
    service = DefinitionService(office.db, office.admin)
    created = service.create_field("customer", LEVEL)
    with pytest.raises(DefinitionError):
        service.create_field("customer", LEVEL)  # the key is taken
    with pytest.raises(PermissionDenied):
        DefinitionService(office.db, office.clerk).create_field("customer", replace(LEVEL, key="x_other"))
    updated = service.update_field("customer", replace(created, labels={"zh_CN": "客户级别"}))
    with pytest.raises(ConcurrentEditError):
        service.update_field("customer", replace(created, labels={"zh_CN": "旧的"}))
    with pytest.raises(DefinitionError):
        service.update_field("customer", replace(updated, type="text"))
    service.save_layout(_with_level(entities.spec("customer").base_form(None)), "company", None, based_on=0)
    # reading is open to every user
    assert [f.key for f in DefinitionService(office.db, office.clerk).fields("customer")] == ["x_level"]

    service.delete_field("customer", "x_level", updated.version)
    resolved = store.resolve_form(office.db, "customer", "repair")
    assert "x_level" not in resolved.fields
    assert "x_level" not in resolved.layout.field_keys()  # the layout still lists it; resolving drops it
    service.create_field("customer", replace(LEVEL, labels={"en": "Level again"}))  # the key is free again


def test_a_second_client_sees_a_change_and_hears_about_it(office: Office, db_url: str) -> None:
    """Two sessions on their own engines (two workstations); on PostgreSQL the second one LISTENs."""
    other = Database(create_engine(db_url))
    heard: list[Change] = []
    arrived = threading.Event()

    def on_change(change: Change) -> None:
        if change.topic == store.TOPIC:
            heard.append(change)
            arrived.set()

    listener = ChangeListener(other, office.clerk.user_id, on_change, poll_interval=0.05)
    listener.start()
    try:
        assert listener.connected.wait(10)
        assert store.resolve_form(other, "customer", "storefront").layer == "base"
        service = DefinitionService(office.db, office.admin)
        service.create_field("customer", LEVEL)
        layout = _with_level(entities.spec("customer").base_form("storefront"))
        service.save_layout(layout, "station", "storefront", based_on=0)
        assert arrived.wait(10)
        seen = store.resolve_form(other, "customer", "storefront")
        assert (seen.layer, seen.layout) == ("station", layout)
    finally:
        listener.stop()
        other.dispose()
