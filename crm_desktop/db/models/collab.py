"""Collaboration extras: comments and reviews on tasks, and the change feed that carries live notices."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, JSONType, UTCDateTime, utcnow


class TaskComment(Base):
    """A remark on a task: `comment` by anyone involved, `review` by a superior (by position or department)."""

    __tablename__ = "task_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False, index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="comment")
    body: Mapped[str] = mapped_column(UnicodeText, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)


class ChangeFeed(Base):
    """One row per write other stations should hear about; clients poll it (SQLite, SQL Server) or catch up
    from it after a dropped LISTEN connection (PostgreSQL). `user_ids` None = everyone."""

    __tablename__ = "change_feed"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String(20), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    user_ids: Mapped[list[int] | None] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow, index=True)
