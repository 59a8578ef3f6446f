"""Returns (退货) of sold lines: never more than sold minus already returned. The returned value (pro rata of the
line amount, so discounts carry over) credits the open instalments latest first; what remains was already paid and
is recorded as a refund due to the customer. The receivable drops by the credited part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from crm_desktop.db.models import OrderLine, ReturnLine, SalesReturn
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, numbering
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.order_state import (
    ZERO,
    instalment_open,
    instalments_of,
    locked_order,
    money,
    refresh_states,
)

MODULE = "orders"
ABOVE_SOLD = QT_TRANSLATE_NOOP(
    "Errors", "Line {row}: at most {max} can be returned (sold {sold}, already returned {returned})."
)
QTY_NOT_POSITIVE = QT_TRANSLATE_NOOP("Errors", "Line {row}: the quantity must be greater than zero.")
NOTHING = QT_TRANSLATE_NOOP("Errors", "Enter a quantity for at least one line.")
UNKNOWN_LINE = QT_TRANSLATE_NOOP("Errors", "This line does not belong to the order.")
CANCELLED = QT_TRANSLATE_NOOP("Errors", "The order is cancelled; nothing can be returned.")


@dataclass(frozen=True)
class ReturnLineInput:
    order_line_id: int
    quantity: Decimal | str


@dataclass
class ReturnInput:
    order_id: int
    lines: list[ReturnLineInput] = field(default_factory=list)
    returned_on: date | None = None
    reason: str | None = None


class ReturnService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def create(self, data: ReturnInput) -> int:
        access.require(self.user, MODULE, "edit")
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "order", data.order_id, "edit")
            order = locked_order(session, data.order_id)
            if order.status == "cancelled":
                raise ValidationError({"lines": CANCELLED})
            sold = {
                ln.id: ln for ln in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id))
            }
            wanted: list[tuple[OrderLine, Decimal]] = []
            for item in data.lines:
                line = sold.get(item.order_line_id)
                if line is None:
                    raise ValidationError({"lines": UNKNOWN_LINE})
                try:
                    quantity = Decimal(str(item.quantity).strip() or "0")
                except (InvalidOperation, ValueError):
                    quantity = Decimal(-1)
                if quantity == ZERO:
                    continue
                if quantity < ZERO:
                    raise ValidationError({"lines": QTY_NOT_POSITIVE}, {"lines": {"row": line.seq}})
                left = line.quantity - line.returned_quantity
                if quantity > left:
                    raise ValidationError(
                        {"lines": ABOVE_SOLD},
                        {"lines": {"row": line.seq, "max": _qty(left), "sold": _qty(line.quantity),
                                   "returned": _qty(line.returned_quantity)}},
                    )  # fmt: skip
                wanted.append((line, quantity))
            if not wanted:
                raise ValidationError({"lines": NOTHING})
            stamp = {"created_by": self.user.user_id, "updated_by": self.user.user_id}
            amounts = [
                line.amount - line.amount * line.returned_quantity / line.quantity
                if quantity
                == line.quantity - line.returned_quantity  # the last piece takes the rounding rest
                else money(line.amount * quantity / line.quantity)
                for line, quantity in wanted
            ]
            amounts = [money(a) for a in amounts]
            total = sum(amounts, ZERO)
            credit_left = total
            plan = instalments_of(session, order.id)
            for inst in reversed(plan):
                credit = min(credit_left, max(instalment_open(inst), ZERO))
                inst.credited_amount += credit
                credit_left -= credit
            record = SalesReturn(
                number=numbering.next_number(session, "return"),
                order_id=order.id,
                returned_on=data.returned_on or date.today(),
                amount=total,
                refund_amount=credit_left,
                reason=(data.reason or "").strip()[:300] or None,
                **stamp,
            )
            session.add(record)
            session.flush()
            for (line, quantity), amount in zip(wanted, amounts, strict=True):
                line.returned_quantity += quantity
                session.add(
                    ReturnLine(
                        return_id=record.id, order_line_id=line.id, quantity=quantity, amount=amount, **stamp
                    )
                )
            order.returned_amount += total
            order.updated_by = self.user.user_id
            refresh_states(order, plan)
            session.flush()
            audit.record(
                session, self.user, "return", "order", order.id, f"{order.number} {record.number} {total}"
            )
            return record.id


def _qty(value: Decimal) -> str:
    return f"{value.normalize():f}"
