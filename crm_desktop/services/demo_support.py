"""Private helpers shared by the demo modules: id allocation, bulk inserts, the organisation record, time."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

from sqlalchemy import JSON, Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.db.base import Base

DEMO_SETTING = "demo"

BEIJING = timezone(timedelta(hours=8))

T = TypeVar("T")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


class _Ids:
    """Hands out ids per table, starting after the current maximum, and remembers which tables it touched."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def start(self, session: Session, table: str) -> None:
        if table not in self._next:
            current = session.scalar(select(func.max(_table(table).c.id)))
            self._next[table] = (current or 0) + 1

    def take(self, table: str, count: int = 1) -> int:
        first = self._next[table]
        self._next[table] = first + count
        return first

    @property
    def tables(self) -> list[str]:
        return list(self._next)


def _insert(conn: Connection, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that carry their own ids: COPY on PostgreSQL, Core executemany elsewhere."""
    if not rows:
        return
    target = _table(table)
    if conn.dialect.name == "postgresql":
        _copy(conn, target, rows)
        return
    mssql = conn.dialect.name == "mssql"
    if mssql:
        conn.exec_driver_sql(f"SET IDENTITY_INSERT {table} ON")
    conn.execute(insert(target), list(rows))
    if mssql:
        conn.exec_driver_sql(f"SET IDENTITY_INSERT {table} OFF")


def _copy(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """COPY … FROM STDIN through the session's own psycopg connection (same transaction). Executemany sends one
    statement per row and multi-row VALUES costs psycopg a query parse per page; COPY is 5-10× faster."""
    columns = list(rows[0])
    json_columns = {name for name in columns if isinstance(table.c[name].type, JSON)}
    quote = conn.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        if json_columns:
            for row in rows:
                copy.write_row([json.dumps(row[c]) if c in json_columns else row[c] for c in columns])
        else:
            for row in rows:
                copy.write_row([row[c] for c in columns])


def _weighted(rng: random.Random, weights: Mapping[str, int], ids: Mapping[str, int], k: int) -> list[int]:
    keys = [key for key in weights if key in ids]
    return [ids[key] for key in rng.choices(keys, [weights[key] for key in keys], k=k)]


@dataclass
class _Org:
    """What the customer generator needs to know about the organisation it just created."""

    admin_id: int
    user_ids: dict[str, int]  # login -> id
    user_department: dict[int, int]  # user id -> department id
    key_account_sales: list[int]
    storefront_staff: list[int]
    technicians: list[int]
    clerks: list[int]
    managers: list[int]


class _Counter:
    def __init__(self) -> None:
        self.customers = 0
        self.pool = 0
        self.contacts = 0
        self.interactions = 0


def _common(now: datetime, by: int | None) -> dict[str, Any]:
    return {
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "created_by": by,
        "updated_by": by,
        "deleted_at": None,
        "deleted_by": None,
    }


def _day_start_utc(now: datetime) -> datetime:
    """Midnight today in Beijing, as a UTC instant: office hours are added to it."""
    local = now.astimezone(BEIJING)
    return datetime(local.year, local.month, local.day, tzinfo=BEIJING).astimezone(UTC)
