"""Schema revisions: upgrade, read the current revision, and refuse a database the client does not understand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def is_empty(engine: Engine) -> bool:
    """True when the database has no tables at all (a fresh file or a new server database)."""
    return not inspect(engine).get_table_names()


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    expected: str

    @property
    def ok(self) -> bool:
        return self.current == self.expected

    @property
    def uninitialised(self) -> bool:
        return self.current is None

    @property
    def known(self) -> bool:
        """Whether the database's revision is one this client's migrations know (older than head)."""
        if self.current is None:
            return True
        script = ScriptDirectory.from_config(alembic_config())
        try:
            return script.get_revision(self.current) is not None
        except Exception:
            return False


def schema_state(engine: Engine) -> SchemaState:
    return SchemaState(current=current_revision(engine), expected=head_revision())
