"""Leads and opportunities as customisable entities: custom values checked on save against the station's
resolved form (built-in and custom errors together), stored in `extra`, kept when saved from a station whose form
lacks them, and shown in the lists' rows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.models import CodeItem, RoleDataScope
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerInput, CustomerService
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import Cell, FieldDef, Option, Section
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.definitions.values import TOO_LARGE
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.leads import LeadInput, LeadService
from crm_desktop.services.opportunities import OpportunityInput, OpportunityService
from crm_desktop.services.validation import REQUIRED
from tests.services.helpers import CUSTOMER_ALL, add_role, add_user, context_for

BUDGET = FieldDef("x_budget", "money", {"zh_CN": "预算", "en": "Budget"}, maximum="1000000")
CHANNEL = FieldDef("x_channel", "choice", {"zh_CN": "渠道", "en": "Channel"}, default="web", options=(
    Option("web", {"zh_CN": "网站", "en": "Web"}), Option("fair", {"zh_CN": "展会", "en": "Fair"})))  # fmt: skip
MORE = {"zh_CN": "更多", "en": "More"}


@dataclass
class Office:
    db: Database
    admin: UserContext
    rep: UserContext  # key accounts: the form with the custom fields
    clerk: UserContext  # storefront: the company default form, no custom fields


@pytest.fixture
def office(db: Database) -> Office:
    with db.unit_of_work() as s:
        perms = {"system": ("view", "edit"), "customers": CUSTOMER_ALL, "leads": ("view", "create", "edit"),
                 "opportunities": ("view", "create", "edit")}  # fmt: skip
        boss = add_role(s, "boss", permissions=perms, scope="all")
        s.add_all([RoleDataScope(role_id=boss, entity=e, scope="all") for e in ("lead", "opportunity")])
        ids = [add_user(s, login, roles=[boss]) for login in ("wanglei", "yangfan", "liping")]
    office = Office(db, context_for(db, ids[0], "manager"), context_for(db, ids[1], "key_accounts"),
                    context_for(db, ids[2], "storefront"))  # fmt: skip
    service = DefinitionService(db, office.admin)
    for entity in ("lead", "opportunity"):
        service.create_field(entity, BUDGET)
        service.create_field(entity, CHANNEL)
        base = entities.spec(entity).base_form("key_accounts")
        more = Section("more", MORE, 2, ((Cell("x_budget", required=True), Cell("x_channel")),))
        service.save_layout(replace(base, sections=(*base.sections, more)), "station", "key_accounts",
                            based_on=0)  # fmt: skip
    return office


def test_lead_custom_values_are_checked_stored_and_kept(office: Office) -> None:
    leads = LeadService(office.db, office.rep)
    with pytest.raises(ValidationError) as caught:  # built-in and custom errors at once
        leads.create(LeadInput(company="", extra={"x_budget": "2000000"}))
    assert caught.value.fields == {"company": REQUIRED, "x_budget": TOO_LARGE}
    with pytest.raises(ValidationError) as caught:
        leads.create(LeadInput(company="宏达科技"))
    assert caught.value.fields == {"x_budget": REQUIRED}
    lead_id = leads.create(LeadInput(company="宏达科技", extra={"x_budget": "50000", "x_other": 1}))
    detail = leads.get(lead_id)
    assert detail.extra == {
        "x_budget": "50000.00",
        "x_channel": "web",
    }  # normalised, default, unknown dropped
    assert next(r for r in leads.list_page().rows if r.id == lead_id).extra == detail.extra

    # the storefront's form has no custom field: its save keeps them
    LeadService(office.db, office.clerk).update(lead_id, detail.version, LeadInput(company="宏达科技有限公司",
                                                                                  extra={"x_budget": "1"}))  # fmt: skip
    after = leads.get(lead_id)
    assert (after.company, after.extra) == ("宏达科技有限公司", detail.extra)
    leads.update(
        lead_id, after.version, LeadInput(company="宏达", extra={"x_budget": "7", "x_channel": "fair"})
    )
    assert leads.get(lead_id).extra == {"x_budget": "7.00", "x_channel": "fair"}


def test_opportunity_custom_values_are_checked_stored_and_kept(office: Office) -> None:
    with office.db.read_only() as s:
        stage = s.execute(select(CodeItem.id).where(CodeItem.category == "opportunity_stage")
                          .order_by(CodeItem.sort_order)).scalars().first()  # fmt: skip
    customer_id = CustomerService(office.db, office.rep).create(CustomerInput(name="宏达科技"))
    deals = OpportunityService(office.db, office.rep)
    data = OpportunityInput(customer_id=customer_id, name="", stage_id=stage, amount=Decimal("10"))
    with pytest.raises(ValidationError) as caught:
        deals.create(data)
    assert caught.value.fields == {"name": REQUIRED, "x_budget": REQUIRED}
    deal_id = deals.create(replace(data, name="服务器采购", extra={"x_budget": "8000"}))
    record = deals.get(deal_id)
    assert record.extra == {"x_budget": "8000.00", "x_channel": "web"}
    OpportunityService(office.db, office.clerk).update(deal_id, record.version, replace(
        data, name="服务器采购二期", extra={}))  # fmt: skip
    after = deals.get(deal_id)
    assert (after.name, after.extra) == ("服务器采购二期", record.extra)
