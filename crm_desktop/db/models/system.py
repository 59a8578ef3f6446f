"""System tables: login log, audit log, settings, signed-in sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, JSONType, UTCDateTime, utcnow


class LoginLog(Base):
    __tablename__ = "login_log"
    __table_args__ = (Index("ix_login_log_user_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow, index=True)
    login_name: Mapped[str] = mapped_column(Unicode(60), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    success: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reason: Mapped[str] = mapped_column(String(40), nullable=False)
    machine: Mapped[str | None] = mapped_column(Unicode(100))
    station_code: Mapped[str | None] = mapped_column(String(40))


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    station_code: Mapped[str | None] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Unicode(300))
    changes: Mapped[dict[str, object] | None] = mapped_column(JSONType)


class SystemSetting(Base):
    __tablename__ = "system_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str | None] = mapped_column(UnicodeText)


class UserSession(Base):
    """A signed-in client: who, at which station and machine, since when (online users, heartbeat later)."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    station_code: Mapped[str | None] = mapped_column(String(40))
    machine: Mapped[str | None] = mapped_column(Unicode(100))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    end_reason: Mapped[str | None] = mapped_column(String(20))  # logout, signed_out (by an admin), idle
    ended_by: Mapped[int | None] = mapped_column(Integer)
