"""Receipts (回款): money received against one instalment of an order's payment plan.

A receipt above the instalment's open amount is refused and nothing changes. Each receipt updates the instalment
(open → partly_paid → paid) and the order (open → partly_paid → paid) in the same unit of work; the order row is
locked first so two stations cannot both take the last open amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Receipt, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, numbering
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    NotFound,
    ServiceError,
    ValidationError,
)
from crm_desktop.services.order_state import (
    GONE,
    ZERO,
    instalment_open,
    instalments_of,
    locked_order,
    money,
    refresh_states,
)

MODULE = "orders"
ABOVE_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The receipt of {amount} is above the open amount {open} of this instalment. Nothing was recorded.",
)
NOT_POSITIVE = QT_TRANSLATE_NOOP("Errors", "Enter an amount greater than zero.")
CHOOSE_INSTALMENT = QT_TRANSLATE_NOOP("Errors", "Choose the instalment this money pays.")
INSTALMENT_PAID = QT_TRANSLATE_NOOP("Errors", "This instalment is already paid in full.")
ORDER_CANCELLED = QT_TRANSLATE_NOOP(
    "Errors", "The order is cancelled; no receipts can be recorded against it."
)
NO_DATE = QT_TRANSLATE_NOOP("Errors", "Enter the date the money arrived.")
NO_REASON = QT_TRANSLATE_NOOP("Errors", "Enter why this receipt is reversed.")
ALREADY_REVERSED = QT_TRANSLATE_NOOP(
    "Errors", "Receipt {number} was already reversed on {when} by {who}. Nothing was changed."
)
STALE_RECEIPT = QT_TRANSLATE_NOOP(
    "Errors", "Receipt {number} was changed by someone else meanwhile. Reload the order and try again."
)


@dataclass(frozen=True)
class ReceiptInput:
    order_id: int
    instalment_id: int | None
    amount: Decimal | str
    received_on: date | None = None
    method_id: int | None = None
    note: str | None = None


def add_receipt(session: Session, user: UserContext, data: ReceiptInput) -> Receipt:
    """Record one receipt inside the caller's unit of work (the caller has checked access to the order)."""
    try:
        amount = money(Decimal(str(data.amount).strip().replace(",", "")))
    except (InvalidOperation, ValueError):
        raise ValidationError({"amount": NOT_POSITIVE}) from None
    if amount <= ZERO:
        raise ValidationError({"amount": NOT_POSITIVE})
    order = locked_order(session, data.order_id)
    if order.status == "cancelled":
        raise ValidationError({"instalment_id": ORDER_CANCELLED})
    plan = instalments_of(session, order.id)
    target = next((i for i in plan if i.id == data.instalment_id), None)
    if target is None:
        raise ValidationError({"instalment_id": CHOOSE_INSTALMENT})
    open_amount = instalment_open(target)
    if open_amount <= ZERO:
        raise ValidationError({"instalment_id": INSTALMENT_PAID})
    if amount > open_amount:
        raise ValidationError(
            {"amount": ABOVE_OPEN}, {"amount": {"amount": f"{amount:,.2f}", "open": f"{open_amount:,.2f}"}}
        )
    received_on = data.received_on or date.today()
    receipt = Receipt(
        number=numbering.next_number(session, "receipt", today=received_on),
        order_id=order.id,
        instalment_id=target.id,
        amount=amount,
        received_on=received_on,
        method_id=data.method_id,
        note=(data.note or "").strip()[:300] or None,
        created_by=user.user_id,
        updated_by=user.user_id,
    )
    session.add(receipt)
    target.received_amount += amount
    target.updated_by = user.user_id
    order.received_amount += amount
    order.updated_by = user.user_id
    refresh_states(order, plan)
    session.flush()
    audit.record(session, user, "receipt", "order", order.id, f"{order.number} {receipt.number} {amount}")
    return receipt


class ReceiptService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def record(self, data: ReceiptInput) -> int:
        """Record a receipt; returns its id. Refuses amounts above the instalment's open amount."""
        access.require(self.user, MODULE, "edit")
        if data.received_on is None:
            raise ValidationError({"received_on": NO_DATE})
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "order", data.order_id, "edit")
            return add_receipt(session, self.user, data).id

    def reverse(self, receipt_id: int, version: int, reason: str) -> int:
        """红冲: mark a receipt reversed (who, when, why) and give its amount back to the instalment and the order,
        whose states fall back. `version` is the receipt's as shown; a stale or already reversed copy is refused.
        Returns the order id."""
        access.require(self.user, MODULE, "edit")
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError({"reason": NO_REASON})
        try:
            with self.db.unit_of_work() as session:
                order_id = session.scalar(select(Receipt.order_id).where(Receipt.id == receipt_id))
                if order_id is None:
                    raise NotFound(GONE)
                access.require_row(session, self.user, "order", order_id, "edit")
                reverse_receipt(session, self.user, receipt_id, version, reason)
                return order_id
        except StaleDataError as error:
            raise ConcurrentEditError() from error


def reverse_receipt(session: Session, user: UserContext, receipt_id: int, version: int, reason: str) -> None:
    """Reverse one receipt inside the caller's unit of work (the caller has checked access to its order)."""
    order_id = session.scalar(select(Receipt.order_id).where(Receipt.id == receipt_id))
    if order_id is None:
        raise NotFound(GONE)
    order = locked_order(session, order_id)  # serialises against receipts, returns and other reversals
    receipt = session.get(Receipt, receipt_id, populate_existing=True)
    if receipt is None or receipt.deleted_at is not None:
        raise NotFound(GONE)
    if receipt.reversed_at is not None:
        who = session.scalar(select(User.full_name).where(User.id == receipt.reversed_by)) or ""
        raise ServiceError(
            ALREADY_REVERSED, number=receipt.number, when=f"{receipt.reversed_at:%Y-%m-%d %H:%M}", who=who
        )
    if receipt.version != version:
        raise ServiceError(STALE_RECEIPT, number=receipt.number)
    plan = instalments_of(session, order.id)
    target = next((i for i in plan if i.id == receipt.instalment_id), None)
    if target is not None:
        target.received_amount -= receipt.amount
        target.updated_by = user.user_id
    order.received_amount -= receipt.amount
    order.updated_by = user.user_id
    order.updated_at = datetime.now(UTC)
    receipt.reversed_at = datetime.now(UTC)
    receipt.reversed_by = user.user_id
    receipt.reversal_reason = reason[:300]
    receipt.updated_by = user.user_id
    refresh_states(order, plan)
    session.flush()
    audit.record(
        session,
        user,
        "reverse_receipt",
        "order",
        order.id,
        f"{order.number} {receipt.number} {receipt.amount} {reason}",
    )
