"""Opening a database for a client: connect, check the schema revision, turn failures into plain messages."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from crm_desktop.db import migrate
from crm_desktop.db.engine import create_engine, normalise_url
from crm_desktop.db.session import Database
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, DatabaseProblem

UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "The database server cannot be reached. Check the address and the network."
)
CREDENTIALS = QT_TRANSLATE_NOOP(
    "Errors", "The database refused the user name or password in the connection settings."
)
MISSING = QT_TRANSLATE_NOOP(
    "Errors", "The database named in the connection settings does not exist on the server."
)
CORRUPT = QT_TRANSLATE_NOOP("Errors", "The database file is damaged or is not a CRM database.")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "The database file cannot be opened. Check that its folder exists and that you may write there."
)
UNINITIALISED = QT_TRANSLATE_NOOP(
    "Errors", "The database is empty. An administrator sets it up with the command: {command}"
)
OLDER = QT_TRANSLATE_NOOP(
    "Errors",
    "The database has schema revision {current}, this program needs {expected}. An administrator upgrades it "
    "with the command: {command}",
)
NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "The database has schema revision {current}, which is newer than this program understands ({expected}). "
    "Install the newer version of the program.",
)
BAD_URL = QT_TRANSLATE_NOOP("Errors", "The connection address is not valid: {url}")


def display_url(url: str) -> str:
    """The URL with any password masked, for dialogs and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return url


def upgrade_command(url: str, is_default: bool) -> str:
    return (
        "crm-desktop db upgrade" if is_default else f'crm-desktop db upgrade --database "{display_url(url)}"'
    )


def classify(error: Exception) -> tuple[str, str]:
    """Map a driver error to (kind, message)."""
    detail = str(getattr(error, "orig", error) or error).lower()
    if "file is not a database" in detail or "malformed" in detail or "not a database" in detail:
        return "corrupt", CORRUPT
    if "password authentication failed" in detail or ("role" in detail and "does not exist" in detail):
        return "credentials", CREDENTIALS
    if "unable to open database file" in detail:
        return "cannot_open", CANNOT_OPEN
    if "login failed" in detail:
        return "credentials", CREDENTIALS
    if "database" in detail and "does not exist" in detail:
        return "missing", MISSING
    return "unreachable", UNREACHABLE


def open_database(url: str, *, is_default: bool = False, initialise: bool = False) -> Database:
    """Connect and check the schema. With `initialise`, an empty database is created at the current revision.

    Raises DatabaseProblem (kind: bad_url, unreachable, credentials, missing, corrupt, uninitialised, older, newer).
    """
    try:
        engine = create_engine(normalise_url(url))
    except (sa_exc.ArgumentError, ValueError, ImportError) as error:
        raise DatabaseProblem(BAD_URL, kind="bad_url", detail=str(error), url=display_url(url)) from error
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA schema_version").scalar()
        state = migrate.schema_state(engine)
        if state.uninitialised and migrate.is_empty(engine) and initialise:
            migrate.upgrade(engine)
            state = migrate.schema_state(engine)
    except sa_exc.DBAPIError as error:
        engine.dispose()
        kind, message = classify(error)
        raise DatabaseProblem(message, kind=kind, detail=str(error.orig)) from error
    command = upgrade_command(url, is_default)
    if state.uninitialised:
        engine.dispose()
        raise DatabaseProblem(UNINITIALISED, kind="uninitialised", command=command)
    if not state.ok:
        engine.dispose()
        if state.known:
            raise DatabaseProblem(
                OLDER, kind="older", current=state.current, expected=state.expected, command=command
            )
        raise DatabaseProblem(NEWER, kind="newer", current=state.current, expected=state.expected)
    return Database(engine)
