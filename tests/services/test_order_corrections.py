"""Order corrections on both engines: reversing a receipt (红冲) gives the money back to the plan and the status falls
back; a second or stale reversal is refused; editing an order before money arrives (same rules as creation, stale
copies refused); the receivables and overdue lists page by key without a row cap."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.models import OrderLine, PaymentInstalment, SalesOrder
from crm_desktop.db.session import Database
from crm_desktop.services.errors import ConcurrentEditError, PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.order_edit import OrderEditService, draft_of, editable
from crm_desktop.services.orders import InstalmentInput, OrderInput, OrderLineInput, OrderService
from crm_desktop.services.receipts import ReceiptInput, ReceiptService
from crm_desktop.services.receivables import ReceivablesService
from tests.services.helpers import audit_rows
from tests.services.orders_office import OrdersOffice, build_orders_office

TODAY = date.today()
D = Decimal


@pytest.fixture
def office(db: Database) -> OrdersOffice:
    return build_orders_office(db)


def _order(office: OrdersOffice, *amounts: str, days_ago: int = 30) -> int:
    """An order of the rep for one line of sum(amounts), with one instalment per amount, all overdue."""
    total = sum((D(a) for a in amounts), D(0))
    plan = [InstalmentInput(TODAY - timedelta(days=days_ago - i), D(a)) for i, a in enumerate(amounts)]
    data = OrderInput(customer_id=office.customer, order_date=TODAY - timedelta(days=days_ago + 5),
                      lines=[OrderLineInput(None, "服务费", None, D(1), total)], instalments=plan)  # fmt: skip
    return OrderService(office.db, office.rep).create(data)


def test_reverse_receipt_restores_open_amounts(office: OrdersOffice) -> None:
    order_id = _order(office, "1000", "500")
    orders, receipts = OrderService(office.db, office.rep), ReceiptService(office.db, office.rep)
    first, second = orders.get(order_id).instalments
    receipts.record(ReceiptInput(order_id, first.id, "1000", TODAY))
    rid = receipts.record(ReceiptInput(order_id, second.id, "500", TODAY))
    detail = orders.get(order_id)
    assert detail.row.status == "paid" and ReceivablesService(office.db, office.rep).overdue(TODAY) == []
    receipt = next(r for r in detail.receipts if r.id == rid)

    with pytest.raises(ValidationError) as missing:
        receipts.reverse(rid, receipt.version, "  ")
    assert "reason" in missing.value.fields
    assert receipts.reverse(rid, receipt.version, "客户转账退回") == order_id

    detail = orders.get(order_id)
    assert detail.row.status == "partly_paid" and detail.row.received_amount == D("1000")
    assert [(i.status, i.open_amount) for i in detail.instalments] == [("paid", D(0)), ("open", D("500"))]
    shown = next(r for r in detail.receipts if r.id == rid)  # still in the history, marked
    assert shown.reversed_at is not None and shown.reversed_by_name == "杨帆"
    assert shown.reversal_reason == "客户转账退回" and len(detail.receipts) == 2
    [late] = ReceivablesService(office.db, office.rep).overdue(TODAY)
    assert (late.instalment_id, late.open_amount) == (second.id, D("500"))
    [owing] = ReceivablesService(office.db, office.rep).by_order(TODAY)
    assert (owing.open_amount, owing.overdue_amount) == (D("500"), D("500"))
    assert [a.action for a in audit_rows(office.db, "order", order_id)][-1] == "reverse_receipt"

    # twice, or from the stale copy shown before: refused with the receipt's number, nothing changes
    with pytest.raises(ServiceError) as twice:
        receipts.reverse(rid, shown.version, "again")
    assert "already reversed" in twice.value.message
    with pytest.raises(ServiceError):
        receipts.reverse(rid, receipt.version, "again")
    assert orders.get(order_id).row.received_amount == D("1000")

    # the money can be recorded again; reversing the other receipt brings the order back to open
    receipts.record(ReceiptInput(order_id, second.id, "500", TODAY))
    first_receipt = orders.get(order_id).receipts[0]
    receipts.reverse(first_receipt.id, first_receipt.version, "录错订单")
    assert orders.get(order_id).row.status == "partly_paid"


def test_stale_receipt_copy_and_access(office: OrdersOffice) -> None:
    order_id = _order(office, "800")
    orders, receipts = OrderService(office.db, office.rep), ReceiptService(office.db, office.rep)
    inst = orders.get(order_id).instalments[0]
    rid = receipts.record(ReceiptInput(order_id, inst.id, "800", TODAY))
    version = orders.get(order_id).receipts[0].version
    with pytest.raises(ServiceError) as stale:
        receipts.reverse(rid, version + 1, "x")
    assert "changed by someone else" in stale.value.message
    with pytest.raises(PermissionDenied):  # view only
        ReceiptService(office.db, office.viewer).reverse(rid, version, "x")
    with pytest.raises(PermissionDenied):  # outside the own scope
        ReceiptService(office.db, office.rep2).reverse(rid, version, "x")
    receipts.reverse(rid, version, "金额录错")
    detail = orders.get(order_id)
    assert detail.row.status == "open" and detail.open_amount == D("800") and editable(detail)


def test_edit_order_before_money(office: OrdersOffice) -> None:
    order_id = _order(office, "600", "400")
    orders, edits = OrderService(office.db, office.rep), OrderEditService(office.db, office.rep)
    detail = orders.get(order_id)
    assert editable(detail)
    draft = draft_of(detail)
    draft.lines = [OrderLineInput(office.printer, "激光打印机", "台", "2", "1800", "10"), OrderLineInput(None, "安装", None, D(1), D(160))]  # fmt: skip
    draft.instalments = [InstalmentInput(TODAY + timedelta(days=10), D("3400"))]  # 3240 + 160
    edits.update(order_id, detail.version, draft)
    after = orders.get(order_id)
    assert after.row.total_amount == D("3400") and [ln.amount for ln in after.lines] == [D("3240"), D("160")]
    assert [(i.seq, i.amount, i.status) for i in after.instalments] == [(1, D("3400"), "open")]
    assert after.row.number == detail.row.number and after.version > detail.version
    assert ReceivablesService(office.db, office.rep).overdue(TODAY) == []
    assert [a.action for a in audit_rows(office.db, "order", order_id)][-1] == "update"

    # the stale copy (the version shown before) is refused and changes nothing
    with pytest.raises(ConcurrentEditError):
        edits.update(order_id, detail.version, draft_of(detail))
    # the same rules as creation
    bad = draft_of(after)
    bad.instalments = [InstalmentInput(TODAY, D("3000"))]
    with pytest.raises(ValidationError) as plan:
        edits.update(order_id, after.version, bad)
    assert "instalments" in plan.value.fields
    bad = draft_of(after)
    bad.lines = [OrderLineInput(None, "x", None, "0", "5")]
    with pytest.raises(ValidationError):
        edits.update(order_id, after.version, bad)
    assert orders.get(order_id).row.total_amount == D("3400")
    with office.db.read_only() as s:
        assert len(list(s.scalars(select(OrderLine.id).where(OrderLine.order_id == order_id)))) == 2


def test_edit_refused_with_money_or_cancelled(office: OrdersOffice) -> None:
    order_id = _order(office, "600", "400")
    orders, edits = OrderService(office.db, office.rep), OrderEditService(office.db, office.rep)
    detail = orders.get(order_id)
    rid = ReceiptService(office.db, office.rep).record(
        ReceiptInput(order_id, detail.instalments[1].id, "1", TODAY)
    )
    detail = orders.get(order_id)
    assert not editable(detail)
    with pytest.raises(ServiceError) as paid:
        edits.update(order_id, detail.version, draft_of(detail))
    assert "receipts" in paid.value.message
    # after the reversal the order can be edited again: the reversed receipt keeps naming its instalment
    ReceiptService(office.db, office.rep).reverse(rid, detail.receipts[0].version, "错收")
    detail = orders.get(order_id)
    draft = draft_of(detail)
    draft.instalments = [InstalmentInput(TODAY, D("1000"))]
    edits.update(order_id, detail.version, draft)
    detail = orders.get(order_id)
    assert [i.amount for i in detail.instalments] == [D("1000")] and detail.receipts[0].instalment_seq is None
    draft.instalments = [InstalmentInput(TODAY, D("500")), InstalmentInput(TODAY, D("500"))]
    edits.update(order_id, detail.version, draft)  # seq 2 is free again
    with office.db.read_only() as s:
        assert s.scalar(select(SalesOrder.total_amount).where(SalesOrder.id == order_id)) == D("1000")
        seqs = sorted(s.scalars(select(PaymentInstalment.seq).where(PaymentInstalment.order_id == order_id)))
    assert seqs[-2:] == [1, 2] and len(seqs) == 3
    with pytest.raises(PermissionDenied):
        OrderEditService(office.db, office.viewer).update(order_id, orders.get(order_id).version, draft)
    orders.cancel(order_id, orders.get(order_id).version)
    with pytest.raises(ServiceError) as cancelled:
        edits.update(order_id, orders.get(order_id).version, draft)
    assert "cancelled" in cancelled.value.message


def test_receivables_page_by_key_without_cap(office: OrdersOffice) -> None:
    # equal open amounts and due dates, so the keys tie on everything but the id
    ids = [_order(office, "100", "100", days_ago=20) for _ in range(5)]
    ids.append(_order(office, "300", days_ago=40))
    service = ReceivablesService(office.db, office.rep)
    pages, after = [], None
    while True:
        page = service.by_order_page(TODAY, after=after, limit=2)
        pages.append([r.order_id for r in page.rows])
        if not page.more:
            break
        after = page.rows[-1].key
    assert pages == [[ids[5], ids[0]], ids[1:3], ids[3:5]]
    overdue = []
    cursor = None
    while True:
        opage = service.overdue_page(TODAY, after=cursor, limit=3)
        overdue += [(o.order_id, o.seq) for o in opage.rows]
        if not opage.more:
            break
        cursor = opage.rows[-1].key
    assert overdue == [(ids[5], 1)] + [(i, 1) for i in ids[:5]] + [(i, 2) for i in ids[:5]]
    assert overdue == [(o.order_id, o.seq) for o in service.overdue(TODAY)]
    first = service.by_customer_page(TODAY, limit=1)
    assert [c.open_amount for c in first.rows] == [D("1300")] and not first.more
    assert service.summary(TODAY) == (D("1300"), D("1300"), 11)
