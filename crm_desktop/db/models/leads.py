"""Leads (线索): the lead pool (owner NULL), follow-up records, ownership history and assignment rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, IdMixin, JSONType, OwnedMixin, UTCDateTime, utcnow

LEAD_STATUSES = ("new", "contacted", "qualified", "converted", "invalid")


class Lead(BusinessMixin, OwnedMixin, Base):
    """A lead; owner_id NULL means it lies in the lead pool. Converted leads keep links to what they became."""

    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_owner_status_id", "owner_id", "status", "id"),
        Index("ix_leads_created_id", "created_at", "id"),
    )

    company: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    contact_name: Mapped[str | None] = mapped_column(Unicode(100))
    job_title: Mapped[str | None] = mapped_column(Unicode(100))
    phone: Mapped[str | None] = mapped_column(Unicode(60))
    mobile: Mapped[str | None] = mapped_column(Unicode(60))
    email: Mapped[str | None] = mapped_column(Unicode(200))
    address: Mapped[str | None] = mapped_column(Unicode(300))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"), index=True)
    industry_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="new")
    notes: Mapped[str | None] = mapped_column(UnicodeText)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_followup_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    converted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    converted_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    converted_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    converted_opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id"))
    extra: Mapped[dict[str, object]] = mapped_column(JSONType, nullable=False, default=dict)


class LeadFollowup(BusinessMixin, Base):
    """跟进记录: when, how, what, next step."""

    __tablename__ = "lead_followups"
    __table_args__ = (Index("ix_lead_followups_lead_when", "lead_id", "occurred_at"),)

    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    content: Mapped[str] = mapped_column(UnicodeText, nullable=False)
    next_step: Mapped[str | None] = mapped_column(Unicode(300))
    next_date: Mapped[date | None] = mapped_column(Date)


class LeadOwnershipChange(IdMixin, Base):
    """One change of a lead's owner: claim, return (with the reason), assign, transfer, convert."""

    __tablename__ = "lead_ownership"
    __table_args__ = (Index("ix_lead_ownership_lead_at", "lead_id", "at"),)

    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    from_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Unicode(300))
    by_user_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)


class LeadAssignmentRule(BusinessMixin, Base):
    """Pool leads matching industry and/or region (NULL = any) go to `user_id`; lowest sort_order wins."""

    __tablename__ = "lead_assignment_rules"

    industry_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
