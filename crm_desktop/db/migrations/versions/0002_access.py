"""access control (roles by position, sharing, resolved grants, account requests)

Revision ID: 0002_access
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_access"
down_revision = "0001"
branch_labels = None
depends_on = None


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
        "access_grants",
        sa.Column("viewer_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("can_write", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["viewer_id"], ["users.id"], name=op.f("fk_access_grants_viewer_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("viewer_id", "entity", "kind", "subject_id", name=op.f("pk_access_grants")),
    )
    op.create_table(
        "sharing_groups",
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("note", sa.Unicode(length=300), nullable=True),
        *_business_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sharing_groups")),
    )
    op.create_table(
        "sharing_group_members",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["sharing_groups.id"],
            name=op.f("fk_sharing_group_members_group_id_sharing_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sharing_group_members_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("group_id", "user_id", name=op.f("pk_sharing_group_members")),
    )
    op.create_table(
        "record_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("can_write", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_record_shares_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_shares")),
        sa.UniqueConstraint("entity", "record_id", "user_id", name=op.f("uq_record_shares_entity")),
    )
    with op.batch_alter_table("record_shares", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_shares_user_id"), ["user_id"], unique=False)
    op.create_table(
        "entity_defaults",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("access", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("entity", name=op.f("pk_entity_defaults")),
    )
    op.create_table(
        "manager_scopes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["code_id"], ["code_items.id"], name=op.f("fk_manager_scopes_code_id_code_items")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_manager_scopes_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manager_scopes")),
        sa.UniqueConstraint("user_id", "kind", "code_id", name=op.f("uq_manager_scopes_user_id")),
    )
    with op.batch_alter_table("manager_scopes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_manager_scopes_user_id"), ["user_id"], unique=False)
    op.create_table(
        "account_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.Unicode(length=60), nullable=False),
        sa.Column("full_name", sa.Unicode(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("email", sa.Unicode(length=200), nullable=True),
        sa.Column("phone", sa.Unicode(length=60), nullable=True),
        sa.Column("note", sa.UnicodeText(), nullable=True),
        sa.Column("machine", sa.Unicode(length=100), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Unicode(length=300), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_requests")),
    )
    with op.batch_alter_table("account_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_requests_status"), ["status"], unique=False)
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_reason", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("ended_by", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.drop_column("ended_by")
        batch_op.drop_column("end_reason")
    with op.batch_alter_table("account_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_requests_status"))
    op.drop_table("account_requests")
    with op.batch_alter_table("manager_scopes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_manager_scopes_user_id"))
    op.drop_table("manager_scopes")
    op.drop_table("entity_defaults")
    with op.batch_alter_table("record_shares", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_shares_user_id"))
    op.drop_table("record_shares")
    op.drop_table("sharing_group_members")
    op.drop_table("sharing_groups")
    op.drop_table("access_grants")
