"""Tasks (任务管理器): create, receive, start, complete or reject; mine and assigned by me."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Customer, Task, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    NotFound,
    PermissionDenied,
    ServiceError,
)
from crm_desktop.services.validation import Checker, clean

TaskView = Literal["mine", "assigned_by_me"]
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
    assignee_id: int
    assignee_name: str
    creator_name: str | None
    customer_id: int | None
    customer_name: str | None
    result: str | None
    created_at: datetime
    completed_at: datetime | None
    version: int

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


class TaskService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def list(self, view: TaskView = "mine", include_closed: bool = False) -> list[TaskDTO]:
        access.require(self.user, "tasks", "view")
        assignee, creator = aliased(User), aliased(User)
        with self.db.read_only() as session:
            stmt = (
                select(Task, assignee.full_name, creator.full_name, Customer.name)
                .join(assignee, assignee.id == Task.assignee_id)
                .outerjoin(creator, creator.id == Task.created_by)
                .outerjoin(Customer, Customer.id == Task.customer_id)
                .where(Task.deleted_at.is_(None))
            )
            if view == "mine":
                stmt = stmt.where(Task.assignee_id == self.user.user_id)
            else:
                stmt = stmt.where(Task.created_by == self.user.user_id)
            if not include_closed:
                stmt = stmt.where(Task.status.in_(OPEN_STATUSES))
            stmt = stmt.order_by(Task.due_date.is_(None), Task.due_date, Task.id.desc()).limit(500)
            return [_dto(t, a, c, cust) for t, a, c, cust in session.execute(stmt).all()]

    def create(self, data: TaskInput) -> int:
        access.require(self.user, "tasks", "create")
        values = {"title": clean(data.title), "description": clean(data.description)}
        check = Checker(Task.__table__)  # type: ignore[arg-type]
        check.text(values, "title", required=True)
        if data.assignee_id is None:
            check.add("assignee_id", QT_TRANSLATE_NOOP("Errors", "Choose who does the task."))
        if data.priority not in ("low", "normal", "high"):
            check.add("priority", QT_TRANSLATE_NOOP("Errors", "Choose a priority."))
        check.done()
        with self.db.unit_of_work() as session:
            assignee = session.get(User, data.assignee_id)
            if assignee is None or not assignee.active:
                check.add("assignee_id", QT_TRANSLATE_NOOP("Errors", "This person cannot receive tasks."))
                check.done()
            assert assignee is not None
            if data.customer_id is not None:
                access.require_row(session, self.user, "customer", data.customer_id, "view")
            task = Task(
                **values,
                assignee_id=assignee.id,
                department_id=assignee.department_id,
                due_date=data.due_date,
                priority=data.priority,
                customer_id=data.customer_id,
                source="customer" if data.customer_id else "direct",
                created_by=self.user.user_id,
                updated_by=self.user.user_id,
            )
            session.add(task)
            session.flush()
            audit.record(session, self.user, "create", "task", task.id, values["title"] or "")
            return task.id

    def _load(self, session: Session, task_id: int, version: int) -> Task:
        task = session.get(Task, task_id)
        if task is None or task.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
        if (
            task.assignee_id != self.user.user_id
            and task.created_by != self.user.user_id
            and not self.user.is_admin
        ):
            raise access_denied()
        if task.version != version:
            raise ConcurrentEditError()
        return task

    def change_status(self, task_id: int, version: int, status: str, result: str | None = None) -> int:
        """Move a task along new → received → in progress → done, or reject it (a reason is required)."""
        access.require(self.user, "tasks", "edit")
        result = clean(result)
        if status == "rejected" and not result:
            raise ServiceError(QT_TRANSLATE_NOOP("Errors", "Give a reason for rejecting the task."))
        try:
            with self.db.unit_of_work() as session:
                task = self._load(session, task_id, version)
                if status not in TRANSITIONS.get(task.status, ()):
                    raise ServiceError(BAD_TRANSITION)
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
                return task.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def open_count(self) -> int:
        with self.db.read_only() as session:
            return int(
                session.execute(
                    select(func.count())
                    .select_from(Task)
                    .where(
                        Task.assignee_id == self.user.user_id,
                        Task.status.in_(OPEN_STATUSES),
                        Task.deleted_at.is_(None),
                    )
                ).scalar_one()
            )


def access_denied() -> ServiceError:
    return PermissionDenied(
        QT_TRANSLATE_NOOP("Errors", "Only the assignee or the creator may change this task.")
    )


def _dto(t: Task, assignee: str, creator: str | None, customer: str | None) -> TaskDTO:
    return TaskDTO(
        t.id, t.title, t.description, t.status, t.priority, t.due_date, t.assignee_id, assignee, creator,
        t.customer_id, customer, t.result, t.created_at, t.completed_at, t.version,
    )  # fmt: skip
