"""Money arithmetic and the states of orders and instalments, shared by orders, receipts and returns.

An instalment's open amount is `amount - received_amount - credited_amount` (credit comes from returns). An order is
"open" until money arrives, "partly_paid" while instalments stay open, "paid" when none do, "returned" when every
line came back, "cancelled" when called off before any receipt.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import PaymentInstalment, SalesOrder
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound

ZERO = Decimal("0")
CENT = Decimal("0.01")
ORDER_STATUSES = ("open", "partly_paid", "paid", "returned", "cancelled")
KINDS = ("normal", "quick_sale")
GONE = QT_TRANSLATE_NOOP("Errors", "The record no longer exists.")


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal, discount_pct: Decimal) -> Decimal:
    return money(quantity * unit_price * (Decimal(100) - discount_pct) / Decimal(100))


def instalment_open(inst: PaymentInstalment) -> Decimal:
    return inst.amount - inst.received_amount - inst.credited_amount


def instalment_status(inst: PaymentInstalment) -> str:
    if instalment_open(inst) <= ZERO:
        return "paid"
    return "partly_paid" if inst.received_amount > ZERO else "open"


def order_status(order: SalesOrder, instalments: Iterable[PaymentInstalment]) -> str:
    if order.status == "cancelled":
        return "cancelled"
    if order.total_amount > ZERO and order.returned_amount >= order.total_amount:
        return "returned"
    open_amount = sum((instalment_open(i) for i in instalments), ZERO)
    if open_amount <= ZERO:
        return "paid"
    return "partly_paid" if order.received_amount > ZERO else "open"


def locked_order(session: Session, order_id: int) -> SalesOrder:
    """The order row, locked against concurrent receipts and returns until the transaction ends."""
    order = session.execute(
        select(SalesOrder).where(SalesOrder.id == order_id).with_for_update()
    ).scalar_one_or_none()
    if order is None or order.deleted_at is not None:
        raise NotFound(GONE)
    return order


def instalments_of(session: Session, order_id: int) -> list[PaymentInstalment]:
    return list(
        session.scalars(
            select(PaymentInstalment)
            .where(PaymentInstalment.order_id == order_id, PaymentInstalment.deleted_at.is_(None))
            .order_by(PaymentInstalment.seq)
        )
    )


def refresh_states(order: SalesOrder, instalments: Iterable[PaymentInstalment]) -> None:
    items = list(instalments)
    for inst in items:
        inst.status = instalment_status(inst)
    order.status = order_status(order, items)
