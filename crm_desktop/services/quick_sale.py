"""Quick sale (门市快速销售) at the storefront counter: customer (existing, or a walk-in entered by name and phone),
product lines at the customer's grade price, and the money taken on the spot — one order, one instalment due today
and one receipt, all in one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import CodeItem, Customer
from crm_desktop.db.session import Database
from crm_desktop.services import (
    access,
    audit,
    products,
    search_index,  # noqa: F401 - its ORM hook indexes the walk-in customer
)
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.order_state import ZERO, instalments_of, money
from crm_desktop.services.orders import (
    MODULE,
    OrderInput,
    OrderLineInput,
    add_order,
    checked_lines,
    with_custom_values,
)
from crm_desktop.services.receipts import ABOVE_OPEN, ReceiptInput, add_receipt

NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Choose a customer or enter the walk-in customer's name.")
PAID_NEGATIVE = QT_TRANSLATE_NOOP("Errors", "The amount paid must not be negative.")
LOOKUP_LIMIT = 20


@dataclass(frozen=True)
class ProductChoice:
    id: int
    code: str
    name: str
    specification: str | None
    unit: str
    price: Decimal  # the customer's grade price, else the list price


@dataclass
class QuickSaleInput:
    customer_id: int | None = None
    walk_in_name: str = ""
    walk_in_phone: str = ""
    lines: list[OrderLineInput] = field(default_factory=list)
    paid_amount: Decimal | None = None  # None: the whole total
    method_id: int | None = None
    notes: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # custom values of the station's order form


@dataclass(frozen=True)
class QuickSaleResult:
    order_id: int
    order_number: str
    customer_id: int
    total: Decimal
    paid: Decimal
    receipt_number: str | None


class QuickSaleService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def find_products(self, text: str, customer_id: int | None = None) -> list[ProductChoice]:
        """Active products matching `text` (code, name, pinyin; products.ProductService.search), priced for the
        customer's grade when the customer is within my scope."""
        access.require(self.user, MODULE, "create")
        grade_id = None
        if customer_id is not None:
            with self.db.read_only() as session:
                if access.visible(session, self.user, "customer", customer_id):
                    grade_id = session.scalar(select(Customer.grade_id).where(Customer.id == customer_id))
        found = products.ProductService(self.db, self.user).search(
            products.ProductQuery(text=text, grade_id=grade_id, limit=LOOKUP_LIMIT)
        )
        return [ProductChoice(p.id, p.code, p.name, p.specification, p.unit, p.price) for p in found]

    def sell(self, data: QuickSaleInput) -> QuickSaleResult:
        access.require(self.user, MODULE, "create")
        name = data.walk_in_name.strip()
        if data.customer_id is None and not name:
            raise ValidationError({"customer": NO_CUSTOMER})
        checked_lines(data.lines)  # the lines' own messages come first
        paid = None if data.paid_amount is None else money(Decimal(data.paid_amount))
        if paid is not None and paid < ZERO:
            raise ValidationError({"paid_amount": PAID_NEGATIVE})
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "create")
            access.require_live(session, self.user, "orders", "edit")
            if data.customer_id is not None:
                access.require_row(session, self.user, "customer", data.customer_id, "view")
                customer_id = data.customer_id
            else:
                access.require_live(session, self.user, "customers", "create")
                customer_id = self._walk_in(session, name, data.walk_in_phone.strip())
            order_input = OrderInput(
                lines=list(data.lines), order_date=date.today(), notes=data.notes, extra=dict(data.extra)
            )
            order = add_order(
                session,
                self.user,
                with_custom_values(session, self.user, order_input),
                customer_id=customer_id,
                kind="quick_sale",
            )
            paid = order.total_amount if paid is None else paid
            if paid > order.total_amount:
                raise ValidationError(
                    {"paid_amount": ABOVE_OPEN},
                    {"paid_amount": {"amount": f"{paid:,.2f}", "open": f"{order.total_amount:,.2f}"}},
                )
            receipt_number = None
            if paid > ZERO:
                first = instalments_of(session, order.id)[0]
                receipt = add_receipt(
                    session, self.user, ReceiptInput(order.id, first.id, paid, date.today(), data.method_id)
                )
                receipt_number = receipt.number
            return QuickSaleResult(
                order.id, order.number, customer_id, order.total_amount, paid, receipt_number
            )

    def _walk_in(self, session: Session, name: str, phone: str) -> int:
        source = session.scalar(
            select(CodeItem.id).where(CodeItem.category == "source", CodeItem.code == "walk_in")
        )
        customer = Customer(
            name=name[:200],
            kind="individual",
            mobile=phone[:60] or None,
            source_id=source,
            owner_id=self.user.user_id,
            department_id=self.user.department_id,
            created_by=self.user.user_id,
            updated_by=self.user.user_id,
        )
        session.add(customer)
        session.flush()
        audit.record(session, self.user, "create", "customer", customer.id, customer.name)
        return customer.id
