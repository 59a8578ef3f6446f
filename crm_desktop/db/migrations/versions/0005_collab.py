"""collaboration: task review and comments, announcements and receipts, change feed for live delivery

Revision ID: 0005_collab
Revises: 0004_archive
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005_collab"
down_revision = "0004_archive"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("tasks", reflect_kwargs={"resolve_fks": False}) as batch:
        batch.alter_column("assignee_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("remind_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("audience", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("audience_ref", sa.String(length=40), nullable=True))
    op.create_table(
        "task_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("body", sa.UnicodeText(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_comments_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_task_comments_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_comments")),
    )
    op.create_index(op.f("ix_task_comments_task_id"), "task_comments", ["task_id"])
    op.create_table(
        "change_feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("user_ids", JSON, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_feed")),
    )
    op.create_index(op.f("ix_change_feed_created_at"), "change_feed", ["created_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_change_feed_created_at"), table_name="change_feed")
    op.drop_table("change_feed")
    op.drop_index(op.f("ix_task_comments_task_id"), table_name="task_comments")
    op.drop_table("task_comments")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("audience_ref")
        batch.drop_column("audience")
    with op.batch_alter_table("tasks", reflect_kwargs={"resolve_fks": False}) as batch:
        batch.drop_column("reminded_at")
        batch.drop_column("remind_at")
        batch.alter_column("assignee_id", existing_type=sa.Integer(), nullable=False)
