"""Public pool: claim with a limit, return with a reason, assignment, automatic return run once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.db.models import Customer, OwnershipChange, PoolRun
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.ownership import OwnershipService
from crm_desktop.services.pool import ClaimLimitReached, PoolService
from tests.services.archive_office import Office, office_fixture  # noqa: F401
from tests.services.helpers import add_customer, audit_rows


def _pool(office: Office, n: int) -> list[int]:
    with office.db.unit_of_work() as s:
        return [add_customer(s, f"公海客户{i}", owner_id=None, department_id=None) for i in range(n)]


def _owner(office: Office, customer_id: int) -> int | None:
    with office.db.read_only() as s:
        return s.execute(select(Customer.owner_id).where(Customer.id == customer_id)).scalar_one()


def test_claim_respects_the_limit_and_return_needs_a_reason(office: Office) -> None:
    ids = _pool(office, 3)
    PoolService(office.db, office.clerk).set_claim_limit(2)
    rep = PoolService(office.db, office.rep1)
    assert [r.id for r in rep.list_pool()] == ids
    assert rep.claim([ids[0]]) == [ids[0]]
    with pytest.raises(ClaimLimitReached, match="own 1 customers and may own at most 2"):
        rep.claim(ids[1:])
    assert _owner(office, ids[1]) is None  # refused as a whole
    assert rep.claim([ids[1]]) == [ids[1]]
    assert rep.my_count() == (2, 2)
    with pytest.raises(ServiceError, match="claimed"):
        PoolService(office.db, office.rep2).claim([ids[0]])  # already someone's
    with pytest.raises(ValidationError):
        rep.return_to_pool(ids[0], "  ")
    rep.return_to_pool(ids[0], "客户已搬迁")
    assert _owner(office, ids[0]) is None
    history = OwnershipService(office.db, office.clerk).history(ids[0])
    assert [(h.action, h.reason) for h in history] == [("return", "客户已搬迁"), ("claim", None)]
    assert [a.action for a in audit_rows(office.db, "customer", ids[0])] == ["claim", "return"]
    with pytest.raises(PermissionDenied):
        PoolService(office.db, office.rep2).return_to_pool(ids[1], "不是我的")  # outside rep2's scope


def test_assign_is_for_those_with_the_operation(office: Office) -> None:
    ids = _pool(office, 2)
    with pytest.raises(PermissionDenied):
        PoolService(office.db, office.rep1).assign(ids, office.rep2.user_id)
    assert PoolService(office.db, office.clerk).assign(ids, office.rep2.user_id) == ids
    assert _owner(office, ids[0]) == office.rep2.user_id
    assert PoolService(office.db, office.clerk).list_pool() == []


def _neglected(office: Office) -> tuple[int, int]:
    old = datetime.now(UTC) - timedelta(days=100)
    with office.db.unit_of_work() as s:
        stale = add_customer(s, "久未联系", owner_id=office.rep1.user_id, department_id=office.dept,
                             last_contact_at=old, created_at=old)  # fmt: skip
        fresh = add_customer(s, "刚联系", owner_id=office.rep1.user_id, department_id=office.dept,
                             last_contact_at=datetime.now(UTC), created_at=old)  # fmt: skip
    return stale, fresh


def test_auto_return_runs_once_a_day(office: Office) -> None:
    stale, fresh = _neglected(office)
    PoolService(office.db, office.clerk).set_auto_return_days(None, 60)
    first = PoolService(office.db, office.rep2).run_auto_return()
    assert first.ran and first.returned == 1
    assert _owner(office, stale) is None and _owner(office, fresh) == office.rep1.user_id
    assert not PoolService(office.db, office.rep1).run_auto_return().ran
    tomorrow = PoolService(office.db, office.rep1).run_auto_return(datetime.now(UTC) + timedelta(days=1))
    assert tomorrow.ran and tomorrow.returned == 0
    with office.db.read_only() as s:
        assert s.execute(select(PoolRun.returned).order_by(PoolRun.id)).scalars().all() == [1, 0]
        actions = s.execute(select(OwnershipChange.action).where(OwnershipChange.customer_id == stale))
        assert actions.scalars().all() == ["auto_return"]
    assert len(audit_rows(office.db, "pool")) == 2


def test_auto_return_per_customer_type(office: Office) -> None:
    stale, _fresh = _neglected(office)
    with office.db.read_only() as s:
        from crm_desktop.db.models import CodeItem

        type_id = s.execute(select(CodeItem.id).where(CodeItem.category == "customer_type")).scalars().first()
    with office.db.unit_of_work() as s:
        row = s.get(Customer, stale)
        assert row is not None
        row.type_id = type_id
    pool = PoolService(office.db, office.clerk)
    pool.set_auto_return_days(None, 60)
    pool.set_auto_return_days(type_id, 365)  # this type is kept longer
    assert pool.settings().days_by_type == {type_id: 365}
    assert pool.run_auto_return().returned == 0
    assert _owner(office, stale) == office.rep1.user_id
    pool.set_auto_return_days(type_id, None)  # no rule of its own: the default applies to every type
    assert pool.run_auto_return(datetime.now(UTC) + timedelta(days=1)).returned == 1
    assert _owner(office, stale) is None


def test_two_clients_running_auto_return_at_once_do_the_work_once(office: Office) -> None:
    _neglected(office)
    PoolService(office.db, office.clerk).set_auto_return_days(None, 60)
    barrier = threading.Barrier(2)
    results = []

    def client(user: object) -> None:
        service = PoolService(office.db, user)  # type: ignore[arg-type]
        barrier.wait()
        results.append(service.run_auto_return())

    threads = [threading.Thread(target=client, args=(u,)) for u in (office.rep1, office.rep2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(r.ran for r in results) == [False, True]
    assert sum(r.returned for r in results) == 1
    with office.db.read_only() as s:
        assert len(s.execute(select(OwnershipChange.id)).all()) == 1
