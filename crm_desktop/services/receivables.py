"""Receivables (应收款): what customers still owe per order and per customer, and the overdue list (instalments
past their due date with an open amount, with days overdue). Every figure is read through the order scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Customer, PaymentInstalment, SalesOrder, User
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.order_state import ZERO

MODULE = "orders"
LIMIT = 1000  # rows per list; the largest amounts come first, so a cut drops the smallest

_OPEN = PaymentInstalment.amount - PaymentInstalment.received_amount - PaymentInstalment.credited_amount


@dataclass(frozen=True)
class OrderReceivable:
    order_id: int
    number: str
    customer_id: int
    customer_name: str
    owner_name: str | None
    order_date: date
    total_amount: Decimal
    received_amount: Decimal
    returned_amount: Decimal
    open_amount: Decimal
    overdue_amount: Decimal


@dataclass(frozen=True)
class CustomerReceivable:
    customer_id: int
    customer_name: str
    orders: int
    open_amount: Decimal
    overdue_amount: Decimal


@dataclass(frozen=True)
class OverdueItem:
    order_id: int
    number: str
    customer_id: int
    customer_name: str
    owner_name: str | None
    instalment_id: int
    seq: int
    due_date: date
    amount: Decimal
    open_amount: Decimal
    days_overdue: int


def _dec(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value or 0))


class ReceivablesService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def _where(self, session: Session, customer_id: int | None) -> list[ColumnElement[bool]]:
        conds = [
            access.scope_filter(session, self.user, "order", "view"),
            SalesOrder.status != "cancelled",
            PaymentInstalment.deleted_at.is_(None),
            _OPEN > 0,
        ]
        if customer_id is not None:
            conds.append(SalesOrder.customer_id == customer_id)
        return conds

    def by_order(self, today: date | None = None, customer_id: int | None = None) -> list[OrderReceivable]:
        """Orders with an open amount, largest overdue first."""
        access.require(self.user, MODULE, "view")
        today = today or date.today()
        overdue = func.sum(_OPEN).filter(PaymentInstalment.due_date < today)
        with self.db.read_only() as session:
            rows = session.execute(
                select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_id, Customer.name, User.full_name,
                       SalesOrder.order_date, SalesOrder.total_amount, SalesOrder.received_amount,
                       SalesOrder.returned_amount, func.sum(_OPEN), overdue)
                .join(PaymentInstalment, PaymentInstalment.order_id == SalesOrder.id)
                .join(Customer, Customer.id == SalesOrder.customer_id)
                .outerjoin(User, User.id == SalesOrder.owner_id)
                .where(*self._where(session, customer_id))
                .group_by(SalesOrder.id, SalesOrder.number, SalesOrder.customer_id, Customer.name, User.full_name,
                          SalesOrder.order_date, SalesOrder.total_amount, SalesOrder.received_amount,
                          SalesOrder.returned_amount)
                .order_by(func.coalesce(overdue, 0).desc(), func.sum(_OPEN).desc(), SalesOrder.id)
                .limit(LIMIT)
            ).all()  # fmt: skip
        out = [OrderReceivable(*r[:9], _dec(r[9]), _dec(r[10])) for r in rows]
        return sorted(out, key=lambda r: (-r.overdue_amount, -r.open_amount, r.number))

    def by_customer(self, today: date | None = None) -> list[CustomerReceivable]:
        """Open and overdue amounts summed per customer, largest open first."""
        access.require(self.user, MODULE, "view")
        today = today or date.today()
        overdue = func.sum(_OPEN).filter(PaymentInstalment.due_date < today)
        with self.db.read_only() as session:
            rows = session.execute(
                select(SalesOrder.customer_id, Customer.name, func.count(func.distinct(SalesOrder.id)),
                       func.sum(_OPEN), overdue)
                .join(PaymentInstalment, PaymentInstalment.order_id == SalesOrder.id)
                .join(Customer, Customer.id == SalesOrder.customer_id)
                .where(*self._where(session, None))
                .group_by(SalesOrder.customer_id, Customer.name)
                .order_by(func.sum(_OPEN).desc(), SalesOrder.customer_id)
                .limit(LIMIT)
            ).all()  # fmt: skip
        out = [CustomerReceivable(r[0], r[1], r[2], _dec(r[3]), _dec(r[4])) for r in rows]
        return sorted(out, key=lambda r: (-r.open_amount, r.customer_name))

    def overdue(self, today: date | None = None) -> list[OverdueItem]:
        """Instalments due before `today` with an open amount, the longest overdue first."""
        access.require(self.user, MODULE, "view")
        today = today or date.today()
        with self.db.read_only() as session:
            rows = session.execute(
                select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_id, Customer.name, User.full_name,
                       PaymentInstalment.id, PaymentInstalment.seq, PaymentInstalment.due_date,
                       PaymentInstalment.amount, _OPEN)
                .join(PaymentInstalment, PaymentInstalment.order_id == SalesOrder.id)
                .join(Customer, Customer.id == SalesOrder.customer_id)
                .outerjoin(User, User.id == SalesOrder.owner_id)
                .where(*self._where(session, None), PaymentInstalment.due_date < today)
                .order_by(PaymentInstalment.due_date, SalesOrder.id, PaymentInstalment.seq)
                .limit(LIMIT)
            ).all()  # fmt: skip
        return [OverdueItem(*r[:9], _dec(r[9]), (today - r[7]).days) for r in rows]

    def totals(self, today: date | None = None) -> tuple[Decimal, Decimal]:
        """(open, overdue) over every order the user may see."""
        rows = self.by_customer(today)
        return sum((r.open_amount for r in rows), ZERO), sum((r.overdue_amount for r in rows), ZERO)
