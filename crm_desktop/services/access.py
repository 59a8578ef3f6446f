"""The one enforcement point for module, operation and data permissions.

`require` refuses an operation a user's roles do not grant; `scope_filter` turns (user, entity, operation) into
a SQL condition on the entity's owner/department columns. Every read and write path in the services calls these.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Customer, Department
from crm_desktop.services.catalog import SCOPE_ORDER
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, PermissionDenied

_ENTITY_MODULE = {"customer": "customers"}
_ENTITY_MODEL = {"customer": Customer}


def require(user: UserContext, module: str, operation: str = "view") -> None:
    if not user.can(module, operation):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors", "You do not have permission for this operation ({module}: {operation})."
            ),
            module=module,
            operation=operation,
        )


def effective_scope(user: UserContext, entity: str) -> str | None:
    if user.is_admin:
        return "all"
    scope = user.scopes.get(entity)
    return scope if scope in SCOPE_ORDER else None


def department_subtree(session: Session, root_id: int) -> list[int]:
    """Ids of a department and all departments below it."""
    rows = session.execute(
        select(Department.id, Department.parent_id).where(Department.deleted_at.is_(None))
    ).all()
    children: dict[int | None, list[int]] = {}
    for dept_id, parent_id in rows:
        children.setdefault(parent_id, []).append(dept_id)
    found, stack = [], [root_id]
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def scope_filter(
    session: Session, user: UserContext, entity: str, operation: str = "view"
) -> ColumnElement[bool]:
    """The SQL condition selecting the rows of `entity` that `user` may `operation`. Deny by default."""
    module = _ENTITY_MODULE[entity]
    if not user.can(module, operation):
        return false()
    model = _ENTITY_MODEL[entity]
    not_deleted = model.deleted_at.is_(None)
    scope = effective_scope(user, entity)
    if scope == "all":
        return not_deleted
    if scope == "own":
        return and_(not_deleted, model.owner_id == user.user_id)
    if scope in ("department", "subtree") and user.department_id is not None:
        depts = (
            [user.department_id] if scope == "department" else department_subtree(session, user.department_id)
        )
        return and_(not_deleted, or_(model.owner_id == user.user_id, model.department_id.in_(depts)))
    if scope in ("department", "subtree"):
        return and_(not_deleted, model.owner_id == user.user_id)
    return false()


def visible(
    session: Session, user: UserContext, entity: str, entity_id: int, operation: str = "view"
) -> bool:
    model = _ENTITY_MODEL[entity]
    cond = scope_filter(session, user, entity, operation)
    return session.execute(select(model.id).where(model.id == entity_id, cond)).first() is not None


def require_row(
    session: Session, user: UserContext, entity: str, entity_id: int, operation: str = "view"
) -> None:
    """Refuse unless the row exists and lies within the user's scope for `operation`."""
    require(user, _ENTITY_MODULE[entity], operation)
    if not visible(session, user, entity, entity_id, operation):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "This record does not exist or is outside your data permissions.")
        )
