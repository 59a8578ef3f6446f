"""Per-machine and per-user preferences in QSettings (language, last database, window state per user)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "crm-desktop"
APPLICATION = "crm-desktop"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def language(default: str) -> str:
    value = settings().value("language", default)
    return str(value) if value else default


def set_language(value: str) -> None:
    settings().setValue("language", value)


def last_database_url() -> str | None:
    value = settings().value("database_url", "")
    return str(value) if value else None


def set_last_database_url(url: str | None) -> None:
    s = settings()
    if url:
        s.setValue("database_url", url)
    else:
        s.remove("database_url")


def user_value(login: str, key: str, default: object = None) -> object:
    return settings().value(f"users/{login}/{key}", default)


def set_user_value(login: str, key: str, value: object) -> None:
    settings().setValue(f"users/{login}/{key}", value)


def user_bytes(login: str, key: str) -> QByteArray | None:
    value = user_value(login, key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def user_bool(login: str, key: str, default: bool) -> bool:
    value = user_value(login, key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)
