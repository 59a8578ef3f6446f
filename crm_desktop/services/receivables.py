"""Receivables (应收款): what customers still owe per order and per customer, and the overdue list (instalments
past their due date with an open amount, with days overdue). Every figure is read through the order scope.

The lists are keyset-paged (`*_page(…, after=…)` with the last row's `key`), so they have no row cap; the plain
list methods read every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Customer, PaymentInstalment, SalesOrder, User
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext

MODULE = "orders"
PAGE_SIZE = 200
T = TypeVar("T")

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

    @property
    def key(self) -> tuple[Decimal, Decimal, int]:
        return (self.overdue_amount, self.open_amount, self.order_id)


@dataclass(frozen=True)
class CustomerReceivable:
    customer_id: int
    customer_name: str
    orders: int
    open_amount: Decimal
    overdue_amount: Decimal

    @property
    def key(self) -> tuple[Decimal, int]:
        return (self.open_amount, self.customer_id)


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

    @property
    def key(self) -> tuple[date, int, int]:
        return (self.due_date, self.order_id, self.seq)


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    more: bool


def _dec(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value or 0))


def _sum(expr: Any) -> Any:
    """Rounded to cents, so that SQLite's float sums compare equal to the key of the row shown."""
    return func.round(func.coalesce(expr, 0), 2)


def _all(fetch: Callable[[Any], Page[T]]) -> list[T]:
    rows: list[T] = []
    after = None
    while True:
        page = fetch(after)
        rows.extend(page.rows)
        if not page.more or not page.rows:
            return rows
        after = page.rows[-1].key  # type: ignore[attr-defined]


def _order_row(r: Any) -> OrderReceivable:
    return OrderReceivable(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], _dec(r[9]), _dec(r[10]))


