"""Collaboration: tasks, messages with per-recipient read state, the business log (work diary)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, UTCDateTime, utcnow


class Task(BusinessMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_assignee_status", "assignee_id", "status"),)

    title: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    description: Mapped[str | None] = mapped_column(UnicodeText)
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="direct")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    # None while a task assigned to a department (department_id) waits for a member to receive it
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="new")
    priority: Mapped[str] = mapped_column(String(10), nullable=False, default="normal")
    due_date: Mapped[date | None] = mapped_column(Date)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    result: Mapped[str | None] = mapped_column(UnicodeText)
    remind_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Message(BusinessMixin, Base):
    __tablename__ = "messages"

    sender_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="direct")
    subject: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    body: Mapped[str | None] = mapped_column(UnicodeText)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    # announcements: "everyone", "department" (audience_ref = department id) or "station" (station code)
    audience: Mapped[str | None] = mapped_column(String(20))
    audience_ref: Mapped[str | None] = mapped_column(String(40))


class MessageRecipient(Base):
    __tablename__ = "message_recipients"
    __table_args__ = (Index("ix_message_recipients_user_read", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), nullable=False, index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BusinessLogEntry(BusinessMixin, Base):
    """事务日志: a user's own work diary (not the system audit log)."""

    __tablename__ = "business_log"
    __table_args__ = (Index("ix_business_log_user_date", "user_id", "entry_date"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    entry_date: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    content: Mapped[str | None] = mapped_column(UnicodeText)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
