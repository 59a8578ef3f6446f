"""The data shapes of opportunities: what the services return (DTOs) and what the editor and lead conversion
supply (inputs). The use cases are in crm_desktop.services.opportunities."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class StageDTO:
    id: int
    code: str
    name: str
    name_en: str
    probability: int
    outcome: str  # "open" | "won" | "lost"

    def label(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name


@dataclass(frozen=True)
class OpportunityRowDTO:
    id: int
    name: str
    customer_id: int
    customer_name: str
    stage_id: int
    probability: int
    amount: Decimal
    expected_close: date | None
    status: str
    owner_id: int | None
    owner_name: str
    version: int
    extra: dict[str, Any] = field(default_factory=dict)  # custom field values (list columns)


@dataclass(frozen=True)
class ProductLineDTO:
    product_id: int
    product_code: str
    product_name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class MemberDTO:
    user_id: int
    full_name: str
    role: str | None


@dataclass(frozen=True)
class OpportunityDTO:
    id: int
    name: str
    customer_id: int
    customer_name: str
    stage_id: int
    probability: int
    amount: Decimal
    expected_close: date | None
    status: str
    lost_reason_id: int | None
    lost_reason: str | None
    closed_at: datetime | None
    notes: str | None
    owner_id: int | None
    owner_name: str
    version: int
    products: tuple[ProductLineDTO, ...] = ()
    competitor_ids: tuple[int, ...] = ()
    members: tuple[MemberDTO, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ProductLineInput:
    product_id: int
    quantity: Decimal
    unit_price: Decimal


@dataclass
class OpportunityInput:
    """What the editor (or lead conversion) supplies. probability None = the stage's default; amount None = the
    sum of the product lines."""

    customer_id: int | None = None
    name: str = ""
    stage_id: int | None = None
    probability: int | None = None
    amount: Decimal | None = None
    expected_close: date | None = None
    notes: str | None = None
    lost_reason_id: int | None = None
    lost_reason: str | None = None
    products: tuple[ProductLineInput, ...] = ()
    competitor_ids: tuple[int, ...] = ()
    members: tuple[tuple[int, str | None], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OpportunityFilter:
    view: str = "all"  # "mine" | "team" | "all" (all = everything my data permissions reach)
    stage_id: int | None = None
    status: str | None = None
    owner_id: int | None = None
    customer_id: int | None = None
    close_from: date | None = None
    close_to: date | None = None
    text: str | None = None


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    detail: str = ""
    price: Decimal | None = None
