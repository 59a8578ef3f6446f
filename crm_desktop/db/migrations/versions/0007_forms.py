"""custom fields, form and list layout definitions with versions

Custom field values live in the existing `extra` JSON columns of customers and contacts; on PostgreSQL those get
GIN indexes (jsonb_path_ops) so filters on custom fields use them. No new module: the designer sits under System.

Revision ID: 0007_forms
Revises: 0006_calendar
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007_forms"
down_revision = "0006_calendar"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
LIVE = sa.text("deleted_at IS NULL")
GIN_INDEXES = {"ix_customers_extra_gin": "customers", "ix_contacts_extra_gin": "contacts"}


def upgrade() -> None:
    op.create_table(
        "field_definitions",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("document", JSON, nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_definitions")),
    )
    op.create_index(
        "uq_field_definitions_entity_key",
        "field_definitions",
        ["entity", "key"],
        unique=True,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
        mssql_where=LIVE,
    )
    op.create_table(
        "layout_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("layer", sa.String(length=10), nullable=False),
        sa.Column("station_code", sa.String(length=40), nullable=True),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("document", JSON, nullable=True),
        sa.Column("comment", sa.Unicode(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_layout_versions")),
    )
    op.create_index(
        "uq_layout_versions_slot",
        "layout_versions",
        ["entity", "kind", "layer", "station_code", "version_no"],
        unique=True,
    )
    if op.get_bind().dialect.name == "postgresql":
        for name, table in GIN_INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON {table} USING gin (extra jsonb_path_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in GIN_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_index("uq_layout_versions_slot", table_name="layout_versions")
    op.drop_table("layout_versions")
    op.drop_index("uq_field_definitions_entity_key", table_name="field_definitions")
    op.drop_table("field_definitions")
