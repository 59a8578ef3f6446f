"""Merge two customers with all their children, audited; restoring the merged one from the recycle bin undoes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.db.models import Contact, Customer, CustomerAttachment, CustomerNote, Interaction, Task
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import NotFound, PermissionDenied
from crm_desktop.services.merge import MergeService
from crm_desktop.services.recycle_bin import RecycleBinService
from tests.services.archive_office import Office, office_fixture  # noqa: F401
from tests.services.helpers import add_customer, audit_rows


def _pair(office: Office) -> tuple[int, int]:
    rep1, dept = office.rep1.user_id, office.dept
    when = datetime.now(UTC) - timedelta(days=3)
    with office.db.unit_of_work() as s:
        keep = add_customer(s, "华强电子有限公司", owner_id=rep1, department_id=dept, phone="0755-88886666")
        gone = add_customer(s, "华强电子股份有限公司", owner_id=rep1, department_id=dept, phone="111",
                            email="hq@example.com", address="深圳南山", last_contact_at=when)  # fmt: skip
        contact = Contact(customer_id=gone, name="王经理")
        s.add(contact)
        s.flush()
        s.add_all([
            Interaction(customer_id=gone, contact_id=contact.id, user_id=rep1, kind="call", occurred_at=when,
                        subject="电话"),
            Task(title="回访", customer_id=gone, assignee_id=rep1),
            CustomerNote(customer_id=gone, body="备注"),
            CustomerAttachment(customer_id=gone, file_name="a.txt", size=1, data=b"a"),
            Contact(customer_id=keep, name="李总"),
        ])  # fmt: skip
    return keep, gone


def _children(office: Office, customer_id: int) -> dict[str, int]:
    out = {}
    with office.db.read_only() as s:
        for model in (Contact, Interaction, Task, CustomerNote, CustomerAttachment):
            rows = s.execute(select(model.id).where(model.customer_id == customer_id)).all()
            out[model.__tablename__] = len(rows)
    return out


def test_merge_moves_children_and_restore_undoes_it(office: Office) -> None:
    keep, gone = _pair(office)
    MergeService(office.db, office.rep1).merge(keep, gone)
    assert _children(office, keep) == {"contacts": 2, "interactions": 1, "tasks": 1, "customer_notes": 1,
                                       "customer_attachments": 1}  # fmt: skip
    assert sum(_children(office, gone).values()) == 0
    detail = CustomerService(office.db, office.rep1).get(keep)
    assert (detail.phone, detail.email, detail.address) == ("0755-88886666", "hq@example.com", "深圳南山")
    assert detail.last_contact_at is not None
    with pytest.raises(PermissionDenied):
        CustomerService(office.db, office.rep1).get(gone)  # in the recycle bin now
    assert audit_rows(office.db, "customer", keep)[-1].action == "merge"

    bin_ = RecycleBinService(office.db, office.rep1)
    [entry] = bin_.list_deleted()
    assert (entry.id, entry.merged_into, entry.deleted_by) == (gone, "华强电子有限公司", "刘洋")
    assert RecycleBinService(office.db, office.rep2).list_deleted() == []  # outside rep2's scope
    with pytest.raises(NotFound):
        RecycleBinService(office.db, office.rep2).restore(gone)

    bin_.restore(gone)
    assert _children(office, gone) == {"contacts": 1, "interactions": 1, "tasks": 1, "customer_notes": 1,
                                       "customer_attachments": 1}  # fmt: skip
    assert _children(office, keep)["contacts"] == 1
    detail = CustomerService(office.db, office.rep1).get(keep)
    assert (detail.phone, detail.email, detail.address, detail.last_contact_at) == (
        "0755-88886666",
        None,
        None,
        None,
    )
    assert CustomerService(office.db, office.rep1).get(gone).name == "华强电子股份有限公司"
    assert [a.action for a in audit_rows(office.db, "customer", keep)][-1] == "unmerge"
    assert bin_.list_deleted() == []


def test_a_plain_delete_is_restored(office: Office) -> None:
    with office.db.unit_of_work() as s:
        cid = add_customer(s, "误删客户", owner_id=office.rep1.user_id, department_id=office.dept)
    customers = CustomerService(office.db, office.rep1)
    customers.delete(cid, customers.get(cid).version)
    assert [e.id for e in RecycleBinService(office.db, office.clerk).list_deleted()] == [cid]
    RecycleBinService(office.db, office.rep1).restore(cid)
    with office.db.read_only() as s:
        assert s.get(Customer, cid).deleted_at is None  # type: ignore[union-attr]


def test_merge_needs_permission_on_both(office: Office) -> None:
    keep, gone = _pair(office)
    with office.db.unit_of_work() as s:
        foreign = add_customer(s, "别人的", owner_id=office.rep2.user_id, department_id=office.dept)
    with pytest.raises(PermissionDenied):
        MergeService(office.db, office.rep1).merge(keep, foreign)
    with pytest.raises(PermissionDenied):
        MergeService(office.db, office.rep2).merge(foreign, gone)
