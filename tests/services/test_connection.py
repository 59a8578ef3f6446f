"""Opening a database: schema checks and plain-language failures (services/connection.py)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from crm_desktop.db import migrate
from crm_desktop.db.engine import create_engine
from crm_desktop.services import connection, urls
from crm_desktop.services.connection import display_url, open_database
from crm_desktop.services.errors import DatabaseProblem
from tests.pg_cluster import PgServer


def _problem(url: str, **kwargs: bool) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as caught:
        db = open_database(url, **kwargs)
        db.dispose()  # pragma: no cover - only reached when the test is about to fail
    return caught.value


def _set_revision(url: str, revision: str) -> None:
    engine = create_engine(url, pool=False)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def test_opens_a_migrated_database(db_url: str) -> None:
    db = open_database(db_url)
    try:
        assert migrate.schema_state(db.engine).ok
        with db.read_only() as s:
            assert s.execute(text("SELECT count(*) FROM stations")).scalar_one() == 5
    finally:
        db.dispose()


def test_empty_database_is_uninitialised_and_names_the_command(empty_db_url: str) -> None:
    problem = _problem(empty_db_url)
    assert problem.kind == "uninitialised"
    command = f'crm-desktop db upgrade --database "{display_url(empty_db_url)}"'
    assert problem.params == {"command": command}
    assert command in str(problem)

    default = _problem(empty_db_url, is_default=True)  # the embedded default needs no --database
    assert default.params == {"command": "crm-desktop db upgrade"}

    engine = create_engine(empty_db_url, pool=False)
    try:
        assert migrate.is_empty(engine)  # refusing did not create anything
    finally:
        engine.dispose()


def test_initialise_upgrades_an_empty_database(empty_db_url: str) -> None:
    db = open_database(empty_db_url, initialise=True)
    try:
        state = migrate.schema_state(db.engine)
        assert state.ok and state.current == migrate.head_revision()
        assert "customers" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()
    open_database(empty_db_url).dispose()  # and from now on it simply opens


def test_initialise_does_not_touch_a_foreign_database(empty_db_url: str) -> None:
    """Tables but no alembic_version: somebody else's database. Refused, not 'upgraded' over."""
    engine = create_engine(empty_db_url, pool=False)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    finally:
        engine.dispose()
    assert _problem(empty_db_url, initialise=True).kind == "uninitialised"
    engine = create_engine(empty_db_url, pool=False)
    try:
        assert inspect(engine).get_table_names() == ["invoices"]
    finally:
        engine.dispose()


def test_a_newer_schema_is_refused(db_url: str) -> None:
    _set_revision(db_url, "9999_from_the_future")
    problem = _problem(db_url)
    assert problem.kind == "newer"
    assert problem.params["current"] == "9999_from_the_future"
    assert problem.params["expected"] == migrate.head_revision()
    assert "Install the newer version" in str(problem)
    assert _problem(db_url, initialise=True).kind == "newer"  # initialise never downgrades


def test_an_older_schema_is_refused_with_the_upgrade_command(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only one migration exists, so pretend this program's head is a later revision."""
    current = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_next")
    problem = _problem(db_url)
    assert problem.kind == "older"
    assert problem.params["current"] == current
    assert problem.params["expected"] == "0002_next"
    assert f'crm-desktop db upgrade --database "{display_url(db_url)}"' in str(problem)


def test_schema_state_known() -> None:
    head = migrate.head_revision()
    assert migrate.SchemaState(head, head).ok
    assert migrate.SchemaState(head, head).known
    assert migrate.SchemaState(None, head).known and migrate.SchemaState(None, head).uninitialised
    assert not migrate.SchemaState(None, head).ok
    older = migrate.SchemaState(head, "0002_next")  # the db is at a revision this program knows
    assert older.known and not older.ok
    newer = migrate.SchemaState("9999_from_the_future", head)
    assert not newer.known and not newer.ok
    assert not migrate.SchemaState("", head).ok


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        b"This is a text file, not a database.\n" * 100,
        b"SQLite format 3\x00" + b"\xff" * 4080,
    ],
    ids=["random", "text", "bad_header"],
)
def test_a_corrupt_sqlite_file_is_reported_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "crm.sqlite3"
    path.write_bytes(content)
    problem = _problem(f"sqlite:///{path.as_posix()}")
    assert problem.kind == "corrupt"
    assert problem.message == connection.CORRUPT
    assert problem.detail
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.sqlite3"]  # no -wal/-shm left behind
    assert _problem(f"sqlite:///{path.as_posix()}", initialise=True).kind == "corrupt"
    assert path.read_bytes() == content


