"""quotes with approval, contracts with approval chain and attachments

Revision ID: 0011_documents
Revises: 0010_leads
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from crm_desktop.db.migrations.station_modules import set_station_modules

revision = "0011_documents"
down_revision = "0010_leads"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
MONEY = sa.Numeric(14, 2)
# Module keys each station gains (manager sees all of them).
STATION_MODULES = {
    "storefront": ("quotes",),
    "key_accounts": ("quotes", "contracts"),
    "admin_office": ("contracts",),
    "manager": ("quotes", "contracts"),
}


def _business() -> list[sa.Column[object]]:
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


def _owned(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f(f"fk_{table}_owner_id_users")),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f(f"fk_{table}_department_id_departments")
        ),
    ]


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "quotes",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("grade_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Unicode(length=200), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("list_total", MONEY, nullable=False),
        sa.Column("total", MONEY, nullable=False),
        sa.Column("cost_total", MONEY, nullable=False),
        sa.Column("needs_approval", sa.Boolean(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("reject_reason", sa.Unicode(length=500), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("remark", sa.UnicodeText(), nullable=True),
        sa.Column("extra", JSON, nullable=False),
        *_business(),
        *_owned("quotes"),
        _fk("quotes", "customer_id", "customers"),
        _fk("quotes", "opportunity_id", "opportunities"),
        _fk("quotes", "grade_id", "code_items"),
        _fk("quotes", "approver_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("number", name=op.f("uq_quotes_number")),
    )
    _index("quotes", "customer_id", "opportunity_id", "approver_id", "owner_id", "department_id")
    op.create_index("ix_quotes_status_valid_until", "quotes", ["status", "valid_until"])

    op.create_table(
        "quote_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("product_name", sa.Unicode(length=200), nullable=False),
        sa.Column("unit", sa.Unicode(length=20), nullable=True),
        sa.Column("quantity", sa.Numeric(14, 3), nullable=False),
        sa.Column("list_price", MONEY, nullable=False),
        sa.Column("grade_price", MONEY, nullable=False),
        sa.Column("cost_price", MONEY, nullable=True),
        sa.Column("unit_price", MONEY, nullable=False),
        sa.Column("discount_pct", sa.Numeric(5, 2), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("approval_reason", sa.String(length=30), nullable=True),
        _fk("quote_lines", "quote_id", "quotes", ondelete="CASCADE"),
        _fk("quote_lines", "product_id", "products"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_lines")),
    )
    _index("quote_lines", "quote_id", "product_id")

    op.create_table(
        "contract_chain_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step_name", sa.Unicode(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        _fk("contract_chain_steps", "role_id", "roles"),
        _fk("contract_chain_steps", "user_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_chain_steps")),
    )

    op.create_table(
        "contracts",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Unicode(length=200), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=True),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("approval_round", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reject_reason", sa.Unicode(length=500), nullable=True),
        sa.Column("terms", sa.UnicodeText(), nullable=True),
        sa.Column("extra", JSON, nullable=False),
        *_business(),
        *_owned("contracts"),
        _fk("contracts", "customer_id", "customers"),
        _fk("contracts", "quote_id", "quotes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("number", name=op.f("uq_contracts_number")),
    )
    _index("contracts", "customer_id", "quote_id", "owner_id", "department_id")

    op.create_table(
        "contract_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("approval_round", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step_name", sa.Unicode(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("comment", sa.Unicode(length=500), nullable=True),
        _fk("contract_approvals", "contract_id", "contracts", ondelete="CASCADE"),
        _fk("contract_approvals", "role_id", "roles"),
        _fk("contract_approvals", "approver_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_approvals")),
        sa.UniqueConstraint(
            "contract_id", "approval_round", "seq", name=op.f("uq_contract_approvals_contract_id")
        ),
    )
    _index("contract_approvals", "contract_id", "approver_id")

    op.create_table(
        "contract_attachments",
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Unicode(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_business(),
        _fk("contract_attachments", "contract_id", "contracts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_attachments")),
    )
    _index("contract_attachments", "contract_id")
    set_station_modules(STATION_MODULES, add=True)


def downgrade() -> None:
    set_station_modules(STATION_MODULES, add=False)
    for table in ("contract_attachments", "contract_approvals", "contracts", "contract_chain_steps"):
        op.drop_table(table)
    op.drop_table("quote_lines")
    op.drop_table("quotes")
