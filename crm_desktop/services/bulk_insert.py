"""Inserting many new customers at once (the Excel import): rows in, ids out, search documents written with them.

PostgreSQL: ids are drawn from the table's sequence in one query and the rows go in with COPY (a multi-row
INSERT … RETURNING of 1,000 rows × 25 columns spends most of its time building and parsing the statement).
Elsewhere: one executemany INSERT … RETURNING. Either way the ORM flush — and with it `search_index`'s
per-customer hook, four statements a customer — is bypassed, so the search documents of the new customers
(which have no contacts yet) are written here, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from crm_desktop.db import search
from crm_desktop.db.models import Customer
from crm_desktop.db.models.search import CustomerSearch
from crm_desktop.services import search_index
from crm_desktop.services.definitions.entry import search_words, searchable_fields


def insert_customers(
    session: Session,
    rows: Sequence[dict[str, Any]],
    documents: Sequence[dict[str, Any] | None] = (),
    numbering: AbstractContextManager[object] | None = None,
) -> list[int]:
    """Insert `rows` (column → value, all columns the table needs) and return their new ids in order.
    `documents` may hold each row's search document made beforehand (`document_of`; None: make it here);
    `numbering` is held while the ids are drawn (the import's batches draw theirs in the file's order)."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        with numbering or nullcontext():
            ids = _new_ids(session, len(rows))
        _copy_customers(session, ids, rows)
    elif dialect == "sqlite":
        ids = _insert_numbered(session, rows)
    else:
        # Core, not the ORM's bulk path: the same executemany INSERT … RETURNING without per-row ORM bookkeeping
        table = cast(Table, Customer.__table__)
        ids = list(
            session.connection()
            .execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows))
            .scalars()
            .all()
        )
    given = list(documents) or [None] * len(rows)
    searchable = (
        searchable_fields(session, "customer") if None in given and any(r.get("extra") for r in rows) else []
    )
    entries = [
        {**(made if made is not None else document_of(row, searchable)), "customer_id": customer_id}
        for customer_id, made, row in zip(ids, given, rows, strict=True)
    ]
    connection = session.connection()
    if dialect == "postgresql":
        _copy(session, "customer_search", tuple(entries[0]), [tuple(d.values()) for d in entries])
    elif dialect == "sqlite":
        search.begin_bulk_insert(connection)
        _execute_many(session, cast(Table, CustomerSearch.__table__), entries)
        search.index_inserted(connection, min(ids), max(ids))
    else:
        connection.execute(insert(cast(Table, CustomerSearch.__table__)), entries)
    return ids


def document_of(row: dict[str, Any], searchable: Sequence[Any]) -> dict[str, Any]:
    """The search document of a new customer (no contacts yet) without its id; `searchable` is
    `definitions.entry.searchable_fields(session, "customer")`."""
    return search_index._entry(
        0,
        row["name"],
        row.get("short_name"),
        (row.get("phone"), row.get("mobile")),
        (),
        search_words(searchable, row.get("extra")),
    )


def _insert_numbered(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """SQLite: number the rows after the highest id and insert them with one executemany. A writing unit of work
    holds the database's write lock from its first statement (BEGIN IMMEDIATE), so no other writer can take these
    ids; RETURNING with the rows' order kept would make SQLAlchemy insert them one statement a row."""
    start = int(session.connection().execute(text("SELECT coalesce(max(id), 0) FROM customers")).scalar_one())
    ids = list(range(start + 1, start + 1 + len(rows)))
    _execute_many(
        session, cast(Table, Customer.__table__), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)]
    )
    return ids


def _execute_many(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """SQLite: one executemany INSERT of `rows` straight to the driver, each column's values converted by its type's
    bind processor (dates, JSON) — the conversion Core's executemany does, without its per-row bookkeeping."""
    connection = session.connection()
    columns = list(rows[0])
    processors = [table.c[name].type.bind_processor(connection.dialect) for name in columns]
    converted = [(index, process) for index, process in enumerate(processors) if process is not None]
    values = []
    for row in rows:
        line = list(map(row.get, columns))
        for index, process in converted:
            line[index] = process(line[index])
        values.append(tuple(line))
    placeholders = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})", values
    )


def _new_ids(session: Session, count: int) -> list[int]:
    """PostgreSQL: `count` new customer ids from the table's sequence."""
    statement = text("SELECT nextval(pg_get_serial_sequence('customers', 'id')) FROM generate_series(1, :n)")
    return [int(i) for i in session.execute(statement, {"n": count}).scalars()]


def _copy_customers(session: Session, ids: list[int], rows: Sequence[dict[str, Any]]) -> None:
    from psycopg.types.json import Jsonb

    columns = ("id", *rows[0].keys())
    values = [
        (i, *(Jsonb(v) if isinstance(v, dict) else v for v in row.values()))
        for i, row in zip(ids, rows, strict=True)
    ]
    _copy(session, "customers", columns, values)


def _copy(session: Session, table: str, columns: Sequence[str], values: list[tuple[Any, ...]]) -> None:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    names = ", ".join(columns)
    with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in values:
            copy.write_row(row)
