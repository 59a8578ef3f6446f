"""Tasks (任务管理器): create (directly or from a customer), assign to a person or a department, receive, start,
complete or reject; superiors (by position) review and comment; views mine, assigned by me, my team's.

Every write that other stations should see records a change-feed row (crm_desktop.services.notify) and, where
someone new gets the task, a system notice (crm_desktop.services.messages.notice)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Customer, Department, Position, Task, TaskComment, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, notify
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    NotFound,
    PermissionDenied,
    ServiceError,
)
from crm_desktop.services.messages import notice
from crm_desktop.services.team import team_user_ids
from crm_desktop.services.validation import Checker, clean

TaskView = Literal["mine", "assigned_by_me", "team"]
TOPIC = "task"
OPEN_STATUSES = ("new", "received", "in_progress")
# status -> statuses it may move to
TRANSITIONS = {
    "new": ("received", "in_progress", "done", "rejected"),
    "received": ("in_progress", "done", "rejected"),
    "in_progress": ("done", "rejected"),
    "done": (),
    "rejected": (),
}
BAD_TRANSITION = QT_TRANSLATE_NOOP("Errors", "A task in this state cannot be changed like that.")


@dataclass(frozen=True)
class TaskDTO:
    id: int
    title: str
    description: str | None
    status: str
    priority: str
    due_date: date | None
    assignee_id: int | None  # None: waiting for a member of `department_id` to receive it
    assignee_name: str | None
    creator_name: str | None
    customer_id: int | None
    customer_name: str | None
    result: str | None
    created_at: datetime
    completed_at: datetime | None
    version: int
    created_by: int | None = None
    department_id: int | None = None
    department_name: str | None = None
    remind_at: datetime | None = None
    source: str = "direct"

    @property
    def assigned_to(self) -> str:
        return self.assignee_name or self.department_name or ""

    @property
    def overdue(self) -> bool:
        return self.status in OPEN_STATUSES and self.due_date is not None and self.due_date < date.today()


@dataclass
class TaskInput:
    title: str = ""
    description: str | None = None
    assignee_id: int | None = None
    due_date: date | None = None
    priority: str = "normal"
    customer_id: int | None = None
    department_id: int | None = None  # instead of assignee_id: any member of the department may receive it
    remind_at: datetime | None = None


@dataclass(frozen=True)
class CommentDTO:
    id: int
    task_id: int
    kind: str  # "comment" or "review" (by a superior)
    author_name: str
    body: str
    created_at: datetime


class TaskService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def _mine(self) -> ColumnElement[bool]:
        """Assigned to me, or to my department and not yet received by anyone."""
        mine = Task.assignee_id == self.user.user_id
        if self.user.department_id is None:
            return mine
        return or_(mine, and_(Task.assignee_id.is_(None), Task.department_id == self.user.department_id))

    def list(self, view: TaskView = "mine", include_closed: bool = False) -> list[TaskDTO]:
        access.require(self.user, "tasks", "view")
        assignee, creator = aliased(User), aliased(User)
        with self.db.read_only() as session:
            stmt = (
                select(Task, assignee.full_name, creator.full_name, Customer.name, Department.name)
                .outerjoin(assignee, assignee.id == Task.assignee_id)
                .outerjoin(creator, creator.id == Task.created_by)
                .outerjoin(Customer, Customer.id == Task.customer_id)
                .outerjoin(Department, Department.id == Task.department_id)
                .where(Task.deleted_at.is_(None))
            )
            if view == "mine":
                stmt = stmt.where(self._mine())
            elif view == "team":
                members = team_user_ids(session, self.user)
                if members is not None:  # None: everyone's
                    members.discard(self.user.user_id)
                    stmt = stmt.where(Task.assignee_id.in_(sorted(members)))
                else:
                    stmt = stmt.where(or_(Task.assignee_id.is_(None), Task.assignee_id != self.user.user_id))
            else:
                stmt = stmt.where(Task.created_by == self.user.user_id)
            if not include_closed:
                stmt = stmt.where(Task.status.in_(OPEN_STATUSES))
            stmt = stmt.order_by(Task.due_date.is_(None), Task.due_date, Task.id.desc()).limit(500)
            return [_dto(*row) for row in session.execute(stmt).all()]

    def create(self, data: TaskInput) -> int:
        access.require(self.user, "tasks", "create")
        values = {"title": clean(data.title), "description": clean(data.description)}
        check = Checker(Task.__table__)  # type: ignore[arg-type]
        check.text(values, "title", required=True)
        if data.assignee_id is None and data.department_id is None:
            check.add("assignee_id", QT_TRANSLATE_NOOP("Errors", "Choose who does the task."))
        if data.priority not in ("low", "normal", "high"):
            check.add("priority", QT_TRANSLATE_NOOP("Errors", "Choose a priority."))
        check.done()
        with self.db.unit_of_work() as session:
            assignee: User | None = None
            department_id = data.department_id
            if data.assignee_id is not None:
                assignee = session.get(User, data.assignee_id)
                if assignee is None or not assignee.active or assignee.deleted_at is not None:
                    check.add("assignee_id", QT_TRANSLATE_NOOP("Errors", "This person cannot receive tasks."))
                    check.done()
                assert assignee is not None
                department_id = assignee.department_id
            else:
                department = session.get(Department, department_id)
                if department is None or department.deleted_at is not None:
                    check.add("assignee_id", QT_TRANSLATE_NOOP("Errors", "This department no longer exists."))
                    check.done()
            if data.customer_id is not None:
                access.require_row(session, self.user, "customer", data.customer_id, "view")
            task = Task(
                **values,
                assignee_id=assignee.id if assignee else None,
                department_id=department_id,
                due_date=data.due_date,
                priority=data.priority,
                customer_id=data.customer_id,
                source="customer" if data.customer_id else "direct",
                remind_at=data.remind_at,
                created_by=self.user.user_id,
                updated_by=self.user.user_id,
            )
            session.add(task)
            session.flush()
            audit.record(session, self.user, "create", "task", task.id, values["title"] or "")
            receivers = self._receivers(session, task) - {self.user.user_id}
            if receivers:
                notice(session, receivers, f"新任务：{task.title}"[:200], TASK_ASSIGNED_BODY)
            notify.publish(session, TOPIC, task.id, self._receivers(session, task) | {self.user.user_id})
            return task.id

    def _receivers(self, session: Session, task: Task) -> set[int]:
        """Who does the task: the assignee, or every active member of the department it waits in."""
        if task.assignee_id is not None:
            return {task.assignee_id}
        if task.department_id is None:
            return set()
        rows = session.scalars(
            select(User.id).where(
                User.department_id == task.department_id, User.active.is_(True), User.deleted_at.is_(None)
            )
        )
        return set(rows)

    def _load(self, session: Session, task_id: int, version: int | None = None) -> Task:
        task = session.get(Task, task_id)
        if task is None or task.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
        waiting_for_me = task.assignee_id is None and task.department_id == self.user.department_id
        if (
            task.assignee_id != self.user.user_id
            and task.created_by != self.user.user_id
            and not waiting_for_me
            and not self.user.is_admin
        ):
            raise access_denied()
        if version is not None and task.version != version:
            raise ConcurrentEditError()
        return task

    def change_status(self, task_id: int, version: int, status: str, result: str | None = None) -> int:
        """Move a task along new → received → in progress → done, or reject it (a reason is required).
        A department's task becomes the task of the member who receives (or starts) it."""
        access.require(self.user, "tasks", "edit")
        result = clean(result)
        if status == "rejected" and not result:
            raise ServiceError(QT_TRANSLATE_NOOP("Errors", "Give a reason for rejecting the task."))
        try:
            with self.db.unit_of_work() as session:
                task = self._load(session, task_id, version)
                if status not in TRANSITIONS.get(task.status, ()):
                    raise ServiceError(BAD_TRANSITION)
                if task.assignee_id is None and task.department_id == self.user.department_id:
                    task.assignee_id = self.user.user_id  # taken from the department's queue
                if task.assignee_id != self.user.user_id and status in ("received", "in_progress"):
                    raise access_denied()
                now = datetime.now(UTC)
                before = task.status
                task.status = status
                if status == "received":
                    task.received_at = now
                if status in ("done", "rejected"):
                    task.completed_at = now
                    task.result = result
                task.updated_by = self.user.user_id
                task.updated_at = now
                audit.record(session, self.user, "update", "task", task_id, task.title,
                             {"status": [before, status]})  # fmt: skip
                session.flush()
                self._publish(session, task)
                return task.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def _publish(self, session: Session, task: Task) -> None:
        people = {self.user.user_id, *self._receivers(session, task)}
        if task.created_by is not None:
            people.add(task.created_by)
        people.update(self._superiors(session, task.assignee_id))
        notify.publish(session, TOPIC, task.id, people)

    # -- review and comments ----------------------------------------------------------------------------------

    def _superiors(self, session: Session, user_id: int | None) -> set[int]:
        """Users whose position lies above `user_id`'s position."""
        if user_id is None:
            return set()
        position = session.scalar(select(User.position_id).where(User.id == user_id))
        if position is None:
            return set()
        parents: dict[int, int | None] = {
            pid: parent for pid, parent in session.execute(select(Position.id, Position.parent_id))
        }
        above: set[int] = set()
        node = parents.get(position)
        while node is not None and node not in above:
            above.add(node)
            node = parents.get(node)
        if not above:
            return set()
        rows = session.scalars(
            select(User.id).where(User.position_id.in_(sorted(above)), User.deleted_at.is_(None))
        )
        return set(rows)

    def is_superior_of(self, session: Session, user_id: int | None) -> bool:
        return self.user.is_admin or self.user.user_id in self._superiors(session, user_id)

    def can_review(self, task_id: int) -> bool:
        with self.db.read_only() as session:
            task = session.get(Task, task_id)
            return task is not None and self.is_superior_of(session, task.assignee_id)

    def comment(self, task_id: int, body: str) -> int:
        """Add a remark. A superior of the assignee (by position) writes a review; the assignee and the creator
        write comments; anyone else is refused."""
        access.require(self.user, "tasks", "view")
        text = clean(body)
        if not text:
            raise ServiceError(QT_TRANSLATE_NOOP("Errors", "Write a comment first."))
        with self.db.unit_of_work() as session:
            task = session.get(Task, task_id)
            if task is None or task.deleted_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            superior = self.user.user_id in self._superiors(session, task.assignee_id)
            if not superior:
                self._load(session, task_id)  # the assignee, the creator or an admin
            kind = "review" if superior else "comment"
            row = TaskComment(task_id=task_id, user_id=self.user.user_id, kind=kind, body=text)
            session.add(row)
            session.flush()
            audit.record(
                session, self.user, "update", "task", task_id, task.title, {kind: [None, text[:200]]}
            )
            others = {task.assignee_id, task.created_by} - {None, self.user.user_id}
            if kind == "review" and others:
                notice(session, {u for u in others if u is not None}, f"任务点评：{task.title}"[:200], text)
            self._publish(session, task)
            return row.id

    def comments(self, task_id: int) -> builtins.list[CommentDTO]:
        access.require(self.user, "tasks", "view")
        with self.db.read_only() as session:
            task = session.get(Task, task_id)
            if task is None or task.deleted_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            if not self.is_superior_of(session, task.assignee_id):
                members = team_user_ids(session, self.user)
                if members is None or task.assignee_id not in members:
                    self._load(session, task_id)
            rows = session.execute(
                select(TaskComment, User.full_name)
                .join(User, User.id == TaskComment.user_id)
                .where(TaskComment.task_id == task_id)
                .order_by(TaskComment.created_at, TaskComment.id)
            ).all()
            return [CommentDTO(c.id, c.task_id, c.kind, name, c.body, c.created_at) for c, name in rows]

    # -- reminders and counts ---------------------------------------------------------------------------------

    def fire_reminders(self, now: datetime | None = None) -> builtins.list[int]:
        """Send a system notice for each of my open tasks whose reminder time has come (once each)."""
        now = now or datetime.now(UTC)
        with self.db.unit_of_work() as session:
            due = session.scalars(
                select(Task).where(
                    Task.assignee_id == self.user.user_id,
                    Task.status.in_(OPEN_STATUSES),
                    Task.deleted_at.is_(None),
                    Task.remind_at.is_not(None),
                    Task.remind_at <= now,
                    Task.reminded_at.is_(None),
                )
            ).all()
            fired = []
            for task in due:
                claimed = session.execute(
                    update(Task).where(Task.id == task.id, Task.reminded_at.is_(None)).values(reminded_at=now)
                )
                if claimed.rowcount:  # type: ignore[attr-defined]
                    notice(session, {self.user.user_id}, f"任务提醒：{task.title}"[:200], task.description)
                    fired.append(task.id)
            return fired

    def open_count(self) -> int:
        with self.db.read_only() as session:
            return int(
                session.execute(
                    select(func.count())
                    .select_from(Task)
                    .where(self._mine(), Task.status.in_(OPEN_STATUSES), Task.deleted_at.is_(None))
                ).scalar_one()
            )


TASK_ASSIGNED_BODY = "你有一个新任务，请在任务管理器中接收。"


def access_denied() -> ServiceError:
    return PermissionDenied(
        QT_TRANSLATE_NOOP("Errors", "Only the assignee or the creator may change this task.")
    )


def _dto(
    t: Task, assignee: str | None, creator: str | None, customer: str | None, department: str | None
) -> TaskDTO:
    return TaskDTO(
        t.id, t.title, t.description, t.status, t.priority, t.due_date, t.assignee_id, assignee, creator,
        t.customer_id, customer, t.result, t.created_at, t.completed_at, t.version, t.created_by,
        t.department_id, department, t.remind_at, t.source,
    )  # fmt: skip
