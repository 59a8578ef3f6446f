"""Editing an order (改单) while no money has arrived: its lines, payment plan, order date, notes and custom values,
checked by the same rules as creation (orders.checked_lines / checked_plan). Refused once a receipt that is not
reversed, or a return, is recorded, for a cancelled order, and for a stale copy (the order's `version`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import OrderLine, PaymentInstalment, Receipt
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions.entry import apply_extra
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, ServiceError
from crm_desktop.services.order_state import ZERO, instalments_of, locked_order, refresh_states
from crm_desktop.services.orders import (
    MODULE,
    InstalmentInput,
    OrderDetail,
    OrderInput,
    OrderLineInput,
    checked_lines,
    checked_plan,
)

CANNOT_EDIT_PAID = QT_TRANSLATE_NOOP(
    "Errors", "Order {number} already has receipts or returns; reverse the receipts before changing it."
)
CANNOT_EDIT_CANCELLED = QT_TRANSLATE_NOOP(
    "Errors", "Order {number} is cancelled and can no longer be changed."
)


def editable(detail: OrderDetail) -> bool:
    """Whether the editor may be offered for this order (the service checks again when saving)."""
    return (
        detail.can_edit
        and detail.row.status != "cancelled"
        and detail.row.returned_amount == ZERO
        and all(r.reversed_at is not None for r in detail.receipts)
    )


def draft_of(detail: OrderDetail) -> OrderInput:
    """The order as editor input: its customer, date, lines, plan, notes and custom values."""
    return OrderInput(
        customer_id=detail.row.customer_id,
        order_date=detail.row.order_date,
        lines=[
            OrderLineInput(
                ln.product_id, ln.description, ln.unit, ln.quantity, ln.unit_price, ln.discount_pct
            )
            for ln in detail.lines
        ],
        instalments=[InstalmentInput(i.due_date, i.amount, i.note) for i in detail.instalments],
        notes=detail.notes,
        contract_id=detail.contract_id,
        quote_id=detail.quote_id,
        extra=dict(detail.extra),
    )


class OrderEditService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def update(self, order_id: int, version: int, data: OrderInput) -> int:
        """Replace the order's lines and plan (and date, notes, custom values) with `data`; the customer and the
        source documents stay. `version` is the order's as shown in the editor. Returns the order id."""
        access.require(self.user, MODULE, "edit")
        try:
            with self.db.unit_of_work() as session:
                access.require_row(session, self.user, "order", order_id, "edit")
                _apply(session, self.user, order_id, version, data)
                return order_id
        except StaleDataError as error:
            raise ConcurrentEditError() from error


def _apply(session: Session, user: UserContext, order_id: int, version: int, data: OrderInput) -> None:
    order = locked_order(session, order_id)
    if order.version != version:
        raise ConcurrentEditError()
    if order.status == "cancelled":
        raise ServiceError(CANNOT_EDIT_CANCELLED, number=order.number)
    counted = exists().where(
        Receipt.order_id == order_id, Receipt.deleted_at.is_(None), Receipt.reversed_at.is_(None)
    )
    if order.returned_amount > ZERO or order.received_amount > ZERO or session.scalar(select(counted)):
        raise ServiceError(CANNOT_EDIT_PAID, number=order.number)
    order_date = data.order_date or order.order_date
    notes = (data.notes or "").strip() or None
    lines = checked_lines(data.lines)
    total = sum((line["amount"] for line in lines), ZERO)
    plan = checked_plan(data.instalments, total, order_date)
    extra = apply_extra(
        session, user, "order", {"order_date": order_date, "notes": notes}, data.extra, order.extra
    )
    before = {"total_amount": str(order.total_amount), "order_date": order.order_date.isoformat()}
    _replace_lines(session, user, order_id, lines)
    _replace_plan(session, user, order_id, plan)
    order.order_date = order_date
    order.notes = notes
    order.extra = extra
    order.total_amount = total
    order.updated_by = user.user_id
    order.updated_at = datetime.now(UTC)
    session.flush()
    refresh_states(order, instalments_of(session, order_id))
    session.flush()
    after = {"total_amount": str(total), "order_date": order_date.isoformat(), "lines": len(lines)}
    audit.record(
        session,
        user,
        "update",
        "order",
        order_id,
        f"{order.number} {total}",
        {"before": before, "after": after},
    )


def _replace_lines(
    session: Session, user: UserContext, order_id: int, lines: list[dict[str, object]]
) -> None:
    """Lines are updated in place by position (no return refers to them: orders with returns are refused)."""
    existing = list(
        session.scalars(select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.seq))
    )
    for row, values in zip(existing, lines, strict=False):
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_by = user.user_id
    surplus = [row.id for row in existing[len(lines) :]]
    if surplus:
        session.execute(delete(OrderLine).where(OrderLine.id.in_(surplus)))
    stamp = {"created_by": user.user_id, "updated_by": user.user_id}
    session.add_all(OrderLine(order_id=order_id, **values, **stamp) for values in lines[len(existing) :])
    session.flush()


def _replace_plan(session: Session, user: UserContext, order_id: int, plan: list[dict[str, object]]) -> None:
    """Instalments are updated in place by position. A surplus instalment that a reversed receipt still names is
    kept, soft-deleted, under a free negative number; the others are deleted."""
    existing = instalments_of(session, order_id)
    for inst, values in zip(existing, plan, strict=False):
        for key, value in values.items():
            setattr(inst, key, value)
        inst.received_amount = inst.credited_amount = Decimal("0")
        inst.updated_by = user.user_id
    named = set(session.scalars(select(Receipt.instalment_id).where(Receipt.order_id == order_id)))
    for inst in existing[len(plan) :]:
        if inst.id in named:
            inst.seq = -inst.id
            inst.deleted_at = datetime.now(UTC)
            inst.deleted_by = user.user_id
        else:
            session.delete(inst)
    session.flush()
    stamp = {"created_by": user.user_id, "updated_by": user.user_id}
    session.add_all(
        PaymentInstalment(order_id=order_id, status="open", **values, **stamp)
        for values in plan[len(existing) :]
    )
    session.flush()
