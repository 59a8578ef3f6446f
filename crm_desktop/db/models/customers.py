"""Customers, their contacts and the contact history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Unicode, UnicodeText, func, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, JSONType, OwnedMixin, UTCDateTime


class Customer(BusinessMixin, OwnedMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_name_id", "name", "id"),
        Index("ix_customers_owner_name_id", "owner_id", "name", "id"),
        Index("ix_customers_created_id", "created_at", "id"),
        Index("ix_customers_email_lower", func.lower(text("email"))),  # the duplicate check's e-mail look-up
    )

    name: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    short_name: Mapped[str | None] = mapped_column(Unicode(60))
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="enterprise")
    type_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"), index=True)
    grade_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    industry_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    phone: Mapped[str | None] = mapped_column(Unicode(60))
    mobile: Mapped[str | None] = mapped_column(Unicode(60))
    email: Mapped[str | None] = mapped_column(Unicode(200))
    website: Mapped[str | None] = mapped_column(Unicode(200))
    address: Mapped[str | None] = mapped_column(Unicode(300))
    postcode: Mapped[str | None] = mapped_column(Unicode(20))
    needs: Mapped[str | None] = mapped_column(UnicodeText)
    notes: Mapped[str | None] = mapped_column(UnicodeText)
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    extra: Mapped[dict[str, object]] = mapped_column(JSONType, nullable=False, default=dict)


class Contact(BusinessMixin, Base):
    __tablename__ = "contacts"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    gender: Mapped[str | None] = mapped_column(String(10))
    title_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"))
    job_title: Mapped[str | None] = mapped_column(Unicode(100))
    mobile: Mapped[str | None] = mapped_column(Unicode(60))
    phone: Mapped[str | None] = mapped_column(Unicode(60))
    email: Mapped[str | None] = mapped_column(Unicode(200))
    birthday: Mapped[date | None] = mapped_column(Date)
    is_primary: Mapped[bool] = mapped_column(default=False, nullable=False)
    notes: Mapped[str | None] = mapped_column(UnicodeText)
    extra: Mapped[dict[str, object]] = mapped_column(JSONType, nullable=False, default=dict)


class Interaction(BusinessMixin, Base):
    """联系记录: a call, visit, storefront reception or e-mail with a customer."""

    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_customer_when", "customer_id", "occurred_at"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    subject: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    content: Mapped[str | None] = mapped_column(UnicodeText)
    next_step: Mapped[str | None] = mapped_column(Unicode(300))
    next_date: Mapped[date | None] = mapped_column(Date)
