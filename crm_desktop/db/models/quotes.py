"""Quotes (报价单) with lines and approval, contracts (合同) with a configurable approval chain and PDF
attachments.

A quote line below the customer's grade price or below cost needs the owner's superior to approve the quote
before it can be issued; the line keeps the reason (`approval_reason`) and the price snapshots it was judged on.
A contract submitted for approval copies the configured chain (`contract_chain_steps`) into its own
`contract_approvals` rows, so later changes to the chain do not touch contracts already under way.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Unicode,
    UnicodeText,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, IdMixin, JSONType, OwnedMixin, UTCDateTime

MONEY = Numeric(14, 2)
QUANTITY = Numeric(14, 3)


class Quote(BusinessMixin, OwnedMixin, Base):
    __tablename__ = "quotes"
    __table_args__ = (Index("ix_quotes_status_valid_until", "status", "valid_until"),)

    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    # The customer's grade when the prices were taken (code_items, category customer_grade).
    grade_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    title: Mapped[str | None] = mapped_column(Unicode(200))
    # draft → submitted → approved | rejected → issued → accepted | expired
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    valid_until: Mapped[date | None] = mapped_column(Date)
    list_total: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    cost_total: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    needs_approval: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[int | None] = mapped_column(Integer)
    reject_reason: Mapped[str | None] = mapped_column(Unicode(500))
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    remark: Mapped[str | None] = mapped_column(UnicodeText)
    extra: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)


class QuoteLine(IdMixin, Base):
    __tablename__ = "quote_lines"

    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False, index=True)
    product_name: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    unit: Mapped[str | None] = mapped_column(Unicode(20))
    quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)
    list_price: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    grade_price: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    cost_price: Mapped[Decimal | None] = mapped_column(MONEY)
    unit_price: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False, default=Decimal("0"))
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    # None, "below_grade_price" or "below_cost" (the worse of the two wins).
    approval_reason: Mapped[str | None] = mapped_column(String(30))


class ContractChainStep(IdMixin, Base):
    """One step of the configured contract approval chain, in `seq` order. The approver is the contract
    department's manager (kind "department_manager"), any holder of a role ("role") or one user ("user")."""

    __tablename__ = "contract_chain_steps"

    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    step_name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Contract(BusinessMixin, OwnedMixin, Base):
    __tablename__ = "contracts"

    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    # draft → in_approval → signed; a rejection returns it to draft with the reason.
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    approval_round: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reject_reason: Mapped[str | None] = mapped_column(Unicode(500))
    terms: Mapped[str | None] = mapped_column(UnicodeText)
    extra: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)


class ContractApproval(IdMixin, Base):
    """One step of one approval round of a contract (a copy of the chain step when the contract was submitted).
    status: waiting (a later step) → pending (its turn) → approved | rejected; "skipped" when a round ends early."""

    __tablename__ = "contract_approvals"
    __table_args__ = (UniqueConstraint("contract_id", "approval_round", "seq"),)

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    approval_round: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    step_name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"))
    # The resolved approver for "department_manager" and "user" steps; NULL for a role step (any holder).
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    decided_by: Mapped[int | None] = mapped_column(Integer)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    comment: Mapped[str | None] = mapped_column(Unicode(500))


class ContractAttachment(BusinessMixin, Base):
    """A PDF stored in the database (size limited by the service)."""

    __tablename__ = "contract_attachments"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), nullable=False, index=True)
    file_name: Mapped[str] = mapped_column(Unicode(255), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
