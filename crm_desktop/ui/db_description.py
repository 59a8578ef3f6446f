"""Naming a database connection for people: "Embedded database file: …", "PostgreSQL server: …"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.urls import describe


def describe_database(url: str, is_default: bool) -> str:
    kind, where = describe(url)
    if kind == "sqlite":
        label = (
            QCoreApplication.translate("Database", "Embedded database (default)")
            if is_default
            else QCoreApplication.translate("Database", "Embedded database file")
        )
    elif kind == "postgresql":
        label = QCoreApplication.translate("Database", "PostgreSQL server")
    elif kind == "mssql":
        label = QCoreApplication.translate("Database", "SQL Server")
    else:
        label = QCoreApplication.translate("Database", "Database")
    return f"{label}: {where}"


def engine_name(dialect: str) -> str:
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL", "mssql": "SQL Server"}.get(dialect, dialect)
