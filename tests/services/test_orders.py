"""Sales orders end to end on both engines: accepted quote → signed contract → order → payment plan → partial and
full receipts → overdue; returns; quick sale at the counter; refusals that change nothing; data scope."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.models import Customer, PaymentInstalment, Receipt, SalesOrder
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.orders import InstalmentInput, OrderInput, OrderLineInput, OrderQuery, OrderService
from crm_desktop.services.quick_sale import QuickSaleInput, QuickSaleService
from crm_desktop.services.receipts import ReceiptInput, ReceiptService
from crm_desktop.services.receivables import ReceivablesService
from crm_desktop.services.returns import ReturnInput, ReturnLineInput, ReturnService
from tests.services.helpers import audit_rows, count
from tests.services.orders_office import OrdersOffice, build_orders_office

TODAY = date.today()
D = Decimal


@pytest.fixture
def office(db: Database) -> OrdersOffice:
    return build_orders_office(db)


def _order_from_contract(office: OrdersOffice) -> int:
    orders = OrderService(office.db, office.rep)
    draft = orders.draft_from_contract(office.contract)
    assert draft.customer_id == office.customer and draft.quote_id == office.quote
    assert [(ln.description, ln.quantity, ln.unit_price, ln.discount_pct) for ln in draft.lines] == [
        ("激光打印机", D(2), D(1800), D(10))
    ]
    draft.order_date = TODAY - timedelta(days=40)
    draft.instalments = [
        InstalmentInput(TODAY - timedelta(days=30), D("1000")),
        InstalmentInput(TODAY - timedelta(days=10), D("1240")),
        InstalmentInput(TODAY + timedelta(days=20), D("1000")),
    ]
    return orders.create(draft)


def test_contract_to_order_receipts_and_overdue(office: OrdersOffice) -> None:
    order_id = _order_from_contract(office)
    orders, receipts = OrderService(office.db, office.rep), ReceiptService(office.db, office.rep)
    detail = orders.get(order_id)
    assert detail.row.number.startswith("XS") and detail.row.status == "open"
    assert detail.row.total_amount == D("3240.00") and detail.contract_id == office.contract
    assert [i.amount for i in detail.instalments] == [D("1000"), D("1240"), D("1000")]
    first, second, third = detail.instalments

    # partial receipt of the first instalment
    rid = receipts.record(ReceiptInput(order_id, first.id, "600", TODAY))
    detail = orders.get(order_id)
    assert detail.row.status == "partly_paid" and detail.instalments[0].status == "partly_paid"
    assert detail.receipts[0].number.startswith("SK") and detail.receipts[0].amount == D("600")
    assert rid == detail.receipts[0].id

    overdue = ReceivablesService(office.db, office.rep).overdue(TODAY)
    assert [(o.seq, o.open_amount, o.days_overdue) for o in overdue] == [
        (1, D("400"), 30),
        (2, D("1240"), 10),
    ]
    [by_order] = ReceivablesService(office.db, office.rep).by_order(TODAY)
    assert (by_order.open_amount, by_order.overdue_amount) == (D("2640"), D("1640"))

    # the rest: first instalment in full, then the other two
    receipts.record(ReceiptInput(order_id, first.id, D("400"), TODAY))
    receipts.record(ReceiptInput(order_id, second.id, D("1240"), TODAY))
    assert orders.get(order_id).instalments[0].status == "paid"
    assert ReceivablesService(office.db, office.rep).overdue(TODAY) == []
    receipts.record(ReceiptInput(order_id, third.id, D("1000"), TODAY))
    detail = orders.get(order_id)
    assert detail.row.status == "paid" and detail.open_amount == 0 and detail.row.received_amount == D("3240")
    assert ReceivablesService(office.db, office.rep).by_customer(TODAY) == []
    assert [a.action for a in audit_rows(office.db, "order", order_id)] == ["create"] + ["receipt"] * 4


def test_order_from_accepted_quote_and_refusals(office: OrdersOffice) -> None:
    orders = OrderService(office.db, office.rep)
    draft = orders.draft_from_quote(office.quote)
    order_id = orders.create(draft)
    detail = orders.get(order_id)
    assert detail.quote_id == office.quote and len(detail.instalments) == 1
    assert detail.instalments[0].amount == D("3240") and detail.instalments[0].due_date == TODAY
    with office.db.unit_of_work() as s:
        from crm_desktop.db.models import Quote

        quote = s.get(Quote, office.quote)
        assert quote is not None
        quote.status = "issued"
    with pytest.raises(ServiceError) as caught:
        orders.draft_from_quote(office.quote)
    assert "accepted" in str(caught.value)


@pytest.mark.parametrize(
    ("line", "field_message"),
    [
        (OrderLineInput(description="x", quantity=D(-1), unit_price=D(10)), "quantity must be greater"),
        (OrderLineInput(description="x", quantity=D(1), unit_price=D(10), discount_pct=D(120)), "discount"),
        (OrderLineInput(description="x", quantity=D(1), unit_price=D(-5)), "price must not be negative"),
    ],
)
def test_bad_lines_change_nothing(office: OrdersOffice, line: OrderLineInput, field_message: str) -> None:
    before = count(office.db, SalesOrder)
    data = OrderInput(
        customer_id=office.customer, lines=[OrderLineInput(description="ok", unit_price=D(1)), line]
    )
    with pytest.raises(ValidationError) as caught:
        OrderService(office.db, office.rep).create(data)
    assert field_message in caught.value.fields["lines"] and caught.value.field_params["lines"]["row"] == 2
    assert count(office.db, SalesOrder) == before


def test_plan_must_add_up(office: OrdersOffice) -> None:
    data = OrderInput(
        customer_id=office.customer,
        lines=[OrderLineInput(description="维修配件", quantity=D(3), unit_price=D("100"))],
        instalments=[InstalmentInput(TODAY, D("100")), InstalmentInput(TODAY + timedelta(days=30), D("150"))],
    )
    with pytest.raises(ValidationError) as caught:
        OrderService(office.db, office.rep).create(data)
    assert caught.value.field_params["instalments"] == {"plan": "250.00", "total": "300.00"}
    assert count(office.db, SalesOrder) == 0


def test_receipt_above_open_is_refused(office: OrdersOffice) -> None:
    order_id = _order_from_contract(office)
    detail = OrderService(office.db, office.rep).get(order_id)
    with pytest.raises(ValidationError) as caught:
        ReceiptService(office.db, office.rep).record(
            ReceiptInput(order_id, detail.instalments[0].id, "1000.01", TODAY)
        )
    assert caught.value.field_params["amount"] == {"amount": "1,000.01", "open": "1,000.00"}
    assert count(office.db, Receipt) == 0
    after = OrderService(office.db, office.rep).get(order_id)
    assert after.row.status == "open" and after.version == detail.version
    with pytest.raises(ValidationError):
        ReceiptService(office.db, office.rep).record(
            ReceiptInput(order_id, detail.instalments[0].id, "-5", TODAY)
        )


def test_returns_reduce_the_receivable(office: OrdersOffice) -> None:
    orders = OrderService(office.db, office.rep)
    order_id = orders.create(
        OrderInput(
            customer_id=office.customer,
            lines=[
                OrderLineInput(office.printer, "激光打印机", "台", D(2), D("1800")),
                OrderLineInput(office.toner, "硒鼓", "个", D(3), D("300"), D("10")),
            ],
        )
    )
    detail = orders.get(order_id)
    assert detail.row.total_amount == D("4410.00")  # 3600 + 810
    printer_line, toner_line = detail.lines
    ReceiptService(office.db, office.rep).record(
        ReceiptInput(order_id, detail.instalments[0].id, "1000", TODAY)
    )
    returns = ReturnService(office.db, office.rep)
    with pytest.raises(ValidationError) as caught:
        returns.create(ReturnInput(order_id, [ReturnLineInput(toner_line.id, "4")]))
    assert caught.value.field_params["lines"] == {"row": 2, "max": "3", "sold": "3", "returned": "0"}
    returns.create(ReturnInput(order_id, [ReturnLineInput(toner_line.id, "1")], TODAY, "破损"))
    detail = orders.get(order_id)
    assert detail.returns[0].amount == D("270.00") and detail.returns[0].number.startswith("TH")
    assert detail.open_amount == D("4410") - D("1000") - D("270")
    assert detail.lines[1].returned_quantity == 1
    with pytest.raises(ValidationError):  # 2 left, 3 asked
        returns.create(ReturnInput(order_id, [ReturnLineInput(toner_line.id, "3")]))
    # returning everything that is left: the paid 1000 exceeds what is still due, so part becomes a refund
    returns.create(
        ReturnInput(order_id, [ReturnLineInput(toner_line.id, "2"), ReturnLineInput(printer_line.id, "2")])
    )
    detail = orders.get(order_id)
    assert detail.row.status == "returned" and detail.open_amount == 0
    assert detail.returns[1].amount == D("4140.00") and detail.returns[1].refund_amount == D("1000.00")


def test_quick_sale_walk_in(office: OrdersOffice) -> None:
    sale = QuickSaleService(office.db, office.clerk)
    [printer] = sale.find_products("jgdy", office.customer)
    assert printer.name == "激光打印机"
    assert printer.price == D("2000")  # the clerk cannot see 华强电子, so no grade price
    assert sale.find_products("P-1001", None)[0].id == office.printer
    result = sale.sell(
        QuickSaleInput(
            walk_in_name="王先生",
            walk_in_phone="139 0000 1234",
            lines=[OrderLineInput(office.toner, "硒鼓", "个", D(2), D("300"))],
        )
    )
    assert (result.total, result.paid) == (D("600.00"), D("600.00")) and result.receipt_number
    detail = OrderService(office.db, office.clerk).get(result.order_id)
    assert detail.row.kind == "quick_sale" and detail.row.status == "paid"
    assert detail.row.customer_name == "王先生"
    with office.db.read_only() as s:
        walk_in = s.get(Customer, result.customer_id)
        assert (
            walk_in is not None and walk_in.owner_id == office.clerk.user_id and walk_in.kind == "individual"
        )


def test_quick_sale_grade_price_and_partial_payment(office: OrdersOffice) -> None:
    sale = QuickSaleService(office.db, office.rep)
    [printer] = sale.find_products("激光", office.customer)
    assert printer.price == D("1800")  # grade A price for 华强电子
    result = sale.sell(
        QuickSaleInput(
            customer_id=office.customer,
            lines=[OrderLineInput(printer.id, printer.name, printer.unit, D(1), printer.price)],
            paid_amount=D("500"),
        )
    )
    detail = OrderService(office.db, office.rep).get(result.order_id)
    assert detail.row.status == "partly_paid" and detail.open_amount == D("1300")
    before = count(office.db, SalesOrder)
    with pytest.raises(ValidationError):
        sale.sell(QuickSaleInput(customer_id=office.customer, lines=[OrderLineInput(None, "x", None, D(1), D(5))],
                                 paid_amount=D("6")))  # fmt: skip
    with pytest.raises(ValidationError):
        sale.sell(QuickSaleInput(lines=[OrderLineInput(None, "x", None, D(1), D(5))]))
    assert count(office.db, SalesOrder) == before


def test_scope_of_orders_and_receivables(office: OrdersOffice) -> None:
    rep_order = _order_from_contract(office)
    store_sale = QuickSaleService(office.db, office.clerk).sell(
        QuickSaleInput(
            customer_id=office.store_customer,
            lines=[OrderLineInput(None, "打印纸", "箱", D(1), D(90))],
            paid_amount=D(0),
        )
    )

    def numbers(user: UserContext) -> set[int]:
        return {r.id for r in OrderService(office.db, user).list_page(OrderQuery()).rows}

    assert numbers(office.rep) == {rep_order}
    assert numbers(office.rep2) == set()
    assert numbers(office.lead) == {store_sale.order_id}  # department scope: the storefront's orders
    assert numbers(office.viewer) == {rep_order, store_sale.order_id}
    assert numbers(office.root) == {rep_order, store_sale.order_id}
    with pytest.raises(PermissionDenied):
        OrderService(office.db, office.rep2).get(rep_order)
    detail = OrderService(office.db, office.rep).get(rep_order)
    with pytest.raises(PermissionDenied):
        ReceiptService(office.db, office.rep2).record(
            ReceiptInput(rep_order, detail.instalments[0].id, "1", TODAY)
        )
    with pytest.raises(PermissionDenied):  # view only
        ReceiptService(office.db, office.viewer).record(
            ReceiptInput(rep_order, detail.instalments[0].id, "1", TODAY)
        )
    assert [o.order_id for o in ReceivablesService(office.db, office.rep2).overdue(TODAY)] == []
    assert {o.order_id for o in ReceivablesService(office.db, office.viewer).overdue(TODAY)} == {rep_order}
    assert [c.customer_id for c in ReceivablesService(office.db, office.lead).by_customer(TODAY)] == [
        office.store_customer
    ]
    assert [r.id for r in OrderService(office.db, office.rep).list_page(OrderQuery(text="华强")).rows] == [
        rep_order
    ]


def test_cancel_only_without_money(office: OrdersOffice) -> None:
    orders = OrderService(office.db, office.rep)
    order_id = _order_from_contract(office)
    detail = orders.get(order_id)
    ReceiptService(office.db, office.rep).record(ReceiptInput(order_id, detail.instalments[0].id, "1", TODAY))
    with pytest.raises(ServiceError):
        orders.cancel(order_id, orders.get(order_id).version)
    other = orders.create(
        OrderInput(customer_id=office.customer, lines=[OrderLineInput(None, "x", None, D(1), D(5))])
    )
    orders.cancel(other, orders.get(other).version)
    assert orders.get(other).row.status == "cancelled"
    with office.db.read_only() as s:
        assert s.scalar(select(PaymentInstalment.status).where(PaymentInstalment.order_id == other)) == "open"
    # a cancelled order owes nothing; the other one still does
    owing = ReceivablesService(office.db, office.rep).by_order(TODAY + timedelta(days=5))
    assert [r.order_id for r in owing] == [order_id]


def test_parallel_receipts_cannot_overpay(office: OrdersOffice) -> None:
    """Two stations take the whole open amount of one instalment at once: the order row lock lets one through."""
    from concurrent.futures import ThreadPoolExecutor

    order_id = _order_from_contract(office)
    first = OrderService(office.db, office.rep).get(order_id).instalments[0]

    def take() -> str:
        try:
            ReceiptService(office.db, office.rep).record(ReceiptInput(order_id, first.id, "1000", TODAY))
        except ValidationError:
            return "refused"
        return "ok"

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(lambda _i: take(), range(2)))
    assert outcomes == ["ok", "refused"]
    detail = OrderService(office.db, office.rep).get(order_id)
    assert detail.instalments[0].received_amount == D("1000") and len(detail.receipts) == 1


def test_draft_by_document_number(office: OrdersOffice) -> None:
    orders = OrderService(office.db, office.rep)
    assert orders.draft_from_number(" HT202611220001 ").contract_id == office.contract
    by_quote = orders.draft_from_number("BJ202611220001")
    assert by_quote.quote_id == office.quote and by_quote.contract_id is None and len(by_quote.lines) == 1
    with pytest.raises(NotFound):
        orders.draft_from_number("XX-404")
    with pytest.raises(PermissionDenied):  # rep2 may not see rep's contract
        OrderService(office.db, office.rep2).draft_from_number("HT202611220001")
