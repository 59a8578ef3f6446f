"""product catalogue with grade prices, document numbering rules

Revision ID: 0008_products
Revises: 0007_forms
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from crm_desktop.db.migrations.station_modules import set_station_modules

revision = "0008_products"
down_revision = "0007_forms"
branch_labels = None
depends_on = None

MODULE = "products"
STATIONS = ("storefront", "key_accounts", "admin_office", "manager")
# doc_type, prefix, date part, width, reset
RULES = (
    ("quote", "BJ", "YYYYMMDD", 4, "daily"),
    ("contract", "HT", "YYYY", 5, "yearly"),
    ("order", "XS", "YYYYMMDD", 4, "daily"),
    ("receipt", "SK", "YYYYMMDD", 4, "daily"),
    ("return", "TH", "YYYYMMDD", 3, "daily"),
    ("lead", "XL", "YYYYMM", 5, "monthly"),
    ("opportunity", "SJ", "YYYYMM", 4, "monthly"),
)


def _business_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "product_categories",
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_business_columns(),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["product_categories.id"],
            name=op.f("fk_product_categories_parent_id_product_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_categories")),
    )
    op.create_index(op.f("ix_product_categories_parent_id"), "product_categories", ["parent_id"])
    op.create_table(
        "products",
        sa.Column("code", sa.Unicode(length=40), nullable=False),
        sa.Column("name", sa.Unicode(length=200), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("specification", sa.Unicode(length=200), nullable=True),
        sa.Column("unit", sa.Unicode(length=20), nullable=False),
        sa.Column("list_price", sa.Numeric(14, 2), nullable=False),
        sa.Column("cost_price", sa.Numeric(14, 2), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        sa.Column("search_text", sa.UnicodeText(), nullable=False),
        *_business_columns(),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["product_categories.id"],
            name=op.f("fk_products_category_id_product_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
    )
    op.create_index(op.f("ix_products_category_id"), "products", ["category_id"])
    op.create_index(
        "uq_products_code_live",
        "products",
        ["code"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
        mssql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "product_prices",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("grade_id", sa.Integer(), nullable=False),
        sa.Column("price", sa.Numeric(14, 2), nullable=False),
        *_business_columns(),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_product_prices_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["grade_id"], ["code_items.id"], name=op.f("fk_product_prices_grade_id_code_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_prices")),
        sa.UniqueConstraint("product_id", "grade_id", name=op.f("uq_product_prices_product_id")),
    )
    op.create_index(op.f("ix_product_prices_grade_id"), "product_prices", ["grade_id"])
    rules = op.create_table(
        "numbering_rules",
        sa.Column("doc_type", sa.String(length=30), nullable=False),
        sa.Column("prefix", sa.Unicode(length=20), nullable=False),
        sa.Column("date_part", sa.String(length=10), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("reset", sa.String(length=10), nullable=False),
        *_business_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_numbering_rules")),
        sa.UniqueConstraint("doc_type", name=op.f("uq_numbering_rules_doc_type")),
    )
    op.create_table(
        "number_counters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=30), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_counters")),
        sa.UniqueConstraint("doc_type", "period", name=op.f("uq_number_counters_doc_type")),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        rules,
        [
            {
                "doc_type": doc_type,
                "prefix": prefix,
                "date_part": date_part,
                "width": width,
                "reset": reset,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for doc_type, prefix, date_part, width, reset in RULES
        ],
    )
    set_station_modules({code: (MODULE,) for code in STATIONS}, add=True, listed_only=True)


def downgrade() -> None:
    set_station_modules({code: (MODULE,) for code in STATIONS}, add=False, listed_only=True)
    op.drop_table("number_counters")
    op.drop_table("numbering_rules")
    op.drop_index(op.f("ix_product_prices_grade_id"), table_name="product_prices")
    op.drop_table("product_prices")
    op.drop_index("uq_products_code_live", table_name="products")
    op.drop_index(op.f("ix_products_category_id"), table_name="products")
    op.drop_table("products")
    op.drop_index(op.f("ix_product_categories_parent_id"), table_name="product_categories")
    op.drop_table("product_categories")
