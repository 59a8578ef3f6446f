"""opportunities, stages, competitors, team members, quotas

Stages are code items of category "opportunity_stage" (editable like any code table); `opportunity_stages` adds the
default probability and whether a stage wins or loses the deal. Lost reasons are code category "loss_reason".

Revision ID: 0009_opportunities
Revises: 0008_products
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from crm_desktop.db.migrations.station_modules import set_station_modules

revision = "0009_opportunities"
down_revision = "0008_products"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
# station code -> module keys this migration adds
STATION_MODULES = {
    "key_accounts": ("opportunities", "forecast"),
    "manager": ("opportunities", "forecast"),
}
# (code, name, name_en, probability, outcome)
STAGES = [
    ("discovery", "需求发现", "Needs discovery", 10, "open"),
    ("proposal", "方案报价", "Proposal/quote", 40, "open"),
    ("negotiation", "谈判", "Negotiation", 70, "open"),
    ("won", "赢单", "Won", 100, "won"),
    ("lost", "输单", "Lost", 0, "lost"),
]
LOSS_REASONS = [
    ("price", "价格偏高", "Price too high"),
    ("competitor", "选择了竞争对手", "Chose a competitor"),
    ("cancelled", "需求取消", "Need cancelled"),
    ("budget", "预算不足", "No budget"),
    ("other", "其他", "Other"),
]


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


def _opportunity_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["opportunity_id"],
        ["opportunities.id"],
        name=op.f(f"fk_{table}_opportunity_id_opportunities"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "opportunity_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["code_id"], ["code_items.id"], name=op.f("fk_opportunity_stages_code_id_code_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_stages")),
        sa.UniqueConstraint("code_id", name=op.f("uq_opportunity_stages_code_id")),
    )
    op.create_table(
        "opportunities",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Unicode(length=200), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(14, 2), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("lost_reason_id", sa.Integer(), nullable=True),
        sa.Column("lost_reason", sa.Unicode(length=500), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        sa.Column("extra", JSON, nullable=False),
        *_business_columns(),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_opportunities_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["code_items.id"], name=op.f("fk_opportunities_stage_id_code_items")
        ),
        sa.ForeignKeyConstraint(
            ["lost_reason_id"], ["code_items.id"], name=op.f("fk_opportunities_lost_reason_id_code_items")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_opportunities_department_id_departments")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_opportunities_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
    )
    for column in ("customer_id", "stage_id", "closed_at", "owner_id", "department_id"):
        op.create_index(op.f(f"ix_opportunities_{column}"), "opportunities", [column])
    op.create_index("ix_opportunities_status_close", "opportunities", ["status", "expected_close"])
    op.create_table(
        "opportunity_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Numeric(14, 3), nullable=False),
        sa.Column("unit_price", sa.Numeric(14, 2), nullable=False),
        _opportunity_fk("opportunity_products"),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_opportunity_products_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_products")),
    )
    op.create_index(
        op.f("ix_opportunity_products_opportunity_id"), "opportunity_products", ["opportunity_id"]
    )
    op.create_index(op.f("ix_opportunity_products_product_id"), "opportunity_products", ["product_id"])
    op.create_table(
        "competitors",
        sa.Column("name", sa.Unicode(length=200), nullable=False),
        sa.Column("website", sa.Unicode(length=200), nullable=True),
        sa.Column("strengths", sa.UnicodeText(), nullable=True),
        sa.Column("weaknesses", sa.UnicodeText(), nullable=True),
        sa.Column("threat_level", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        *_business_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitors")),
    )
    op.create_table(
        "opportunity_competitors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=False),
        _opportunity_fk("opportunity_competitors"),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["competitors.id"],
            name=op.f("fk_opportunity_competitors_competitor_id_competitors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_competitors")),
        sa.UniqueConstraint(
            "opportunity_id", "competitor_id", name=op.f("uq_opportunity_competitors_opportunity_id")
        ),
    )
    op.create_index(
        op.f("ix_opportunity_competitors_opportunity_id"), "opportunity_competitors", ["opportunity_id"]
    )
    op.create_index(
        op.f("ix_opportunity_competitors_competitor_id"), "opportunity_competitors", ["competitor_id"]
    )
    op.create_table(
        "opportunity_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Unicode(length=60), nullable=True),
        _opportunity_fk("opportunity_members"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_opportunity_members_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_members")),
        sa.UniqueConstraint("opportunity_id", "user_id", name=op.f("uq_opportunity_members_opportunity_id")),
    )
    op.create_index(op.f("ix_opportunity_members_opportunity_id"), "opportunity_members", ["opportunity_id"])
    op.create_index(op.f("ix_opportunity_members_user_id"), "opportunity_members", ["user_id"])
    op.create_table(
        "sales_quotas",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(14, 2), nullable=False),
        *_business_columns(),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_sales_quotas_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_quotas")),
        sa.UniqueConstraint("user_id", "year", "quarter", name=op.f("uq_sales_quotas_user_id")),
    )
    op.create_index(op.f("ix_sales_quotas_user_id"), "sales_quotas", ["user_id"])
    _insert_codes()
    set_station_modules(STATION_MODULES, add=True)


def _insert_codes() -> None:
    bind = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None) if bind.dialect.name == "sqlite" else datetime.now(UTC)
    common = {"version": 1, "created_at": now, "updated_at": now, "active": True}
    codes = sa.table(
        "code_items",
        *(sa.column(c) for c in ("id", "category", "code", "name", "name_en", "sort_order", "deleted_at")),
        *(sa.column(c) for c in common),
    )
    rows = [
        {"category": "opportunity_stage", "code": c, "name": n, "name_en": e, "sort_order": i, **common}
        for i, (c, n, e, _p, _o) in enumerate(STAGES)
    ] + [
        {"category": "loss_reason", "code": c, "name": n, "name_en": e, "sort_order": i, **common}
        for i, (c, n, e) in enumerate(LOSS_REASONS)
    ]
    op.bulk_insert(codes, rows)
    ids = dict(
        bind.execute(
            sa.select(codes.c.code, codes.c.id).where(
                codes.c.category == "opportunity_stage", codes.c.deleted_at.is_(None)
            )
        ).all()
    )
    stages = sa.table("opportunity_stages", *(sa.column(c) for c in ("code_id", "probability", "outcome")))
    op.bulk_insert(
        stages, [{"code_id": ids[c], "probability": p, "outcome": o} for c, _n, _e, p, o in STAGES]
    )


def downgrade() -> None:
    set_station_modules(STATION_MODULES, add=False)
    codes = sa.table("code_items", sa.column("category"))
    op.execute("DELETE FROM opportunity_stages")
    op.drop_index(op.f("ix_sales_quotas_user_id"), table_name="sales_quotas")
    op.drop_table("sales_quotas")
    op.drop_index(op.f("ix_opportunity_members_user_id"), table_name="opportunity_members")
    op.drop_index(op.f("ix_opportunity_members_opportunity_id"), table_name="opportunity_members")
    op.drop_table("opportunity_members")
    op.drop_index(op.f("ix_opportunity_competitors_competitor_id"), table_name="opportunity_competitors")
    op.drop_index(op.f("ix_opportunity_competitors_opportunity_id"), table_name="opportunity_competitors")
    op.drop_table("opportunity_competitors")
    op.drop_table("competitors")
    op.drop_index(op.f("ix_opportunity_products_product_id"), table_name="opportunity_products")
    op.drop_index(op.f("ix_opportunity_products_opportunity_id"), table_name="opportunity_products")
    op.drop_table("opportunity_products")
    op.drop_index("ix_opportunities_status_close", table_name="opportunities")
    for column in ("customer_id", "stage_id", "closed_at", "owner_id", "department_id"):
        op.drop_index(op.f(f"ix_opportunities_{column}"), table_name="opportunities")
    op.drop_table("opportunities")
    op.drop_table("opportunity_stages")
    op.execute(codes.delete().where(codes.c.category.in_(("opportunity_stage", "loss_reason"))))
