"""Where things live: the default database, per-user data. No Qt here."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "crm-desktop"
APP_AUTHOR = "crm-desktop"
ENV_DATABASE_URL = "CRM_DATABASE_URL"
ENV_DATA_DIR = "CRM_DATA_DIR"


def data_dir() -> Path:
    """The per-user data directory (overridable with CRM_DATA_DIR, used by tests and portable installs)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """The embedded SQLite database in the user data directory."""
    return "sqlite:///" + (data_dir() / "crm.sqlite3").as_posix()


def resolve_database_url(cli_value: str | None) -> tuple[str, bool]:
    """Return (url, is_default_embedded) from --database, CRM_DATABASE_URL, or the embedded default."""
    if cli_value:
        return cli_value, False
    env = os.environ.get(ENV_DATABASE_URL)
    if env:
        return env, False
    return default_database_url(), True
