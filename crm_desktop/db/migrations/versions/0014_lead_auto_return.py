"""Leads: automatic return to the lead pool

Revision ID: 0014_lead_auto_return
Revises: 0013_name_key
"""

from __future__ import annotations

revision = "0014_lead_auto_return"
down_revision = "0013_name_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
