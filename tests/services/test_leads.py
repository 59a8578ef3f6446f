"""Leads: scope, pool claim limit, return reason, transfer, rules assignment, follow-ups, conversion, reports."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.models import CodeItem, Contact, Customer, Lead, Opportunity, RoleDataScope, Station
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.duplicates import DuplicatesFound
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.lead_convert import LeadConversionService
from crm_desktop.services.lead_pool import LeadClaimLimitReached, LeadPoolService, RuleInput
from crm_desktop.services.lead_reports import LeadReportService
from crm_desktop.services.leads import FollowupInput, LeadInput, LeadService
from crm_desktop.services.messages import MessageService
from tests.services.helpers import CUSTOMER_ALL, WORK_MODULES, add_department, add_role, add_user, context_for

LEADS = ("view", "create", "edit", "delete")
OPPS = ("view", "create", "edit")


@dataclass
class Office:
    db: Database
    rep1: UserContext
    rep2: UserContext
    clerk: UserContext


@pytest.fixture(name="office")
def office_fixture(db: Database) -> Office:
    with db.unit_of_work() as s:
        dept = add_department(s, "大客户部")
        perms = {"customers": CUSTOMER_ALL, "leads": LEADS, "opportunities": OPPS, **WORK_MODULES}
        rep = add_role(s, "rep", permissions=perms, scope="own")
        clerk = add_role(
            s, "clerk", permissions={**perms, "leads": (*LEADS, "assign"), "pool": ("view",)}, scope="all"
        )
        s.add_all(
            [
                RoleDataScope(role_id=rep, entity="lead", scope="own"),
                RoleDataScope(role_id=clerk, entity="lead", scope="all"),
            ]
        )
        ids = [
            add_user(s, "rep1", full_name="刘洋", department_id=dept, roles=[rep]),
            add_user(s, "rep2", full_name="杨帆", department_id=dept, roles=[rep]),
            add_user(s, "clerk", full_name="周晓燕", department_id=dept, roles=[clerk]),
        ]
    return Office(db, *(context_for(db, i) for i in ids))


def _code(db: Database, category: str, code: str) -> int:
    with db.read_only() as s:
        return s.execute(
            select(CodeItem.id).where(CodeItem.category == category, CodeItem.code == code)
        ).scalar_one()


def _pool_leads(office: Office, n: int, **values: object) -> list[int]:
    svc = LeadService(office.db, office.clerk)
    return [svc.create(LeadInput(company=f"线索公司{i}", **values), to_pool=True) for i in range(n)]  # type: ignore[arg-type]


def _owner(db: Database, lead_id: int) -> int | None:
    with db.read_only() as s:
        return s.execute(select(Lead.owner_id).where(Lead.id == lead_id)).scalar_one()


def test_sales_user_sees_own_leads_and_the_pool_only(office: Office) -> None:
    mine = LeadService(office.db, office.rep1).create(LeadInput(company="华东电子", contact_name="王强"))
    theirs = LeadService(office.db, office.rep2).create(LeadInput(company="西部物流"))
    pool = _pool_leads(office, 1)
    rep1 = LeadService(office.db, office.rep1)
    assert [r.id for r in rep1.list_page().rows] == [mine]
    assert [r.id for r in LeadPoolService(office.db, office.rep1).list_pool().rows] == pool
    assert rep1.get(pool[0]).in_pool  # pool leads are readable by leads users
    with pytest.raises(PermissionDenied):
        rep1.get(theirs)
    with pytest.raises(PermissionDenied):
        rep1.update(theirs, 1, LeadInput(company="改名"))
    assert {r.id for r in LeadService(office.db, office.clerk).list_page().rows} == {mine, theirs}


def test_bad_input_is_refused_with_field_messages(office: Office) -> None:
    svc = LeadService(office.db, office.rep1)
    with pytest.raises(ValidationError) as caught:
        svc.create(LeadInput(company=" ", email="not-an-address", mobile="abc"))
    assert set(caught.value.fields) == {"company", "email", "mobile"}
    with pytest.raises(PermissionDenied):
        svc.create(LeadInput(company="直接进池"), to_pool=True)  # needs "assign"


def test_claim_limit_refuses_the_whole_batch_naming_the_limit(office: Office) -> None:
    ids = _pool_leads(office, 4)
    LeadPoolService(office.db, office.clerk).set_claim_limit(2)
    rep = LeadPoolService(office.db, office.rep1)
    assert rep.claim(ids[:1]) == ids[:1]
    with pytest.raises(LeadClaimLimitReached, match="at most 2 open leads and hold 1 now"):
        rep.claim(ids[1:3])
    assert [_owner(office.db, i) for i in ids[1:3]] == [None, None]  # nothing claimed
    assert rep.claim([ids[1]]) == [ids[1]]
    assert rep.my_count() == (2, 2)
    with pytest.raises(ServiceError, match="claimed"):
        LeadPoolService(office.db, office.rep2).claim([ids[0]])


def test_return_needs_a_reason_and_is_logged(office: Office) -> None:
    ids = _pool_leads(office, 2)
    rep = LeadPoolService(office.db, office.rep1)
    rep.claim(ids)
    with pytest.raises(ValidationError) as caught:
        rep.return_to_pool(ids, "   ")
    assert "reason" in caught.value.fields
    assert _owner(office.db, ids[0]) == office.rep1.user_id
    with pytest.raises(PermissionDenied):
        LeadPoolService(office.db, office.rep2).return_to_pool([ids[0]], "不是我的")
    assert rep.return_to_pool([ids[0]], "电话空号") == [ids[0]]
    assert _owner(office.db, ids[0]) is None
    history = rep.history(ids[0])
    assert [(h.action, h.reason) for h in history] == [("return", "电话空号"), ("claim", None)]


def test_transfer_and_follow_up(office: Office) -> None:
    lead = LeadService(office.db, office.rep1).create(LeadInput(company="北方机电"))
    svc = LeadService(office.db, office.rep1)
    svc.add_followup(
        lead, FollowupInput(kind="call", content="初次电话沟通", next_step="寄送样品", next_date=date.today())
    )
    detail = svc.get(lead)
    assert detail.status == "contacted" and detail.last_followup_at is not None
    assert [f.content for f in svc.followups(lead)] == ["初次电话沟通"]
    with pytest.raises(ValidationError):
        svc.add_followup(lead, FollowupInput(content=""))
    LeadPoolService(office.db, office.rep1).transfer([lead], office.rep2.user_id, "区域调整")
    assert _owner(office.db, lead) == office.rep2.user_id
    assert MessageService(office.db, office.rep2).unread_count() == 1  # the new owner gets a notice
    with pytest.raises(PermissionDenied):
        svc.get(lead)  # no longer mine
    assert LeadService(office.db, office.rep2).get(lead).company == "北方机电"


def test_assign_by_industry_and_region_rules(office: Office) -> None:
    edu, fin = _code(office.db, "industry", "edu"), _code(office.db, "industry", "fin")
    gz = _code(office.db, "region", "CN-GD-GZ")
    a = _pool_leads(office, 1, industry_id=edu, region_id=gz)[0]
    b = _pool_leads(office, 1, industry_id=edu)[0]
    c = _pool_leads(office, 1, industry_id=fin)[0]
    clerk = LeadPoolService(office.db, office.clerk)
    with pytest.raises(ValidationError):
        clerk.save_rule(None, RuleInput(user_id=office.rep1.user_id))  # neither industry nor region
    clerk.save_rule(None, RuleInput(user_id=office.rep1.user_id, industry_id=edu, region_id=gz, sort_order=1))
    clerk.save_rule(None, RuleInput(user_id=office.rep2.user_id, industry_id=edu, sort_order=2))
    with pytest.raises(PermissionDenied):
        LeadPoolService(office.db, office.rep1).assign_by_rules([a, b, c])
    result = clerk.assign_by_rules([a, b, c])
    assert result.assigned == {a: office.rep1.user_id, b: office.rep2.user_id}
    assert result.unmatched == [c]
    assert _owner(office.db, c) is None
    assert clerk.assign([c], office.rep1.user_id) == [c]


def _qualified(office: Office) -> int:
    svc = LeadService(office.db, office.rep1)
    lead = svc.create(LeadInput(company="杭州云帆科技有限公司", contact_name="陈静", mobile="13912345678"))
    svc.set_status(lead, "qualified")
    return lead


def test_convert_creates_customer_contact_and_opportunity_at_once(office: Office) -> None:
    lead = _qualified(office)
    conv = LeadConversionService(office.db, office.rep1)
    draft = conv.prefill(lead)
    assert draft.customer.name == "杭州云帆科技有限公司" and draft.contact is not None
    draft = replace(draft, amount=Decimal("58000.00"), expected_close=date(2026, 12, 31))
    version = LeadService(office.db, office.rep1).get(lead).version
    result = conv.convert(lead, version, draft)
    assert result.customer_created and result.contact_id and result.opportunity_id
    with office.db.read_only() as s:
        customer = s.get(Customer, result.customer_id)
        opp = s.get(Opportunity, result.opportunity_id)
        contact = s.get(Contact, result.contact_id)
        assert customer is not None and customer.owner_id == office.rep1.user_id
        assert contact is not None and contact.name == "陈静" and contact.is_primary
        assert opp is not None and opp.amount == Decimal("58000.00") and opp.customer_id == customer.id
    detail = LeadService(office.db, office.rep1).get(lead)
    assert detail.converted and not detail.can_edit
    assert detail.converted_opportunity_id == result.opportunity_id
    with pytest.raises(ServiceError, match="converted"):
        LeadService(office.db, office.rep1).update(lead, detail.version, LeadInput(company="x"))
    with pytest.raises(ServiceError, match="converted"):
        LeadPoolService(office.db, office.rep1).return_to_pool([lead], "不要了")


def test_convert_with_a_duplicate_uses_the_existing_customer(office: Office) -> None:
    with office.db.unit_of_work() as s:
        s.add(Customer(name="杭州云帆科技有限公司", mobile="13912345678", owner_id=office.rep1.user_id))
    with office.db.read_only() as s:
        existing = s.execute(select(Customer.id)).scalar_one()
    lead = _qualified(office)
    conv = LeadConversionService(office.db, office.rep1)
    draft = conv.prefill(lead)
    version = LeadService(office.db, office.rep1).get(lead).version
    with pytest.raises(DuplicatesFound) as caught:
        conv.convert(lead, version, draft)
    assert [c.id for c in caught.value.report.candidates] == [existing]
    with office.db.read_only() as s:  # nothing changed
        assert s.execute(select(Customer.id)).scalars().all() == [existing]
        assert s.execute(select(Opportunity.id)).first() is None
    result = conv.convert(lead, version, replace(draft, existing_customer_id=existing))
    assert result.customer_id == existing and not result.customer_created
    with office.db.read_only() as s:
        assert s.execute(select(Customer.id)).scalars().all() == [existing]
        assert s.get(Lead, lead).converted_customer_id == existing  # type: ignore[union-attr]


def test_convert_refuses_bad_input_and_changes_nothing(office: Office) -> None:
    lead = _qualified(office)
    conv = LeadConversionService(office.db, office.rep1)
    draft = conv.prefill(lead)
    draft.customer.email = "bad"
    version = LeadService(office.db, office.rep1).get(lead).version
    with pytest.raises(ValidationError) as caught:
        conv.convert(lead, version, replace(draft, amount=Decimal("-1")))
    assert "customer_email" in caught.value.fields
    draft.customer.email = None
    with pytest.raises(ValidationError) as caught:
        conv.convert(lead, version, replace(draft, amount=Decimal("-1")))
    assert "opportunity_amount" in caught.value.fields
    with office.db.read_only() as s:
        assert s.execute(select(Customer.id)).first() is None
        assert s.get(Lead, lead).status == "qualified"  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        LeadConversionService(office.db, office.rep2).convert(lead, version, draft)


def test_reports_count_by_status_source_and_owner(office: Office) -> None:
    web = _code(office.db, "source", "web")
    LeadService(office.db, office.rep1).create(LeadInput(company="甲", source_id=web))
    LeadService(office.db, office.rep2).create(LeadInput(company="乙", source_id=web))
    _pool_leads(office, 1)
    rep = LeadReportService(office.db, office.rep1)
    by_status = {r.key: r.count for r in rep.report("status").rows}
    assert by_status["new"] == 2  # own lead + the pool lead; rep2's lead is out of scope
    by_source = {r.key: r.count for r in rep.report("source", date.today(), date.today()).rows}
    assert by_source == {str(web): 1, "": 1}
    with pytest.raises(PermissionDenied):
        rep.report("owner")
    by_owner = {r.label: r.count for r in LeadReportService(office.db, office.clerk).report("owner").rows}
    assert by_owner == {"刘洋": 1, "杨帆": 1, "": 1}
    assert (
        LeadReportService(office.db, office.clerk).report("status", date(2000, 1, 1), date(2000, 1, 2)).total
        == 0
    )


def test_migration_shows_leads_at_key_accounts_and_manager(db: Database) -> None:
    with db.read_only() as s:
        modules = dict(s.execute(select(Station.code, Station.modules)).all())
    assert {code for code, keys in modules.items() if "leads" in keys} == {"key_accounts", "manager"}


def test_parallel_claims_by_one_person_cannot_pass_the_limit(office: Office) -> None:
    ids = _pool_leads(office, 4)
    LeadPoolService(office.db, office.clerk).set_claim_limit(2)
    barrier, outcomes = threading.Barrier(2), []

    def claim(part: list[int]) -> None:
        barrier.wait()
        try:
            outcomes.append(len(LeadPoolService(office.db, office.rep1).claim(part)))
        except LeadClaimLimitReached:
            outcomes.append(-1)

    threads = [threading.Thread(target=claim, args=(ids[i : i + 2],)) for i in (0, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == [-1, 2]
    assert LeadPoolService(office.db, office.rep1).my_count() == (2, 2)
