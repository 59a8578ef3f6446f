"""Tasks assigned to departments, the team view, superiors' reviews and comments, reminders; announcements to
everyone / a department / a station with read receipts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.db.session import Database
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.messages import MessageService
from crm_desktop.services.tasks import TaskInput, TaskService
from tests.services.collab_office import CollabOffice, build_office


@pytest.fixture
def office(db: Database) -> CollabOffice:
    return build_office(db)


def test_task_for_a_department_is_received_by_one_member(office: CollabOffice) -> None:
    o = office
    task_id = TaskService(o.db, o.clerk).create(TaskInput(title="盘点库存", department_id=o.sales))
    worker, peer = TaskService(o.db, o.worker), TaskService(o.db, o.peer)
    for service in (worker, peer):
        [task] = service.list("mine")
        assert (task.id, task.assignee_id, task.assigned_to) == (task_id, None, "销售部")
    assert worker.open_count() == 1
    assert TaskService(o.db, o.admin).list("mine") == []
    assert [m.subject for m in MessageService(o.db, o.peer).inbox()] == ["新任务：盘点库存"]

    worker.change_status(task_id, 1, "received")
    assert [t.assignee_name for t in worker.list("mine")] == ["刘洋"]
    assert peer.list("mine") == [] and peer.open_count() == 0
    with pytest.raises(PermissionDenied):  # no longer the department's
        peer.change_status(task_id, 2, "in_progress")


def test_task_needs_a_person_or_a_department(office: CollabOffice) -> None:
    with pytest.raises(ValidationError) as error:
        TaskService(office.db, office.lead).create(TaskInput(title="无人"))
    assert "assignee_id" in error.value.fields


def test_team_view_follows_the_data_scope(office: CollabOffice) -> None:
    o = office
    mine = TaskService(o.db, o.worker).create(TaskInput(title="自己的", assignee_id=o.worker.user_id))
    clerks = TaskService(o.db, o.clerk).create(TaskInput(title="门市的", assignee_id=o.clerk.user_id))
    # the admin (scope all) sees everybody's; a rep with "own" scope has no team
    assert {t.id for t in TaskService(o.db, o.admin).list("team")} == {mine, clerks}
    assert TaskService(o.db, o.peer).list("team") == []


def test_superior_reviews_and_others_comment(office: CollabOffice) -> None:
    o = office
    task_id = TaskService(o.db, o.admin).create(
        TaskInput(title="回访甲公司", assignee_id=o.worker.user_id, customer_id=o.customer)
    )
    lead, worker, clerk = (TaskService(o.db, u) for u in (o.lead, o.worker, o.clerk))
    assert lead.can_review(task_id) and not clerk.can_review(task_id) and not worker.can_review(task_id)
    lead.comment(task_id, "客户很重要，周五前完成")
    worker.comment(task_id, "收到")
    with pytest.raises(PermissionDenied):  # neither involved nor above
        clerk.comment(task_id, "路过")
    with pytest.raises(ServiceError):
        worker.comment(task_id, "   ")
    comments = worker.comments(task_id)
    assert [(c.kind, c.author_name, c.body) for c in comments] == [
        ("review", "赵敏", "客户很重要，周五前完成"),
        ("comment", "刘洋", "收到"),
    ]
    assert lead.comments(task_id) == comments
    with pytest.raises(PermissionDenied):
        clerk.comments(task_id)
    # the review reaches the assignee and the creator as a system notice; the task links to its customer
    assert "任务点评：回访甲公司" in [m.subject for m in MessageService(o.db, o.worker).inbox()]
    [task] = worker.list("mine")
    assert (task.customer_id, task.customer_name, task.source) == (o.customer, "甲公司", "customer")


def test_reminder_fires_once_as_a_system_notice(office: CollabOffice) -> None:
    o = office
    soon = datetime.now(UTC) + timedelta(minutes=5)
    task_id = TaskService(o.db, o.lead).create(
        TaskInput(title="打电话", assignee_id=o.worker.user_id, remind_at=soon)
    )
    worker = TaskService(o.db, o.worker)
    assert worker.fire_reminders() == []
    assert worker.fire_reminders(now=soon + timedelta(seconds=1)) == [task_id]
    assert worker.fire_reminders(now=soon + timedelta(minutes=1)) == []
    inbox = MessageService(o.db, o.worker).inbox()
    assert [(m.kind, m.subject) for m in inbox if m.subject.startswith("任务提醒")] == [
        ("system", "任务提醒：打电话")
    ]


@pytest.mark.parametrize(
    ("audience", "ref", "expected"),
    [
        ("everyone", None, {"worker", "peer", "clerk", "admin"}),
        ("department", "sales", {"worker", "peer"}),
        ("station", "storefront", {"clerk"}),
    ],
)
def test_announcement_audiences_and_read_receipts(
    office: CollabOffice, audience: str, ref: str | None, expected: set[str]
) -> None:
    o = office
    users = {"worker": o.worker, "peer": o.peer, "clerk": o.clerk, "admin": o.admin, "lead": o.lead}
    target: int | str | None = o.sales if ref == "sales" else ref
    message_id = MessageService(o.db, o.lead).announce(audience, target, "公告", "内容")
    got = {
        name
        for name, u in users.items()
        if any(m.message_id == message_id for m in MessageService(o.db, u).inbox())
    }
    assert got == expected
    [sent] = MessageService(o.db, o.lead).sent()
    assert (sent.kind, sent.audience, sent.recipients, sent.read) == (
        "announcement",
        audience,
        len(expected),
        0,
    )

    reader = users[sorted(expected)[0]]
    box = MessageService(o.db, reader)
    box.mark_read(box.inbox()[0].receipt_id)
    receipts = MessageService(o.db, o.lead).receipts(message_id)
    assert len(receipts) == len(expected)
    assert [r.full_name for r in receipts if r.read_at is not None] == [reader.full_name]
    assert receipts[-1].read_at is not None  # unread first
    with pytest.raises(PermissionDenied):  # only the sender (or an admin) sees the receipts
        MessageService(o.db, o.worker if reader is not o.worker else o.peer).receipts(message_id)


def test_announcement_needs_an_audience(office: CollabOffice) -> None:
    service = MessageService(office.db, office.lead)
    for audience, ref in (("department", None), ("nowhere", None), ("station", "no-such-station")):
        with pytest.raises(ValidationError):
            service.announce(audience, ref, "公告", None)
