"""The recycle bin: deleted customers the user may delete (same data scope), and restoring them. Restoring a
customer that was merged into another undoes the merge: its child rows move back and the fields it filled in on
the survivor are emptied again (unless someone changed them since)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import BinaryExpression, ColumnElement, and_, select, true
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.visitors import ExternallyTraversible, replacement_traverse

from crm_desktop.db.models import Customer, CustomerMerge, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound
from crm_desktop.services.merge import move_children


@dataclass(frozen=True)
class DeletedCustomer:
    id: int
    name: str
    deleted_at: datetime
    deleted_by: str | None
    merged_into: str | None  # the survivor's name when the customer was merged away


def _deleted_in_scope(session: Session, user: UserContext) -> ColumnElement[bool]:
    """The user's delete scope without its "not deleted" part, limited to deleted rows."""
    scope = access.scope_filter(session, user, "customer", "delete")

    def drop_not_deleted(element: ExternallyTraversible, **_kw: Any) -> ExternallyTraversible | None:
        if (
            isinstance(element, BinaryExpression)
            and getattr(element.left, "key", None) == "deleted_at"
            and getattr(element.left, "table", None) is Customer.__table__
        ):
            return true()
        return None

    return and_(cast(ColumnElement[bool], replacement_traverse(scope, {}, drop_not_deleted)),
                Customer.deleted_at.is_not(None))  # fmt: skip


class RecycleBinService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def list_deleted(self, limit: int = 500) -> list[DeletedCustomer]:
        access.require(self.user, "customers", "delete")
        by, survivor = aliased(User), aliased(Customer)
        with self.db.read_only() as session:
            merge = (
                select(CustomerMerge.survivor_id)
                .where(CustomerMerge.merged_id == Customer.id, CustomerMerge.undone_at.is_(None))
                .order_by(CustomerMerge.id.desc())
                .limit(1)
                .scalar_subquery()
            )
            rows = session.execute(
                select(Customer.id, Customer.name, Customer.deleted_at, by.full_name, survivor.name)
                .outerjoin(by, by.id == Customer.deleted_by)
                .outerjoin(survivor, survivor.id == merge)
                .where(_deleted_in_scope(session, self.user))
                .order_by(Customer.deleted_at.desc(), Customer.id.desc())
                .limit(limit)
            ).all()
            return [from_row(DeletedCustomer, r) for r in rows]

    def restore(self, customer_id: int) -> list[int]:
        """Restore; returns the ids of the customers that changed (the restored one and a merge survivor)."""
        with self.db.unit_of_work() as session:
            access.require(self.user, "customers", "delete")
            found = session.execute(
                select(Customer.id).where(Customer.id == customer_id, _deleted_in_scope(session, self.user))
            ).first()
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer is not in your recycle bin."))
            customer = session.get(Customer, customer_id)
            assert customer is not None
            merge = session.execute(
                select(CustomerMerge)
                .where(CustomerMerge.merged_id == customer_id, CustomerMerge.undone_at.is_(None))
                .order_by(CustomerMerge.id.desc())
            ).scalars().first()  # fmt: skip
            if merge is not None:
                self._undo(session, merge, customer)
            customer.deleted_at, customer.deleted_by = None, None
            customer.updated_by = self.user.user_id
            audit.record(session, self.user, "restore", "customer", customer_id, customer.name)
            return [customer_id] if merge is None else [customer_id, merge.survivor_id]

    def _undo(self, session: Session, merge: CustomerMerge, merged: Customer) -> None:
        moved = {name: [int(i) for i in ids] for name, ids in merge.moved.items() if isinstance(ids, list)}
        move_children(session, moved, merge.survivor_id, merge.merged_id)
        survivor = session.get(Customer, merge.survivor_id)
        if survivor is not None:
            for name, value in merge.survivor_before.items():
                if name == "last_contact_at":
                    survivor.last_contact_at = (
                        datetime.fromisoformat(value) if isinstance(value, str) else None
                    )
                elif getattr(survivor, name) == value:
                    setattr(survivor, name, None)  # filled by the merge and not changed since
            survivor.updated_at, survivor.updated_by = datetime.now(UTC), self.user.user_id
        merge.undone_at = datetime.now(UTC)
        audit.record(session, self.user, "unmerge", "customer", merge.survivor_id, merged.name,
                     {"merged_id": merge.merged_id})  # fmt: skip
