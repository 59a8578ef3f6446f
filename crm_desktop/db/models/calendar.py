"""The calendar: events with optional attendees, a linked customer and a reminder that fires once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Unicode, UnicodeText, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, OwnedMixin, UTCDateTime


class CalendarEvent(BusinessMixin, OwnedMixin, Base):
    __tablename__ = "calendar_events"
    __table_args__ = (
        Index("ix_calendar_events_owner_start", "owner_id", "starts_at"),
        Index("ix_calendar_events_remind_at", "remind_at"),
    )

    title: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    all_day: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    location: Mapped[str | None] = mapped_column(Unicode(200))
    notes: Mapped[str | None] = mapped_column(UnicodeText)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    remind_minutes: Mapped[int | None] = mapped_column(Integer)
    # starts_at - remind_minutes, kept so the reminder check is one indexed range query; reminded_at marks it
    # shown (a reminder missed while no client ran is shown once at the next start).
    remind_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CalendarAttendee(Base):
    __tablename__ = "calendar_attendees"
    __table_args__ = (UniqueConstraint("event_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("calendar_events.id", ondelete="CASCADE"), nullable=False, index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
