"""Custom fields in use: values checked on save against the station's form, stored in `extra`, listed,
filtered, sorted, searched, exported and imported (customers) — and on contacts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from crm_desktop.db.models import CodeItem, Customer
from crm_desktop.db.session import Database
from crm_desktop.exports.excel import write_xlsx
from crm_desktop.services.contacts import ContactInput, ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import Condition, CustomerInput, CustomerQuery, CustomerService
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import Cell, FieldDef, Option, Section
from crm_desktop.services.definitions.schema import Condition as When
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.definitions.values import DELETED_CHOICE, TOO_LARGE
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.exports import ExportService
from crm_desktop.services.imports import ImportService
from crm_desktop.services.validation import BAD_EMAIL, REQUIRED
from tests.services.helpers import CUSTOMER_ALL, add_role, add_user, context_for

ZH = {"zh_CN": "其他", "en": "Other"}
LEVEL = FieldDef("x_level", "integer", {"zh_CN": "级别", "en": "Level"}, minimum="1", maximum="5")
BRAND = FieldDef("x_brand", "text", {"zh_CN": "意向品牌", "en": "Brand"}, searchable=True, max_length=40)
GRADE = FieldDef("x_grade", "choice", {"zh_CN": "评级", "en": "Rating"}, code_table="customer_grade")
SIZE = FieldDef("x_size", "choice", {"zh_CN": "规模", "en": "Size"}, default="s",
                options=(Option("s", {"zh_CN": "小", "en": "Small"}), Option("l", {"zh_CN": "大", "en": "Large"})))  # fmt: skip
HOBBY = FieldDef("x_hobby", "text", {"zh_CN": "爱好", "en": "Hobby"})


@dataclass
class Shop:
    db: Database
    admin: UserContext
    clerk: UserContext  # storefront
    rep: UserContext  # key accounts (sees the base full form: no custom fields)
    grades: list[int]


@pytest.fixture
def shop(db: Database) -> Shop:
    with db.unit_of_work() as s:
        everything = {"system": ("view", "edit"), "customers": (*CUSTOMER_ALL, "export", "import")}
        boss = add_role(s, "boss", permissions=everything, scope="all")
        admin = add_user(s, "wanglei", full_name="王磊", roles=[boss])
        clerk = add_user(s, "liping", full_name="李萍", roles=[boss])
        rep = add_user(s, "yangfan", full_name="杨帆", roles=[boss])
        grades = list(s.execute(select(CodeItem.id).where(CodeItem.category == "customer_grade")
                                .order_by(CodeItem.sort_order, CodeItem.id)).scalars())  # fmt: skip
    shop = Shop(db, context_for(db, admin, "manager"), context_for(db, clerk, "storefront"),
                context_for(db, rep, "key_accounts"), grades)  # fmt: skip
    service = DefinitionService(db, shop.admin)
    for f in (LEVEL, BRAND, GRADE, SIZE):
        service.create_field("customer", f)
    base = entities.spec("customer").base_form("storefront")
    extra = Section("more", {"zh_CN": "更多", "en": "More"}, 2, (
        (Cell("x_level", required=True), Cell("x_brand")),
        (Cell("x_grade"), Cell("x_size")),
        (Cell("email", required_when=(When("x_level", "greater", 3),)),),
    ))  # fmt: skip
    service.save_layout(replace(base, sections=(*base.sections, extra)), "station", "storefront", based_on=0)
    service.create_field("customer", HOBBY)  # exists, but on no form
    service.create_field("contact", LEVEL)
    contact_form = entities.spec("contact").base_form(None)
    service.save_layout(replace(contact_form, sections=(*contact_form.sections, Section(
        "more", ZH, 1, ((Cell("x_level", required=True),),)))), "company", None, based_on=0)  # fmt: skip
    return shop


def test_values_are_checked_against_the_stations_form_and_stored(shop: Shop) -> None:
    customers = CustomerService(shop.db, shop.clerk)
    with pytest.raises(ValidationError) as caught:
        customers.create(CustomerInput(name="", extra={"x_level": "9", "x_brand": "联想"}))
    # built-in and custom errors together; level 9 (though too large) makes the e-mail required
    assert caught.value.fields == {"name": REQUIRED, "x_level": TOO_LARGE, "email": REQUIRED}
    with pytest.raises(ValidationError) as caught:  # email becomes required when the level is above 3
        customers.create(CustomerInput(name="华强电子", extra={"x_level": 4}))
    assert caught.value.fields == {"email": REQUIRED}
    customer_id = customers.create(CustomerInput(name="华强电子", extra={"x_level": "2", "x_brand": " 联想 ",
                                                                        "x_hobby": "钓鱼", "x_unknown": 1}))  # fmt: skip
    detail = customers.get(customer_id)
    # typed values normalised, default applied, fields off this station's form ignored
    assert detail.extra == {"x_level": 2, "x_brand": "联想", "x_size": "s"}

    # key accounts' form has no custom field: saving there keeps the values (never loses data)
    CustomerService(shop.db, shop.rep).update(customer_id, detail.version, replace(
        CustomerInput(name="华强电子有限公司"), extra={"x_level": 5}))  # fmt: skip
    after = customers.get(customer_id)
    assert (after.name, after.extra) == ("华强电子有限公司", detail.extra)

    # clearing a value removes it; a deleted code item gets its own message
    with shop.db.unit_of_work() as s:
        gone = s.get(CodeItem, shop.grades[-1])
        assert gone is not None
        gone.deleted_at = datetime.now(UTC)
    with pytest.raises(ValidationError) as caught:
        customers.update(customer_id, after.version, CustomerInput(name="华强", extra={"x_level": 1,
                                                                                     "x_grade": shop.grades[-1]}))  # fmt: skip
    assert caught.value.fields == {"x_grade": DELETED_CHOICE}
    with pytest.raises(ValidationError) as caught:
        customers.update(
            customer_id, after.version, CustomerInput(name="华强", email="bad", extra={"x_level": 1})
        )
    assert caught.value.fields == {"email": BAD_EMAIL}
    customers.update(
        customer_id, after.version, CustomerInput(name="华强", extra={"x_level": 1, "x_brand": ""})
    )
    assert customers.get(customer_id).extra == {"x_level": 1, "x_size": "s"}


def _make(shop: Shop) -> dict[str, int]:
    customers = CustomerService(shop.db, shop.clerk)
    rows = {"甲公司": {"x_level": 3, "x_brand": "联想", "x_grade": shop.grades[0]},
            "乙公司": {"x_level": 1, "x_brand": "华为", "x_size": "l"},
            "丙公司": {"x_level": 2, "x_brand": "小米", "x_grade": shop.grades[1]}}  # fmt: skip
    return {name: customers.create(CustomerInput(name=name, extra=extra)) for name, extra in rows.items()}


def test_custom_fields_filter_sort_search_and_list(shop: Shop) -> None:
    ids = _make(shop)
    customers = CustomerService(shop.db, shop.clerk)

    def names(query: CustomerQuery, **kwargs: object) -> list[str]:
        return [r.name for r in customers.list_page(query, **kwargs).rows]  # type: ignore[arg-type]

    assert set(names(CustomerQuery(conditions=(Condition("x_level", "at_least", 2),)))) == {
        "甲公司",
        "丙公司",
    }
    assert names(CustomerQuery(conditions=(Condition("x_grade", "equals", shop.grades[0]),))) == ["甲公司"]
    saved = CustomerQuery.from_json(CustomerQuery(conditions=(Condition("x_size", "equals", "l"),)).to_json())
    assert names(saved) == ["乙公司"]
    assert names(CustomerQuery(conditions=(Condition("x_deleted", "equals", "l"),))) == []
    assert set(names(CustomerQuery(conditions=(Condition("x_grade", "empty"),)))) == {"乙公司"}
    assert names(CustomerQuery(conditions=(Condition("x_brand", "contains", "为"),))) == ["乙公司"]
    assert names(CustomerQuery(), sort="x_level") == ["乙公司", "丙公司", "甲公司"]
    assert names(CustomerQuery(), sort="x_level", descending=True) == ["甲公司", "丙公司", "乙公司"]
    # keyset paging over a custom sort key: pages of one, in order, nothing lost
    seen, cursor = [], None
    while True:
        page = customers.list_page(CustomerQuery(), cursor, 1, "x_brand")
        seen += [r.name for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    by_brand = sorted([("乙公司", "华为"), ("丙公司", "小米"), ("甲公司", "联想")], key=lambda pair: pair[1])
    assert seen == [name for name, _brand in by_brand]
    # dates and date-times compare by day; multichoice by item
    service = DefinitionService(shop.db, shop.admin)
    service.create_field("customer", FieldDef("x_since", "date", ZH))
    service.create_field("customer", FieldDef("x_seen", "datetime", ZH))
    service.create_field("customer", FieldDef("x_tags", "multichoice", ZH, code_table="customer_grade"))
    with shop.db.unit_of_work() as s:
        for name, since, seen_at, tags in (("甲公司", "2026-01-05", "2026-01-05T09:30:00+08:00", shop.grades[:2]),
                                        ("乙公司", "2026-02-01", "2026-02-01T23:59:00+08:00", shop.grades[1:2])):  # fmt: skip
            customer = s.get(Customer, ids[name])
            assert customer is not None
            customer.extra = {**customer.extra, "x_since": since, "x_seen": seen_at, "x_tags": tags}
    between = (
        Condition("x_since", "on_or_after", "2026-01-05"),
        Condition("x_since", "on_or_before", "2026-01-31"),
    )
    assert names(CustomerQuery(conditions=between)) == ["甲公司"]
    assert names(CustomerQuery(conditions=(Condition("x_seen", "on_or_after", "2026-02-01"),))) == ["乙公司"]
    assert names(CustomerQuery(conditions=(Condition("x_tags", "has", shop.grades[0]),))) == ["甲公司"]
    assert set(names(CustomerQuery(conditions=(Condition("x_tags", "has", shop.grades[1]),)))) == {
        "甲公司",
        "乙公司",
    }
    assert names(CustomerQuery(conditions=(Condition("x_tags", "empty"),))) == ["丙公司"]
    # searchable custom values are found by the search box; list rows carry the values for custom columns
    assert names(CustomerQuery(text="小米")) == ["丙公司"]
    row = customers.list_page(CustomerQuery(text="联想")).rows[0]
    assert (row.id, row.extra["x_level"]) == (ids["甲公司"], 3)


def test_export_and_import_custom_columns(shop: Shop, tmp_path: Path) -> None:
    ids = _make(shop)
    target = tmp_path / "out.xlsx"
    assert ExportService(shop.db, shop.clerk).export_customers(target, language="en") == 3
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    headers = list(rows[0])
    assert headers[-5:] == ["Level", "Brand", "Rating", "Size", "Hobby"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["乙公司"][-5:] == ("1", "华为", None, "Large", None)

    source = tmp_path / "in.xlsx"
    write_xlsx(source, ["客户名称", "Level", "规模", "Brand"],
               [("甲公司", "4", "大", "联想"), ("丁公司", "2", "小", "OPPO"), ("戊公司", "很高", "", "")])  # fmt: skip
    importer = ImportService(shop.db, shop.clerk)
    preview = importer.preview(source)
    assert preview.mapping == {0: "name", 1: "x_level", 2: "x_size", 3: "x_brand"}
    result = importer.run(source, preview.mapping)
    assert (result.created, result.updated, result.rejected) == (1, 1, 1)
    assert [(e.row, e.field) for e in result.errors] == [(4, "x_level")]
    with shop.db.read_only() as s:
        extras = dict(s.execute(select(Customer.name, Customer.extra)).all())
    assert extras["甲公司"] == {"x_level": 4, "x_brand": "联想", "x_grade": shop.grades[0], "x_size": "l"}
    assert extras["丁公司"] == {"x_level": 2, "x_size": "s", "x_brand": "OPPO"}
    found = CustomerService(shop.db, shop.clerk).list_page(CustomerQuery(text="oppo")).rows
    assert [r.name for r in found] == ["丁公司"]  # a searchable value imported in bulk is searchable
    assert ids


def test_contact_custom_values(shop: Shop) -> None:
    customer_id = CustomerService(shop.db, shop.clerk).create(
        CustomerInput(name="华强", extra={"x_level": 1})
    )
    contacts = ContactService(shop.db, shop.clerk)
    with pytest.raises(ValidationError) as caught:
        contacts.add(customer_id, ContactInput(name="张三"))
    assert caught.value.fields == {"x_level": REQUIRED}
    contact_id = contacts.add(customer_id, ContactInput(name="张三", extra={"x_level": "3"}))
    [dto] = contacts.list_for(customer_id)
    assert (dto.id, dto.extra) == (contact_id, {"x_level": 3})
    contacts.update(contact_id, dto.version, ContactInput(name="张三", extra={"x_level": 4}))
    assert contacts.list_for(customer_id)[0].extra == {"x_level": 4}
