"""Opportunities (销售机会): stages, products, competitors, team members, and sales quotas per fiscal quarter."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

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


class OpportunityStage(Base):
    """What a stage code item (category "opportunity_stage") means: default probability and outcome."""

    __tablename__ = "opportunity_stages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("code_items.id"), nullable=False, unique=True)
    probability: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # "open" | "won" | "lost": moving a deal to a won/lost stage closes it.
    outcome: Mapped[str] = mapped_column(String(10), nullable=False, default="open")


class Opportunity(BusinessMixin, OwnedMixin, Base):
    __tablename__ = "opportunities"
    __table_args__ = (Index("ix_opportunities_status_close", "status", "expected_close"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    stage_id: Mapped[int] = mapped_column(ForeignKey("code_items.id"), nullable=False, index=True)
    probability: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False, default=Decimal("0"))
    expected_close: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    lost_reason: Mapped[str | None] = mapped_column(Unicode(500))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    notes: Mapped[str | None] = mapped_column(UnicodeText)
    extra: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)


class OpportunityProduct(Base):
    __tablename__ = "opportunity_products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), nullable=False, index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False, index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3), nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)


class Competitor(BusinessMixin, Base):
    """竞争对手: shared across the organisation (readable by everyone with the opportunities module)."""

    __tablename__ = "competitors"

    name: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    website: Mapped[str | None] = mapped_column(Unicode(200))
    strengths: Mapped[str | None] = mapped_column(UnicodeText)
    weaknesses: Mapped[str | None] = mapped_column(UnicodeText)
    # "low" | "medium" | "high"
    threat_level: Mapped[str] = mapped_column(String(10), nullable=False, default="medium")
    notes: Mapped[str | None] = mapped_column(UnicodeText)


class OpportunityCompetitor(Base):
    __tablename__ = "opportunity_competitors"
    __table_args__ = (UniqueConstraint("opportunity_id", "competitor_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), nullable=False, index=True
    )
    competitor_id: Mapped[int] = mapped_column(ForeignKey("competitors.id"), nullable=False, index=True)


class OpportunityMember(Base):
    __tablename__ = "opportunity_members"
    __table_args__ = (UniqueConstraint("opportunity_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), nullable=False, index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    role: Mapped[str | None] = mapped_column(Unicode(60))


class SalesQuota(BusinessMixin, Base):
    __tablename__ = "sales_quotas"
    __table_args__ = (UniqueConstraint("user_id", "year", "quarter"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
