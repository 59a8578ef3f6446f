"""Demo leads: a lead pool to claim from, leads owned by the key-account salespeople with follow-ups, and two
assignment rules — so the leads screens have content after `crm-desktop demo`."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from crm_desktop.db.models import CodeItem, Lead, LeadAssignmentRule, LeadFollowup

COMPANIES = (
    "华东精密仪器有限公司", "新城区第二中学", "宏图物流股份有限公司", "瑞丰农商银行", "康宁社区医院",
    "金山软件园管委会", "恒远建材贸易公司", "明德会计师事务所", "蓝海电子商务有限公司", "东方文化传媒",
    "南湖制药有限公司", "顺达汽车配件厂", "星辰幼儿园", "安居房地产经纪", "天成律师事务所",
    "北辰机械制造有限公司", "绿源食品有限公司", "长江设计研究院", "海天广告有限公司", "立信财务咨询",
    "鼎盛酒店管理公司", "博雅培训学校", "万通快递分拨中心", "华夏口腔诊所",
)  # fmt: skip
CONTACTS = ("王强", "李娜", "张伟", "刘芳", "陈静", "杨洋", "赵磊", "黄敏", "周杰", "吴婷", "徐涛", "孙丽")
TITLES = ("采购经理", "办公室主任", "行政主管", "信息部经理", "总经理助理", "财务主管")
FOLLOWUPS = (
    ("call", "电话沟通了打印机更换需求", "发送报价资料"),
    ("visit", "上门了解现场设备情况", "约技术人员演示"),
    ("email", "邮件发送产品目录", "三天后电话回访"),
)


def _code_ids(conn: Connection, category: str) -> list[int]:
    return list(
        conn.execute(
            select(CodeItem.id).where(CodeItem.category == category, CodeItem.deleted_at.is_(None))
        ).scalars()
    )


def create_leads(
    conn: Connection, sales: list[int], user_department: dict[int, int], admin_id: int, now: datetime
) -> int:
    """About two dozen leads: a third in the pool, the rest owned by `sales` (key-account salespeople)."""
    rng = random.Random(7)
    sources, industries = _code_ids(conn, "source"), _code_ids(conn, "industry")
    regions = list(
        conn.execute(
            select(CodeItem.id).where(CodeItem.category == "region", CodeItem.parent_id.is_not(None))
        ).scalars()
    )
    rows: list[dict[str, Any]] = []
    for i, company in enumerate(COMPANIES):
        owner = sales[i % len(sales)] if sales and i % 3 else None
        created = now - timedelta(days=rng.randint(0, 80), hours=rng.randint(0, 8))
        status = (
            "new" if owner is None else rng.choice(("new", "contacted", "contacted", "qualified", "invalid"))
        )
        rows.append(
            {
                "company": company, "contact_name": rng.choice(CONTACTS), "job_title": rng.choice(TITLES),
                "phone": f"010-{rng.randint(60000000, 89999999)}", "mobile": f"13{rng.randint(100000000, 999999999)}",
                "email": None, "address": None, "notes": None,
                "source_id": rng.choice(sources) if sources else None,
                "industry_id": rng.choice(industries) if industries else None,
                "region_id": rng.choice(regions) if regions else None,
                "status": status, "claimed_at": created if owner else None,
                "last_followup_at": created + timedelta(days=1) if status in ("contacted", "qualified") else None,
                "extra": {}, "owner_id": owner, "department_id": user_department.get(owner) if owner else None,
                "version": 1, "created_at": created, "updated_at": created, "created_by": admin_id,
                "updated_by": admin_id,
            }
        )  # fmt: skip
    conn.execute(insert(Lead.__table__), rows)  # type: ignore[arg-type]
    leads = conn.execute(select(Lead.id, Lead.owner_id, Lead.status, Lead.created_at)).all()
    followups: list[dict[str, Any]] = []
    for lead_id, owner, status, created in leads:
        if owner is None or status not in ("contacted", "qualified"):
            continue
        kind, content, next_step = rng.choice(FOLLOWUPS)
        at = created + timedelta(days=1)
        followups.append(
            {
                "lead_id": lead_id, "user_id": owner, "occurred_at": at, "kind": kind, "content": content,
                "next_step": next_step, "next_date": (at + timedelta(days=3)).date(), "version": 1,
                "created_at": at, "updated_at": at, "created_by": owner, "updated_by": owner,
            }
        )  # fmt: skip
    if followups:
        conn.execute(insert(LeadFollowup.__table__), followups)  # type: ignore[arg-type]
    if sales and industries and len(sales) > 1:
        rules = [
            {"industry_id": industries[0], "region_id": None, "user_id": sales[0], "sort_order": 1},
            {"industry_id": industries[1], "region_id": None, "user_id": sales[1], "sort_order": 2},
        ]
        conn.execute(
            insert(LeadAssignmentRule.__table__),  # type: ignore[arg-type]
            [{**r, "active": True, "version": 1, "created_at": now, "updated_at": now} for r in rules],
        )
    return len(rows)
