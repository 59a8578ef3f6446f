"""lead pool, lead follow-ups and assignment rules

Leads use a fixed status set (new, contacted, qualified, converted, invalid): the status drives the workflow, so it
is not a code table. Adds the module key "leads" to the key_accounts and manager stations.

Revision ID: 0010_leads
Revises: 0009_opportunities
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from crm_desktop.db.migrations.station_modules import set_station_modules

revision = "0010_leads"
down_revision = "0009_opportunities"
branch_labels = None
depends_on = None

MODULE = "leads"
STATIONS = ("key_accounts", "manager")


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


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    json_type = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
    op.create_table(
        "leads",
        sa.Column("company", sa.Unicode(length=200), nullable=False),
        sa.Column("contact_name", sa.Unicode(length=100), nullable=True),
        sa.Column("job_title", sa.Unicode(length=100), nullable=True),
        sa.Column("phone", sa.Unicode(length=60), nullable=True),
        sa.Column("mobile", sa.Unicode(length=60), nullable=True),
        sa.Column("email", sa.Unicode(length=200), nullable=True),
        sa.Column("address", sa.Unicode(length=300), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("industry_id", sa.Integer(), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_followup_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("converted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("converted_customer_id", sa.Integer(), nullable=True),
        sa.Column("converted_contact_id", sa.Integer(), nullable=True),
        sa.Column("converted_opportunity_id", sa.Integer(), nullable=True),
        sa.Column("extra", json_type, nullable=False),
        *_business_columns(),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        _fk("leads", "source_id", "code_items"),
        _fk("leads", "industry_id", "code_items"),
        _fk("leads", "region_id", "code_items"),
        _fk("leads", "converted_customer_id", "customers"),
        _fk("leads", "converted_contact_id", "contacts"),
        _fk("leads", "converted_opportunity_id", "opportunities"),
        _fk("leads", "owner_id", "users"),
        _fk("leads", "department_id", "departments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    op.create_index(op.f("ix_leads_source_id"), "leads", ["source_id"])
    op.create_index(op.f("ix_leads_owner_id"), "leads", ["owner_id"])
    op.create_index(op.f("ix_leads_department_id"), "leads", ["department_id"])
    op.create_index("ix_leads_owner_status_id", "leads", ["owner_id", "status", "id"])
    op.create_index("ix_leads_created_id", "leads", ["created_at", "id"])

    op.create_table(
        "lead_followups",
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("content", sa.UnicodeText(), nullable=False),
        sa.Column("next_step", sa.Unicode(length=300), nullable=True),
        sa.Column("next_date", sa.Date(), nullable=True),
        *_business_columns(),
        _fk("lead_followups", "lead_id", "leads"),
        _fk("lead_followups", "user_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_followups")),
    )
    op.create_index(op.f("ix_lead_followups_user_id"), "lead_followups", ["user_id"])
    op.create_index("ix_lead_followups_lead_when", "lead_followups", ["lead_id", "occurred_at"])

    op.create_table(
        "lead_ownership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_owner_id", sa.Integer(), nullable=True),
        sa.Column("to_owner_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Unicode(length=300), nullable=True),
        sa.Column("by_user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        _fk("lead_ownership", "lead_id", "leads"),
        _fk("lead_ownership", "from_owner_id", "users"),
        _fk("lead_ownership", "to_owner_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_ownership")),
    )
    op.create_index("ix_lead_ownership_lead_at", "lead_ownership", ["lead_id", "at"])

    op.create_table(
        "lead_assignment_rules",
        sa.Column("industry_id", sa.Integer(), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_business_columns(),
        _fk("lead_assignment_rules", "industry_id", "code_items"),
        _fk("lead_assignment_rules", "region_id", "code_items"),
        _fk("lead_assignment_rules", "user_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_assignment_rules")),
    )
    # leads come before the opportunities they turn into
    set_station_modules({code: (MODULE,) for code in STATIONS}, add=True, before="opportunities")


def downgrade() -> None:
    set_station_modules({code: (MODULE,) for code in STATIONS}, add=False)
    op.drop_table("lead_assignment_rules")
    op.drop_index("ix_lead_ownership_lead_at", table_name="lead_ownership")
    op.drop_table("lead_ownership")
    op.drop_index("ix_lead_followups_lead_when", table_name="lead_followups")
    op.drop_index(op.f("ix_lead_followups_user_id"), table_name="lead_followups")
    op.drop_table("lead_followups")
    for name in ("ix_leads_created_id", "ix_leads_owner_status_id"):
        op.drop_index(name, table_name="leads")
    for column in ("department_id", "owner_id", "source_id"):
        op.drop_index(op.f(f"ix_leads_{column}"), table_name="leads")
    op.drop_table("leads")
