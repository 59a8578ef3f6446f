"""Quotes, sales orders and contracts as customisable entities: the shipped forms are valid, custom values are
checked on save against the station's form (built-in and custom errors together), defaults filled in, values
stored in `extra` and kept when saved from a station whose form lacks the field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.db.models import Contract, Quote, SalesOrder
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.contracts import ContractInput, ContractService
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import Cell, FieldDef, Option, Section
from crm_desktop.services.definitions.store import DefinitionService, form_for
from crm_desktop.services.definitions.validation import validate_form, validate_list
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.orders import OrderInput, OrderLineInput, OrderService
from crm_desktop.services.quick_sale import QuickSaleInput, QuickSaleService
from crm_desktop.services.quotes import QuoteInput, QuoteLineInput, QuoteService
from crm_desktop.services.validation import REQUIRED
from tests.services.helpers import count
from tests.services.orders_office import OrdersOffice, build_orders_office
from tests.services.quotes_office import QuotesOffice, build_quotes_office

D = Decimal
MORE = {"zh_CN": "更多", "en": "More"}
PO = FieldDef("x_po", "text", {"zh_CN": "客户订单号", "en": "Customer PO"}, max_length=20)
TERMS = FieldDef("x_pay", "choice", {"zh_CN": "付款方式", "en": "Payment terms"}, default="net30", options=(
    Option("net30", {"zh_CN": "月结30天", "en": "Net 30"}), Option("cash", {"zh_CN": "现款", "en": "Cash"})))  # fmt: skip


def _add_to_form(db: Database, admin: UserContext, entity: str, station: str | None) -> None:
    """x_po (required) and x_pay (default net30) on the entity's form for `station`."""
    service = DefinitionService(db, admin)
    for f in (PO, TERMS):
        service.create_field(entity, f)
    base = entities.spec(entity).base_form(station)
    section = Section("more", MORE, 2, ((Cell("x_po", required=True), Cell("x_pay")),))
    layer = "station" if station else "company"
    service.save_layout(replace(base, sections=(*base.sections, section)), layer, station, based_on=0)


@pytest.mark.parametrize("entity", ["quote", "order", "contract"])
def test_shipped_forms_and_lists_are_valid(entity: str) -> None:
    spec = entities.spec(entity)
    fields = {f.key: f for f in spec.builtin_fields}
    for station, layout in spec.base_forms.items():
        assert validate_form(layout, fields, entity) == [], station
    columns = {f.key: f for f in entities.list_fields(entity)}
    for station, list_layout in spec.base_lists.items():
        assert validate_list(list_layout, columns, entity) == [], station
    assert spec.base_form("storefront").field_keys() != spec.base_form("key_accounts").field_keys()


@pytest.fixture
def quotes(db: Database) -> QuotesOffice:
    office = build_quotes_office(db)
    _add_to_form(db, office.root, "quote", "key_accounts")
    return office


def test_quote_custom_values_are_checked_defaulted_and_kept(quotes: QuotesOffice) -> None:
    rep = replace(quotes.rep, station_code="key_accounts")
    service = QuoteService(quotes.db, rep)
    line = QuoteLineInput(quotes.printer, D(1))
    with pytest.raises(ValidationError) as caught:  # built-in and custom errors at once, nothing saved
        service.create(QuoteInput(quotes.customer, [line], title="x" * 201))
    assert set(caught.value.fields) == {"title", "x_po"} and caught.value.fields["x_po"] == REQUIRED
    assert count(quotes.db, Quote) == 0
    quote_id = service.create(QuoteInput(quotes.customer, [line], title="打印机", extra={"x_po": " PO-7 "}))
    detail = service.get(quote_id)
    assert detail.extra == {"x_po": "PO-7", "x_pay": "net30"}  # trimmed; the default filled in
    # from the company's default form (no custom fields) the values stay as stored
    plain = QuoteService(quotes.db, quotes.rep)
    plain.update(
        quote_id, detail.version, QuoteInput(quotes.customer, [line], title="打印机二", extra={"x_po": ""})
    )
    assert plain.get(quote_id).extra == {"x_po": "PO-7", "x_pay": "net30"}
    with pytest.raises(ValidationError) as caught:
        service.update(quote_id, plain.get(quote_id).version,
                       QuoteInput(quotes.customer, [line], extra={"x_po": "P" * 21, "x_pay": "cash"}))  # fmt: skip
    assert list(caught.value.fields) == ["x_po"]


def test_contract_custom_values_and_a_draft_from_a_quote(quotes: QuotesOffice) -> None:
    _add_to_form(quotes.db, quotes.root, "contract", None)
    service = ContractService(quotes.db, quotes.rep)
    with pytest.raises(ValidationError) as caught:
        service.create(ContractInput("", quotes.customer, D(100)))
    assert caught.value.fields == {"title": REQUIRED, "x_po": REQUIRED}
    contract_id = service.create(ContractInput("年度合同", quotes.customer, D(100), extra={"x_po": "C-1"}))
    detail = service.get(contract_id)
    assert detail.extra == {"x_po": "C-1", "x_pay": "net30"}
    service.update(contract_id, detail.version, ContractInput("年度合同", quotes.customer, D(120),
                                                              extra={"x_po": "C-2", "x_pay": "cash"}))  # fmt: skip
    assert service.get(contract_id).extra == {"x_po": "C-2", "x_pay": "cash"}
    assert count(quotes.db, Contract) == 1


@pytest.fixture
def orders(db: Database) -> OrdersOffice:
    office = build_orders_office(db)
    _add_to_form(db, office.root, "order", "storefront")
    return office


def test_order_and_quick_sale_carry_required_and_default_custom_values(orders: OrdersOffice) -> None:
    clerk = replace(orders.clerk, station_code="storefront")
    lines = [OrderLineInput(orders.toner, "硒鼓", "个", D(1), D("300"))]
    before = count(orders.db, SalesOrder)
    with pytest.raises(ValidationError) as caught:
        QuickSaleService(orders.db, clerk).sell(QuickSaleInput(walk_in_name="王先生", lines=lines))
    assert caught.value.fields == {"x_po": REQUIRED}
    assert count(orders.db, SalesOrder) == before
    sold = QuickSaleService(orders.db, clerk).sell(
        QuickSaleInput(walk_in_name="王先生", lines=lines, extra={"x_po": "Q-1"})
    )
    assert OrderService(orders.db, clerk).get(sold.order_id).extra == {"x_po": "Q-1", "x_pay": "net30"}
    order_id = OrderService(orders.db, clerk).create(
        OrderInput(customer_id=orders.store_customer, order_date=date.today(), lines=lines,
                   extra={"x_po": "O-1", "x_pay": "cash", "x_other": "dropped"})
    )  # fmt: skip
    assert OrderService(orders.db, clerk).get(order_id).extra == {"x_po": "O-1", "x_pay": "cash"}
    # another station's order form has no custom fields: nothing required there
    assert "x_po" not in form_for_station(orders.db, "key_accounts")


def form_for_station(db: Database, station: str) -> list[str]:
    with db.read_only() as session:
        return form_for(session, "order", station).layout.field_keys()
