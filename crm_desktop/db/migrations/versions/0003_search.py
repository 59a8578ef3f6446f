"""customer search structures, saved queries

Revision ID: 0003_search
Revises: 0002_access
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from crm_desktop.db import search

revision = "0003_search"
down_revision = "0002_access"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_search",
        sa.Column("customer_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.Unicode(length=200), nullable=False),
        sa.Column("doc", sa.UnicodeText(), nullable=False),
        sa.Column("grams", sa.UnicodeText(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_search")),
    )
    op.create_index(
        "ix_customer_search_name_id",
        "customer_search",
        ["name", "customer_id"],
        postgresql_include=["doc"],
    )
    op.create_table(
        "saved_queries",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("definition", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_saved_queries_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_queries")),
    )
    op.create_index("ix_saved_queries_user_entity", "saved_queries", ["user_id", "entity", "name"])
    conn = op.get_bind()
    search.create_structures(conn)
    # Customers that exist already need their documents; the normalisation (pinyin) lives in the services, so
    # flag it here and `services.search_index.rebuild_if_flagged` fills them right after the upgrade.
    if conn.execute(sa.text("SELECT 1 FROM customers")).first() is not None:
        settings = sa.table(
            "system_settings", sa.column("key", sa.String), sa.column("value", sa.UnicodeText)
        )
        op.bulk_insert(settings, [{"key": search.REBUILD_FLAG, "value": "1"}])


def downgrade() -> None:
    search.drop_structures(op.get_bind())
    op.drop_index("ix_saved_queries_user_entity", table_name="saved_queries")
    op.drop_table("saved_queries")
    op.drop_index("ix_customer_search_name_id", table_name="customer_search")
    op.drop_table("customer_search")
