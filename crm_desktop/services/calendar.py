"""The calendar: my events and my team's, tasks with due dates as all-day items, and reminders that fire once.

A reminder is due when `remind_at` (start minus the reminder's minutes) has passed and `reminded_at` is empty;
the client shows it and marks it, so one missed while no client ran is shown once at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import CalendarAttendee, CalendarEvent, Customer, Task, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, NotFound, PermissionDenied
from crm_desktop.services.team import team_user_ids
from crm_desktop.services.validation import Checker, clean

MODULE = "calendar"
OPEN_TASK_STATUSES = ("new", "received", "in_progress")
REMINDER_CHOICES = (0, 5, 10, 15, 30, 60, 120, 1440)
NOT_OWNER = QT_TRANSLATE_NOOP("Errors", "Only the owner of this event can change it.")


@dataclass(frozen=True)
class CalendarItemDTO:
    """One thing shown in the calendar: an event, or an open task on its due date (an all-day item)."""

    kind: str  # "event" or "task"
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    all_day: bool
    owner_id: int
    owner_name: str
    location: str | None = None
    customer_id: int | None = None
    customer_name: str | None = None
    due_date: date | None = None
    status: str | None = None
    editable: bool = False
    version: int = 0


@dataclass(frozen=True)
class EventDTO:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    all_day: bool
    location: str | None
    notes: str | None
    owner_id: int
    customer_id: int | None
    remind_minutes: int | None
    reminded_at: datetime | None
    version: int
    attendee_ids: tuple[int, ...] = ()


@dataclass
class EventInput:
    title: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    all_day: bool = False
    location: str | None = None
    notes: str | None = None
    customer_id: int | None = None
    remind_minutes: int | None = None
    attendee_ids: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ReminderDTO:
    event_id: int
    title: str
    starts_at: datetime
    all_day: bool
    location: str | None
    remind_at: datetime
    missed: bool  # the moment passed while no client was running


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.astimezone()


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class CalendarService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reading -----------------------------------------------------------------------------------------
    def items(self, first_day: date, last_day: date, *, team: bool = False) -> list[CalendarItemDTO]:
        """Events overlapping the local days first_day..last_day, and open tasks due on them, by start."""
        access.require(self.user, MODULE, "view")
        start, end = _local_midnight(first_day), _local_midnight(last_day + timedelta(days=1))
        owner, customer = aliased(User), aliased(Customer)
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            members = team_user_ids(session, self.user) if team else {self.user.user_id}
            stmt = (
                select(CalendarEvent, owner.full_name, customer.name)
                .join(owner, owner.id == CalendarEvent.owner_id)
                .outerjoin(customer, customer.id == CalendarEvent.customer_id)
                .where(
                    CalendarEvent.deleted_at.is_(None),
                    CalendarEvent.starts_at < end,
                    or_(CalendarEvent.ends_at > start, CalendarEvent.starts_at >= start),
                )
            )
            mine = or_(
                CalendarEvent.owner_id == self.user.user_id,
                CalendarEvent.id.in_(
                    select(CalendarAttendee.event_id).where(CalendarAttendee.user_id == self.user.user_id)
                ),
            )
            if members is not None:
                stmt = stmt.where(or_(mine, CalendarEvent.owner_id.in_(sorted(members))) if team else mine)
            out = [
                CalendarItemDTO(
                    kind="event",
                    id=e.id,
                    title=e.title,
                    starts_at=e.starts_at,
                    ends_at=e.ends_at,
                    all_day=e.all_day,
                    owner_id=e.owner_id or 0,
                    owner_name=owner_name,
                    location=e.location,
                    customer_id=e.customer_id,
                    customer_name=customer_name,
                    editable=e.owner_id == self.user.user_id and self.user.can(MODULE, "edit"),
                    version=e.version,
                )
                for e, owner_name, customer_name in session.execute(stmt).all()
            ]
            out.extend(self._tasks(session, first_day, last_day, members))
        return sorted(out, key=lambda i: (not i.all_day, i.starts_at, i.kind, i.id))

    def _tasks(
        self, session: Session, first_day: date, last_day: date, members: set[int] | None
    ) -> list[CalendarItemDTO]:
        if not self.user.can("tasks", "view"):
            return []
        owner, customer = aliased(User), aliased(Customer)
        stmt = (
            select(
                Task.id, Task.title, Task.due_date, Task.assignee_id, owner.full_name, Task.customer_id,
                customer.name, Task.status,
            )
            .join(owner, owner.id == Task.assignee_id)
            .outerjoin(customer, customer.id == Task.customer_id)
            .where(
                Task.deleted_at.is_(None),
                Task.status.in_(OPEN_TASK_STATUSES),
                Task.due_date >= first_day,
                Task.due_date <= last_day,
            )
        )  # fmt: skip
        if members is not None:
            stmt = stmt.where(Task.assignee_id.in_(sorted(members)))
        items = []
        for task_id, title, due, assignee, name, customer_id, customer_name, status in session.execute(stmt):
            if due is None:
                continue
            start = _local_midnight(due)
            items.append(
                CalendarItemDTO(
                    kind="task",
                    id=task_id,
                    title=title,
                    starts_at=start,
                    ends_at=start + timedelta(days=1),
                    all_day=True,
                    owner_id=assignee or 0,
                    owner_name=name,
                    customer_id=customer_id,
                    customer_name=customer_name,
                    due_date=due,
                    status=status,
                )
            )
        return items

    def get(self, event_id: int) -> EventDTO:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            event = self._visible_event(session, event_id)
            attendees = session.scalars(
                select(CalendarAttendee.user_id).where(CalendarAttendee.event_id == event_id)
            ).all()
            return EventDTO(
                id=event.id, title=event.title, starts_at=event.starts_at, ends_at=event.ends_at,
                all_day=event.all_day, location=event.location, notes=event.notes, owner_id=event.owner_id or 0,
                customer_id=event.customer_id, remind_minutes=event.remind_minutes,
                reminded_at=event.reminded_at, version=event.version, attendee_ids=tuple(sorted(attendees)),
            )  # fmt: skip

    def _visible_event(self, session: Session, event_id: int) -> CalendarEvent:
        access.require_live(session, self.user, MODULE, "view")
        event = session.get(CalendarEvent, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFound(access.OUT_OF_SCOPE)
        if event.owner_id != self.user.user_id:
            attendee = session.scalar(
                select(CalendarAttendee.id).where(
                    CalendarAttendee.event_id == event_id, CalendarAttendee.user_id == self.user.user_id
                )
            )
            members = team_user_ids(session, self.user)
            if attendee is None and members is not None and event.owner_id not in members:
                raise PermissionDenied(access.OUT_OF_SCOPE)
        return event

    # ----- writing -----------------------------------------------------------------------------------------
    def _values(self, data: EventInput) -> dict[str, object]:
        values: dict[str, object] = {
            "title": clean(data.title), "location": clean(data.location), "notes": clean(data.notes),
            "all_day": bool(data.all_day), "customer_id": data.customer_id,
        }  # fmt: skip
        check = Checker(CalendarEvent.__table__)  # type: ignore[arg-type]
        check.text(values, "title", required=True)
        check.text(values, "location")
        if data.starts_at is None:
            check.add("starts_at", QT_TRANSLATE_NOOP("Errors", "Enter when the event starts."))
        if data.remind_minutes is not None and data.remind_minutes < 0:
            check.add(
                "remind_minutes", QT_TRANSLATE_NOOP("Errors", "A reminder cannot come after the start.")
            )
        check.done()
        assert data.starts_at is not None
        starts = _aware(data.starts_at)
        ends = _aware(data.ends_at) if data.ends_at is not None else starts + timedelta(hours=1)
        if data.all_day:
            first = starts.astimezone().date()
            last = max(first, (ends.astimezone() - timedelta(microseconds=1)).date())
            starts, ends = _local_midnight(first), _local_midnight(last + timedelta(days=1))
        if ends < starts:
            check.add("ends_at", QT_TRANSLATE_NOOP("Errors", "The event cannot end before it starts."))
            check.done()
        values.update(starts_at=starts.astimezone(UTC), ends_at=ends.astimezone(UTC))
        values.update(self._reminder(starts, data.remind_minutes))
        return values

    @staticmethod
    def _reminder(starts: datetime, minutes: int | None) -> dict[str, object]:
        remind_at = starts - timedelta(minutes=minutes) if minutes is not None else None
        return {"remind_minutes": minutes, "remind_at": remind_at, "reminded_at": None}

    def create(self, data: EventInput) -> int:
        access.require(self.user, MODULE, "create")
        values = self._values(data)
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "create")
            if data.customer_id is not None:
                access.require_row(session, self.user, "customer", data.customer_id, "view")
            event = CalendarEvent(
                owner_id=self.user.user_id, department_id=self.user.department_id,
                created_by=self.user.user_id, updated_by=self.user.user_id, **values,
            )  # fmt: skip
            session.add(event)
            session.flush()
            self._set_attendees(session, event.id, data.attendee_ids)
            audit.record(session, self.user, "create", "calendar_event", event.id, str(values["title"]))
            return event.id

    def update(self, event_id: int, version: int, data: EventInput) -> None:
        access.require(self.user, MODULE, "edit")
        values = self._values(data)
        with self.db.unit_of_work() as session:
            event = self._own_event(session, event_id, version)
            if data.customer_id is not None and data.customer_id != event.customer_id:
                access.require_row(session, self.user, "customer", data.customer_id, "view")
            for key, value in values.items():
                setattr(event, key, value)
            event.updated_by = self.user.user_id
            self._flush(session)
            self._set_attendees(session, event_id, data.attendee_ids)
            audit.record(session, self.user, "update", "calendar_event", event_id, event.title)

    def move(self, event_id: int, version: int, new_start: datetime) -> None:
        """Move an event to start at `new_start`, keeping its length and its reminder's lead time."""
        access.require(self.user, MODULE, "edit")
        new_start = _aware(new_start).astimezone(UTC)
        with self.db.unit_of_work() as session:
            event = self._own_event(session, event_id, version)
            length = event.ends_at - event.starts_at
            event.starts_at, event.ends_at = new_start, new_start + length
            for key, value in self._reminder(new_start, event.remind_minutes).items():
                setattr(event, key, value)
            event.updated_by = self.user.user_id
            self._flush(session)
            audit.record(session, self.user, "update", "calendar_event", event_id, event.title)

    def delete(self, event_id: int, version: int) -> None:
        access.require(self.user, MODULE, "delete")
        with self.db.unit_of_work() as session:
            event = self._own_event(session, event_id, version)
            event.deleted_at, event.deleted_by = datetime.now(UTC), self.user.user_id
            self._flush(session)
            audit.record(session, self.user, "delete", "calendar_event", event_id, event.title)

    def _own_event(self, session: Session, event_id: int, version: int) -> CalendarEvent:
        event = self._visible_event(session, event_id)
        if event.owner_id != self.user.user_id:
            raise PermissionDenied(NOT_OWNER)
        if event.version != version:
            raise ConcurrentEditError()
        return event

    @staticmethod
    def _flush(session: Session) -> None:
        try:
            session.flush()
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def _set_attendees(self, session: Session, event_id: int, user_ids: tuple[int, ...]) -> None:
        wanted = {u for u in user_ids if u != self.user.user_id}
        session.execute(delete(CalendarAttendee).where(CalendarAttendee.event_id == event_id))
        if wanted:
            known = set(session.scalars(select(User.id).where(User.id.in_(sorted(wanted)))))
            session.add_all(CalendarAttendee(event_id=event_id, user_id=u) for u in sorted(known))

    # ----- reminders ---------------------------------------------------------------------------------------
    def due_reminders(self, now: datetime | None = None) -> list[ReminderDTO]:
        """My events whose reminder time has come and that have not been shown yet (oldest first)."""
        if not self.user.can(MODULE, "view"):
            return []
        now = _aware(now) if now is not None else datetime.now(UTC)
        with self.db.read_only() as session:
            rows = session.execute(
                select(
                    CalendarEvent.id, CalendarEvent.title, CalendarEvent.starts_at, CalendarEvent.all_day,
                    CalendarEvent.location, CalendarEvent.remind_at,
                )
                .where(
                    CalendarEvent.owner_id == self.user.user_id,
                    CalendarEvent.deleted_at.is_(None),
                    CalendarEvent.reminded_at.is_(None),
                    CalendarEvent.remind_at.is_not(None),
                    CalendarEvent.remind_at <= now,
                )
                .order_by(CalendarEvent.remind_at, CalendarEvent.id)
            ).all()  # fmt: skip
        return [
            ReminderDTO(
                event_id=i,
                title=t,
                starts_at=s,
                all_day=a,
                location=loc,
                remind_at=r,
                missed=now - r > timedelta(minutes=2),
            )
            for i, t, s, a, loc, r in rows
            if r is not None
        ]

    def mark_reminded(self, event_ids: list[int], at: datetime | None = None) -> int:
        """Record that these reminders were shown (a plain update: it must not collide with an edit)."""
        if not event_ids:
            return 0
        with self.db.unit_of_work() as session:
            result = session.execute(
                update(CalendarEvent)
                .where(
                    CalendarEvent.id.in_(event_ids),
                    CalendarEvent.owner_id == self.user.user_id,
                    CalendarEvent.reminded_at.is_(None),
                )
                .values(reminded_at=at or datetime.now(UTC))
                .execution_options(synchronize_session=False)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]
