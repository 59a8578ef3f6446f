"""Roles: a module x operation matrix and a data scope per entity."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from crm_desktop.db.models import Role, RoleDataScope, RolePermission, UserRole
from crm_desktop.services import audit
from crm_desktop.services.admin.common import REQUIRED, AdminBase, guard_last_admin
from crm_desktop.services.catalog import ENTITIES, MODULES, OPERATIONS, SCOPES
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

CODE_TAKEN = QT_TRANSLATE_NOOP("Errors", "This code is already used by another role.")
BAD_CODE = QT_TRANSLATE_NOOP("Errors", "Use letters, digits and underscores only.")
NO_SUCH = QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")


@dataclass(frozen=True)
class RoleDTO:
    id: int
    code: str
    name: str
    name_en: str
    is_admin: bool
    permissions: frozenset[tuple[str, str]]
    scopes: dict[str, str]
    users: int


@dataclass(frozen=True)
class RoleInput:
    code: str
    name: str
    name_en: str = ""
    permissions: frozenset[tuple[str, str]] = frozenset()
    scopes: dict[str, str] = field(default_factory=dict)
    is_admin: bool = False


class RoleAdminService(AdminBase):
    def list_roles(self) -> list[RoleDTO]:
        with self.db.read_only() as session:
            self._check(session)
            perms: dict[int, set[tuple[str, str]]] = {}
            for rid, m, o in session.execute(
                select(RolePermission.role_id, RolePermission.module, RolePermission.operation)
            ):
                perms.setdefault(rid, set()).add((m, o))
            scopes: dict[int, dict[str, str]] = {}
            for rid, entity, scope in session.execute(
                select(RoleDataScope.role_id, RoleDataScope.entity, RoleDataScope.scope)
            ):
                scopes.setdefault(rid, {})[entity] = scope
            users = dict(
                session.execute(select(UserRole.role_id, func.count()).group_by(UserRole.role_id)).all()
            )
            return [
                RoleDTO(
                    r.id,
                    r.code,
                    r.name,
                    r.name_en,
                    r.is_admin,
                    frozenset(perms.get(r.id, ())),
                    scopes.get(r.id, {}),
                    int(users.get(r.id, 0)),
                )
                for r in session.execute(
                    select(Role).where(Role.deleted_at.is_(None)).order_by(Role.id)
                ).scalars()
            ]

    @staticmethod
    def _validate(data: RoleInput) -> RoleInput:
        code, name = data.code.strip(), data.name.strip()
        errors: dict[str, str] = {}
        if not code:
            errors["code"] = REQUIRED
        elif not code.replace("_", "").isalnum() or not code.isascii():
            errors["code"] = BAD_CODE
        if not name:
            errors["name"] = REQUIRED
        if errors:
            raise ValidationError(errors)
        permissions = frozenset((m, o) for m, o in data.permissions if m in MODULES and o in OPERATIONS)
        scopes = {e: s for e, s in data.scopes.items() if e in ENTITIES and s in SCOPES}
        return RoleInput(code, name, data.name_en.strip() or name, permissions, scopes, data.is_admin)

    def save(self, role_id: int | None, data: RoleInput) -> int:
        """Create (role_id None) or replace a role's name, matrix and data scopes."""
        data = self._validate(data)
        with self.db.unit_of_work() as session:
            self._check(session, "create" if role_id is None else "edit")
            taken = select(Role.id).where(Role.code == data.code)
            if role_id is not None:
                taken = taken.where(Role.id != role_id)
            if session.execute(taken).first():
                raise ValidationError({"code": CODE_TAKEN})
            if role_id is None:
                role = Role(
                    code=data.code, name=data.name, name_en=data.name_en, created_by=self.user.user_id
                )
                session.add(role)
                session.flush()
                before: frozenset[tuple[str, str]] = frozenset()
            else:
                found = session.get(Role, role_id)
                if found is None or found.deleted_at is not None:
                    raise NotFound(NO_SUCH)
                role = found
                role.code, role.name, role.name_en = data.code, data.name, data.name_en
                role.updated_by = self.user.user_id
                before = frozenset(
                    (m, o)
                    for m, o in session.execute(
                        select(RolePermission.module, RolePermission.operation).where(
                            RolePermission.role_id == role.id
                        )
                    )
                )
            role.is_admin = data.is_admin
            existing = {
                (p.module, p.operation): p
                for p in session.execute(
                    select(RolePermission).where(RolePermission.role_id == role.id)
                ).scalars()
            }
            for key, perm in existing.items():
                if key not in data.permissions:
                    session.delete(perm)
            for module, operation in sorted(data.permissions - set(existing)):
                session.add(RolePermission(role_id=role.id, module=module, operation=operation))
            scopes = {
                s.entity: s
                for s in session.execute(
                    select(RoleDataScope).where(RoleDataScope.role_id == role.id)
                ).scalars()
            }
            for entity, row in scopes.items():
                if entity not in data.scopes:
                    session.delete(row)
                else:
                    row.scope = data.scopes[entity]
            for entity in sorted(set(data.scopes) - set(scopes)):
                session.add(RoleDataScope(role_id=role.id, entity=entity, scope=data.scopes[entity]))
            guard_last_admin(session)
            changes: dict[str, object] = {
                "added": sorted(f"{m}:{o}" for m, o in data.permissions - before),
                "removed": sorted(f"{m}:{o}" for m, o in before - data.permissions),
                "scopes": data.scopes,
            }
            audit.record(
                session,
                self.user,
                "create" if role_id is None else "update",
                "role",
                role.id,
                data.name,
                changes,
            )
            return role.id

    def delete(self, role_id: int) -> None:
        with self.db.unit_of_work() as session:
            self._check(session, "delete")
            role = session.get(Role, role_id)
            if role is None or role.deleted_at is not None:
                raise NotFound(NO_SUCH)
            role.deleted_at, role.deleted_by = datetime.now(UTC), self.user.user_id
            guard_last_admin(session)
            audit.record(session, self.user, "delete", "role", role_id, role.name)
