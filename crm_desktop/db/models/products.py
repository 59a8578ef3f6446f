"""Product catalogue: a multi-level category tree, products with list and cost price, and a price per customer
grade (code_items of category customer_grade)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Unicode,
    UnicodeText,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin

MONEY = Numeric(14, 2)


class ProductCategory(BusinessMixin, Base):
    __tablename__ = "product_categories"

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("product_categories.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Product(BusinessMixin, Base):
    __tablename__ = "products"
    __table_args__ = (
        Index(
            "uq_products_code_live",
            "code",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
            mssql_where=text("deleted_at IS NULL"),
        ),
    )

    code: Mapped[str] = mapped_column(Unicode(40), nullable=False)
    name: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("product_categories.id"), index=True)
    specification: Mapped[str | None] = mapped_column(Unicode(200))
    unit: Mapped[str] = mapped_column(Unicode(20), nullable=False, default="")
    list_price: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    cost_price: Mapped[Decimal | None] = mapped_column(MONEY)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str | None] = mapped_column(UnicodeText)
    # Folded code, name, specification and their pinyin (full and initials), for the search as you type.
    search_text: Mapped[str] = mapped_column(UnicodeText, nullable=False, default="")


class ProductPrice(BusinessMixin, Base):
    """The price of a product for customers of one grade (会员等级价)."""

    __tablename__ = "product_prices"
    __table_args__ = (UniqueConstraint("product_id", "grade_id"),)

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    grade_id: Mapped[int] = mapped_column(ForeignKey("code_items.id"), nullable=False, index=True)
    price: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
