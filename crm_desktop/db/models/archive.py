"""Customer archive extras: notes, attachments, ownership history, merges, the public pool's rules and runs,
and the decision-tree role of a contact."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, IdMixin, JSONType, UTCDateTime, utcnow


class CustomerNote(BusinessMixin, Base):
    __tablename__ = "customer_notes"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    body: Mapped[str] = mapped_column(UnicodeText, nullable=False)


class CustomerAttachment(BusinessMixin, Base):
    """A file stored in the database (size limited by the service)."""

    __tablename__ = "customer_attachments"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    file_name: Mapped[str] = mapped_column(Unicode(255), nullable=False)
    content_type: Mapped[str | None] = mapped_column(Unicode(100))
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class OwnershipChange(IdMixin, Base):
    """One change of a customer's owner: claim, return, assign, transfer, auto return, merge."""

    __tablename__ = "customer_ownership"
    __table_args__ = (Index("ix_customer_ownership_customer_at", "customer_id", "at"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    from_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Unicode(300))
    by_user_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)


class CustomerMerge(IdMixin, Base):
    """A merge of `merged_id` into `survivor_id`: what moved and what the survivor looked like, for undo."""

    __tablename__ = "customer_merges"

    survivor_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    moved: Mapped[dict[str, object]] = mapped_column(JSONType, nullable=False)
    survivor_before: Mapped[dict[str, object]] = mapped_column(JSONType, nullable=False)
    by_user_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PoolRule(IdMixin, Base):
    """Automatic return to the public pool after `auto_return_days` without contact, per customer type
    (type_id NULL: the default for every type without its own rule)."""

    __tablename__ = "pool_rules"

    type_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"), unique=True)
    auto_return_days: Mapped[int | None] = mapped_column(Integer)


class PoolRun(IdMixin, Base):
    """One automatic-return run; the unique run_key (the day) makes the run happen once however many
    clients find it due."""

    __tablename__ = "pool_runs"

    run_key: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    run_date: Mapped[date] = mapped_column(Date, nullable=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    by_user_id: Mapped[int | None] = mapped_column(Integer)
    returned: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ContactRole(IdMixin, Base):
    """A contact's place in the customer's decision tree."""

    __tablename__ = "contact_roles"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), nullable=False, unique=True)
    decision_role: Mapped[str | None] = mapped_column(String(20))
    reports_to_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
