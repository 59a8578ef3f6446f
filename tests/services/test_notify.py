"""Live delivery between two client sessions: LISTEN/NOTIFY on PostgreSQL, change-feed polling on SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from crm_desktop.db.engine import create_engine
from crm_desktop.db.session import Database
from crm_desktop.services.messages import MessageService
from crm_desktop.services.notify import ChangeListener
from crm_desktop.services.tasks import TaskInput, TaskService
from tests.services.collab_office import WAIT_S, CollabOffice, Inbox, build_office


@pytest.fixture
def office(db: Database) -> CollabOffice:
    return build_office(db)


@pytest.fixture
def second_client(db_url: str) -> Iterator[Database]:
    """Another station: its own engine (own connections) on the same database."""
    database = Database(create_engine(db_url))
    try:
        yield database
    finally:
        database.dispose()


def _listen(db: Database, user_id: int) -> tuple[ChangeListener, Inbox]:
    inbox = Inbox()
    listener = ChangeListener(db, user_id, inbox, poll_interval=0.1)
    listener.start()
    assert listener.connected.wait(WAIT_S)
    return listener, inbox


def test_message_and_task_reach_the_other_client_live(office: CollabOffice, second_client: Database) -> None:
    o = office
    listener, inbox = _listen(second_client, o.worker.user_id)
    try:
        assert listener.mode == ("listen" if o.db.dialect == "postgresql" else "poll")
        MessageService(o.db, o.lead).send([o.peer.user_id], "只给杨帆", None)  # not for the worker
        message_id = MessageService(o.db, o.lead).send([o.worker.user_id], "周五开会", "下午三点")
        change = inbox.wait(lambda c: c.topic == "message")
        assert change.entity_id == message_id  # the peer's message never reached the worker's client
        [item] = MessageService(second_client, o.worker).inbox(unread_only=True)
        assert (item.message_id, item.subject) == (message_id, "周五开会")

        task_id = TaskService(o.db, o.lead).create(TaskInput(title="送报价", assignee_id=o.worker.user_id))
        notice = inbox.wait(lambda c: c.topic == "message")  # the "new task" system notice comes first
        inbox.wait(lambda c: c.topic == "task" and c.entity_id == task_id)
        [task] = TaskService(second_client, o.worker).list("mine")
        assert task.id == task_id
        latest = MessageService(second_client, o.worker).inbox()[0]
        assert (latest.message_id, latest.kind) == (notice.entity_id, "system")
    finally:
        listener.stop()
    assert not listener.is_running()


def test_the_sender_hears_of_read_receipts(office: CollabOffice, second_client: Database) -> None:
    o = office
    message_id = MessageService(o.db, o.lead).send([o.worker.user_id], "请确认", None)
    listener, inbox = _listen(second_client, o.lead.user_id)
    try:
        worker = MessageService(o.db, o.worker)
        worker.mark_read(worker.inbox()[0].receipt_id)
        inbox.wait(lambda c: c.topic == "message" and c.entity_id == message_id)
        [receipt] = MessageService(second_client, o.lead).receipts(message_id)
        assert receipt.full_name == "刘洋" and receipt.read_at is not None
    finally:
        listener.stop()


def test_announcement_to_everyone_reaches_every_listener(
    office: CollabOffice, second_client: Database
) -> None:
    o = office
    listener, inbox = _listen(second_client, o.clerk.user_id)
    try:
        message_id = MessageService(o.db, o.lead).announce("everyone", None, "国庆放假通知", "十月一日至七日")
        change = inbox.wait(lambda c: c.topic == "message")
        assert change.entity_id == message_id and change.user_ids is None
    finally:
        listener.stop()


@pytest.mark.pg
def test_listener_survives_a_dropped_connection(
    office: CollabOffice, second_client: Database, db_url: str
) -> None:
    o = office
    if o.db.dialect != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    listener, inbox = _listen(second_client, o.worker.user_id)
    try:
        first_pid = listener.backend_pid
        assert first_pid is not None
        with o.db.engine.connect() as conn:  # as a restart or a network drop would
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": first_pid}).scalar_one()
        message_id = MessageService(o.db, o.lead).send([o.worker.user_id], "断线后", None)
        inbox.wait(lambda c: c.entity_id == message_id and c.topic == "message")
        assert listener.connected.wait(WAIT_S)
        assert listener.reconnects >= 1 and listener.backend_pid not in (None, first_pid)
        # and it listens again: a later message arrives through the new connection
        second = MessageService(o.db, o.lead).send([o.worker.user_id], "再一条", None)
        inbox.wait(lambda c: c.entity_id == second and c.topic == "message")
    finally:
        listener.stop()


def test_a_failing_callback_does_not_stop_delivery(office: CollabOffice, second_client: Database) -> None:
    o = office
    inbox = Inbox()
    calls: list[int] = []

    def flaky(change: object) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("receiver bug")
        inbox(change)  # type: ignore[arg-type]

    listener = ChangeListener(second_client, o.worker.user_id, flaky, poll_interval=0.1)
    listener.start()
    try:
        assert listener.connected.wait(WAIT_S)
        MessageService(o.db, o.lead).send([o.worker.user_id], "一", None)
        second = MessageService(o.db, o.lead).send([o.worker.user_id], "二", None)
        inbox.wait(lambda c: c.entity_id == second)
    finally:
        listener.stop()
