"""Engine settings, optimistic locking, schema state and the unit of work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.engine import create_engine
from crm_desktop.db.migrate import schema_state, upgrade
from crm_desktop.db.models import CodeItem, Company, Station
from crm_desktop.db.session import Database


def test_sqlite_engine_uses_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{(tmp_path / 'pragmas.sqlite3').as_posix()}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            busy_timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
            assert busy_timeout is not None
            assert busy_timeout > 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # PostgreSQL always enforces them
def test_sqlite_enforces_foreign_keys(db: Database) -> None:
    assert db.dialect == "sqlite"
    with pytest.raises(IntegrityError), db.unit_of_work() as s:
        s.add(CodeItem(category="x", code="x", name="x", name_en="x", parent_id=999_999))


def _load(db: Database, company_id: int) -> tuple[Session, Company]:
    """Load a row and end the read transaction, as a form does before the user edits and saves."""
    session = Session(db.engine, expire_on_commit=False)
    company = session.get(Company, company_id)
    assert company is not None
    session.commit()
    return session, company


def test_optimistic_locking_rejects_a_stale_write(db: Database) -> None:
    with db.unit_of_work() as s:
        company = Company(name="甲公司")
        s.add(company)
        s.flush()
        company_id = company.id
    first, mine = _load(db, company_id)
    second, theirs = _load(db, company_id)
    try:
        assert mine.version == theirs.version == 1
        mine.name = "乙公司"
        first.commit()
        assert mine.version == 2
        theirs.name = "丙公司"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.read_only() as s:
        row = s.execute(select(Company.name, Company.version).where(Company.id == company_id)).one()
    assert tuple(row) == ("乙公司", 2)


def test_schema_state_uninitialised_then_ok(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    try:
        state = schema_state(engine)
        assert state.uninitialised
        assert not state.ok
        assert state.known
        upgrade(engine)
        state = schema_state(engine)
        assert state.ok
        assert not state.uninitialised
        assert state.known
    finally:
        engine.dispose()


def test_unit_of_work_commits_on_success_and_rolls_back_on_error(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(Company(name="留下"))

    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.unit_of_work() as s:
        s.add(Company(name="回滚"))
        s.flush()  # the row reached the database inside the transaction
        raise Boom
    with db.read_only() as s:
        assert list(s.scalars(select(Company.name).order_by(Company.id))) == ["留下"]
        assert s.scalar(select(func.count()).select_from(Company)) == 1


def test_objects_loaded_read_only_stay_readable(db: Database) -> None:
    with db.read_only() as s:
        station = s.scalars(select(Station).order_by(Station.id)).first()
    assert station is not None
    assert station.code  # raises DetachedInstanceError while the bug is there
