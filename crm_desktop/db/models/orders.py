"""Sales orders (销售订单) with their lines, payment plan (回款计划), receipts (回款) and returns (退货)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Unicode,
    UnicodeText,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, JSONType, OwnedMixin, UTCDateTime

MONEY = Numeric(14, 2)
QUANTITY = Numeric(14, 3)


class SalesOrder(BusinessMixin, OwnedMixin, Base):
    """An order: from a contract, from an accepted quote, or a quick sale at the storefront counter."""

    __tablename__ = "sales_orders"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_sales_orders_customer_date", "customer_id", "order_date"),
        Index("ix_sales_orders_date_id", "order_date", "id"),
    )

    number: Mapped[str] = mapped_column(String(40), nullable=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="normal")  # normal | quick_sale
    # open → partly_paid → paid; cancelled (only without receipts)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    order_date: Mapped[date] = mapped_column(Date, nullable=False)
    total_amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    returned_amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    received_amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    notes: Mapped[str | None] = mapped_column(UnicodeText)
    extra: Mapped[dict[str, object]] = mapped_column(JSONType, nullable=False, default=dict)


class OrderLine(BusinessMixin, Base):
    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "seq"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id"), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    description: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    unit: Mapped[str | None] = mapped_column(Unicode(20))
    quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False, default=Decimal("0"))
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    returned_quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False, default=Decimal("0"))


class PaymentInstalment(BusinessMixin, Base):
    """One due amount of an order's payment plan. open = amount - received - credited (credit from returns)."""

    __tablename__ = "payment_instalments"
    __table_args__ = (
        UniqueConstraint("order_id", "seq"),
        Index("ix_payment_instalments_status_due", "status", "due_date"),
    )

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id"), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    due_date: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    received_amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    credited_amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    # open | partly_paid | paid
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    note: Mapped[str | None] = mapped_column(Unicode(200))


class Receipt(BusinessMixin, Base):
    """回款: money received against one instalment of an order."""

    __tablename__ = "receipts"
    __table_args__ = (UniqueConstraint("number"),)

    number: Mapped[str] = mapped_column(String(40), nullable=False)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id"), nullable=False, index=True)
    instalment_id: Mapped[int | None] = mapped_column(ForeignKey("payment_instalments.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    method_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    note: Mapped[str | None] = mapped_column(Unicode(300))
    # 红冲: a reversed receipt stays in the history; its money no longer counts
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reversed_by: Mapped[int | None] = mapped_column(Integer)
    reversal_reason: Mapped[str | None] = mapped_column(Unicode(300))


class SalesReturn(BusinessMixin, Base):
    """退货: delivered lines coming back; credits the open instalments (latest first), the rest is a refund due."""

    __tablename__ = "sales_returns"
    __table_args__ = (UniqueConstraint("number"),)

    number: Mapped[str] = mapped_column(String(40), nullable=False)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id"), nullable=False, index=True)
    returned_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    refund_amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    reason: Mapped[str | None] = mapped_column(Unicode(300))


class ReturnLine(BusinessMixin, Base):
    __tablename__ = "return_lines"

    return_id: Mapped[int] = mapped_column(ForeignKey("sales_returns.id"), nullable=False, index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), nullable=False, index=True)
    quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
