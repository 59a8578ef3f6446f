"""customer_search.name_key and an index on lower(customers.email): what the import and the duplicate check look up

Revision ID: 0013_name_key
Revises: 0012_orders
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.db import search

revision = "0013_name_key"
down_revision = "0012_orders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_search") as batch:
        batch.add_column(sa.Column("name_key", sa.Unicode(200), nullable=False, server_default=""))
    op.create_index("ix_customer_search_name_key", "customer_search", ["name_key"])
    # The duplicate check looks e-mail addresses up regardless of case.
    if (
        op.get_bind().dialect.name == "mssql"
    ):  # no expression indexes there; its default collation ignores case
        op.create_index("ix_customers_email_lower", "customers", ["email"])
    else:
        op.create_index("ix_customers_email_lower", "customers", [sa.text("lower(email)")])
    # The normalisation lives in the services: existing documents are recomputed right after the upgrade
    # (`services.search_index.rebuild_if_flagged`), as for the first search migration.
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT 1 FROM customers")).first() is not None:
        settings = sa.table(
            "system_settings", sa.column("key", sa.String), sa.column("value", sa.UnicodeText)
        )
        conn.execute(sa.delete(settings).where(settings.c.key == search.REBUILD_FLAG))
        op.bulk_insert(settings, [{"key": search.REBUILD_FLAG, "value": "1"}])


def downgrade() -> None:
    op.drop_index("ix_customers_email_lower", table_name="customers")
    op.drop_index("ix_customer_search_name_key", table_name="customer_search")
    with op.batch_alter_table("customer_search") as batch:
        batch.drop_column("name_key")
