"""Orders: corrections (receipt reversal, editing an order before money arrives)

Revision ID: 0015_order_corrections
Revises: 0014_lead_auto_return
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_order_corrections"
down_revision = "0014_lead_auto_return"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("receipts") as batch:
        batch.add_column(sa.Column("reversed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("reversed_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reversal_reason", sa.Unicode(300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("receipts") as batch:
        batch.drop_column("reversal_reason")
        batch.drop_column("reversed_by")
        batch.drop_column("reversed_at")
