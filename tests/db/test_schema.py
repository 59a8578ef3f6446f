"""The schema: one migration head, migrations equal the ORM models, SQL Server DDL keeps Chinese text, base data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, MetaData, String, Table, func, select
from sqlalchemy.dialects import mssql
from sqlalchemy.dialects.mssql.base import MSDialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.schema import CreateIndex, CreateTable

import crm_desktop.db.models  # noqa: F401  (registers every table on Base.metadata)
from crm_desktop.db import search
from crm_desktop.db.base import Base
from crm_desktop.db.engine import create_engine
from crm_desktop.db.migrate import alembic_config, current_revision, head_revision, is_empty, upgrade
from crm_desktop.db.models import CodeItem, Role, Station, User
from crm_desktop.db.session import Database

# Expression indexes are not reflected the same way on every backend (SQLite cannot reflect them at all).
IGNORED_INDEXES = {"uq_users_login_lower", "ix_customers_email_lower"}

# Columns holding people's words: they must be NVARCHAR on SQL Server or Chinese text turns into '?'.
HUMAN_TEXT_COLUMNS = [
    "customers.name",
    "customers.address",
    "contacts.name",
    "users.full_name",
    "tasks.title",
    "messages.body",
    "business_log.content",
    "code_items.name",
]

# A plain (non-Unicode) String column is for codes only; these name fragments mean people's words.
HUMAN_WORD_FRAGMENTS = (
    "name",
    "title",
    "address",
    "note",
    "body",
    "content",
    "subject",
    "description",
    "summary",
    "remark",
    "comment",
    "memo",
    "text",
    "skill",
    "result",
    "need",
    "step",
    "message",
)

NATIONAL = re.compile(r"^N(VARCHAR|CHAR|TEXT)\b")
NON_NATIONAL = re.compile(r"^(VARCHAR|CHAR|TEXT)\b")


def _mssql_dialect() -> MSDialect:
    # What a connection to SQL Server 2012+ uses: (N)VARCHAR(max) instead of the deprecated NTEXT/TEXT/IMAGE.
    # A bare mssql.dialect() has not seen a server, so it falls back to the deprecated types.
    return mssql.dialect(deprecate_large_types=True)


def _mssql_type(column: Column[object]) -> str:
    return column.type.compile(dialect=_mssql_dialect())


def _all_columns() -> list[tuple[str, Column[object]]]:
    return [(f"{t.name}.{c.name}", c) for t in Base.metadata.sorted_tables for c in t.columns]


def test_migrations_have_exactly_one_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, heads
    assert head_revision() == heads[0]


def _models_without_ignored_indexes() -> MetaData:
    metadata = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        copy = table.to_metadata(metadata)
        for index in [i for i in copy.indexes if i.name in IGNORED_INDEXES]:
            copy.indexes.discard(index)
    return metadata


def _include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    if name in search.DIALECT_OBJECTS:  # pg_trgm/GIN indexes and FTS5 tables: dialect-specific, not in models
        return False
    return not (type_ == "index" and name in IGNORED_INDEXES)


# SQLite cannot reflect the expression index and warns; test_login_is_unique_regardless_of_case covers it.
@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index uq_users_login_lower",
    "ignore:Skipped unsupported reflection of expression-based index ix_customers_email_lower",
)
def test_upgrade_on_empty_database_reaches_head_and_matches_models(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    try:
        assert is_empty(engine)
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": _include}
            )
            diffs = compare_metadata(context, _models_without_ignored_indexes())
        assert diffs == [], "models and migrations differ:\n" + "\n".join(map(repr, diffs))
    finally:
        engine.dispose()


def test_whole_metadata_compiles_for_sql_server() -> None:
    dialect = _mssql_dialect()
    for table in Base.metadata.sorted_tables:
        assert str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            assert str(CreateIndex(index).compile(dialect=dialect))


@pytest.mark.parametrize("qualified", HUMAN_TEXT_COLUMNS)
def test_human_text_columns_are_nvarchar_on_sql_server(qualified: str) -> None:
    table_name, column_name = qualified.split(".")
    table: Table = Base.metadata.tables[table_name]
    compiled = _mssql_type(table.c[column_name])
    assert compiled.startswith("NVARCHAR"), f"{qualified} compiles to {compiled} on SQL Server"


def test_text_columns_are_national_on_sql_server_except_codes() -> None:
    problems: list[str] = []
    for qualified, column in _all_columns():
        compiled = _mssql_type(column)
        if NATIONAL.match(compiled):
            continue
        if not NON_NATIONAL.match(compiled):
            continue  # not a text column
        # VARCHAR/CHAR/TEXT without N: only allowed for short code-like columns typed exactly String(n).
        if type(column.type) is not String:
            problems.append(f"{qualified}: {type(column.type).__name__} compiles to {compiled}")
        elif column.type.length is None:
            problems.append(
                f"{qualified}: String without length compiles to {compiled} (use Unicode/UnicodeText)"
            )
        elif any(fragment in column.name for fragment in HUMAN_WORD_FRAGMENTS):
            problems.append(f"{qualified}: looks like people's words but is String ({compiled}); use Unicode")
    assert not problems, "\n".join(problems)


def test_no_column_is_plain_text_or_varchar_max_on_sql_server() -> None:
    bad = [
        f"{q}: {_mssql_type(c)}"
        for q, c in _all_columns()
        if re.match(r"^(TEXT|VARCHAR\(max\))$", _mssql_type(c), re.IGNORECASE)
    ]
    assert not bad, bad


def test_base_data_present_after_upgrade(db: Database) -> None:
    with db.read_only() as s:
        assert s.scalar(select(func.count()).select_from(Station)) == 5
        customer_types = set(s.scalars(select(CodeItem.name).where(CodeItem.category == "customer_type")))
        admin_roles = s.scalar(select(func.count()).select_from(Role).where(Role.is_admin.is_(True)))
    assert customer_types == {"老客户", "目标客户", "潜在客户", "合作伙伴", "黑名单", "竞争对手"}
    assert admin_roles == 1


def _user(login: str) -> User:
    return User(login=login, full_name=login, password_hash="x")


def test_login_is_unique_regardless_of_case(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(_user("Alice"))
    with db.unit_of_work() as s:
        s.add(_user("bob"))  # other logins are fine
    with pytest.raises(IntegrityError), db.unit_of_work() as s:
        s.add(_user("alice"))
    with db.read_only() as s:
        assert sorted(s.scalars(select(User.login))) == ["Alice", "bob"]


def test_model_login_index_targets_the_column(tmp_path: Path) -> None:
    """create_all (used by tools and benchmarks) must build the same case-insensitive index as the migration."""
    engine = create_engine(f"sqlite:///{(tmp_path / 'create_all.sqlite3').as_posix()}")
    try:
        Base.metadata.create_all(engine)
        db = Database(engine)
        with db.unit_of_work() as s:
            s.add_all([_user("carol"), _user("dave")])
        with pytest.raises(IntegrityError), db.unit_of_work() as s:
            s.add(_user("Carol"))
    finally:
        engine.dispose()
