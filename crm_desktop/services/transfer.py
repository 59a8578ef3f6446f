"""Transfer (移交): an administrator moves all or some customers of one person, with their open tasks, to another
person in one step — when a salesperson leaves, customers stay with the company. History is kept."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from crm_desktop.db.models import Customer, Task
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, ownership
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

OPEN_TASK_STATUSES = ("new", "received", "in_progress")


@dataclass(frozen=True)
class OwnedCustomer:
    id: int
    name: str
    open_tasks: int


@dataclass(frozen=True)
class TransferResult:
    customers: int
    tasks: int


class TransferService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def owned_by(self, owner_id: int) -> list[OwnedCustomer]:
        """The customers `owner_id` owns that the acting user may assign."""
        access.require(self.user, "customers", "assign")
        with self.db.read_only() as session:
            rows = session.execute(
                select(Customer.id, Customer.name)
                .where(
                    Customer.owner_id == owner_id,
                    access.scope_filter(session, self.user, "customer", "assign"),
                )
                .order_by(Customer.name, Customer.id)
            ).all()
            counts: dict[int, int] = {}
            ids = [r[0] for r in rows]
            for part in ownership.chunks(ids):
                for cid, in session.execute(
                    select(Task.customer_id).where(Task.customer_id.in_(part), Task.assignee_id == owner_id,
                                                   Task.status.in_(OPEN_TASK_STATUSES), Task.deleted_at.is_(None))
                ):  # fmt: skip
                    if cid is not None:
                        counts[cid] = counts.get(cid, 0) + 1
            return [OwnedCustomer(cid, name, counts.get(cid, 0)) for cid, name in rows]

    def transfer(
        self,
        from_user_id: int,
        to_user_id: int,
        customer_ids: list[int] | None = None,
        *,
        with_open_tasks: bool = True,
        reason: str = "",
    ) -> TransferResult:
        """Move the customers (None: all of them) from one person to another in one transaction."""
        access.require(self.user, "customers", "assign")
        if from_user_id == to_user_id:
            raise ValidationError(
                {
                    "to_user": QT_TRANSLATE_NOOP(
                        "Errors", "Choose a different person to receive the customers."
                    )
                }
            )
        with self.db.unit_of_work() as session:
            allowed = select(Customer.id).where(
                Customer.owner_id == from_user_id,
                access.scope_filter(session, self.user, "customer", "assign"),
            )
            if customer_ids is not None:
                wanted = set(customer_ids)
                ids = [cid for cid in session.execute(allowed).scalars() if cid in wanted]
            else:
                ids = list(session.execute(allowed).scalars())
            moved = ownership.move(session, self.user.user_id, ids, to_user_id, "transfer", reason.strip() or None,
                                   only_from=from_user_id)  # fmt: skip
            tasks = 0
            if with_open_tasks:
                for part in ownership.chunks(moved):
                    result = session.execute(
                        update(Task)
                        .where(Task.customer_id.in_(part), Task.assignee_id == from_user_id,
                               Task.status.in_(OPEN_TASK_STATUSES), Task.deleted_at.is_(None))
                        .values(assignee_id=to_user_id, version=Task.version + 1, updated_by=self.user.user_id)
                        .execution_options(synchronize_session=False)
                    )  # fmt: skip
                    tasks += int(getattr(result, "rowcount", 0) or 0)
            audit.record(session, self.user, "transfer", "customer", None,
                         f"{len(moved)} customers, {tasks} tasks", {"from": from_user_id, "to": to_user_id,
                                                                     "customer_ids": moved[:1000]})  # fmt: skip
            return TransferResult(len(moved), tasks)
