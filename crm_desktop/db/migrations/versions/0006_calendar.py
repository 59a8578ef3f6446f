"""calendar events and reminders, SMTP settings and sent e-mail log

SMTP settings live in `system_settings` (keys "smtp.*") and each sent e-mail is an interaction of kind "email"
in the customer's contact history, so only the calendar needs tables here.

Revision ID: 0006_calendar
Revises: 0005_collab
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_calendar"
down_revision = "0005_collab"
branch_labels = None
depends_on = None

MODULE = "calendar"


def upgrade() -> None:
    op.create_table(
        "calendar_events",
        sa.Column("title", sa.Unicode(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("location", sa.Unicode(length=200), nullable=True),
        sa.Column("notes", sa.UnicodeText(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("remind_minutes", sa.Integer(), nullable=True),
        sa.Column("remind_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
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
            ["customer_id"], ["customers.id"], name=op.f("fk_calendar_events_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_calendar_events_department_id_departments")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_calendar_events_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_events")),
    )
    op.create_index(op.f("ix_calendar_events_customer_id"), "calendar_events", ["customer_id"])
    op.create_index(op.f("ix_calendar_events_department_id"), "calendar_events", ["department_id"])
    op.create_index(op.f("ix_calendar_events_owner_id"), "calendar_events", ["owner_id"])
    op.create_index("ix_calendar_events_owner_start", "calendar_events", ["owner_id", "starts_at"])
    op.create_index("ix_calendar_events_remind_at", "calendar_events", ["remind_at"])
    op.create_table(
        "calendar_attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["calendar_events.id"],
            name=op.f("fk_calendar_attendees_event_id_calendar_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_calendar_attendees_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_attendees")),
        sa.UniqueConstraint("event_id", "user_id", name=op.f("uq_calendar_attendees_event_id")),
    )
    op.create_index(op.f("ix_calendar_attendees_event_id"), "calendar_attendees", ["event_id"])
    op.create_index(op.f("ix_calendar_attendees_user_id"), "calendar_attendees", ["user_id"])
    _set_calendar_module(add=True)


def _set_calendar_module(*, add: bool) -> None:
    """Every station shows the calendar in its navigation (after the customer screens)."""
    stations = sa.table("stations", sa.column("id"), sa.column("modules", sa.JSON()))
    bind = op.get_bind()
    for station_id, modules in bind.execute(sa.select(stations.c.id, stations.c.modules)).all():
        current = [m for m in (modules or []) if m != MODULE]
        if add:
            current.append(MODULE)
        bind.execute(stations.update().where(stations.c.id == station_id).values(modules=current))


def downgrade() -> None:
    _set_calendar_module(add=False)
    op.drop_index(op.f("ix_calendar_attendees_user_id"), table_name="calendar_attendees")
    op.drop_index(op.f("ix_calendar_attendees_event_id"), table_name="calendar_attendees")
    op.drop_table("calendar_attendees")
    op.drop_index("ix_calendar_events_remind_at", table_name="calendar_events")
    op.drop_index("ix_calendar_events_owner_start", table_name="calendar_events")
    op.drop_index(op.f("ix_calendar_events_owner_id"), table_name="calendar_events")
    op.drop_index(op.f("ix_calendar_events_department_id"), table_name="calendar_events")
    op.drop_index(op.f("ix_calendar_events_customer_id"), table_name="calendar_events")
    op.drop_table("calendar_events")
