"""Inserting many new customers at once (the Excel import): rows in, ids out, search documents written with them.

PostgreSQL: ids are drawn from the table's sequence in one query and the rows go in with COPY (a multi-row
INSERT … RETURNING of 1,000 rows × 25 columns spends most of its time building and parsing the statement).
Elsewhere: one executemany INSERT … RETURNING. Either way the ORM flush — and with it `search_index`'s
per-customer hook, four statements a customer — is bypassed, so the search documents of the new customers
(which have no contacts yet) are written here, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from crm_desktop.db.models import Customer
from crm_desktop.db.models.search import CustomerSearch
from crm_desktop.services import search_index
from crm_desktop.services.definitions.entry import search_words, searchable_fields


def insert_customers(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert `rows` (column → value, all columns the table needs) and return their new ids in order."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        ids = _copy_customers(session, rows)
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
    searchable = searchable_fields(session, "customer") if any(r.get("extra") for r in rows) else []
    documents = [
        search_index._entry(
            i,
            r["name"],
            r.get("short_name"),
            (r.get("phone"), r.get("mobile")),
            (),
            search_words(searchable, r.get("extra")),
        )
        for i, r in zip(ids, rows, strict=True)
    ]
    if session.get_bind().dialect.name == "postgresql":
        _copy(
            session,
            "customer_search",
            tuple(documents[0]),  # the columns `search_index._entry` fills
            [tuple(d.values()) for d in documents],
        )
    else:
        session.connection().execute(insert(cast(Table, CustomerSearch.__table__)), documents)
    return ids


def _insert_numbered(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """SQLite: number the rows after the highest id and insert them with one executemany. A writing unit of work
    holds the database's write lock from its first statement (BEGIN IMMEDIATE), so no other writer can take these
    ids; RETURNING with the rows' order kept would make SQLAlchemy insert them one statement a row."""
    table = cast(Table, Customer.__table__)
    start = int(session.connection().execute(text("SELECT coalesce(max(id), 0) FROM customers")).scalar_one())
    ids = list(range(start + 1, start + 1 + len(rows)))
    session.connection().execute(insert(table), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids


def _copy_customers(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    from psycopg.types.json import Jsonb

    ids = [
        int(i)
        for i in session.execute(
            text("SELECT nextval(pg_get_serial_sequence('customers', 'id')) FROM generate_series(1, :n)"),
            {"n": len(rows)},
        ).scalars()
    ]
    columns = ("id", *rows[0].keys())
    values = [
        (i, *(Jsonb(v) if isinstance(v, dict) else v for v in row.values()))
        for i, row in zip(ids, rows, strict=True)
    ]
    _copy(session, "customers", columns, values)
    return ids


def _copy(session: Session, table: str, columns: Sequence[str], values: list[tuple[Any, ...]]) -> None:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    names = ", ".join(columns)
    with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in values:
            copy.write_row(row)
