"""The demo staff's work: tasks, messages with their recipients, and business-log entries."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from crm_desktop.services import demo_names as names
from crm_desktop.services.demo_support import BEIJING, _common, _day_start_utc, _Ids, _insert, _Org

TASK_STATUS_WEIGHTS = {"new": 20, "received": 20, "in_progress": 25, "done": 35}


def _create_work(
    conn: Connection,
    rng: random.Random,
    ids: _Ids,
    org: _Org,
    now: datetime,
    sample: list[tuple[int, str, int | None]],
) -> dict[str, int]:
    """About 30 tasks, 20 messages with their recipients and 40 business-log entries for the demo staff."""
    today = _day_start_utc(now)
    local_today = now.astimezone(BEIJING).date()
    everyone = list(org.user_department)
    assigners = org.managers + org.clerks + org.key_account_sales[:1]
    workers = org.key_account_sales + org.storefront_staff + org.technicians

    def moment(days_back: int) -> datetime:
        return min(now, today - timedelta(days=days_back, minutes=-rng.randint(9 * 60, 18 * 60)))

    tasks: list[dict[str, Any]] = []
    statuses = list(TASK_STATUS_WEIGHTS)
    for _ in range(30):
        assignee = rng.choice(workers)
        assigner = rng.choice([a for a in assigners if a != assignee] or assigners)
        status = rng.choices(statuses, [TASK_STATUS_WEIGHTS[s] for s in statuses])[0]
        created_at = moment(rng.randint(0, 30))
        customer: tuple[int, str, int | None] | None = None
        if sample and rng.random() < 0.6:
            own = [c for c in sample if c[2] == assignee]
            customer = rng.choice(own or sample)
        title = (
            rng.choice(names.TASK_TITLES_CUSTOMER).format(customer=customer[1])
            if customer
            else rng.choice(names.TASK_TITLES)
        )
        received_at = created_at + timedelta(minutes=rng.randint(10, 300)) if status != "new" else None
        completed_at = (
            received_at + timedelta(hours=rng.randint(2, 72)) if status == "done" and received_at else None
        )
        tasks.append(
            {
                "id": ids.take("tasks"),
                "title": title[:200],
                "description": rng.choice(names.CONTENTS),
                "source": "customer" if customer else "direct",
                "customer_id": customer[0] if customer else None,
                "assignee_id": assignee,
                "department_id": org.user_department[assignee],
                "status": status,
                "priority": rng.choices(("low", "normal", "high"), (2, 6, 2))[0],
                "due_date": local_today + timedelta(days=rng.randint(-10, 20)),
                "received_at": min(received_at, now) if received_at else None,
                "completed_at": min(completed_at, now) if completed_at else None,
                "result": rng.choice(names.TASK_RESULTS) if status == "done" else None,
                **_common(created_at, assigner),
            }
        )

    messages: list[dict[str, Any]] = []
    recipients: list[dict[str, Any]] = []
    for number in range(20):
        sent_at = moment(rng.randint(0, 30))
        if number < 5:  # announcements to everyone
            subject, body = names.MESSAGES[number]
            kind, sender, to = "announcement", rng.choice(org.managers + org.clerks), everyone
        elif number < 10:  # system notices about tasks
            task = tasks[number]
            subject, body = f"新任务：{task['title']}"[:200], "你有一个新任务，请在任务管理器中接收。"
            kind, sender, to = "system", None, [task["assignee_id"]]
            sent_at = task["created_at"]
        else:
            subject, body = rng.choice(names.MESSAGES[5:])
            sender = rng.choice(everyone)
            kind, to = "direct", rng.sample([u for u in everyone if u != sender], rng.randint(1, 3))
        message_id = ids.take("messages")
        messages.append(
            {
                "id": message_id,
                "sender_id": sender,
                "kind": kind,
                "subject": subject,
                "body": body,
                "sent_at": sent_at,
                "audience": "everyone" if kind == "announcement" else None,
                **_common(sent_at, sender if sender is not None else org.admin_id),
            }
        )
        for user_id in to:
            read = rng.random() < 0.6
            recipients.append(
                {
                    "id": ids.take("message_recipients"),
                    "message_id": message_id,
                    "user_id": user_id,
                    "read_at": min(now, sent_at + timedelta(minutes=rng.randint(5, 600))) if read else None,
                    "deleted_at": None,
                }
            )

    entries: list[dict[str, Any]] = []
    for _ in range(40):
        user_id = rng.choice(workers)
        days_back = rng.randint(0, 30)
        at = moment(days_back)
        customer = rng.choice(sample) if sample and rng.random() < 0.4 else None
        entries.append(
            {
                "id": ids.take("business_log"),
                "user_id": user_id,
                "entry_date": at.astimezone(BEIJING).date(),
                "title": rng.choice(names.LOG_TITLES) + (f"：{customer[1]}" if customer else ""),
                "content": rng.choice(names.LOG_CONTENTS),
                "customer_id": customer[0] if customer else None,
                **_common(at, user_id),
            }
        )

    _insert(conn, "tasks", tasks)
    _insert(conn, "messages", messages)
    _insert(conn, "message_recipients", recipients)
    _insert(conn, "business_log", entries)
    return {
        "tasks": len(tasks),
        "messages": len(messages),
        "message_recipients": len(recipients),
        "business_log": len(entries),
    }
