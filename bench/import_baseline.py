"""The import benchmark's baseline: the rows an import created, written again by hand-written SQL.

The customers and search documents the import wrote are read back and inserted into a fresh database of the same
schema, a batch of 1,000 a transaction as the import does: PostgreSQL by COPY, SQLite by one executemany INSERT a
table (the search triggers fill the FTS tables). No file is read, nothing is checked or matched: the database's
own cost of taking the rows, which the import's rate is compared with.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, text

from crm_desktop.db.engine import create_engine
from crm_desktop.db.migrate import upgrade

BATCH = 1000
TABLES = ("customers", "customer_search")


def raw_insert_rate(imported_url: str, fresh_url: str, prepare: Callable[[Engine], None]) -> float:
    """Rows a second that hand-written SQL inserts the customers of `imported_url` into `fresh_url` (migrated,
    then `prepare`d with the rows the customers refer to: the importing user)."""
    source = create_engine(imported_url)
    try:
        with source.connect() as conn:
            tables = {table: _rows(conn, table) for table in TABLES}
    finally:
        source.dispose()
    target = create_engine(fresh_url)
    try:
        upgrade(target)
        prepare(target)
        with target.connect() as conn:
            driver = conn.connection.driver_connection
            n = len(tables["customers"][1])
            start = time.perf_counter()
            for first in range(0, n, BATCH):
                with conn.begin():
                    for table, (columns, rows) in tables.items():
                        _insert(conn, driver, table, columns, rows[first : first + BATCH])
            elapsed = time.perf_counter() - start
    finally:
        target.dispose()
    return n / elapsed


def _rows(conn: Connection, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    key = "id" if table == "customers" else "customer_id"
    result = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY {key}")
    return list(result.keys()), [tuple(row) for row in result]


def _insert(
    conn: Connection, driver: Any, table: str, columns: list[str], rows: list[tuple[Any, ...]]
) -> None:
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET LOCAL synchronous_commit TO OFF"))
        from psycopg.types.json import Jsonb

        with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(tuple(Jsonb(v) if isinstance(v, dict) else v for v in row))
    else:
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
