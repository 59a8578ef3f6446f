"""One unit of work per user action: commit on success, roll back on error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class Database:
    """An engine plus its session factory. One per process; sessions are used by one thread each."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        session = self._factory()
        try:
            if self.dialect == "sqlite":
                session.connection(execution_options={"sqlite_immediate": True})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_only(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
        finally:
            # close() ends the transaction and detaches loaded objects with their values intact.
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
