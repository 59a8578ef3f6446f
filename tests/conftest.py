"""Session-wide test setup: offscreen Qt, a private data dir, and fresh migrated databases on SQLite and PostgreSQL.

Database fixtures (each parametrised over "sqlite" and "pg"; the pg case carries the `pg` mark and skips with a
reason when no PostgreSQL is available):

- `db_url`: URL of a fresh, fully migrated database, private to the test. Migrations run once per backend per
  session into a template (a SQLite file that is copied; a PostgreSQL `CREATE DATABASE … TEMPLATE`).
- `db`: a `crm_desktop.db.session.Database` on `db_url`, disposed after the test.
- `empty_db_url`: URL of an empty database with no tables (for upgrade and refusal paths).

Tests that open their own engines on these URLs must dispose them (pytest runs with `-W error`).
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything can import Qt or read the user's data dir: never show windows, never touch real user data.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_DATA_DIR = tempfile.mkdtemp(prefix="crm-test-data-")
os.environ["CRM_DATA_DIR"] = _DATA_DIR
# QSettings (language, window state per user) go to the same throwaway place, never the real profile.
os.environ["XDG_CONFIG_HOME"] = os.path.join(_DATA_DIR, "config")

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import Connection, Engine  # noqa: E402
from sqlalchemy.engine import create_engine as sa_create_engine  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from crm_desktop.db.engine import create_engine  # noqa: E402
from crm_desktop.db.migrate import upgrade  # noqa: E402
from crm_desktop.db.session import Database  # noqa: E402
from tests.pg_cluster import Discovery, PgServer, discover  # noqa: E402

_DISCOVERY: Discovery | None = None


def _discovery() -> Discovery:
    global _DISCOVERY
    if _DISCOVERY is None:
        _DISCOVERY = discover()
    return _DISCOVERY


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [_discovery().describe(), f"CRM_DATA_DIR: {_DATA_DIR}"]


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_DATA_DIR, ignore_errors=True)


# -- SQLite ----------------------------------------------------------------------------------------------------


class SqliteBackend:
    def __init__(self, root: Path) -> None:
        self.template = root / "template.sqlite3"
        engine = create_engine(f"sqlite:///{self.template.as_posix()}")
        try:
            upgrade(engine)
            with engine.connect() as conn:
                # Fold the WAL into the main file so one file copy is a complete database.
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()

    def fresh(self, directory: Path) -> str:
        target = directory / "crm.sqlite3"
        shutil.copyfile(self.template, target)
        wal = self.template.with_name(self.template.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        return f"sqlite:///{target.as_posix()}"

    @staticmethod
    def empty(directory: Path) -> str:
        return f"sqlite:///{(directory / 'empty.sqlite3').as_posix()}"


@pytest.fixture(scope="session")
def _sqlite_backend(tmp_path_factory: pytest.TempPathFactory) -> SqliteBackend:
    return SqliteBackend(tmp_path_factory.mktemp("sqlite-template"))


# -- PostgreSQL ------------------------------------------------------------------------------------------------


class PgBackend:
    """Creates and drops per-test databases through one autocommit admin connection."""

    def __init__(self, server: PgServer) -> None:
        self.server = server
        # A throwaway cluster is ours alone; on a shared external server, keep this run's names apart.
        self.prefix = f"crm_test_{os.getpid()}_" if server.external else ""
        self.template = f"{self.prefix}crm_template"
        self._counter = itertools.count(1)
        self._admin_engine: Engine = sa_create_engine(
            server.url(), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._admin: Connection = self._admin_engine.connect()
        try:
            self._drop(self.template)
            self._admin.exec_driver_sql(f'CREATE DATABASE "{self.template}"')
            engine = create_engine(server.url(self.template), pool=False)
            try:
                upgrade(engine)
            finally:
                engine.dispose()
        except BaseException:
            self.close()
            raise

    def _drop(self, name: str) -> None:
        self._admin.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :n AND pid <> pg_backend_pid()"
            ),
            {"n": name},
        )
        self._admin.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')

    def create(self, *, from_template: bool) -> str:
        name = f"{self.prefix}t_{next(self._counter)}"
        template = self.template if from_template else "template0"
        self._admin.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        self._drop(name)

    def url(self, name: str) -> str:
        return self.server.url(name)

    def close(self) -> None:
        try:
            if self.server.external and not self._admin.closed:
                self._drop(self.template)
        finally:
            self._admin.close()
            self._admin_engine.dispose()


@pytest.fixture(scope="session")
def _pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server, started the first time a pg test needs it."""
    found = _discovery()
    if not found.available:
        pytest.skip(found.reason or "PostgreSQL is not available")
    server = PgServer(found)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _pg_backend(_pg_server: PgServer) -> Iterator[PgBackend]:
    backend = PgBackend(_pg_server)
    try:
        yield backend
    finally:
        backend.close()


# -- per-test databases ----------------------------------------------------------------------------------------

BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("pg", id="pg", marks=pytest.mark.pg)]


def _database_url(request: pytest.FixtureRequest, tmp_path: Path, *, migrated: bool) -> Iterator[str]:
    if request.param == "sqlite":
        if migrated:
            yield request.getfixturevalue("_sqlite_backend").fresh(tmp_path)
        else:
            yield SqliteBackend.empty(tmp_path)
        return
    pg: PgBackend = request.getfixturevalue("_pg_backend")
    name = pg.create(from_template=migrated)
    try:
        yield pg.url(name)
    finally:
        pg.drop(name)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh, fully migrated database private to this test."""
    yield from _database_url(request, tmp_path, migrated=True)


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database (no tables at all)."""
    yield from _database_url(request, tmp_path, migrated=False)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(create_engine(db_url))
    try:
        yield database
    finally:
        _settle_background_work()
        database.dispose()


def _settle_background_work() -> None:
    """Let GUI tests' background jobs finish and their sessions close before the database goes away."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        if QCoreApplication.instance() is not None:
            QCoreApplication.processEvents()
    gc.collect()
