"""Merging two customers: every child row (contacts, history, tasks, notes, attachments, and any later table with
a `customer_id` key to customers) moves to the surviving customer, empty fields of the survivor are filled from
the other one, and the other one goes to the recycle bin. Restoring it from the recycle bin undoes the merge
(recycle_bin.py); the `customer_merges` row records exactly what moved."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from crm_desktop.db.base import Base
from crm_desktop.db.models import Customer, CustomerMerge
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError

# Survivor fields filled from the merged customer when empty.
FILLED_FIELDS = (
    "short_name", "type_id", "grade_id", "industry_id", "region_id", "source_id", "phone", "mobile", "email",
    "website", "address", "postcode", "needs", "notes",
)  # fmt: skip
# Tables whose customer_id is history of the customer itself, not a child that follows a merge.
NOT_MOVED = {"customer_merges", "customer_ownership"}


def child_tables() -> list[Table]:
    """Tables with a customer_id foreign key to customers and an id primary key."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_MOVED or "customer_id" not in table.c or "id" not in table.c:
            continue
        if any(fk.column.table.name == "customers" for fk in table.c.customer_id.foreign_keys):
            found.append(table)
    return found


def move_children(session: Session, tables: dict[str, list[int]], from_id: int, to_id: int) -> None:
    """Point the listed child rows (still at `from_id`) at `to_id`."""
    by_name = {t.name: t for t in child_tables()}
    for name, ids in tables.items():
        table = by_name.get(name)
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            if table is not None and part:
                session.execute(
                    update(table)
                    .where(table.c.id.in_(part), table.c.customer_id == from_id)
                    .values(customer_id=to_id)
                )


class MergeService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def merge(self, survivor_id: int, merged_id: int) -> int:
        """Merge `merged_id` into `survivor_id`; returns the id of the merge record."""
        if survivor_id == merged_id:
            raise ServiceError(QT_TRANSLATE_NOOP("Errors", "Choose two different customers to merge."))
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "customer", survivor_id, "edit")
            access.require_row(session, self.user, "customer", merged_id, "delete")
            survivor = session.get(Customer, survivor_id, with_for_update=True)
            merged = session.get(Customer, merged_id, with_for_update=True)
            assert survivor is not None and merged is not None
            moved: dict[str, list[int]] = {}
            for table in child_tables():
                ids = list(
                    session.execute(select(table.c.id).where(table.c.customer_id == merged_id)).scalars()
                )
                if ids:
                    moved[table.name] = ids
            move_children(session, moved, merged_id, survivor_id)
            before: dict[str, Any] = {}
            for name in FILLED_FIELDS:
                if getattr(survivor, name) in (None, "") and getattr(merged, name) not in (None, ""):
                    before[name] = getattr(merged, name)
                    setattr(survivor, name, getattr(merged, name))
            if merged.last_contact_at and (
                survivor.last_contact_at is None or merged.last_contact_at > survivor.last_contact_at
            ):
                before["last_contact_at"] = (
                    survivor.last_contact_at.isoformat() if survivor.last_contact_at else None
                )
                survivor.last_contact_at = merged.last_contact_at
            now = datetime.now(UTC)
            survivor.updated_at, survivor.updated_by = now, self.user.user_id
            merged.deleted_at, merged.deleted_by = now, self.user.user_id
            record = CustomerMerge(survivor_id=survivor_id, merged_id=merged_id, moved=moved,
                                   survivor_before=before, by_user_id=self.user.user_id, at=now)  # fmt: skip
            session.add(record)
            session.flush()
            counts = {name: len(ids) for name, ids in moved.items()}
            audit.record(session, self.user, "merge", "customer", survivor_id,
                         f"{merged.name} → {survivor.name}", {"merged_id": merged_id, "moved": counts,
                                                               "filled": sorted(before)})  # fmt: skip
            return record.id
