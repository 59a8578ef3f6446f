"""The data shapes of sales orders: what the editor supplies (inputs) and what the services return (DTOs). The
use cases are in crm_desktop.services.orders (creating, listing, cancelling), order_edit, receipts and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_desktop.services.list_sort import SortCursor
from crm_desktop.services.order_state import ZERO


@dataclass(frozen=True)
class OrderLineInput:
    product_id: int | None = None
    description: str = ""
    unit: str | None = None
    # Decimal, or the text as typed (the service names the line when it is not a number)
    quantity: Decimal | str = Decimal("1")
    unit_price: Decimal | str = ZERO
    discount_pct: Decimal | str = ZERO


@dataclass(frozen=True)
class InstalmentInput:
    due_date: date | None
    amount: Decimal
    note: str | None = None


@dataclass
class OrderInput:
    """What the order editor collects. With no instalments the plan is one instalment for the total on the order
    date. `extra` holds custom field values (user-definable forms)."""

    customer_id: int | None = None
    order_date: date | None = None
    lines: list[OrderLineInput] = field(default_factory=list)
    instalments: list[InstalmentInput] = field(default_factory=list)
    notes: str | None = None
    contract_id: int | None = None
    quote_id: int | None = None
    kind: str = "normal"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    order_date: date
    customer_id: int
    customer_name: str
    kind: str
    status: str
    total_amount: Decimal
    received_amount: Decimal
    returned_amount: Decimal
    owner_name: str | None
    extra: dict[str, Any] = field(default_factory=dict)  # custom field values (list columns)

    @property
    def open_amount(self) -> Decimal:
        return max(self.total_amount - self.returned_amount - self.received_amount, ZERO)


@dataclass(frozen=True)
class OrderLineDTO:
    id: int
    seq: int
    product_id: int | None
    description: str
    unit: str | None
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    amount: Decimal
    returned_quantity: Decimal


@dataclass(frozen=True)
class InstalmentDTO:
    id: int
    seq: int
    due_date: date
    amount: Decimal
    received_amount: Decimal
    credited_amount: Decimal
    status: str
    note: str | None

    @property
    def open_amount(self) -> Decimal:
        return self.amount - self.received_amount - self.credited_amount


@dataclass(frozen=True)
class ReceiptDTO:
    id: int
    number: str
    instalment_seq: int | None
    amount: Decimal
    received_on: date
    method_name: str | None
    note: str | None
    version: int = 1
    reversed_at: datetime | None = None  # 红冲: the receipt stays listed, its money no longer counts
    reversed_by_name: str | None = None
    reversal_reason: str | None = None


@dataclass(frozen=True)
class ReturnDTO:
    id: int
    number: str
    returned_on: date
    amount: Decimal
    refund_amount: Decimal
    reason: str | None


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    contract_id: int | None
    quote_id: int | None
    notes: str | None
    extra: dict[str, Any]
    version: int
    lines: tuple[OrderLineDTO, ...]
    instalments: tuple[InstalmentDTO, ...]
    receipts: tuple[ReceiptDTO, ...]
    returns: tuple[ReturnDTO, ...]
    can_edit: bool

    @property
    def open_amount(self) -> Decimal:
        return sum((i.open_amount for i in self.instalments), ZERO)


@dataclass(frozen=True)
class OrderQuery:
    text: str = ""
    customer_id: int | None = None
    status: str | None = None


@dataclass(frozen=True)
class OrderPage:
    rows: list[OrderRow]
    more: bool
    next_cursor: SortCursor | None = None  # a sorted list's next page (list_page with `sort`)
