"""What every administration service shares: the `system` module check and the last-administrator guard."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Role, User, UserRole
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError

MODULE = "system"
LAST_ADMIN = QT_TRANSLATE_NOOP(
    "Errors",
    "This is the last active administrator: the change would leave nobody able to administer the system.",
)
REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")


class AdminBase:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def _check(self, session: Session, operation: str = "view") -> None:
        access.require_live(session, self.user, MODULE, operation)


def active_admins(session: Session) -> int:
    return int(
        session.execute(
            select(func.count(func.distinct(User.id)))
            .select_from(User)
            .join(UserRole, UserRole.user_id == User.id)
            .join(Role, Role.id == UserRole.role_id)
            .where(
                User.active.is_(True),
                User.deleted_at.is_(None),
                Role.is_admin.is_(True),
                Role.deleted_at.is_(None),
            )
        ).scalar_one()
    )


def guard_last_admin(session: Session) -> None:
    """Call after a change (flushed): refuse it, rolling the unit of work back, when no active admin is left."""
    session.flush()
    if active_admins(session) == 0:
        raise ServiceError(LAST_ADMIN)
