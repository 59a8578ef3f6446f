"""The one enforcement point for module, operation and data permissions.

`require` refuses an operation a user's roles do not grant; `scope_filter` turns (user, entity, operation) into a
plain SQL condition on the entity's columns, built from the resolved grants (crm_desktop.services.grants). Both
read the user's roles from the database on every scoped query (one small query per unit of work), so a role
change reaches a signed-in client on its next query. Deny by default; roles add up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from crm_desktop.db import models as db_models
from crm_desktop.db.models import AccessGrant, Department, Role, RolePermission, User, UserRole
from crm_desktop.services import grants
from crm_desktop.services.catalog import SCOPE_ORDER
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, PermissionDenied

# Scoped entity -> (module whose operations guard it, model class name in crm_desktop.db.models). The model must
# carry owner_id, department_id and deleted_at; industry_id/region_id take part when the model has them. Add the
# entity to catalog.SCOPED_ENTITIES and catalog.ENTITIES as well so grants are resolved for it.
_ENTITIES: dict[str, tuple[str, str]] = {
    "customer": ("customers", "Customer"),
    "order": ("orders", "SalesOrder"),
    "opportunity": ("opportunities", "Opportunity"),
    "lead": ("leads", "Lead"),
    "quote": ("quotes", "Quote"),
    "contract": ("contracts", "Contract"),
}
READ_OPERATIONS = frozenset({"view", "export", "print"})
# Up to this many subjects of one kind go into the condition as literals (the planner then uses the owner and
# department indexes); more are read through a sub-select on access_grants.
INLINE_MAX = 500

NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "You do not have permission for this operation ({module}: {operation})."
)
OUT_OF_SCOPE = QT_TRANSLATE_NOOP("Errors", "This record does not exist or is outside your data permissions.")


@dataclass(frozen=True)
class _Live:
    is_admin: bool
    permissions: frozenset[tuple[str, str]]

    def can(self, module: str, operation: str) -> bool:
        return self.is_admin or (module, operation) in self.permissions


def entity_module(entity: str) -> str:
    return _ENTITIES[entity][0]


def entity_model(entity: str) -> Any:
    model = getattr(db_models, _ENTITIES[entity][1])
    return model


def _cache(session: Session) -> dict[object, object]:
    cache: dict[object, object] | None = session.info.get(grants.CACHE)
    if cache is None:
        cache = session.info[grants.CACHE] = {}
    return cache


def live_permissions(session: Session, user: UserContext) -> _Live:
    """The user's roles as they are in the database now (a disabled or deleted user has none)."""
    cache = _cache(session)
    key = ("live", user.user_id)
    found = cache.get(key)
    if isinstance(found, _Live):
        return found
    rows = session.execute(
        select(Role.is_admin, RolePermission.module, RolePermission.operation)
        .select_from(UserRole)
        .join(User, User.id == UserRole.user_id)
        .join(Role, Role.id == UserRole.role_id)
        .outerjoin(RolePermission, RolePermission.role_id == Role.id)
        .where(
            UserRole.user_id == user.user_id,
            User.active.is_(True),
            User.deleted_at.is_(None),
            Role.deleted_at.is_(None),
        )
    ).all()
    live = _Live(
        is_admin=any(r[0] for r in rows),
        permissions=frozenset((m, o) for _a, m, o in rows if m is not None),
    )
    cache[key] = live
    user.live.is_admin, user.live.permissions = live.is_admin, live.permissions
    return live


def require(user: UserContext, module: str, operation: str = "view") -> None:
    """Refuse unless the user's roles grant `operation` in `module` (as last read from the database)."""
    if not user.can(module, operation):
        raise PermissionDenied(NO_PERMISSION, module=module, operation=operation)


def require_live(session: Session, user: UserContext, module: str, operation: str = "view") -> None:
    """`require`, after reading the user's roles from the database in this unit of work."""
    live_permissions(session, user)
    require(user, module, operation)