def test_a_bad_url_is_reported() -> None:
    problem = _problem("this is not a url")
    assert problem.kind == "bad_url"
    assert "this is not a url" in str(problem)


# --- PostgreSQL server failures ----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_server() -> None:
    problem = _problem(f"postgresql://crm:secret@127.0.0.1:{_free_port()}/crm")
    assert problem.kind == "unreachable"
    assert problem.message == connection.UNREACHABLE
    assert "secret" not in str(problem)


@pytest.mark.pg
def test_unknown_role_is_a_credentials_problem(_pg_server: PgServer) -> None:
    admin = create_engine(_pg_server.url(), pool=False)
    try:
        with admin.connect() as conn:
            conn.execute(text("DROP ROLE IF EXISTS crm_clerk"))
            conn.execute(text("CREATE ROLE crm_clerk LOGIN PASSWORD 'right-password'"))
            conn.commit()
        url = make_url(_pg_server.url()).set(username="crm_nobody", password="whatever")
        problem = _problem(url.render_as_string(hide_password=False))
        assert problem.kind == "credentials"
        assert problem.message == connection.CREDENTIALS
        assert "does not exist" in problem.detail
        # The existing role gets in (the throwaway cluster trusts local connections, so any password works).
        ok = make_url(_pg_server.url()).set(username="crm_clerk", password="right-password")
        problem = _problem(ok.render_as_string(hide_password=False))
        assert problem.kind == "uninitialised"  # connected fine; the maintenance database has no schema
    finally:
        with admin.connect() as conn:
            conn.execute(text("DROP ROLE IF EXISTS crm_clerk"))
            conn.commit()
        admin.dispose()


@pytest.mark.pg
def test_missing_database_on_the_server(_pg_server: PgServer) -> None:
    problem = _problem(_pg_server.url("crm_no_such_database"))
    assert problem.kind == "missing"
    assert problem.message == connection.MISSING


# --- URLs --------------------------------------------------------------------------------------------------------


def test_display_url_masks_passwords() -> None:
    shown = display_url("postgresql+psycopg://crm:s3cret@db.example.com:5432/crm")
    assert "s3cret" not in shown
    assert shown == "postgresql+psycopg://crm:***@db.example.com:5432/crm"
    assert display_url("postgresql://crm@db/crm") == "postgresql://crm@db/crm"
    # File paths may come back percent-encoded (C%3A, 张 → %E5%BC%A0), but they name the same file when pasted.
    for path in ("C:/data/crm.sqlite3", "/home/张三/客户 数据/crm.sqlite3"):
        assert make_url(display_url(f"sqlite:///{path}")).database == path
    assert display_url("not a url") == "not a url"
    command = connection.upgrade_command("postgresql://crm:s3cret@db/crm", is_default=False)
    assert command == 'crm-desktop db upgrade --database "postgresql://crm:***@db/crm"'


def test_describe() -> None:
    assert urls.describe("sqlite:////var/crm.sqlite3") == ("sqlite", "/var/crm.sqlite3")
    assert urls.describe("postgresql://crm:pw@db.local:5433/office") == (
        "postgresql",
        "crm@db.local:5433/office",
    )
    assert urls.describe("postgresql:///office") == ("postgresql", "localhost/office")
