"""Customer search documents and saved list queries."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, JSONType


class CustomerSearch(Base):
    """One row per customer: `name` repeats the customer's name, `doc` is the folded searchable text (name, short name, phone digits, contact names,
    pinyin), `grams` the space-separated 1-2 character grams for queries too short for trigram indexes.

    The portable columns work everywhere with LIKE (SQL Server); the fast structures over them are
    dialect-specific and live in `crm_desktop.db.search` (pg_trgm + GIN on PostgreSQL, FTS5 on SQLite)."""

    __tablename__ = "customer_search"
    # The list order with the document alongside: a dense search (one row in a hundred matches) walks this
    # index in name order and tests each document without touching the table (PostgreSQL: INCLUDE doc).
    # `name_key` is the customer's name normalised for duplicate matching (crm_desktop.services.duplicates:
    # legal-form suffixes, brackets, punctuation and case removed); the import and the duplicate check look
    # customers up by it.
    __table_args__ = (
        Index("ix_customer_search_name_id", "name", "customer_id", postgresql_include=["doc"]),
        Index("ix_customer_search_name_key", "name_key"),
    )

    customer_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    name: Mapped[str] = mapped_column(Unicode(200), nullable=False)  # the customer's name, for the walk
    doc: Mapped[str] = mapped_column(UnicodeText, nullable=False)
    grams: Mapped[str] = mapped_column(UnicodeText, nullable=False)
    name_key: Mapped[str] = mapped_column(Unicode(200), nullable=False, default="", server_default="")


class SavedQuery(BusinessMixin, Base):
    """A named list query a user saved (filters and conditions as JSON), private to that user."""

    __tablename__ = "saved_queries"
    __table_args__ = (Index("ix_saved_queries_user_entity", "user_id", "entity", "name"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    definition: Mapped[dict[str, object]] = mapped_column(JSONType, nullable=False, default=dict)