def _overdue_row(r: Any, day: date) -> OverdueItem:
    return OverdueItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], _dec(r[9]), (day - r[7]).days)


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

    def _page(
        self, stmt: Any, limit: int, make: Callable[[Any], T], customer_id: int | None = None
    ) -> Page[T]:
        with self.db.read_only() as session:
            rows = session.execute(stmt.where(*self._where(session, customer_id)).limit(limit + 1)).all()
        return Page([make(r) for r in rows[:limit]], len(rows) > limit)

    def by_order_page(
        self,
        today: date | None = None,
        customer_id: int | None = None,
        after: tuple[Decimal, Decimal, int] | None = None,
        limit: int = PAGE_SIZE,
    ) -> Page[OrderReceivable]:
        """Orders with an open amount, largest overdue first, then largest open; `after` is the last row's key."""
        access.require(self.user, MODULE, "view")
        today = today or date.today()
        overdue, open_ = (
            _sum(func.sum(_OPEN).filter(PaymentInstalment.due_date < today)),
            _sum(func.sum(_OPEN)),
        )
        stmt = (
            select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_id, Customer.name, User.full_name,
                   SalesOrder.order_date, SalesOrder.total_amount, SalesOrder.received_amount,
                   SalesOrder.returned_amount, open_, overdue)
            .join(PaymentInstalment, PaymentInstalment.order_id == SalesOrder.id)
            .join(Customer, Customer.id == SalesOrder.customer_id)
            .outerjoin(User, User.id == SalesOrder.owner_id)
            .group_by(SalesOrder.id, SalesOrder.number, SalesOrder.customer_id, Customer.name, User.full_name,
                      SalesOrder.order_date, SalesOrder.total_amount, SalesOrder.received_amount,
                      SalesOrder.returned_amount)
            .order_by(overdue.desc(), open_.desc(), SalesOrder.id)
        )  # fmt: skip
        if after is not None:
            a_over, a_open, a_id = after
            stmt = stmt.having(or_(overdue < a_over, and_(overdue == a_over, open_ < a_open),
                                   and_(overdue == a_over, open_ == a_open, SalesOrder.id > a_id)))  # fmt: skip
        return self._page(stmt, limit, _order_row, customer_id)

    def by_customer_page(
        self, today: date | None = None, after: tuple[Decimal, int] | None = None, limit: int = PAGE_SIZE
    ) -> Page[CustomerReceivable]:
        """Open and overdue amounts summed per customer, largest open first; `after` is the last row's key."""
        access.require(self.user, MODULE, "view")
        today = today or date.today()
        overdue, open_ = (
            _sum(func.sum(_OPEN).filter(PaymentInstalment.due_date < today)),
            _sum(func.sum(_OPEN)),
        )
        stmt = (
            select(
                SalesOrder.customer_id,
                Customer.name,
                func.count(func.distinct(SalesOrder.id)),
                open_,
                overdue,
            )
            .join(PaymentInstalment, PaymentInstalment.order_id == SalesOrder.id)
            .join(Customer, Customer.id == SalesOrder.customer_id)
            .group_by(SalesOrder.customer_id, Customer.name)
            .order_by(open_.desc(), SalesOrder.customer_id)
        )
        if after is not None:
            stmt = stmt.having(
                or_(open_ < after[0], and_(open_ == after[0], SalesOrder.customer_id > after[1]))
            )
        return self._page(stmt, limit, lambda r: CustomerReceivable(r[0], r[1], r[2], _dec(r[3]), _dec(r[4])))

    def overdue_page(
        self, today: date | None = None, after: tuple[date, int, int] | None = None, limit: int = PAGE_SIZE
    ) -> Page[OverdueItem]:
        """Instalments due before `today` with an open amount, the longest overdue first; `after` = last row's key."""
        access.require(self.user, MODULE, "view")
        day = today or date.today()
        stmt = (
            select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_id, Customer.name, User.full_name,
                   PaymentInstalment.id, PaymentInstalment.seq, PaymentInstalment.due_date,
                   PaymentInstalment.amount, _OPEN)
            .join(PaymentInstalment, PaymentInstalment.order_id == SalesOrder.id)
            .join(Customer, Customer.id == SalesOrder.customer_id)
            .outerjoin(User, User.id == SalesOrder.owner_id)
            .where(PaymentInstalment.due_date < day)
            .order_by(PaymentInstalment.due_date, SalesOrder.id, PaymentInstalment.seq)
        )  # fmt: skip
        if after is not None:
            due, order_id, seq = after
            stmt = stmt.where(or_(PaymentInstalment.due_date > due,
                                  and_(PaymentInstalment.due_date == due, SalesOrder.id > order_id),
                                  and_(PaymentInstalment.due_date == due, SalesOrder.id == order_id,
                                       PaymentInstalment.seq > seq)))  # fmt: skip
        return self._page(stmt, limit, lambda r: _overdue_row(r, day))

    # ----- every row ---------------------------------------------------------------------------------------
    def by_order(self, today: date | None = None, customer_id: int | None = None) -> list[OrderReceivable]:
        return _all(lambda after: self.by_order_page(today, customer_id, after))

    def by_customer(self, today: date | None = None) -> list[CustomerReceivable]:
        return _all(lambda after: self.by_customer_page(today, after))

    def overdue(self, today: date | None = None) -> list[OverdueItem]:
        return _all(lambda after: self.overdue_page(today, after))

    def totals(self, today: date | None = None) -> tuple[Decimal, Decimal]:
        """(open, overdue) over every order the user may see."""
        open_, overdue, _count = self.summary(today)
        return open_, overdue

    def summary(self, today: date | None = None) -> tuple[Decimal, Decimal, int]:
        """(open, overdue, overdue instalments) over every order the user may see."""
        access.require(self.user, MODULE, "view")
        day = today or date.today()
        late = PaymentInstalment.due_date < day
        with self.db.read_only() as session:
            row = session.execute(
                select(
                    func.sum(_OPEN),
                    func.sum(_OPEN).filter(late),
                    func.count(PaymentInstalment.id).filter(late),
                )
                .select_from(SalesOrder)
                .join(PaymentInstalment, PaymentInstalment.order_id == SalesOrder.id)
                .where(*self._where(session, None))
            ).one()
        return _dec(row[0]), _dec(row[1]), int(row[2] or 0)
