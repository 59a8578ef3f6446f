"""Alembic environment: runs on the connection handed over by crm_desktop.db.migrate."""

from __future__ import annotations

from alembic import context

import crm_desktop.db.models  # noqa: F401  (registers every table)
from crm_desktop.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
