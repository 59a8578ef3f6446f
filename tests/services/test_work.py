"""Collaboration: tasks (status flow, who may change them), messages (read state per recipient), business log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.db.models import BusinessLogEntry, Message, MessageRecipient, Task, User
from crm_desktop.db.session import Database
from crm_desktop.services import tasks as tasks_module
from crm_desktop.services.business_log import BusinessLogService
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import (
    ConcurrentEditError,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from crm_desktop.services.messages import MessageService
from crm_desktop.services.tasks import TaskInput, TaskService
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_customer,
    add_department,
    add_role,
    add_user,
    audit_rows,
    context_for,
    count,
    role_id,
)


@dataclass
class Office:
    db: Database
    boss: UserContext
    worker: UserContext
    peer: UserContext
    outsider: UserContext  # no tasks/messages/business log permissions
    admin: UserContext
    inactive_id: int
    customer: int


@pytest.fixture
def office(db: Database) -> Office:
    with db.unit_of_work() as s:
        dept = add_department(s, "销售部")
        staff = add_role(s, "staff", permissions={"customers": CUSTOMER_ALL, **WORK_MODULES}, scope="own")
        guest = add_role(s, "guest", permissions={"home": ("view",)}, scope=None)
        boss = add_user(s, "boss", full_name="赵敏", department_id=dept, roles=[staff])
        worker = add_user(s, "worker", full_name="刘洋", department_id=dept, roles=[staff])
        peer = add_user(s, "peer", full_name="杨帆", department_id=dept, roles=[staff])
        outsider = add_user(s, "outsider", full_name="访客", roles=[guest])
        admin = add_user(s, "root", full_name="管理员", roles=[role_id(s, "admin")])
        inactive = add_user(s, "left", full_name="离职", roles=[staff], active=False)
        customer = add_customer(s, "甲公司", owner_id=boss, department_id=dept)
    return Office(
        db,
        context_for(db, boss),
        context_for(db, worker),
        context_for(db, peer),
        context_for(db, outsider),
        context_for(db, admin),
        inactive,
        customer,
    )


def _task(o: Office, **kwargs: object) -> tuple[int, int]:
    data = TaskInput(title="给甲公司送报价", assignee_id=o.worker.user_id, **kwargs)  # type: ignore[arg-type]
    return TaskService(o.db, o.boss).create(data), 1


# --- tasks -------------------------------------------------------------------------------------------------------


def test_create_task_and_the_lists(office: Office) -> None:
    o = office
    task_id, _ = _task(o, customer_id=o.customer, due_date=date.today() - timedelta(days=1), priority="high")
    other_id = TaskService(o.db, o.peer).create(TaskInput(title="自己的事", assignee_id=o.peer.user_id))

    [mine] = TaskService(o.db, o.worker).list("mine")
    assert (mine.id, mine.title, mine.status, mine.priority) == (task_id, "给甲公司送报价", "new", "high")
    assert (mine.assignee_name, mine.creator_name, mine.customer_name) == ("刘洋", "赵敏", "甲公司")
    assert mine.overdue
    assert TaskService(o.db, o.worker).list("assigned_by_me") == []
    assert [t.id for t in TaskService(o.db, o.boss).list("assigned_by_me")] == [task_id]
    assert TaskService(o.db, o.boss).list("mine") == []
    assert [t.id for t in TaskService(o.db, o.peer).list("mine")] == [other_id]
    assert [t.id for t in TaskService(o.db, o.peer).list("assigned_by_me")] == [other_id]
    assert TaskService(o.db, o.worker).open_count() == 1
    assert TaskService(o.db, o.boss).open_count() == 0

    with o.db.read_only() as s:
        task = s.get(Task, task_id)
        assert task is not None
        assert (task.source, task.created_by, task.department_id) == (
            "customer",
            o.boss.user_id,
            o.worker.department_id,
        )
    assert [e.action for e in audit_rows(o.db, "task", task_id)] == ["create"]


def test_task_status_flow(office: Office) -> None:
    o = office
    task_id, version = _task(o)
    service = TaskService(o.db, o.worker)

    version = service.change_status(task_id, version, "received")
    with o.db.read_only() as s:
        task = s.get(Task, task_id)
        assert task is not None and task.status == "received" and task.received_at is not None
    version = service.change_status(task_id, version, "in_progress")
    assert service.open_count() == 1
    version = service.change_status(task_id, version, "done", "  已送达  ")
    assert service.open_count() == 0
    assert service.list("mine") == []
    [done] = service.list("mine", include_closed=True)
    assert (done.status, done.result, done.version) == ("done", "已送达", version)
    assert done.completed_at is not None and not done.overdue
    changes = [e.changes for e in audit_rows(o.db, "task", task_id)[1:]]
    assert changes == [
        {"status": ["new", "received"]},
        {"status": ["received", "in_progress"]},
        {"status": ["in_progress", "done"]},
    ]

    # done is final
    for status in ("new", "received", "in_progress", "done", "rejected"):
        with pytest.raises(ServiceError) as caught:
            service.change_status(task_id, version, status, "理由")
        assert caught.value.message == tasks_module.BAD_TRANSITION


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        (["received"], ["new", "received", "archived"]),
        (["in_progress"], ["new", "received", "in_progress"]),
        (["received", "in_progress"], ["received", "new"]),
    ],
)
def test_invalid_transitions_are_refused(office: Office, path: list[str], refused: list[str]) -> None:
    o = office
    task_id, version = _task(o)
    service = TaskService(o.db, o.worker)
    for status in path:
        version = service.change_status(task_id, version, status)
    for status in refused:
        with pytest.raises(ServiceError) as caught:
            service.change_status(task_id, version, status)
        assert caught.value.message == tasks_module.BAD_TRANSITION
    with o.db.read_only() as s:
        task = s.get(Task, task_id)
        assert task is not None and (task.status, task.version) == (path[-1], version)


def test_reject_needs_a_reason(office: Office) -> None:
    o = office
    task_id, version = _task(o)
    service = TaskService(o.db, o.worker)
    for reason in (None, "", "   "):
        with pytest.raises(ServiceError) as caught:
            service.change_status(task_id, version, "rejected", reason)
        assert caught.value.message == "Give a reason for rejecting the task."
    version = service.change_status(task_id, version, "rejected", "客户已取消订单")
    [task] = service.list("mine", include_closed=True)
    assert (task.status, task.result) == ("rejected", "客户已取消订单")
    assert service.open_count() == 0
    with pytest.raises(ServiceError):
        service.change_status(task_id, version, "in_progress")


def test_only_assignee_or_creator_may_change_a_task(office: Office) -> None:
    o = office
    task_id, version = _task(o)
    with pytest.raises(PermissionDenied):
        TaskService(o.db, o.peer).change_status(task_id, version, "received")
    with pytest.raises(PermissionDenied):
        TaskService(o.db, o.peer).change_status(task_id, version, "rejected", "不是我的")
    with pytest.raises(PermissionDenied):  # no tasks permission at all
        TaskService(o.db, o.outsider).change_status(task_id, version, "done")
    # The creator may not accept the work on the assignee's behalf, but may close or withdraw it.
    with pytest.raises(PermissionDenied):
        TaskService(o.db, o.boss).change_status(task_id, version, "received")
    with o.db.read_only() as s:
        task = s.get(Task, task_id)
        assert task is not None and (task.status, task.version) == ("new", 1)
    version = TaskService(o.db, o.boss).change_status(task_id, version, "rejected", "撤回")
    assert version == 2

    second, v2 = _task(o)
    assert TaskService(o.db, o.admin).change_status(second, v2, "done", "管理员关闭") == 2


def test_stale_task_version_is_refused(office: Office) -> None:
    o = office
    task_id, version = _task(o)
    TaskService(o.db, o.worker).change_status(task_id, version, "received")
    with pytest.raises(ConcurrentEditError):
        TaskService(o.db, o.boss).change_status(task_id, version, "rejected", "撤回")
    with pytest.raises(NotFound):
        TaskService(o.db, o.worker).change_status(999_999, 1, "received")


def test_task_create_validation(office: Office) -> None:
    o = office
    service = TaskService(o.db, o.boss)
    with pytest.raises(ValidationError) as caught:
        service.create(TaskInput(title=" ", assignee_id=None, priority="urgent"))
    assert set(caught.value.fields) == {"title", "assignee_id", "priority"}
    for assignee in (o.inactive_id, 999_999):
        with pytest.raises(ValidationError) as caught:
            service.create(TaskInput(title="任务", assignee_id=assignee))
        assert set(caught.value.fields) == {"assignee_id"}
    with pytest.raises(PermissionDenied):
        TaskService(o.db, o.outsider).create(TaskInput(title="任务", assignee_id=o.worker.user_id))
    with pytest.raises(PermissionDenied):  # the boss's customer is outside the worker's own scope
        TaskService(o.db, o.worker).create(
            TaskInput(title="任务", assignee_id=o.peer.user_id, customer_id=o.customer)
        )
    assert count(o.db, Task) == 0


# --- messages ----------------------------------------------------------------------------------------------------


def test_message_to_two_users_with_read_state_per_recipient(office: Office) -> None:
    o = office
    message_id = MessageService(o.db, o.boss).send([o.worker.user_id, o.peer.user_id], "周五开会", "下午三点")
    worker, peer, boss = (MessageService(o.db, u) for u in (o.worker, o.peer, o.boss))

    for box in (worker, peer):
        [item] = box.inbox()
        assert (item.message_id, item.subject, item.body, item.sender_name, item.kind) == (
            message_id,
            "周五开会",
            "下午三点",
            "赵敏",
            "direct",
        )
        assert item.read_at is None
        assert box.unread_count() == 1
    assert boss.inbox() == [] and boss.unread_count() == 0
    [sent] = boss.sent()
    assert (sent.message_id, sent.recipients, sent.read) == (message_id, 2, 0)

    receipt = worker.inbox()[0].receipt_id
    with pytest.raises(NotFound):  # someone else's receipt
        peer.mark_read(receipt)
    worker.mark_read(receipt)
    first_read = worker.inbox()[0].read_at
    assert first_read is not None
    worker.mark_read(receipt)  # twice: the first time stays
    assert worker.inbox()[0].read_at == first_read
    assert worker.unread_count() == 0 and worker.inbox(unread_only=True) == []
    assert peer.unread_count() == 1 and len(peer.inbox(unread_only=True)) == 1
    assert boss.sent()[0].read == 1

    second = boss.send([o.worker.user_id], "第二条", None)
    assert [i.message_id for i in worker.inbox()] == [second, message_id]  # newest first
    assert [i.message_id for i in worker.inbox(unread_only=True)] == [second]
    assert [(s.message_id, s.recipients, s.read) for s in boss.sent()] == [(second, 1, 0), (message_id, 2, 1)]
    assert [e.action for e in audit_rows(o.db, "message")] == ["create", "create"]


def test_message_recipient_must_exist_and_be_active(office: Office) -> None:
    o = office
    service = MessageService(o.db, o.boss)
    for recipients in ([o.worker.user_id, 999_999], [o.inactive_id], []):
        with pytest.raises(ValidationError) as caught:
            service.send(recipients, "通知", "内容")
        assert set(caught.value.fields) == {"recipients"}
    with pytest.raises(ValidationError) as caught:
        service.send([o.worker.user_id], "  ", "内容")
    assert set(caught.value.fields) == {"subject"}
    assert count(o.db, Message) == 0
    assert count(o.db, MessageRecipient) == 0
    with pytest.raises(PermissionDenied):
        MessageService(o.db, o.outsider).send([o.worker.user_id], "通知", None)
    with pytest.raises(PermissionDenied):
        MessageService(o.db, o.outsider).inbox()


def test_message_to_the_same_user_twice_gives_one_receipt(office: Office) -> None:
    o = office
    MessageService(o.db, o.boss).send([o.worker.user_id, o.worker.user_id], "重复", None)
    assert len(MessageService(o.db, o.worker).inbox()) == 1
    assert MessageService(o.db, o.boss).sent()[0].recipients == 1


# --- business log ------------------------------------------------------------------------------------------------


def test_business_log_add_list_and_search(office: Office) -> None:
    o = office
    mine = BusinessLogService(o.db, o.worker)
    today = date.today()
    a = mine.add(today - timedelta(days=2), "拜访甲公司", "谈了打印机租赁")
    b = mine.add(today, "整理报价单", "报价 100% 按目录价")
    c = mine.add(today - timedelta(days=1), "电话回访", None)
    BusinessLogService(o.db, o.peer).add(today, "别人的日志：拜访甲公司", "不该出现在我的列表")

    assert [e.id for e in mine.list_mine()] == [b, c, a]  # newest day first
    entry = mine.list_mine()[0]
    assert (entry.entry_date, entry.title, entry.content) == (today, "整理报价单", "报价 100% 按目录价")
    assert [e.id for e in mine.list_mine("甲公司")] == [a]  # title
    assert [e.id for e in mine.list_mine("租赁")] == [a]  # content
    assert [e.id for e in mine.list_mine("  回访 ")] == [c]
    assert [e.id for e in mine.list_mine("%")] == [b]  # literal, not a wildcard
    assert mine.list_mine("_") == []
    assert mine.list_mine("不存在") == []
    assert len(BusinessLogService(o.db, o.peer).list_mine()) == 1

    with pytest.raises(ValidationError) as caught:
        mine.add(today, "   ", "只有内容")
    assert set(caught.value.fields) == {"title"}
    with pytest.raises(PermissionDenied):
        BusinessLogService(o.db, o.outsider).add(today, "标题", None)
    with pytest.raises(PermissionDenied):
        BusinessLogService(o.db, o.outsider).list_mine()
    with o.db.read_only() as s:
        owners = set(s.execute(select(BusinessLogEntry.user_id)).scalars())
        assert owners == {o.worker.user_id, o.peer.user_id}
        assert s.get(User, o.worker.user_id) is not None
    assert count(o.db, BusinessLogEntry) == 4
