"""Saved list queries: each user keeps named customer-list queries (filters + comprehensive conditions).

A saved query belongs to one user only; nobody else lists, reads or deletes it. Saving under an existing name
replaces that query. Running a saved query goes through the list service, so the data scope applies as always.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from crm_desktop.db.models import SavedQuery
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.customer_search import CustomerQuery
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

ENTITY = "customer"
NAME_MAX = 100


@dataclass(frozen=True)
class SavedQueryDTO:
    id: int
    name: str
    query: CustomerQuery


class SavedQueryService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def list(self) -> list[SavedQueryDTO]:
        access.require(self.user, "customers", "view")
        with self.db.read_only() as session:
            rows = session.execute(
                select(SavedQuery.id, SavedQuery.name, SavedQuery.definition)
                .where(
                    SavedQuery.user_id == self.user.user_id,
                    SavedQuery.entity == ENTITY,
                    SavedQuery.deleted_at.is_(None),
                )
                .order_by(SavedQuery.name, SavedQuery.id)
            ).all()
        return [SavedQueryDTO(r.id, r.name, CustomerQuery.from_json(dict(r.definition))) for r in rows]

    def save(self, name: str, query: CustomerQuery) -> int:
        """Save `query` as `name` (replacing this user's query of that name); returns its id."""
        access.require(self.user, "customers", "view")
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": QT_TRANSLATE_NOOP("Errors", "Enter a name for the query.")})
        if len(name) > NAME_MAX:
            raise ValidationError(
                {"name": QT_TRANSLATE_NOOP("Errors", "The name is too long (at most {limit} characters).")},
                {"name": {"limit": NAME_MAX}},
            )
        with self.db.unit_of_work() as session:
            existing = session.scalars(
                select(SavedQuery).where(
                    SavedQuery.user_id == self.user.user_id,
                    SavedQuery.entity == ENTITY,
                    SavedQuery.deleted_at.is_(None),
                    func.lower(SavedQuery.name) == name.lower(),
                )
            ).first()
            if existing is not None:
                existing.definition = query.to_json()
                existing.name = name
                existing.updated_by = self.user.user_id
                session.flush()
                return existing.id
            saved = SavedQuery(
                user_id=self.user.user_id,
                entity=ENTITY,
                name=name,
                definition=query.to_json(),
                created_by=self.user.user_id,
                updated_by=self.user.user_id,
            )
            session.add(saved)
            session.flush()
            return saved.id

    def delete(self, query_id: int) -> None:
        with self.db.unit_of_work() as session:
            saved = session.get(SavedQuery, query_id)
            if saved is None or saved.deleted_at is not None or saved.user_id != self.user.user_id:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            saved.deleted_at = datetime.now(UTC)
            saved.deleted_by = self.user.user_id
