"""Opportunities, competitors and forecast through the services on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.models import CodeItem, Customer, Opportunity, Product, ProductPrice, RoleDataScope
from crm_desktop.db.session import Database
from crm_desktop.services.competitors import CompetitorInput, CompetitorService
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import ConcurrentEditError, PermissionDenied, ValidationError
from crm_desktop.services.forecast import ForecastService, fiscal_quarter_of, quarter_range
from crm_desktop.services.opportunities import (
    LOST_REASON_REQUIRED,
    OpportunityFilter,
    OpportunityInput,
    OpportunityService,
    ProductLineInput,
    StageDTO,
)
from tests.services.helpers import add_customer, add_department, add_role, add_user, context_for, role_id

SALES = {
    "customers": ("view", "create", "edit"),
    "opportunities": ("view", "create", "edit", "delete"),
    "forecast": ("view",),
}


@dataclass
class Office:
    db: Database
    manager: UserContext
    rep: UserContext
    other: UserContext
    outsider: UserContext
    root: UserContext
    customer: int  # owned by rep
    other_customer: int  # owned by other
    product: int


def _scope(session: object, role: int, scope: str) -> None:
    session.add(RoleDataScope(role_id=role, entity="opportunity", scope=scope))  # type: ignore[attr-defined]


def build(db: Database) -> Office:
    with db.unit_of_work() as s:
        sales = add_department(s, "销售部")
        team = add_department(s, "大客户组", sales)
        repair = add_department(s, "维修部")
        subtree = add_role(s, "mgr", permissions=SALES, scope="subtree")
        own = add_role(s, "own", permissions=SALES, scope="own")
        _scope(s, subtree, "subtree")
        _scope(s, own, "own")
        ids = {
            "manager": add_user(s, "mgr", full_name="钱志强", department_id=sales, roles=[subtree]),
            "rep": add_user(s, "rep", full_name="杨帆", department_id=team, roles=[own]),
            "other": add_user(s, "other", full_name="黄磊", department_id=team, roles=[own]),
            "outsider": add_user(s, "fixer", full_name="孙强", department_id=repair, roles=[subtree]),
            "root": add_user(s, "root", full_name="管理员", roles=[role_id(s, "admin")]),
        }
        customer = add_customer(s, "上海东方贸易有限公司", owner_id=ids["rep"], department_id=team)
        other_customer = add_customer(s, "北京远景科技", owner_id=ids["other"], department_id=team)
        product = Product(code="P-001", name="激光打印机", unit="台", list_price=Decimal("2999.00"))
        s.add(product)
        s.flush()
        product_id = product.id
    ctx = {k: context_for(db, v) for k, v in ids.items()}
    return Office(db, **ctx, customer=customer, other_customer=other_customer, product=product_id)


def stage(service: OpportunityService, code: str) -> StageDTO:
    return next(s for s in service.stages() if s.code == code)


def test_default_stages_and_probability(db: Database) -> None:
    office = build(db)
    service = OpportunityService(db, office.rep)
    stages = service.stages()
    assert [(s.name, s.probability, s.outcome) for s in stages] == [
        ("需求发现", 10, "open"),
        ("方案报价", 40, "open"),
        ("谈判", 70, "open"),
        ("赢单", 100, "won"),
        ("输单", 0, "lost"),
    ]
    new_id = service.create(
        OpportunityInput(
            customer_id=office.customer,
            name="打印机采购",
            stage_id=stage(service, "proposal").id,
            expected_close=date(2026, 5, 1),
            products=(ProductLineInput(office.product, Decimal("3"), Decimal("2999.00")),),
        )
    )
    deal = service.get(new_id)
    assert deal.probability == 40  # from the stage
    assert deal.amount == Decimal("8997.00")  # sum of the lines when no amount is typed
    assert deal.status == "open" and deal.closed_at is None
    assert deal.owner_id == office.rep.user_id
    assert deal.products[0].product_name == "激光打印机"


def test_lost_needs_a_reason_and_changes_nothing(db: Database) -> None:
    office = build(db)
    service = OpportunityService(db, office.rep)
    deal_id = service.create(
        OpportunityInput(customer_id=office.customer, name="复印机", stage_id=stage(service, "discovery").id)
    )
    version = service.get(deal_id).version
    lost = stage(service, "lost").id
    with pytest.raises(ValidationError) as refused:
        service.move_stage(deal_id, version, lost)
    assert refused.value.fields == {"lost_reason": LOST_REASON_REQUIRED}
    with pytest.raises(ValidationError):
        service.update(
            deal_id, version, OpportunityInput(customer_id=office.customer, name="复印机", stage_id=lost)
        )
    unchanged = service.get(deal_id)
    assert (unchanged.status, unchanged.version, unchanged.closed_at) == ("open", version, None)

    new_version = service.move_stage(deal_id, version, lost, lost_reason="价格比竞争对手高")
    closed = service.get(deal_id)
    assert (closed.status, closed.probability, closed.lost_reason) == ("lost", 0, "价格比竞争对手高")
    assert closed.closed_at is not None and closed.version == new_version
    # The board's stale copy is refused (optimistic lock).
    with pytest.raises(ConcurrentEditError):
        service.move_stage(deal_id, version, stage(service, "negotiation").id)


def test_bad_input_refused(db: Database) -> None:
    office = build(db)
    service = OpportunityService(db, office.rep)
    with pytest.raises(ValidationError) as refused:
        service.create(
            OpportunityInput(
                customer_id=office.customer,
                name="",
                stage_id=stage(service, "discovery").id,
                probability=150,
                products=(ProductLineInput(office.product, Decimal("-1"), Decimal("10")),),
            )
        )
    assert set(refused.value.fields) == {"name", "probability", "products"}
    # A customer outside my scope cannot be picked.
    with pytest.raises(ValidationError) as refused:
        service.create(
            OpportunityInput(
                customer_id=office.other_customer, name="越权", stage_id=stage(service, "discovery").id
            )
        )
    assert set(refused.value.fields) == {"customer_id"}
    with db.read_only() as s:
        assert s.scalar(select(Opportunity.id)) is None


def test_scope_sales_user_sees_only_own(db: Database) -> None:
    office = build(db)
    rep, other = OpportunityService(db, office.rep), OpportunityService(db, office.other)
    discovery = stage(rep, "discovery").id
    mine = rep.create(OpportunityInput(customer_id=office.customer, name="我的", stage_id=discovery))
    theirs = other.create(
        OpportunityInput(customer_id=office.other_customer, name="别人的", stage_id=discovery)
    )
    assert [r.id for r in rep.list()] == [mine]
    with pytest.raises(PermissionDenied):
        rep.get(theirs)
    with pytest.raises(PermissionDenied):
        rep.move_stage(theirs, 1, discovery)
    manager = OpportunityService(db, office.manager)
    assert {r.id for r in manager.list()} == {mine, theirs}
    assert {r.id for r in manager.list(OpportunityFilter(view="mine"))} == set()
    assert {r.id for r in manager.list(OpportunityFilter(owner_id=office.other.user_id))} == {theirs}
    assert OpportunityService(db, office.outsider).list() == []


def test_competitors_and_members(db: Database) -> None:
    office = build(db)
    competitors = CompetitorService(db, office.rep)
    rival = competitors.create(
        CompetitorInput(name="理光办公", strengths="价格低", weaknesses="售后慢", threat_level="high")
    )
    with pytest.raises(ValidationError):
        competitors.create(CompetitorInput(name="", threat_level="extreme"))
    service = OpportunityService(db, office.rep)
    deal = service.create(
        OpportunityInput(
            customer_id=office.customer,
            name="投影仪",
            stage_id=stage(service, "discovery").id,
            competitor_ids=(rival,),
            members=((office.manager.user_id, "技术支持"),),
        )
    )
    dto = service.get(deal)
    assert dto.competitor_ids == (rival,)
    assert [(m.full_name, m.role) for m in dto.members] == [("钱志强", "技术支持")]
    detail = competitors.get(rival)
    assert [d.name for d in detail.deals] == ["投影仪"]
    assert [(r.name, r.deals) for r in competitors.list()] == [("理光办公", 1)]
    # Another salesperson sees the competitor but not my deal.
    assert CompetitorService(db, office.other).get(rival).deals == ()


def test_fiscal_quarters() -> None:
    assert quarter_range(2026, 1) == (date(2026, 1, 1), date(2026, 4, 1))
    assert quarter_range(2026, 4, 4) == (date(2027, 1, 1), date(2027, 4, 1))
    assert fiscal_quarter_of(date(2027, 2, 10), 4) == (2026, 4)
    assert fiscal_quarter_of(date(2026, 12, 31)) == (2026, 4)


def test_won_adds_to_achieved_and_rolls_up(db: Database) -> None:
    office = build(db)
    root = ForecastService(db, office.root)
    today = datetime.now(UTC).date()
    year, quarter = root.current_quarter(today)
    starts, after = quarter_range(year, quarter, root.start_month())
    inside = max(starts, min(today + timedelta(days=1), after - timedelta(days=1)))
    root.set_quota(office.rep.user_id, year, quarter, Decimal("100000"))
    root.set_quota(office.other.user_id, year, quarter, Decimal("50000"))
    with pytest.raises(PermissionDenied):
        ForecastService(db, office.rep).set_quota(office.rep.user_id, year, quarter, Decimal("1"))
    with pytest.raises(ValidationError):
        root.set_quota(office.rep.user_id, year, quarter, Decimal("-5"))

    rep, other = OpportunityService(db, office.rep), OpportunityService(db, office.other)
    ids = {s.code: s.id for s in rep.stages()}

    def deal(service: OpportunityService, customer: int, code: str, amount: str) -> int:
        return service.create(
            OpportunityInput(
                customer_id=customer,
                name=code,
                stage_id=ids[code],
                amount=Decimal(amount),
                expected_close=inside,
            )
        )

    won = deal(rep, office.customer, "negotiation", "30000")
    deal(rep, office.customer, "negotiation", "20000")  # committed (70 %)
    deal(rep, office.customer, "discovery", "5000")  # best case only
    deal(other, office.other_customer, "proposal", "8000")
    rep.move_stage(won, rep.get(won).version, ids["won"])

    mine = ForecastService(db, office.rep).forecast(year, quarter)
    assert [(r.full_name, r.quota, r.achieved, r.committed, r.best_case) for r in mine.rows] == [
        ("杨帆", Decimal("100000.00"), Decimal("30000.00"), Decimal("20000.00"), Decimal("25000.00"))
    ]
    assert mine.rows[0].quota_percent == Decimal("30.0")
    assert not mine.can_set_quota

    rollup = ForecastService(db, office.manager).forecast(year, quarter)
    assert {r.full_name: r.best_case for r in rollup.rows} == {
        "杨帆": Decimal("25000.00"),
        "黄磊": Decimal("8000.00"),
        "钱志强": Decimal("0.00"),
    }
    assert rollup.total.quota == Decimal("150000.00")
    assert rollup.total.achieved == Decimal("30000.00")
    assert ForecastService(db, office.outsider).forecast(year, quarter).total.best_case == Decimal("0.00")


def test_line_price_is_the_customer_grade_price(db: Database) -> None:
    office = build(db)
    with db.unit_of_work() as s:
        grade = s.scalar(
            select(CodeItem.id).where(CodeItem.category == "customer_grade", CodeItem.code == "A")
        )
        s.add(ProductPrice(product_id=office.product, grade_id=grade, price=Decimal("2500.00")))
        customer = s.get(Customer, office.customer)
        assert customer is not None
        customer.grade_id = grade
    service = OpportunityService(db, office.rep)
    assert service.unit_price(office.product, office.customer) == Decimal("2500.00")
    assert service.unit_price(office.product, None) == Decimal("2999.00")
    # A customer outside my scope gives away nothing about its grade.
    assert service.unit_price(office.product, office.other_customer) == Decimal("2999.00")
