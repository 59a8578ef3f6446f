"""Contact custom fields as search targets of their customer, and the contact export of a customer list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.db.session import Database
from crm_desktop.services import search_index
from crm_desktop.services.contacts import ContactInput, ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerQuery, CustomerService
from crm_desktop.services.definitions import entities, store
from crm_desktop.services.definitions.schema import Cell, FieldDef, Option, Section
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.exports import ExportService
from tests.services.helpers import (
    CUSTOMER_ALL,
    add_customer,
    add_department,
    add_role,
    add_user,
    audit_rows,
    context_for,
)

WECHAT = FieldDef("x_wechat", "text", {"zh_CN": "微信", "en": "WeChat"}, searchable=True, max_length=60)
LEVEL = FieldDef("x_level", "choice", {"zh_CN": "级别", "en": "Level"},
                 options=(Option("a", {"zh_CN": "甲级", "en": "Class A"}),
                          Option("b", {"zh_CN": "乙级", "en": "Class B"})))  # fmt: skip
MORE = {"zh_CN": "更多", "en": "More"}


@dataclass
class Office:
    db: Database
    admin: UserContext  # sees every customer, edits definitions
    rep: UserContext  # sees only the customers they own
    ids: dict[str, int]


@pytest.fixture
def office(db: Database) -> Office:
    with db.unit_of_work() as s:
        dept = add_department(s, "销售部")
        everything = {"system": ("view", "edit"), "customers": (*CUSTOMER_ALL, "export")}
        boss = add_user(
            s, "boss", department_id=dept, roles=[add_role(s, "boss", permissions=everything, scope="all")]
        )
        rep = add_user(s, "rep", department_id=dept, roles=[
            add_role(s, "rep", permissions={"customers": (*CUSTOMER_ALL, "export")}, scope="own")])  # fmt: skip
        ids = {
            "hx": add_customer(s, "华信商贸", owner_id=boss, department_id=dept),
            "yh": add_customer(s, "远航科技", owner_id=rep, department_id=dept),
            "lm": add_customer(s, "黎明书店", owner_id=rep, department_id=dept),
        }
    office = Office(db, context_for(db, boss), context_for(db, rep), ids)
    definitions = DefinitionService(db, office.admin)
    definitions.create_field("contact", WECHAT)
    definitions.create_field("contact", LEVEL)
    form = entities.spec("contact").base_form(None)
    more = Section("more", MORE, 2, ((Cell("x_wechat"), Cell("x_level")),))
    definitions.save_layout(replace(form, sections=(*form.sections, more)), "company", None, based_on=0)
    return office


def _found(office: Office, text: str, user: UserContext | None = None) -> set[str]:
    rows = CustomerService(office.db, user or office.admin).list_page(CustomerQuery(text=text), limit=50).rows
    return {r.name for r in rows}


def test_searchable_contact_value_finds_its_customer(office: Office) -> None:
    contacts = ContactService(office.db, office.admin)
    contact_id = contacts.add(
        office.ids["hx"], ContactInput(name="王五", extra={"x_wechat": "翡翠会员", "x_level": "a"})
    )
    assert _found(office, "翡翠会员") == {"华信商贸"}
    assert _found(office, "翡翠") == {"华信商贸"}
    assert _found(office, "甲级") == set()  # a field not marked searchable stays out of the document

    # a changed value: the old one no longer finds the customer, the new one does
    version = contacts.list_for(office.ids["hx"])[0].version
    contacts.update(contact_id, version, ContactInput(name="王五", extra={"x_wechat": "珍珠会员"}))
    assert _found(office, "翡翠") == set()
    assert _found(office, "珍珠会员") == {"华信商贸"}

    # the bulk rebuild (demo load, upgrades) builds the same document
    assert search_index.rebuild_all(office.db) == 3
    assert _found(office, "珍珠会员") == {"华信商贸"}

    contacts.delete(contact_id)
    assert _found(office, "珍珠会员") == set()


def test_searchable_flag_change_refreshes_documents(office: Office) -> None:
    ContactService(office.db, office.admin).add(
        office.ids["yh"], ContactInput(name="赵六", extra={"x_wechat": "玛瑙"})
    )
    assert _found(office, "玛瑙") == {"远航科技"}
    assert _found(office, "玛瑙", office.rep) == {"远航科技"}  # the rep owns this customer

    definitions = DefinitionService(office.db, office.admin)
    stored = next(f for f in _contact_fields(office) if f.key == "x_wechat")
    off = definitions.update_field("contact", replace(stored, searchable=False))
    assert _found(office, "玛瑙") == set()
    back = definitions.update_field("contact", replace(off, searchable=True))
    assert _found(office, "玛瑙") == {"远航科技"}
    definitions.delete_field("contact", "x_wechat", back.version)
    assert _found(office, "玛瑙") == set()


def _contact_fields(office: Office) -> list[FieldDef]:
    with office.db.read_only() as session:
        return store.custom_fields(session, "contact")


def _sheet(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def test_export_contacts_of_the_listed_customers_within_scope(office: Office, tmp_path: Path) -> None:
    admin = ContactService(office.db, office.admin)
    admin.add(office.ids["hx"], ContactInput(name="王五", job_title="=HYPERLINK(\"x\")", birthday=date(1990, 5, 1),
                                             extra={"x_wechat": "翡翠会员", "x_level": "b"}))  # fmt: skip
    admin.add(office.ids["yh"], ContactInput(name="赵六", is_primary=True, extra={"x_level": "a"}))
    admin.add(office.ids["yh"], ContactInput(name="钱七", mobile="139 0000 1111"))
    admin.add(office.ids["lm"], ContactInput(name="孙八"))

    target = tmp_path / "contacts.xlsx"
    assert ExportService(office.db, office.admin).export_contacts(target, language="en") == 4
    rows = _sheet(target)
    assert rows[0][:3] == ("Customer", "Name", "Gender") and rows[0][-2:] == ("WeChat", "Level")
    by_name = {r[1]: r for r in rows[1:]}
    wang = by_name["王五"]
    assert wang[0] == "华信商贸" and wang[-2:] == ("翡翠会员", "Class B")  # choice labels, not keys
    assert wang[rows[0].index("Job title")] == '=HYPERLINK("x")'  # stored as text, never as a formula
    assert wang[rows[0].index("Birthday")] is not None
    assert by_name["赵六"][rows[0].index("Primary contact")] == "Yes"
    # customers in list order (name), each one's primary contact first
    assert [r[1] for r in rows[1:] if r[0] == "远航科技"] == ["赵六", "钱七"]

    # the list's search narrows the customers; a rep sees only the contacts of customers they may see
    assert ExportService(office.db, office.admin).export_contacts(target, CustomerQuery(text="翡翠")) == 1
    assert [r[1] for r in _sheet(target)[1:]] == ["王五"]
    assert ExportService(office.db, office.rep).export_contacts(target) == 3
    assert {r[0] for r in _sheet(target)[1:]} == {"远航科技", "黎明书店"}
    assert _sheet(target)[0][0] == "客户名称"
    assert [a.action for a in audit_rows(office.db, "contact")].count("export") == 3  # one row an export


def test_export_contacts_needs_the_export_permission(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        viewer = add_user(
            s, "viewer", roles=[add_role(s, "viewer", permissions={"customers": ("view",)}, scope="all")]
        )
    with pytest.raises(PermissionDenied):
        ExportService(db, context_for(db, viewer)).export_contacts(tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
