"""Calendar: events in day ranges, mine and my team's, tasks on their due dates, moving, and reminders that fire
once (also when they came due while no client ran)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from crm_desktop.db.models import CalendarEvent, Task
from crm_desktop.db.session import Database
from crm_desktop.services.calendar import CalendarService, EventInput
from crm_desktop.services.errors import ConcurrentEditError, PermissionDenied, ValidationError
from tests.services.helpers import audit_rows
from tests.services.team_office import TeamOffice, build_team_office

DAY = date(2026, 5, 11)  # a Monday


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


@pytest.fixture
def office(db: Database) -> TeamOffice:
    return build_team_office(db)


def test_create_and_list_by_range(office: TeamOffice) -> None:
    cal = CalendarService(office.db, office.clerk)
    meeting = cal.create(
        EventInput(title="门市例会", starts_at=at(DAY, 9), ends_at=at(DAY, 10), location="三楼",
                   customer_id=office.customer, remind_minutes=15)
    )  # fmt: skip
    trip = cal.create(
        EventInput(title="出差", starts_at=at(DAY, 0), ends_at=at(DAY + timedelta(days=2), 0), all_day=True)
    )
    late = cal.create(EventInput(title="晚班", starts_at=at(DAY, 22), ends_at=at(DAY + timedelta(days=1), 1)))

    [first, second, third] = cal.items(DAY, DAY)
    assert [first.id, second.id, third.id] == [trip, meeting, late]  # all-day items first, then by start
    assert (second.title, second.location, second.customer_name, second.owner_name) == (
        "门市例会",
        "三楼",
        "甲公司",
        "王芳",
    )
    assert second.editable and second.kind == "event"
    # the overnight event and the two-day trip reach the next day; the meeting does not
    assert [i.id for i in cal.items(DAY + timedelta(days=1), DAY + timedelta(days=1))] == [trip, late]
    assert cal.items(DAY + timedelta(days=2), DAY + timedelta(days=6)) == []
    event = cal.get(meeting)
    assert event.remind_minutes == 15 and event.starts_at == at(DAY, 9)
    assert [e.action for e in audit_rows(office.db, "calendar_event", meeting)] == ["create"]


def test_validation(office: TeamOffice) -> None:
    cal = CalendarService(office.db, office.clerk)
    with pytest.raises(ValidationError) as caught:
        cal.create(EventInput(title=" ", starts_at=None))
    assert set(caught.value.fields) == {"title", "starts_at"}
    with pytest.raises(ValidationError) as caught:
        cal.create(EventInput(title="倒流", starts_at=at(DAY, 10), ends_at=at(DAY, 9)))
    assert set(caught.value.fields) == {"ends_at"}
    with pytest.raises(PermissionDenied):
        CalendarService(office.db, office.guest).create(EventInput(title="x", starts_at=at(DAY, 9)))


def test_team_view_and_attendees(office: TeamOffice) -> None:
    db = office.db
    clerk_event = CalendarService(db, office.clerk).create(EventInput(title="接待", starts_at=at(DAY, 9)))
    fixer_event = CalendarService(db, office.fixer).create(
        EventInput(title="维修", starts_at=at(DAY, 14), attendee_ids=(office.rep.user_id,))
    )
    with db.unit_of_work() as s:
        s.add(Task(title="报价", assignee_id=office.clerk.user_id, due_date=DAY, status="received"))
        s.add(Task(title="已完成", assignee_id=office.clerk.user_id, due_date=DAY, status="done"))
    lead = CalendarService(db, office.lead)
    assert lead.items(DAY, DAY) == []
    team = lead.items(DAY, DAY, team=True)
    assert [(i.kind, i.title) for i in team] == [("task", "报价"), ("event", "接待")]
    assert team[0].all_day and team[0].due_date == DAY and not team[0].editable
    assert not team[1].editable  # a superior reads, the owner changes
    assert [i.title for i in CalendarService(db, office.manager).items(DAY, DAY, team=True)] == [
        "报价",
        "接待",
    ]
    # an attendee sees the event in "mine"; someone outside the scope cannot open it
    assert [i.id for i in CalendarService(db, office.rep).items(DAY, DAY)] == [fixer_event]
    assert CalendarService(db, office.rep).get(fixer_event).attendee_ids == (office.rep.user_id,)
    with pytest.raises(PermissionDenied):
        CalendarService(db, office.lead).get(fixer_event)
    with pytest.raises(PermissionDenied):
        lead.move(clerk_event, 1, at(DAY, 11))
    assert len(CalendarService(db, office.root).items(DAY, DAY, team=True)) == 3


def test_move_keeps_length_and_reminder_lead(office: TeamOffice) -> None:
    cal = CalendarService(office.db, office.clerk)
    event_id = cal.create(
        EventInput(title="拜访", starts_at=at(DAY, 9), ends_at=at(DAY, 10, 30), remind_minutes=30)
    )
    cal.mark_reminded([event_id])
    cal.move(event_id, 1, at(DAY + timedelta(days=1), 14))
    moved = cal.get(event_id)
    assert (moved.starts_at, moved.ends_at) == (
        at(DAY + timedelta(days=1), 14),
        at(DAY + timedelta(days=1), 15, 30),
    )
    assert moved.reminded_at is None  # a moved event reminds again
    with office.db.read_only() as s:
        row = s.get(CalendarEvent, event_id)
        assert row is not None and row.remind_at == at(DAY + timedelta(days=1), 13, 30)
    with pytest.raises(ConcurrentEditError):
        cal.move(event_id, 1, at(DAY, 8))
    data = EventInput(title="拜访客户", starts_at=at(DAY, 8), ends_at=at(DAY, 9))
    cal.update(event_id, moved.version, data)
    assert cal.get(event_id).title == "拜访客户"
    cal.delete(event_id, moved.version + 1)
    assert cal.items(DAY, DAY) == []


def test_reminders_fire_once_even_after_a_restart(office: TeamOffice) -> None:
    db = office.db
    now = datetime.now(UTC)
    cal = CalendarService(db, office.clerk)
    missed = cal.create(EventInput(title="昨天的会", starts_at=now - timedelta(days=1), remind_minutes=10))
    soon = cal.create(EventInput(title="马上开会", starts_at=now + timedelta(minutes=5), remind_minutes=6))
    later = cal.create(EventInput(title="下午", starts_at=now + timedelta(hours=3), remind_minutes=15))
    cal.create(EventInput(title="不提醒", starts_at=now - timedelta(minutes=1)))
    CalendarService(db, office.rep).create(EventInput(title="别人的", starts_at=now, remind_minutes=0))

    due = cal.due_reminders(now)
    assert [(r.event_id, r.missed) for r in due] == [(missed, True), (soon, False)]
    assert cal.mark_reminded([r.event_id for r in due]) == 2
    # "after a restart": a fresh service over the same database sees nothing left to show
    assert CalendarService(db, office.clerk).due_reminders(now) == []
    assert cal.mark_reminded([missed]) == 0
    # the later one comes due on time
    assert [r.event_id for r in cal.due_reminders(now + timedelta(hours=3) - timedelta(minutes=14))] == [
        later
    ]
    assert CalendarService(db, office.guest).due_reminders(now) == []
