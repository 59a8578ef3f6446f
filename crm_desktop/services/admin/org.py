"""Departments and positions: two trees edited the same way (create, rename, move without cycles, delete only
when nobody is left in them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Department, Position, User
from crm_desktop.services import audit
from crm_desktop.services.admin.common import REQUIRED, AdminBase
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError, ValidationError

TREES: dict[str, type[Department] | type[Position]] = {"department": Department, "position": Position}

CYCLE = QT_TRANSLATE_NOOP("Errors", "A node cannot be moved below itself or below one of its own children.")
HAS_PEOPLE = QT_TRANSLATE_NOOP("Errors", "“{name}” still has {count} people. Move them elsewhere first.")
HAS_CHILDREN = QT_TRANSLATE_NOOP("Errors", "“{name}” still has sub-entries. Move or delete them first.")
GONE = QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")


@dataclass(frozen=True)
class TreeNodeDTO:
    id: int
    parent_id: int | None
    name: str
    sort_order: int
    people: int


class OrgService(AdminBase):
    """`kind` is "department" or "position"."""

    def tree(self, kind: str) -> list[TreeNodeDTO]:
        model = TREES[kind]
        column = User.department_id if kind == "department" else User.position_id
        with self.db.read_only() as session:
            self._check(session)
            people = dict(
                session.execute(
                    select(column, func.count()).where(User.deleted_at.is_(None)).group_by(column)
                ).all()
            )
            rows = session.execute(
                select(model.id, model.parent_id, model.name, model.sort_order)
                .where(model.deleted_at.is_(None))
                .order_by(model.sort_order, model.name, model.id)
            ).all()
            return [TreeNodeDTO(i, p, n, s, int(people.get(i, 0))) for i, p, n, s in rows]

    def _get(self, session: Session, kind: str, node_id: int) -> Department | Position:
        node = session.get(Department, node_id) if kind == "department" else session.get(Position, node_id)
        if node is None or node.deleted_at is not None:
            raise NotFound(GONE)
        return node

    def create(self, kind: str, name: str, parent_id: int | None = None) -> int:
        name = name.strip()
        if not name:
            raise ValidationError({"name": REQUIRED})
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            if parent_id is not None:
                self._get(session, kind, parent_id)
            node = TREES[kind](name=name, parent_id=parent_id, created_by=self.user.user_id)
            session.add(node)
            session.flush()
            audit.record(session, self.user, "create", kind, node.id, name)
            return node.id

    def rename(self, kind: str, node_id: int, name: str) -> None:
        name = name.strip()
        if not name:
            raise ValidationError({"name": REQUIRED})
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            node = self._get(session, kind, node_id)
            old, node.name, node.updated_by = node.name, name, self.user.user_id
            audit.record(session, self.user, "update", kind, node_id, name, {"name": [old, name]})

    def move(self, kind: str, node_id: int, new_parent_id: int | None) -> None:
        """Re-parent a node; refuse a move below itself or its own descendants."""
        model = TREES[kind]
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            node = self._get(session, kind, node_id)
            if new_parent_id is not None:
                self._get(session, kind, new_parent_id)
                parents = dict(session.execute(select(model.id, model.parent_id)).all())
                current: int | None = new_parent_id
                seen: set[int] = set()
                while current is not None and current not in seen:
                    if current == node_id:
                        raise ServiceError(CYCLE)
                    seen.add(current)
                    current = parents.get(current)
            old = node.parent_id
            node.parent_id, node.updated_by = new_parent_id, self.user.user_id
            audit.record(
                session, self.user, "update", kind, node_id, node.name, {"parent_id": [old, new_parent_id]}
            )

    def delete(self, kind: str, node_id: int) -> None:
        model = TREES[kind]
        column = User.department_id if kind == "department" else User.position_id
        with self.db.unit_of_work() as session:
            self._check(session, "delete")
            node = self._get(session, kind, node_id)
            people = session.execute(
                select(func.count()).select_from(User).where(column == node_id, User.deleted_at.is_(None))
            ).scalar_one()
            if people:
                raise ServiceError(HAS_PEOPLE, name=node.name, count=people)
            children = session.execute(
                select(func.count())
                .select_from(model)
                .where(model.parent_id == node_id, model.deleted_at.is_(None))
            ).scalar_one()
            if children:
                raise ServiceError(HAS_CHILDREN, name=node.name)
            node.deleted_at, node.deleted_by = datetime.now(UTC), self.user.user_id
            audit.record(session, self.user, "delete", kind, node_id, node.name)
