"""customer archive: notes, attachments, ownership history, merges, pool rules and runs, contact roles

Revision ID: 0004_archive
Revises: 0003_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_archive"
down_revision = "0003_search"
branch_labels = None
depends_on = None

POOL_STATIONS = ("storefront", "key_accounts", "admin_office", "manager")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


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


def _customer_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["customer_id"], ["customers.id"], name=op.f(f"fk_{table}_customer_id_customers")
    )


def upgrade() -> None:
    op.create_table(
        "customer_notes",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.UnicodeText(), nullable=False),
        *_business_columns(),
        _customer_fk("customer_notes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_notes")),
    )
    op.create_index(op.f("ix_customer_notes_customer_id"), "customer_notes", ["customer_id"])
    op.create_table(
        "customer_attachments",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Unicode(length=255), nullable=False),
        sa.Column("content_type", sa.Unicode(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_business_columns(),
        _customer_fk("customer_attachments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_attachments")),
    )
    op.create_index(op.f("ix_customer_attachments_customer_id"), "customer_attachments", ["customer_id"])
    op.create_table(
        "customer_ownership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_owner_id", sa.Integer(), nullable=True),
        sa.Column("to_owner_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Unicode(length=300), nullable=True),
        sa.Column("by_user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        _customer_fk("customer_ownership"),
        sa.ForeignKeyConstraint(
            ["from_owner_id"], ["users.id"], name=op.f("fk_customer_ownership_from_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["to_owner_id"], ["users.id"], name=op.f("fk_customer_ownership_to_owner_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_ownership")),
    )
    op.create_index("ix_customer_ownership_customer_at", "customer_ownership", ["customer_id", "at"])
    op.create_table(
        "customer_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("moved", JSON, nullable=False),
        sa.Column("survivor_before", JSON, nullable=False),
        sa.Column("by_user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["survivor_id"], ["customers.id"], name=op.f("fk_customer_merges_survivor_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["customers.id"], name=op.f("fk_customer_merges_merged_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_merges")),
    )
    op.create_index(op.f("ix_customer_merges_survivor_id"), "customer_merges", ["survivor_id"])
    op.create_index(op.f("ix_customer_merges_merged_id"), "customer_merges", ["merged_id"])
    op.create_table(
        "pool_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=True),
        sa.Column("auto_return_days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["type_id"], ["code_items.id"], name=op.f("fk_pool_rules_type_id_code_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pool_rules")),
        sa.UniqueConstraint("type_id", name=op.f("uq_pool_rules_type_id")),
    )
    op.create_table(
        "pool_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_key", sa.String(length=20), nullable=False),
        sa.Column("run_date", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by_user_id", sa.Integer(), nullable=True),
        sa.Column("returned", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pool_runs")),
        sa.UniqueConstraint("run_key", name=op.f("uq_pool_runs_run_key")),
    )
    op.create_table(
        "contact_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("decision_role", sa.String(length=20), nullable=True),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_roles_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"], ["contacts.id"], name=op.f("fk_contact_roles_reports_to_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_roles")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_contact_roles_contact_id")),
    )
    _set_pool_module(add=True)


def _set_pool_module(*, add: bool) -> None:
    """Stations that show the public pool get the "pool" module in their navigation."""
    stations = sa.table("stations", sa.column("id"), sa.column("code"), sa.column("modules", sa.JSON()))
    bind = op.get_bind()
    for station_id, code, modules in bind.execute(
        sa.select(stations.c.id, stations.c.code, stations.c.modules)
    ):
        if code not in POOL_STATIONS:
            continue
        current = [m for m in (modules or []) if m != "pool"]
        if add:
            at = current.index("customers") + 1 if "customers" in current else len(current)
            current.insert(at, "pool")
        bind.execute(stations.update().where(stations.c.id == station_id).values(modules=current))


def downgrade() -> None:
    _set_pool_module(add=False)
    op.drop_table("contact_roles")
    op.drop_table("pool_runs")
    op.drop_table("pool_rules")
    op.drop_index(op.f("ix_customer_merges_merged_id"), table_name="customer_merges")
    op.drop_index(op.f("ix_customer_merges_survivor_id"), table_name="customer_merges")
    op.drop_table("customer_merges")
    op.drop_index("ix_customer_ownership_customer_at", table_name="customer_ownership")
    op.drop_table("customer_ownership")
    op.drop_index(op.f("ix_customer_attachments_customer_id"), table_name="customer_attachments")
    op.drop_table("customer_attachments")
    op.drop_index(op.f("ix_customer_notes_customer_id"), table_name="customer_notes")
    op.drop_table("customer_notes")
