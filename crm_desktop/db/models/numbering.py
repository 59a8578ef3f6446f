"""Document numbering: one rule per document type and a counter per (type, period)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Unicode, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, IdMixin


class NumberingRule(BusinessMixin, Base):
    """prefix + date part ("", "YYYY", "YYYYMM", "YYYYMMDD") + a sequence of `width` digits, e.g. BJ202611220007."""

    __tablename__ = "numbering_rules"
    __table_args__ = (UniqueConstraint("doc_type"),)

    doc_type: Mapped[str] = mapped_column(String(30), nullable=False)
    prefix: Mapped[str] = mapped_column(Unicode(20), nullable=False, default="")
    date_part: Mapped[str] = mapped_column(String(10), nullable=False, default="YYYYMMDD")
    width: Mapped[int] = mapped_column(Integer, nullable=False, default=4)
    reset: Mapped[str] = mapped_column(String(10), nullable=False, default="daily")


class NumberCounter(IdMixin, Base):
    """The last number handed out for a document type in one period ("" when the rule never resets)."""

    __tablename__ = "number_counters"
    __table_args__ = (UniqueConstraint("doc_type", "period"),)

    doc_type: Mapped[str] = mapped_column(String(30), nullable=False)
    period: Mapped[str] = mapped_column(String(10), nullable=False)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
