"""initial schema and base data

Revision ID: 0001
Revises:
Creates every table of the foundation and fills the base data (stations, code tables, administrator role).

Create Date: 2026-11-22 18:01:43.189960
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from crm_desktop.db import base_data

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "code_items",
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("name_en", sa.Unicode(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["code_items.id"], name=op.f("fk_code_items_parent_id_code_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_items")),
    )
    with op.batch_alter_table("code_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_code_items_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_code_items_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            "uq_code_items_category_code",
            ["category", "code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
            mssql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "company",
        sa.Column("name", sa.Unicode(length=200), nullable=False),
        sa.Column("address", sa.Unicode(length=300), nullable=True),
        sa.Column("phone", sa.Unicode(length=60), nullable=True),
        sa.Column("email", sa.Unicode(length=200), nullable=True),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    op.create_table(
        "departments",
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["departments.id"], name=op.f("fk_departments_parent_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
    )
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_departments_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "positions",
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["positions.id"], name=op.f("fk_positions_parent_id_positions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positions")),
    )
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_positions_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "roles",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("name_en", sa.Unicode(length=100), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
        sa.UniqueConstraint("code", name=op.f("uq_roles_code")),
    )
    op.create_table(
        "stations",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("name_en", sa.Unicode(length=100), nullable=False),
        sa.Column(
            "modules",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("home_page", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stations")),
        sa.UniqueConstraint("code", name=op.f("uq_stations_code")),
    )
    op.create_table(
        "system_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.UnicodeText(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_system_settings")),
    )
    op.create_table(
        "role_data_scopes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_role_data_scopes_role_id_roles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_data_scopes")),
        sa.UniqueConstraint("role_id", "entity", name=op.f("uq_role_data_scopes_role_id")),
    )
    with op.batch_alter_table("role_data_scopes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_role_data_scopes_role_id"), ["role_id"], unique=False)

    op.create_table(
        "role_permissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("module", sa.String(length=40), nullable=False),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_role_permissions_role_id_roles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_permissions")),
        sa.UniqueConstraint("role_id", "module", "operation", name=op.f("uq_role_permissions_role_id")),
    )
    with op.batch_alter_table("role_permissions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_role_permissions_role_id"), ["role_id"], unique=False)

    op.create_table(
        "users",
        sa.Column("login", sa.Unicode(length=60), nullable=False),
        sa.Column("full_name", sa.Unicode(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("position_id", sa.Integer(), nullable=True),
        sa.Column("station_code", sa.String(length=40), nullable=True),
        sa.Column("email", sa.Unicode(length=200), nullable=True),
        sa.Column("phone", sa.Unicode(length=60), nullable=True),
        sa.Column("skills", sa.UnicodeText(), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_users_department_id_departments")
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["positions.id"], name=op.f("fk_users_position_id_positions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_users_position_id"), ["position_id"], unique=False)
    # Login names are unique regardless of case.
    if (
        op.get_bind().dialect.name == "mssql"
    ):  # no expression indexes there; its default collation ignores case
        op.create_index("uq_users_login_lower", "users", ["login"], unique=True)
    else:
        op.create_index("uq_users_login_lower", "users", [sa.text("lower(login)")], unique=True)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("station_code", sa.String(length=40), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Unicode(length=300), nullable=True),
        sa.Column(
            "changes",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user_id"), ["user_id"], unique=False)

    op.create_table(
        "customers",
        sa.Column("name", sa.Unicode(length=200), nullable=False),
        sa.Column("short_name", sa.Unicode(length=60), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=True),
        sa.Column("grade_id", sa.Integer(), nullable=True),
        sa.Column("industry_id", sa.Integer(), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.Unicode(length=60), nullable=True),
        sa.Column("mobile", sa.Unicode(length=60), nullable=True),
        sa.Column("email", sa.Unicode(length=200), nullable=True),
        sa.Column("website", sa.Unicode(length=200), nullable=True),
        sa.Column("address", sa.Unicode(length=300), nullable=True),
        sa.Column("postcode", sa.Unicode(length=20), nullable=True),
        sa.Column("needs", sa.UnicodeText(), nullable=True),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        sa.Column("last_contact_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "extra",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_customers_department_id_departments")
        ),
        sa.ForeignKeyConstraint(
            ["grade_id"], ["code_items.id"], name=op.f("fk_customers_grade_id_code_items")
        ),
        sa.ForeignKeyConstraint(
            ["industry_id"], ["code_items.id"], name=op.f("fk_customers_industry_id_code_items")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_customers_owner_id_users")),
        sa.ForeignKeyConstraint(
            ["region_id"], ["code_items.id"], name=op.f("fk_customers_region_id_code_items")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["code_items.id"], name=op.f("fk_customers_source_id_code_items")
        ),
        sa.ForeignKeyConstraint(["type_id"], ["code_items.id"], name=op.f("fk_customers_type_id_code_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_created_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_department_id"), ["department_id"], unique=False)
        batch_op.create_index("ix_customers_name_id", ["name", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_customers_owner_name_id", ["owner_id", "name", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_type_id"), ["type_id"], unique=False)

    op.create_table(
        "login_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login_name", sa.Unicode(length=60), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("machine", sa.Unicode(length=100), nullable=True),
        sa.Column("station_code", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_login_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_log")),
    )
    with op.batch_alter_table("login_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_login_log_user_at", ["user_id", "at"], unique=False)

    op.create_table(
        "messages",
        sa.Column("sender_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.Unicode(length=200), nullable=False),
        sa.Column("body", sa.UnicodeText(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["sender_id"], ["users.id"], name=op.f("fk_messages_sender_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_sender_id"), ["sender_id"], unique=False)

    op.create_table(
        "user_roles",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_user_roles_role_id_roles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_roles_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "role_id", name=op.f("pk_user_roles")),
    )
    op.create_table(
        "user_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.String(length=40), nullable=True),
        sa.Column("machine", sa.Unicode(length=100), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_sessions_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_sessions")),
    )
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_sessions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "business_log",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("title", sa.Unicode(length=200), nullable=False),
        sa.Column("content", sa.UnicodeText(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_business_log_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_business_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_log")),
    )
    with op.batch_alter_table("business_log", schema=None) as batch_op:
        batch_op.create_index("ix_business_log_user_date", ["user_id", "entry_date"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("title_id", sa.Integer(), nullable=True),
        sa.Column("job_title", sa.Unicode(length=100), nullable=True),
        sa.Column("mobile", sa.Unicode(length=60), nullable=True),
        sa.Column("phone", sa.Unicode(length=60), nullable=True),
        sa.Column("email", sa.Unicode(length=200), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        sa.Column(
            "extra",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_contacts_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["code_items.id"], name=op.f("fk_contacts_title_id_code_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "message_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_message_recipients_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_message_recipients_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_recipients")),
    )
    with op.batch_alter_table("message_recipients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_message_recipients_message_id"), ["message_id"], unique=False)
        batch_op.create_index("ix_message_recipients_user_read", ["user_id", "read_at"], unique=False)

    op.create_table(
        "tasks",
        sa.Column("title", sa.Unicode(length=200), nullable=False),
        sa.Column("description", sa.UnicodeText(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result", sa.UnicodeText(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"], name=op.f("fk_tasks_assignee_id_users")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_tasks_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_tasks_department_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index("ix_tasks_assignee_status", ["assignee_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_tasks_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "interactions",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("subject", sa.Unicode(length=200), nullable=False),
        sa.Column("content", sa.UnicodeText(), nullable=True),
        sa.Column("next_step", sa.Unicode(length=300), nullable=True),
        sa.Column("next_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_interactions_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_interactions_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_interactions_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index("ix_interactions_customer_when", ["customer_id", "occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_interactions_user_id"), ["user_id"], unique=False)
    _insert_base_data()


def _insert_base_data() -> None:
    now = (
        datetime.now(UTC).replace(tzinfo=None)
        if op.get_bind().dialect.name == "sqlite"
        else datetime.now(UTC)
    )
    common = {"version": 1, "created_at": now, "updated_at": now}
    stations = sa.table(
        "stations",
        *(sa.column(c) for c in ("code", "name", "name_en", "home_page", "sort_order", *common)),
        sa.column("modules", sa.JSON()),
    )
    op.bulk_insert(
        stations,
        [
            {"code": c, "name": n, "name_en": e, "modules": m, "home_page": h, "sort_order": i, **common}
            for i, (c, n, e, m, h) in enumerate(base_data.STATIONS)
        ],
    )
    codes = sa.table(
        "code_items",
        *(
            sa.column(c)
            for c in ("id", "category", "code", "name", "name_en", "parent_id", "sort_order", "active")
        ),
        *(sa.column(c) for c in common),
    )
    rows: list[dict[str, object]] = []
    next_id = 1

    def add(category: str, item: tuple[str, str, str], parent: int | None, order: int) -> int:
        nonlocal next_id
        code, name, name_en = item
        rows.append(
            {
                "id": next_id,
                "category": category,
                "code": code,
                "name": name,
                "name_en": name_en,
                "parent_id": parent,
                "sort_order": order,
                "active": True,
                **common,
            }
        )
        next_id += 1
        return next_id - 1

    for category, items in base_data.CODES.items():
        for order, item in enumerate(items):
            add(category, item, None, order)
    for c_order, (country, provinces) in enumerate(base_data.REGIONS):
        country_id = add("region", country, None, c_order)
        for p_order, (province, cities) in enumerate(provinces):
            province_id = add("region", province, country_id, p_order)
            for city_order, city in enumerate(cities):
                add("region", city, province_id, city_order)
    op.bulk_insert(codes, rows)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('code_items', 'id'), (SELECT max(id) FROM code_items))"
        )
    roles = sa.table(
        "roles",
        *(sa.column(c) for c in ("code", "name", "name_en", "is_admin")),
        *(sa.column(c) for c in common),
    )
    code, name, name_en = base_data.ADMIN_ROLE
    op.bulk_insert(roles, [{"code": code, "name": name, "name_en": name_en, "is_admin": True, **common}])


def downgrade() -> None:

    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interactions_user_id"))
        batch_op.drop_index("ix_interactions_customer_when")

    op.drop_table("interactions")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_customer_id"))
        batch_op.drop_index("ix_tasks_assignee_status")

    op.drop_table("tasks")
    with op.batch_alter_table("message_recipients", schema=None) as batch_op:
        batch_op.drop_index("ix_message_recipients_user_read")
        batch_op.drop_index(batch_op.f("ix_message_recipients_message_id"))

    op.drop_table("message_recipients")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_customer_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("business_log", schema=None) as batch_op:
        batch_op.drop_index("ix_business_log_user_date")

    op.drop_table("business_log")
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_sessions_user_id"))

    op.drop_table("user_sessions")
    op.drop_table("user_roles")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_sender_id"))

    op.drop_table("messages")
    with op.batch_alter_table("login_log", schema=None) as batch_op:
        batch_op.drop_index("ix_login_log_user_at")
        batch_op.drop_index(batch_op.f("ix_login_log_at"))

    op.drop_table("login_log")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_type_id"))
        batch_op.drop_index("ix_customers_owner_name_id")
        batch_op.drop_index(batch_op.f("ix_customers_owner_id"))
        batch_op.drop_index("ix_customers_name_id")
        batch_op.drop_index(batch_op.f("ix_customers_department_id"))
        batch_op.drop_index("ix_customers_created_id")

    op.drop_table("customers")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_user_id"))
        batch_op.drop_index("ix_audit_log_entity")
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_position_id"))
        batch_op.drop_index(batch_op.f("ix_users_department_id"))

    op.drop_table("users")
    with op.batch_alter_table("role_permissions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_role_permissions_role_id"))

    op.drop_table("role_permissions")
    with op.batch_alter_table("role_data_scopes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_role_data_scopes_role_id"))

    op.drop_table("role_data_scopes")
    op.drop_table("system_settings")
    op.drop_table("stations")
    op.drop_table("roles")
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_positions_parent_id"))

    op.drop_table("positions")
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_departments_parent_id"))

    op.drop_table("departments")
    op.drop_table("company")
    with op.batch_alter_table("code_items", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_code_items_category_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
            mssql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_code_items_parent_id"))
        batch_op.drop_index(batch_op.f("ix_code_items_category"))

    op.drop_table("code_items")
