"""SQLite: the FTS insert trigger of customer_search steps aside while the bulk writer indexes a whole batch

Revision ID: 0016_search_bulk
Revises: 0015_order_corrections
"""

from __future__ import annotations

from alembic import op

from crm_desktop.db import search

revision = "0016_search_bulk"
down_revision = "0015_order_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS customer_search_ai")
        search.create_structures(conn)  # the flag table and the trigger with its WHEN clause


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS customer_search_ai")
        conn.exec_driver_sql(
            f"CREATE TRIGGER customer_search_ai AFTER INSERT ON customer_search BEGIN "
            f"INSERT INTO {search.FTS_DOC}(rowid, doc) VALUES (new.customer_id, new.doc); "
            f"INSERT INTO {search.FTS_GRAMS}(rowid, grams) VALUES (new.customer_id, new.grams); END"
        )
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {search.BULK_FLAG_TABLE}")
