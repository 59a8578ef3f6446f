"""Live delivery of changes between stations.

Writers call `publish(session, topic, entity_id, user_ids)` inside their unit of work: it adds a `change_feed` row
and, on PostgreSQL, `pg_notify('crm_changes', json)` — delivered to listeners when the transaction commits.

Readers run one `ChangeListener` per signed-in client. It calls `callback(Change)` from its own plain thread for
each change addressed to the user (or to everyone):
- PostgreSQL: a dedicated autocommit connection does `LISTEN crm_changes`; after a drop it reconnects with
  exponential backoff and catches up from the change feed, so nothing sent meanwhile is lost;
- SQLite and SQL Server: it polls the change feed (`id > last seen`) every `poll_interval` seconds.
The UI adapts the callback to Qt signals (crm_desktop/ui/live.py). No Qt here.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.engine import create_engine as sa_create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from crm_desktop.db.models import ChangeFeed
from crm_desktop.db.session import Database

CHANNEL = "crm_changes"
KEEP = timedelta(days=2)  # feed rows older than this are pruned now and then by writers
PRUNE_EVERY = 500  # feed ids
BACKOFF_START_S = 0.2
BACKOFF_MAX_S = 5.0
KEEPALIVE_S = 10.0
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    id: int
    topic: str  # "message" or "task"
    entity_id: int
    user_ids: tuple[int, ...] | None  # None = everyone

    def concerns(self, user_id: int | None) -> bool:
        return user_id is None or self.user_ids is None or user_id in self.user_ids


def publish(session: Session, topic: str, entity_id: int, user_ids: Iterable[int] | None) -> Change:
    """Record a change in this unit of work; on PostgreSQL also NOTIFY (sent when the transaction commits)."""
    users = None if user_ids is None else sorted(set(user_ids))
    row = ChangeFeed(topic=topic, entity_id=entity_id, user_ids=users)
    session.add(row)
    session.flush()
    change = Change(row.id, topic, entity_id, None if users is None else tuple(users))
    if session.get_bind().dialect.name == "postgresql":
        payload = json.dumps({"id": row.id, "t": topic, "e": entity_id, "u": users})
        session.execute(select(func.pg_notify(CHANNEL, payload)))
    if row.id % PRUNE_EVERY == 0:
        session.execute(delete(ChangeFeed).where(ChangeFeed.created_at < datetime.now(UTC) - KEEP))
    return change


def _from_payload(payload: str) -> Change | None:
    try:
        data = json.loads(payload)
        users = data.get("u")
        return Change(
            int(data["id"]), str(data["t"]), int(data["e"]), None if users is None else tuple(users)
        )
    except (ValueError, KeyError, TypeError):
        return None


def _from_row(row: ChangeFeed) -> Change:
    users = row.user_ids
    return Change(row.id, row.topic, row.entity_id, None if users is None else tuple(int(u) for u in users))


class ChangeListener:
    """Delivers changes for `user_id` (None: all changes) to `callback` from a background thread.

    `on_state("connected" | "reconnecting")` reports the LISTEN connection's state on PostgreSQL."""

    def __init__(
        self,
        db: Database,
        user_id: int | None,
        callback: Callable[[Change], None],
        *,
        poll_interval: float = 0.5,
        on_state: Callable[[str], None] | None = None,
    ) -> None:
        self.db = db
        self.user_id = user_id
        self.callback = callback
        self.poll_interval = poll_interval
        self.on_state = on_state
        self.mode = "listen" if db.dialect == "postgresql" else "poll"
        self.backend_pid: int | None = None  # the LISTEN connection's server process (PostgreSQL)
        self.reconnects = 0
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_id = 0
        self._seen: deque[int] = deque(maxlen=2000)

    # -- life cycle -------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._last_id = self._max_id()
        target = self._run_listen if self.mode == "listen" else self._run_poll
        self._thread = threading.Thread(target=target, name=f"crm-{self.mode}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- delivery ---------------------------------------------------------------------------------------------

    def _max_id(self) -> int:
        with self.db.read_only() as session:
            return int(session.execute(select(func.coalesce(func.max(ChangeFeed.id), 0))).scalar_one())

    def _deliver(self, change: Change) -> None:
        if change.id in self._seen:
            return
        self._seen.append(change.id)
        self._last_id = max(self._last_id, change.id)
        if change.concerns(self.user_id):
            try:
                self.callback(change)
            except Exception:  # a faulty receiver must not kill the listener
                log.exception("change callback failed")

    def catch_up(self) -> None:
        """Deliver every feed row after the last one seen."""
        with self.db.read_only() as session:
            rows = (
                session.execute(
                    select(ChangeFeed)
                    .where(ChangeFeed.id > self._last_id)
                    .order_by(ChangeFeed.id)
                    .limit(1000)
                )
                .scalars()
                .all()
            )
        for row in rows:
            self._deliver(_from_row(row))

    def _state(self, state: str) -> None:
        if self.on_state is not None:
            try:
                self.on_state(state)
            except Exception:
                log.exception("listener state callback failed")

    # -- polling (SQLite, SQL Server) -------------------------------------------------------------------------

    def _run_poll(self) -> None:
        self.connected.set()
        while not self._stop.is_set():
            try:
                self.catch_up()
            except Exception:
                log.warning("change feed poll failed", exc_info=True)
            self._stop.wait(self.poll_interval)

    # -- LISTEN/NOTIFY (PostgreSQL) ---------------------------------------------------------------------------

    def _run_listen(self) -> None:
        engine = sa_create_engine(
            self.db.engine.url,
            poolclass=NullPool,
            isolation_level="AUTOCOMMIT",
            connect_args={"connect_timeout": 5, "application_name": "crm-desktop-listener"},
        )
        backoff = BACKOFF_START_S
        try:
            while not self._stop.is_set():
                try:
                    with engine.connect() as conn:
                        self._listen(conn)
                        backoff = BACKOFF_START_S
                except Exception:
                    log.warning("change listener lost its connection", exc_info=True)
                self.connected.clear()
                self.backend_pid = None
                if self._stop.is_set():
                    break
                self._state("reconnecting")
                self.reconnects += 1
                self._stop.wait(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX_S)
        finally:
            engine.dispose()

    def _listen(self, conn: Connection) -> None:
        conn.exec_driver_sql(f"LISTEN {CHANNEL}")
        raw: Any = conn.connection.driver_connection  # psycopg.Connection (notifies(timeout=) needs >= 3.2)
        self.backend_pid = int(raw.info.backend_pid)
        self.catch_up()  # whatever was committed while we were away
        self.connected.set()
        self._state("connected")
        idle = 0.0
        while not self._stop.is_set():
            for notice in raw.notifies(timeout=0.5):
                change = _from_payload(notice.payload)
                if change is not None:
                    self._deliver(change)
                idle = 0.0
                if self._stop.is_set():
                    return
            idle += 0.5
            if idle >= KEEPALIVE_S:  # a silent half-open connection shows up here; then catch up to be safe
                idle = 0.0
                conn.exec_driver_sql("SELECT 1")
                self.catch_up()
