"""Code tables (数据字典): customer types, grades, industries, regions, sources, titles… editable data."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Unicode, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin


class CodeItem(BusinessMixin, Base):
    __tablename__ = "code_items"
    __table_args__ = (
        Index(
            "uq_code_items_category_code",
            "category",
            "code",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
            mssql_where=text("deleted_at IS NULL"),
        ),
    )

    category: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    name_en: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("code_items.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
