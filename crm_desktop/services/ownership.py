"""Changing a customer's owner (claim, return, assign, transfer, automatic return, merge) and its history.

Every change writes one `OwnershipChange` row in the same transaction, so the history is complete.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session, aliased

from crm_desktop.db.models import Customer, OwnershipChange, User
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound

ACTIONS = ("claim", "return", "assign", "transfer", "auto_return")
CHUNK = 500  # ids per IN list (SQL Server accepts at most 2100 parameters)


@dataclass(frozen=True)
class OwnershipEntry:
    id: int
    at: datetime
    action: str
    from_owner: str | None
    to_owner: str | None
    by_user: str | None
    reason: str | None


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def user_department(session: Session, user_id: int) -> int | None:
    row = session.execute(
        select(User.department_id).where(User.id == user_id, User.deleted_at.is_(None), User.active.is_(True))
    ).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That person does not exist or has left."))
    return row[0]


def move(
    session: Session,
    by_user_id: int | None,
    customer_ids: Sequence[int],
    to_owner_id: int | None,
    action: str,
    reason: str | None = None,
    *,
    only_from: int | None = None,
    only_unowned: bool = False,
) -> list[int]:
    """Give the customers to `to_owner_id` (None: the public pool) with a conditional UPDATE per chunk, so a
    customer someone else changed meanwhile is left alone. Returns the ids actually moved."""
    department_id = user_department(session, to_owner_id) if to_owner_id is not None else None
    now = datetime.now(UTC)
    moved: list[int] = []
    for part in chunks(sorted(set(customer_ids))):
        cond = and_(Customer.id.in_(part), Customer.deleted_at.is_(None))
        if only_from is not None:
            cond = and_(cond, Customer.owner_id == only_from)
        if only_unowned:
            cond = and_(cond, Customer.owner_id.is_(None))
        before = dict(
            session.execute(select(Customer.id, Customer.owner_id).where(cond).with_for_update()).all()
        )
        if not before:
            continue
        ids = list(before)
        session.execute(
            update(Customer)
            .where(Customer.id.in_(ids), cond)
            .values(owner_id=to_owner_id, department_id=department_id, version=Customer.version + 1,
                    updated_at=now, updated_by=by_user_id)
            .execution_options(synchronize_session=False)
        )  # fmt: skip
        session.add_all(
            OwnershipChange(customer_id=cid, action=action, from_owner_id=before[cid], to_owner_id=to_owner_id,
                            reason=reason, by_user_id=by_user_id, at=now)
            for cid in ids
        )  # fmt: skip
        moved.extend(ids)
    session.flush()
    return moved


class OwnershipService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def history(self, customer_id: int) -> list[OwnershipEntry]:
        """Who owned the customer when, newest first."""
        src, dst, by = aliased(User), aliased(User), aliased(User)
        with self.db.read_only() as session:
            access.require_row(session, self.user, "customer", customer_id, "view")
            rows = session.execute(
                select(OwnershipChange.id, OwnershipChange.at, OwnershipChange.action, src.full_name,
                       dst.full_name, by.full_name, OwnershipChange.reason)
                .outerjoin(src, src.id == OwnershipChange.from_owner_id)
                .outerjoin(dst, dst.id == OwnershipChange.to_owner_id)
                .outerjoin(by, by.id == OwnershipChange.by_user_id)
                .where(OwnershipChange.customer_id == customer_id)
                .order_by(OwnershipChange.at.desc(), OwnershipChange.id.desc())
            ).all()  # fmt: skip
            return [from_row(OwnershipEntry, r) for r in rows]
