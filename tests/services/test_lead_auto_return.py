"""Leads without follow-up go back to the lead pool by themselves: settings, once a day, concurrent clients,
history, audit and the former owner's notice."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from crm_desktop.db.models import Lead, LeadOwnershipChange, PoolRun, RoleDataScope
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.lead_auto_return import LeadAutoReturnService, LeadPoolSettings
from crm_desktop.services.lead_pool import LeadPoolService
from crm_desktop.services.leads import FollowupInput, LeadInput, LeadService
from crm_desktop.services.messages import MessageService
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_department,
    add_role,
    add_user,
    audit_rows,
    context_for,
)

LEADS = ("view", "create", "edit", "delete")
LATER = timedelta(days=31)  # the runs below happen this long after the leads were made


@dataclass
class Office:
    db: Database
    rep1: UserContext
    rep2: UserContext
    clerk: UserContext


@pytest.fixture(name="office")
def office_fixture(db: Database) -> Office:
    with db.unit_of_work() as s:
        dept = add_department(s, "电话销售部")
        perms = {
            "customers": CUSTOMER_ALL,
            "leads": LEADS,
            "opportunities": ("view", "create"),
            **WORK_MODULES,
        }
        rep = add_role(s, "rep", permissions=perms, scope="own")
        clerk = add_role(s, "clerk", permissions={**perms, "leads": (*LEADS, "assign")}, scope="all")
        s.add_all([RoleDataScope(role_id=rep, entity="lead", scope="own"),
                   RoleDataScope(role_id=clerk, entity="lead", scope="all")])  # fmt: skip
        ids = [
            add_user(s, "rep1", full_name="刘洋", department_id=dept, roles=[rep]),
            add_user(s, "rep2", full_name="杨帆", department_id=dept, roles=[rep]),
            add_user(s, "clerk", full_name="周晓燕", department_id=dept, roles=[clerk]),
        ]
    return Office(db, *(context_for(db, i) for i in ids))


def _owner(db: Database, lead_id: int) -> int | None:
    with db.read_only() as s:
        return s.execute(select(Lead.owner_id).where(Lead.id == lead_id)).scalar_one()


def _leads(office: Office) -> dict[str, int]:
    """Leads made now: with a run 31 days later and 30 days set, only "stale" and "stale2" are due."""
    rep1 = LeadService(office.db, office.rep1)
    ids = {
        name: rep1.create(LeadInput(company=f"{name}公司"))
        for name in ("stale", "stale2", "followed", "late")
    }
    ids["pool"] = LeadService(office.db, office.clerk).create(LeadInput(company="池中公司"), to_pool=True)
    ids["converted"] = rep1.create(LeadInput(company="已转化公司"))
    with office.db.unit_of_work() as s:
        s.execute(update(Lead).where(Lead.id == ids["converted"]).values(status="converted"))
    rep1.add_followup(ids["followed"], FollowupInput(kind="call", content="电话沟通需求"))
    with office.db.unit_of_work() as s:  # followed up 10 days from now; claimed 5 days from now
        soon = datetime.now(UTC) + timedelta(days=10)
        s.execute(update(Lead).where(Lead.id == ids["followed"]).values(last_followup_at=soon))
        s.execute(
            update(Lead).where(Lead.id == ids["late"]).values(claimed_at=datetime.now(UTC) + timedelta(5))
        )
    return ids


def test_settings_need_the_assign_operation_and_sane_values(office: Office) -> None:
    clerk = LeadAutoReturnService(office.db, office.clerk)
    assert clerk.settings().auto_return_days is None  # off by default
    with pytest.raises(PermissionDenied):
        LeadAutoReturnService(office.db, office.rep1).save_settings(LeadPoolSettings(50, 30))
    with pytest.raises(ValidationError) as caught:
        clerk.save_settings(LeadPoolSettings(-1, 0))
    assert set(caught.value.fields) == {"claim_limit", "auto_return_days"}
    clerk.save_settings(LeadPoolSettings(80, 30))
    assert clerk.settings() == LeadPoolSettings(80, 30)
    assert LeadPoolService(office.db, office.rep1).my_count() == (0, 80)  # the pool's claim limit
    clerk.save_settings(LeadPoolSettings(80, None))
    assert clerk.settings().auto_return_days is None


def test_leads_without_follow_up_go_back_once_and_the_owner_hears_of_it(office: Office) -> None:
    ids = _leads(office)
    service = LeadAutoReturnService(office.db, office.rep2)
    assert not service.run_auto_return(datetime.now(UTC) + LATER).ran  # off: nothing happens
    LeadAutoReturnService(office.db, office.clerk).save_settings(LeadPoolSettings(50, 30))
    first = service.run_auto_return(datetime.now(UTC) + LATER)
    assert first.ran and first.returned == 2
    assert _owner(office.db, ids["stale"]) is None and _owner(office.db, ids["stale2"]) is None
    for kept in ("followed", "late", "converted"):
        assert _owner(office.db, ids[kept]) == office.rep1.user_id, kept
    again = LeadAutoReturnService(office.db, office.rep1).run_auto_return(datetime.now(UTC) + LATER)
    assert not again.ran and again.returned == 0
    history = LeadPoolService(office.db, office.clerk).history(ids["stale"])
    assert (history[0].action, history[0].reason, history[0].from_owner) == (
        "auto_return",
        "no follow-up for 30 days",
        "刘洋",
    )
    assert [a.action for a in audit_rows(office.db, "lead", ids["stale"])][-1] == "auto_return"
    assert [a.summary for a in audit_rows(office.db, "lead_pool")] == ["2 leads returned to the pool"]
    inbox = MessageService(office.db, office.rep1).inbox()
    assert [m.subject for m in inbox] == ["2 条线索超过 30 天未跟进，已退回线索池"]
    assert MessageService(office.db, office.rep2).inbox() == []
    # the next day finds nothing more to return; the customer pool's run of the day is a separate one
    tomorrow = service.run_auto_return(datetime.now(UTC) + LATER + timedelta(days=1))
    assert tomorrow.ran and tomorrow.returned == 0


def test_two_clients_at_once_return_each_lead_once(office: Office) -> None:
    ids = _leads(office)
    LeadAutoReturnService(office.db, office.clerk).save_settings(LeadPoolSettings(50, 30))
    when = datetime.now(UTC) + LATER
    barrier = threading.Barrier(2)
    results = []

    def client(user: UserContext) -> None:
        service = LeadAutoReturnService(office.db, user)
        barrier.wait()
        results.append(service.run_auto_return(when))

    threads = [threading.Thread(target=client, args=(u,)) for u in (office.rep1, office.rep2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(r.ran for r in results) == [False, True]
    assert sum(r.returned for r in results) == 2
    with office.db.read_only() as s:
        returned = s.execute(
            select(LeadOwnershipChange.lead_id).where(LeadOwnershipChange.action == "auto_return")
        ).scalars()
        assert sorted(returned) == sorted([ids["stale"], ids["stale2"]])
        assert s.execute(select(PoolRun.run_key)).scalars().all() == [f"lead_pool:{when.date().isoformat()}"]
