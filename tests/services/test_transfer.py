"""Transfer: all or selected customers with their open tasks, in one step, with history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.db.models import Customer, Task
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.ownership import OwnershipService
from crm_desktop.services.transfer import TransferService
from tests.services.archive_office import Office, office_fixture  # noqa: F401
from tests.services.helpers import add_customer, audit_rows


def _book(office: Office) -> tuple[list[int], list[int]]:
    rep1 = office.rep1.user_id
    with office.db.unit_of_work() as s:
        ids = [add_customer(s, f"客户{i}", owner_id=rep1, department_id=office.dept) for i in range(3)]
        tasks = [
            Task(title="回访", customer_id=ids[0], assignee_id=rep1, status="new"),
            Task(title="报价", customer_id=ids[0], assignee_id=rep1, status="in_progress"),
            Task(title="已完成", customer_id=ids[0], assignee_id=rep1, status="done"),
            Task(title="别人的", customer_id=ids[1], assignee_id=office.clerk.user_id, status="new"),
        ]
        s.add_all(tasks)
        s.flush()
        return ids, [t.id for t in tasks]


def _owners(office: Office, ids: list[int]) -> list[int | None]:
    with office.db.read_only() as s:
        rows = dict(s.execute(select(Customer.id, Customer.owner_id).where(Customer.id.in_(ids))).all())
    return [rows[i] for i in ids]


def test_transfer_all_with_open_tasks(office: Office) -> None:
    ids, task_ids = _book(office)
    service = TransferService(office.db, office.clerk)
    listed = service.owned_by(office.rep1.user_id)
    assert [c.id for c in listed] == ids and listed[0].open_tasks == 2
    result = service.transfer(office.rep1.user_id, office.rep2.user_id, reason="离职")
    assert (result.customers, result.tasks) == (3, 2)
    assert _owners(office, ids) == [office.rep2.user_id] * 3
    with office.db.read_only() as s:
        assignees = s.execute(
            select(Task.assignee_id).where(Task.id.in_(task_ids)).order_by(Task.id)
        ).scalars()
        assert list(assignees) == [office.rep2.user_id, office.rep2.user_id, office.rep1.user_id,
                                   office.clerk.user_id]  # fmt: skip
    history = OwnershipService(office.db, office.rep2).history(ids[0])
    assert [(h.action, h.from_owner, h.to_owner, h.reason) for h in history] == [
        ("transfer", "刘洋", "杨帆", "离职")
    ]
    assert audit_rows(office.db, "customer")[-1].action == "transfer"


def test_transfer_selected_only_and_permissions(office: Office) -> None:
    ids, _tasks = _book(office)
    with pytest.raises(PermissionDenied):
        TransferService(office.db, office.rep1).transfer(office.rep1.user_id, office.rep2.user_id)
    service = TransferService(office.db, office.clerk)
    with pytest.raises(ValidationError):
        service.transfer(office.rep1.user_id, office.rep1.user_id)
    result = service.transfer(office.rep1.user_id, office.rep2.user_id, [ids[1]], with_open_tasks=False)
    assert (result.customers, result.tasks) == (1, 0)
    assert _owners(office, ids) == [office.rep1.user_id, office.rep2.user_id, office.rep1.user_id]
