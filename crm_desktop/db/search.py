"""Dialect-specific search structures over `customer_search` and the SQL conditions that use them.

- PostgreSQL: a pg_trgm GIN index on `doc` (substrings of 3+ characters via LIKE) and a GIN index on
  `string_to_array(grams, ' ')` (exact 1-2 character grams via `@>`).
- SQLite: two external-content FTS5 tables kept in step by triggers: `customer_search_fts` (trigram tokenizer
  over `doc`) and `customer_search_grams_fts` (unicode61 over `grams`, one token per gram).
- Anything else (SQL Server): LIKE over the plain columns, no extra structure.

`create_structures`/`drop_structures` run from the migration; `rebuild` refills the SQLite FTS tables after a
bulk load. `DIALECT_OBJECTS` names what the models do not declare (the schema comparison ignores them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, literal, literal_column, select, text

from crm_desktop.db.models.definitions import EXTRA_GIN_INDEXES
from crm_desktop.db.models.search import CustomerSearch

REBUILD_FLAG = "customer_search_rebuild"  # system_settings key: documents must be rebuilt
DOC_TRGM_INDEX = "ix_customer_search_doc_trgm"
GRAMS_GIN_INDEX = "ix_customer_search_grams_gin"
FTS_DOC = "customer_search_fts"
FTS_GRAMS = "customer_search_grams_fts"
_FTS_SUFFIXES = ("", "_data", "_idx", "_docsize", "_config", "_content")
_TRIGGERS = ("customer_search_ai", "customer_search_ad", "customer_search_au")
# SQLite: while this table has a row (only ever inside the bulk writer's own transaction, so no other connection
# sees it), inserted documents skip the per-row FTS trigger; the writer indexes the batch with one statement each
# (`index_inserted`), four times faster than the trigger firing row by row.
BULK_FLAG_TABLE = "customer_search_bulk"

DIALECT_OBJECTS: frozenset[str] = frozenset(
    {DOC_TRGM_INDEX, GRAMS_GIN_INDEX, BULK_FLAG_TABLE}
    | {f"{t}{s}" for t in (FTS_DOC, FTS_GRAMS) for s in _FTS_SUFFIXES}
    | set(EXTRA_GIN_INDEXES)
)


def create_structures(conn: Connection) -> None:
    dialect = conn.dialect.name
    if dialect == "postgresql":
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {DOC_TRGM_INDEX} ON customer_search USING gin (doc gin_trgm_ops)"
        )
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {GRAMS_GIN_INDEX} ON customer_search "
            "USING gin (string_to_array(grams, ' '))"
        )
    elif dialect == "sqlite":
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_DOC} USING fts5(doc, content='customer_search', "
            "content_rowid='customer_id', tokenize='trigram', detail='none')"
        )
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_GRAMS} USING fts5(grams, content='customer_search', "
            "content_rowid='customer_id', tokenize='unicode61', detail='none')"
        )
        both = (
            f"{FTS_DOC}(rowid, doc) VALUES (new.customer_id, new.doc); INSERT INTO {FTS_GRAMS}(rowid, grams)"
        )
        old = (
            f"INSERT INTO {FTS_DOC}({FTS_DOC}, rowid, doc) VALUES ('delete', old.customer_id, old.doc); "
            f"INSERT INTO {FTS_GRAMS}({FTS_GRAMS}, rowid, grams) VALUES ('delete', old.customer_id, old.grams);"
        )
        new = f"INSERT INTO {both} VALUES (new.customer_id, new.grams);"
        conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {BULK_FLAG_TABLE} (loading INTEGER PRIMARY KEY)")
        not_bulk = f"WHEN NOT EXISTS (SELECT 1 FROM {BULK_FLAG_TABLE})"
        for name, event, when, body in (
            ("customer_search_ai", "AFTER INSERT", not_bulk, new),
            ("customer_search_ad", "AFTER DELETE", "", old),
            ("customer_search_au", "AFTER UPDATE", "", old + " " + new),
        ):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {name} {event} ON customer_search {when} BEGIN {body} END"
            )


def drop_structures(conn: Connection) -> None:
    dialect = conn.dialect.name
    if dialect == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {DOC_TRGM_INDEX}")
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {GRAMS_GIN_INDEX}")
    elif dialect == "sqlite":
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_DOC}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_GRAMS}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {BULK_FLAG_TABLE}")


def begin_bulk_insert(conn: Connection) -> None:
    """SQLite: documents inserted from now until `index_inserted` in this transaction skip the FTS trigger."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {BULK_FLAG_TABLE} (loading) VALUES (1)")


def index_inserted(conn: Connection, first_id: int, last_id: int) -> None:
    """SQLite: index the documents of customers `first_id`..`last_id` inserted since `begin_bulk_insert` (one
    statement a FTS table instead of a trigger a row) and let the trigger work again."""
    if conn.dialect.name == "sqlite":
        for table, column in ((FTS_DOC, "doc"), (FTS_GRAMS, "grams")):
            conn.execute(
                text(
                    f"INSERT INTO {table}(rowid, {column}) SELECT customer_id, {column} FROM customer_search "
                    "WHERE customer_id BETWEEN :first AND :last"
                ),
                {"first": first_id, "last": last_id},
            )
        conn.exec_driver_sql(f"DELETE FROM {BULK_FLAG_TABLE}")


def rebuild(conn: Connection) -> None:
    """After a bulk change made with the triggers off: refill the SQLite FTS tables from `customer_search`."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_DOC}({FTS_DOC}) VALUES ('rebuild')")
        conn.exec_driver_sql(f"INSERT INTO {FTS_GRAMS}({FTS_GRAMS}) VALUES ('rebuild')")


def _fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def substring_ids(dialect: str, folded: str) -> Select[Any]:
    """Ids of the customers whose document contains `folded` (3+ characters: served by the trigram index)."""
    if dialect == "sqlite":
        # LIKE on a trigram FTS5 table is answered from its index (detail=none keeps the index small but allows
        # no MATCH phrases). A folded query holds letters and digits only, so nothing needs escaping.
        pattern = text(f"{FTS_DOC}.doc LIKE :pattern").bindparams(pattern=f"%{folded}%")
        return select(_rowid()).select_from(text(FTS_DOC)).where(pattern)
    return select(CustomerSearch.customer_id).where(doc_contains(folded))


def gram_ids(dialect: str, gram: str) -> Select[Any]:
    """Ids of the customers having the 1-2 character `gram` among their short grams."""
    if dialect == "sqlite":
        return (
            select(_rowid())
            .select_from(text(FTS_GRAMS))
            .where(text(f"{FTS_GRAMS} MATCH :gram").bindparams(gram=_fts_phrase(gram)))
        )
    if dialect == "postgresql":
        return select(CustomerSearch.customer_id).where(
            text("string_to_array(customer_search.grams, ' ') @> ARRAY[CAST(:gram AS text)]").bindparams(
                gram=gram
            )
        )
    padded = literal(" ") + CustomerSearch.grams + literal(" ")
    return select(CustomerSearch.customer_id).where(padded.like(f"% {escape_like(gram)} %", escape="\\"))


def doc_contains(folded: str) -> ColumnElement[bool]:
    return CustomerSearch.doc.like(f"%{escape_like(folded)}%", escape="\\")


def _rowid() -> ColumnElement[int]:
    return literal_column("rowid", type_=CustomerSearch.customer_id.type)
