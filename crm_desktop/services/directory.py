"""Colleagues as others see them: for choosing a task assignee or a message recipient."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.db.models import Department, User
from crm_desktop.db.session import Database
from crm_desktop.services.dto import from_row


@dataclass(frozen=True)
class Colleague:
    id: int
    login: str
    full_name: str
    department: str | None
    station_code: str | None


def colleagues(db: Database, *, include_inactive: bool = False) -> list[Colleague]:
    with db.read_only() as session:
        stmt = (
            select(User.id, User.login, User.full_name, Department.name, User.station_code)
            .outerjoin(Department, Department.id == User.department_id)
            .where(User.deleted_at.is_(None))
            .order_by(User.full_name)
        )
        if not include_inactive:
            stmt = stmt.where(User.active.is_(True))
        return [from_row(Colleague, row) for row in session.execute(stmt).all()]
