"""sales orders from contracts, quotes or quick sale at the storefront; order lines, payment plans, receipts, returns

Also adds the "payment_method" code table (editable by admins) and the "orders" module to the stations that sell.

Revision ID: 0012_orders
Revises: 0011_documents
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from crm_desktop.db.migrations.station_modules import set_station_modules

revision = "0012_orders"
down_revision = "0011_documents"
branch_labels = None
depends_on = None

MODULE = "orders"
STATIONS = ("storefront", "key_accounts", "admin_office", "manager")
PAYMENT_METHODS = [
    ("cash", "现金", "Cash"),
    ("transfer", "银行转账", "Bank transfer"),
    ("wechat", "微信支付", "WeChat Pay"),
    ("alipay", "支付宝", "Alipay"),
    ("card", "刷卡", "Bank card"),
    ("cheque", "支票", "Cheque"),
]
MONEY = sa.Numeric(14, 2)
QUANTITY = sa.Numeric(14, 3)
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _business(table: str) -> list[sa.Column[Any] | sa.PrimaryKeyConstraint]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "sales_orders",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("quote_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("total_amount", MONEY, nullable=False),
        sa.Column("returned_amount", MONEY, nullable=False),
        sa.Column("received_amount", MONEY, nullable=False),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        sa.Column("extra", JSON, nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        *_business("sales_orders"),
        _fk("sales_orders", "customer_id", "customers"),
        _fk("sales_orders", "contract_id", "contracts"),
        _fk("sales_orders", "quote_id", "quotes"),
        _fk("sales_orders", "owner_id", "users"),
        _fk("sales_orders", "department_id", "departments"),
        sa.UniqueConstraint("number", name=op.f("uq_sales_orders_number")),
    )
    op.create_index(op.f("ix_sales_orders_contract_id"), "sales_orders", ["contract_id"])
    op.create_index(op.f("ix_sales_orders_quote_id"), "sales_orders", ["quote_id"])
    op.create_index(op.f("ix_sales_orders_owner_id"), "sales_orders", ["owner_id"])
    op.create_index(op.f("ix_sales_orders_department_id"), "sales_orders", ["department_id"])
    op.create_index("ix_sales_orders_customer_date", "sales_orders", ["customer_id", "order_date"])
    op.create_index("ix_sales_orders_date_id", "sales_orders", ["order_date", "id"])

    op.create_table(
        "order_lines",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Unicode(length=200), nullable=False),
        sa.Column("unit", sa.Unicode(length=20), nullable=True),
        sa.Column("quantity", QUANTITY, nullable=False),
        sa.Column("unit_price", MONEY, nullable=False),
        sa.Column("discount_pct", sa.Numeric(5, 2), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("returned_quantity", QUANTITY, nullable=False),
        *_business("order_lines"),
        _fk("order_lines", "order_id", "sales_orders"),
        _fk("order_lines", "product_id", "products"),
        sa.UniqueConstraint("order_id", "seq", name=op.f("uq_order_lines_order_id")),
    )
    op.create_index(op.f("ix_order_lines_order_id"), "order_lines", ["order_id"])
    op.create_index(op.f("ix_order_lines_product_id"), "order_lines", ["product_id"])

    op.create_table(
        "payment_instalments",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("received_amount", MONEY, nullable=False),
        sa.Column("credited_amount", MONEY, nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Unicode(length=200), nullable=True),
        *_business("payment_instalments"),
        _fk("payment_instalments", "order_id", "sales_orders"),
        sa.UniqueConstraint("order_id", "seq", name=op.f("uq_payment_instalments_order_id")),
    )
    op.create_index(op.f("ix_payment_instalments_order_id"), "payment_instalments", ["order_id"])
    op.create_index("ix_payment_instalments_status_due", "payment_instalments", ["status", "due_date"])

    op.create_table(
        "receipts",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("instalment_id", sa.Integer(), nullable=True),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("method_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Unicode(length=300), nullable=True),
        *_business("receipts"),
        _fk("receipts", "order_id", "sales_orders"),
        _fk("receipts", "instalment_id", "payment_instalments"),
        _fk("receipts", "method_id", "code_items"),
        sa.UniqueConstraint("number", name=op.f("uq_receipts_number")),
    )
    op.create_index(op.f("ix_receipts_order_id"), "receipts", ["order_id"])
    op.create_index(op.f("ix_receipts_instalment_id"), "receipts", ["instalment_id"])
    op.create_index(op.f("ix_receipts_received_on"), "receipts", ["received_on"])

    op.create_table(
        "sales_returns",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("refund_amount", MONEY, nullable=False),
        sa.Column("reason", sa.Unicode(length=300), nullable=True),
        *_business("sales_returns"),
        _fk("sales_returns", "order_id", "sales_orders"),
        sa.UniqueConstraint("number", name=op.f("uq_sales_returns_number")),
    )
    op.create_index(op.f("ix_sales_returns_order_id"), "sales_returns", ["order_id"])

    op.create_table(
        "return_lines",
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("order_line_id", sa.Integer(), nullable=False),
        sa.Column("quantity", QUANTITY, nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        *_business("return_lines"),
        _fk("return_lines", "return_id", "sales_returns"),
        _fk("return_lines", "order_line_id", "order_lines"),
    )
    op.create_index(op.f("ix_return_lines_return_id"), "return_lines", ["return_id"])
    op.create_index(op.f("ix_return_lines_order_line_id"), "return_lines", ["order_line_id"])

    _add_payment_methods()
    set_station_modules({code: (MODULE,) for code in STATIONS}, add=True)


def _add_payment_methods() -> None:
    codes = sa.table(
        "code_items",
        *(
            sa.column(c)
            for c in (
                "category",
                "code",
                "name",
                "name_en",
                "sort_order",
                "active",
                "version",
                "created_at",
                "updated_at",
            )
        ),
    )
    now = datetime.now(UTC)
    stamp = now.replace(tzinfo=None) if op.get_bind().dialect.name == "sqlite" else now
    op.bulk_insert(
        codes,
        [
            {
                "category": "payment_method",
                "code": code,
                "name": name,
                "name_en": name_en,
                "sort_order": order,
                "active": True,
                "version": 1,
                "created_at": stamp,
                "updated_at": stamp,
            }
            for order, (code, name, name_en) in enumerate(PAYMENT_METHODS)
        ],
    )


def downgrade() -> None:
    set_station_modules({code: (MODULE,) for code in STATIONS}, add=False)
    codes = sa.table("code_items", sa.column("category"))
    op.execute(codes.delete().where(codes.c.category == "payment_method"))
    for table, indexes in (
        ("return_lines", ["ix_return_lines_order_line_id", "ix_return_lines_return_id"]),
        ("sales_returns", ["ix_sales_returns_order_id"]),
        ("receipts", ["ix_receipts_received_on", "ix_receipts_instalment_id", "ix_receipts_order_id"]),
        ("payment_instalments", ["ix_payment_instalments_status_due", "ix_payment_instalments_order_id"]),
        ("order_lines", ["ix_order_lines_product_id", "ix_order_lines_order_id"]),
        (
            "sales_orders",
            [
                "ix_sales_orders_date_id",
                "ix_sales_orders_customer_date",
                "ix_sales_orders_department_id",
                "ix_sales_orders_owner_id",
                "ix_sales_orders_quote_id",
                "ix_sales_orders_contract_id",
            ],
        ),
    ):
        for index in indexes:
            op.drop_index(index, table_name=table)
        op.drop_table(table)