def effective_scope(user: UserContext, entity: str) -> str | None:
    """The widest data scope the user's roles named at sign-in (informational; filtering reads the grants)."""
    if user.is_admin:
        return "all"
    scope = user.scopes.get(entity)
    return scope if scope in SCOPE_ORDER else None


def department_subtree(session: Session, root_id: int) -> list[int]:
    """Ids of a department and all departments below it."""
    rows = session.execute(
        select(Department.id, Department.parent_id).where(Department.deleted_at.is_(None))
    ).all()
    return sorted(grants.below(grants._tree(rows), root_id)) if root_id in {r[0] for r in rows} else [root_id]


def _grants(session: Session, user_id: int, entity: str, write: bool) -> dict[str, list[int]]:
    cache = _cache(session)
    key = ("grants", user_id, entity, write)
    found = cache.get(key)
    if isinstance(found, dict):
        return found
    stmt = select(AccessGrant.kind, AccessGrant.subject_id).where(
        AccessGrant.viewer_id == user_id, AccessGrant.entity == entity
    )
    if write:
        stmt = stmt.where(AccessGrant.can_write.is_(True))
    by_kind: dict[str, list[int]] = {}
    for kind, subject in session.execute(stmt):
        by_kind.setdefault(kind, []).append(subject)
    cache[key] = by_kind
    return by_kind


def scope_filter(
    session: Session, user: UserContext, entity: str, operation: str = "view"
) -> ColumnElement[bool]:
    """The SQL condition selecting the rows of `entity` that `user` may `operation`. Deny by default."""
    module = entity_module(entity)
    live = live_permissions(session, user)
    if not live.can(module, operation):
        return false()
    model = entity_model(entity)
    not_deleted = model.deleted_at.is_(None)
    if live.is_admin:
        return not_deleted
    write = operation not in READ_OPERATIONS
    by_kind = _grants(session, user.user_id, entity, write)
    if "all" in by_kind:
        return not_deleted
    columns = {
        "user": model.owner_id,
        "department": model.department_id,
        "industry": getattr(model, "industry_id", None),
        "region": getattr(model, "region_id", None),
        "record": model.id,
    }
    # SQLite answers an OR of IN-lists by collecting every matching row through each index and sorting them all;
    # hiding the indexes (`col + 0`) makes it walk the list's own order and stop at the first page instead.
    kinds = [k for k, c in columns.items() if c is not None and by_kind.get(k)]
    unindexed = len(kinds) > 1 and session.get_bind().dialect.name == "sqlite"
    conditions: list[ColumnElement[bool]] = []
    for kind in kinds:
        subjects = by_kind[kind]
        column = columns[kind] + 0 if unindexed else columns[kind]
        assert column is not None
        if len(subjects) <= INLINE_MAX:
            conditions.append(column.in_(sorted(subjects)))
        else:
            sub = select(AccessGrant.subject_id).where(
                AccessGrant.viewer_id == user.user_id, AccessGrant.entity == entity, AccessGrant.kind == kind
            )
            if write:
                sub = sub.where(AccessGrant.can_write.is_(True))
            conditions.append(column.in_(sub))
    if not conditions:
        return false()
    return and_(not_deleted, or_(*conditions))


def visible(
    session: Session, user: UserContext, entity: str, entity_id: int, operation: str = "view"
) -> bool:
    model = entity_model(entity)
    cond = scope_filter(session, user, entity, operation)
    return session.execute(select(model.id).where(model.id == entity_id, cond)).first() is not None


def require_row(
    session: Session, user: UserContext, entity: str, entity_id: int, operation: str = "view"
) -> None:
    """Refuse unless the row exists and lies within the user's scope for `operation`."""
    require_live(session, user, entity_module(entity), operation)
    if not visible(session, user, entity, entity_id, operation):
        raise PermissionDenied(OUT_OF_SCOPE)
