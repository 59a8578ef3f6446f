"""Demo calendar events: a few meetings and visits for the demo staff around today (Beijing office hours)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, insert

from crm_desktop.db.models import CalendarEvent

BEIJING = timezone(timedelta(hours=8))
EVENTS = (
    ("部门例会", "三楼会议室", 60),
    ("拜访客户", None, 90),
    ("产品演示", "展厅", 60),
    ("合同评审", "总经理办公室", 45),
    ("售后回访电话", None, 30),
    ("供应商洽谈", "二楼洽谈室", 60),
)


def create_events(
    conn: Connection, rng: random.Random, people: dict[int, int], now: datetime, per_person: int = 3
) -> int:
    """`people`: user id -> department id. Events from a week back to two weeks ahead; reminders (15 minutes
    before) only on future events, so a freshly loaded demo pops up nothing at once."""
    local = now.astimezone(BEIJING)
    today = datetime(local.year, local.month, local.day, tzinfo=BEIJING)
    rows: list[dict[str, Any]] = []
    for user_id, department_id in sorted(people.items()):
        for _ in range(per_person):
            title, location, minutes = rng.choice(EVENTS)
            start = today + timedelta(
                days=rng.randint(-7, 14), hours=rng.randint(9, 16), minutes=rng.choice((0, 30))
            )
            future = start > now + timedelta(days=1)
            rows.append(
                {
                    "title": title, "location": location, "notes": None, "all_day": False,
                    "starts_at": start, "ends_at": start + timedelta(minutes=minutes), "customer_id": None,
                    "remind_minutes": 15 if future else None,
                    "remind_at": start - timedelta(minutes=15) if future else None, "reminded_at": None,
                    "owner_id": user_id, "department_id": department_id, "version": 1, "created_at": now,
                    "updated_at": now, "created_by": user_id, "updated_by": user_id,
                }
            )  # fmt: skip
    if rows:
        conn.execute(insert(CalendarEvent.__table__), rows)  # type: ignore[arg-type]
    return len(rows)
