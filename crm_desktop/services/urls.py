"""Showing a database URL to people without importing the database layer (the login dialog starts fast)."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit


def describe(url: str) -> tuple[str, str]:
    """(engine kind, where): ("sqlite", path), ("postgresql", "user@host:port/db"), ("mssql", …), ("unknown", url)."""
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower() if ":" in url else ""
    if scheme == "sqlite":
        path = url.split(":///", 1)[1] if ":///" in url else ""
        return "sqlite", unquote(path.split("?", 1)[0]) or ":memory:"
    if scheme in ("postgresql", "postgres", "mssql"):
        parts = urlsplit(url)
        where = (
            f"{parts.hostname or 'localhost'}{':' + str(parts.port) if parts.port else ''}{parts.path or '/'}"
        )
        if parts.username:
            where = f"{unquote(parts.username)}@{where}"
        return ("postgresql" if scheme.startswith("postgres") else "mssql"), where
    return "unknown", url
