"""Demo opportunities: a few deals per key-account salesperson at every stage, competitors, and quotas for the
current calendar quarter (the demo keeps the default fiscal year starting in January)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert, select

from crm_desktop.db.models import (
    CodeItem,
    Competitor,
    Customer,
    Opportunity,
    OpportunityCompetitor,
    OpportunityStage,
    SalesQuota,
)
from crm_desktop.services.forecast import fiscal_quarter_of

COMPETITORS = (
    ("理光办公设备", "品牌知名度高，渠道广", "售后响应慢，价格偏高", "high"),
    ("佳能商务中心", "打印质量好，产品线全", "大客户折扣少", "medium"),
    ("本地兼容耗材商", "价格低", "质量不稳定，无正规发票", "low"),
)
DEALS = ("办公打印机采购", "复印机租赁", "年度耗材框架", "会议室投影系统", "门禁考勤升级", "网络设备更新")


def create_opportunities(
    conn: Connection,
    rng: random.Random,
    sales: list[int],
    people: dict[int, int],
    admin_id: int,
    now: datetime,
) -> int:
    """Deals for the customers of each salesperson in `sales`; returns how many were created."""
    stages = conn.execute(
        select(CodeItem.id, OpportunityStage.probability, OpportunityStage.outcome)
        .join(OpportunityStage, OpportunityStage.code_id == CodeItem.id)
        .where(CodeItem.category == "opportunity_stage", CodeItem.deleted_at.is_(None))
        .order_by(CodeItem.sort_order)
    ).all()
    reasons = list(
        conn.scalars(
            select(CodeItem.id).where(CodeItem.category == "loss_reason", CodeItem.deleted_at.is_(None))
        )
    )
    if not stages:
        return 0
    common = {
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "created_by": admin_id,
        "updated_by": admin_id,
    }
    competitor_ids = [
        conn.execute(
            insert(Competitor)
            .values(name=name, strengths=strengths, weaknesses=weaknesses, threat_level=threat, **common)
            .returning(Competitor.id)
        ).scalar_one()
        for name, strengths, weaknesses, threat in COMPETITORS
    ]
    year, quarter = fiscal_quarter_of(now.date())
    created = 0
    links: list[dict[str, Any]] = []
    for user_id in sales:
        customers = list(
            conn.scalars(
                select(Customer.id)
                .where(Customer.owner_id == user_id, Customer.deleted_at.is_(None))
                .limit(4)
            )
        )
        for customer_id in customers:
            stage_id, probability, outcome = rng.choice(stages)
            amount = Decimal(rng.randrange(8, 400) * 500)
            row = {
                "customer_id": customer_id,
                "name": rng.choice(DEALS),
                "stage_id": stage_id,
                "probability": probability,
                "amount": amount,
                "expected_close": (now + timedelta(days=rng.randint(-20, 80))).date(),
                "status": outcome,
                "closed_at": now - timedelta(days=rng.randint(0, 20)) if outcome != "open" else None,
                "lost_reason_id": rng.choice(reasons) if outcome == "lost" and reasons else None,
                "extra": {},
                "owner_id": user_id,
                "department_id": people.get(user_id),
                **common,
            }
            new_id = conn.execute(insert(Opportunity).values(**row).returning(Opportunity.id)).scalar_one()
            created += 1
            if rng.random() < 0.5:
                links.append({"opportunity_id": new_id, "competitor_id": rng.choice(competitor_ids)})
        conn.execute(
            insert(SalesQuota.__table__),  # type: ignore[arg-type]
            [{"user_id": user_id, "year": year, "quarter": quarter, "amount": Decimal(200000), **common}],
        )
    if links:
        conn.execute(insert(OpportunityCompetitor.__table__), links)  # type: ignore[arg-type]
    return created
