"""Sharing: per-entity default access, sharing groups, industry/region manager scopes, manual record shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from crm_desktop.db.models import (
    EntityDefault,
    ManagerScope,
    RecordShare,
    SharingGroup,
    SharingGroupMember,
    User,
)
from crm_desktop.services import access, audit, grants
from crm_desktop.services.admin.common import REQUIRED, AdminBase
from crm_desktop.services.catalog import DEFAULT_ACCESS, ENTITIES
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

NO_SUCH = QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values.")


@dataclass(frozen=True)
class SharingGroupDTO:
    id: int
    name: str
    note: str | None
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class RecordShareDTO:
    id: int
    user_id: int
    user_name: str
    can_write: bool


class SharingService(AdminBase):
    # --- per-entity defaults ---
    def defaults(self) -> dict[str, str]:
        with self.db.read_only() as session:
            self._check(session)
            found = {e: a for e, a in session.execute(select(EntityDefault.entity, EntityDefault.access))}
            return {entity: found.get(entity, "private") for entity in ENTITIES}

    def set_default(self, entity: str, value: str) -> None:
        if entity not in ENTITIES or value not in DEFAULT_ACCESS:
            raise ValidationError({"access": BAD_CHOICE})
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            row = session.get(EntityDefault, entity)
            if row is None:
                session.add(EntityDefault(entity=entity, access=value))
            else:
                row.access = value
            audit.record(session, self.user, "update", "entity_default", None, f"{entity}: {value}")

    # --- sharing groups ---
    def groups(self) -> list[SharingGroupDTO]:
        with self.db.read_only() as session:
            self._check(session)
            members: dict[int, list[int]] = {}
            for gid, uid in session.execute(
                select(SharingGroupMember.group_id, SharingGroupMember.user_id).order_by(
                    SharingGroupMember.user_id
                )
            ):
                members.setdefault(gid, []).append(uid)
            return [
                SharingGroupDTO(g.id, g.name, g.note, tuple(members.get(g.id, ())))
                for g in session.execute(
                    select(SharingGroup).where(SharingGroup.deleted_at.is_(None)).order_by(SharingGroup.name)
                ).scalars()
            ]

    def save_group(self, group_id: int | None, name: str, member_ids: tuple[int, ...], note: str = "") -> int:
        name = name.strip()
        if not name:
            raise ValidationError({"name": REQUIRED})
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            if group_id is None:
                group = SharingGroup(name=name, note=note or None, created_by=self.user.user_id)
                session.add(group)
                session.flush()
            else:
                found = session.get(SharingGroup, group_id)
                if found is None or found.deleted_at is not None:
                    raise NotFound(NO_SUCH)
                group = found
                group.name, group.note = name, note or None
            session.execute(delete(SharingGroupMember).where(SharingGroupMember.group_id == group.id))
            known = session.execute(select(User.id).where(User.id.in_(member_ids))).scalars()
            session.add_all(SharingGroupMember(group_id=group.id, user_id=uid) for uid in sorted(set(known)))
            grants.mark_stale(session)
            audit.record(
                session, self.user, "update", "sharing_group", group.id, name, {"members": list(member_ids)}
            )
            return group.id

    def delete_group(self, group_id: int) -> None:
        with self.db.unit_of_work() as session:
            self._check(session, "delete")
            group = session.get(SharingGroup, group_id)
            if group is None or group.deleted_at is not None:
                raise NotFound(NO_SUCH)
            group.deleted_at, group.deleted_by = datetime.now(UTC), self.user.user_id
            audit.record(session, self.user, "delete", "sharing_group", group_id, group.name)

    # --- industry and region managers ---
    def manager_scopes(self, user_id: int) -> list[tuple[str, int]]:
        with self.db.read_only() as session:
            self._check(session)
            return [
                (k, c)
                for k, c in session.execute(
                    select(ManagerScope.kind, ManagerScope.code_id).where(ManagerScope.user_id == user_id)
                )
            ]

    def set_manager_scopes(self, user_id: int, scopes: list[tuple[str, int]]) -> None:
        if any(kind not in ("industry", "region") for kind, _c in scopes):
            raise ValidationError({"kind": BAD_CHOICE})
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            session.execute(delete(ManagerScope).where(ManagerScope.user_id == user_id))
            session.add_all(ManagerScope(user_id=user_id, kind=k, code_id=c) for k, c in sorted(set(scopes)))
            grants.mark_stale(session)
            audit.record(session, self.user, "update", "manager_scope", user_id, "", {"scopes": scopes})

    # --- one record shared with one person: the record's editors may share it ---
    def record_shares(self, entity: str, record_id: int) -> list[RecordShareDTO]:
        with self.db.read_only() as session:
            access.require_row(session, self.user, entity, record_id, "view")
            return [
                RecordShareDTO(i, u, n, w)
                for i, u, n, w in session.execute(
                    select(RecordShare.id, RecordShare.user_id, User.full_name, RecordShare.can_write)
                    .join(User, User.id == RecordShare.user_id)
                    .where(RecordShare.entity == entity, RecordShare.record_id == record_id)
                    .order_by(User.full_name)
                )
            ]

    def share_record(self, entity: str, record_id: int, user_id: int, can_write: bool = False) -> None:
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, entity, record_id, "edit")
            row = session.execute(
                select(RecordShare).where(
                    RecordShare.entity == entity,
                    RecordShare.record_id == record_id,
                    RecordShare.user_id == user_id,
                )
            ).scalar_one_or_none()
            if row is None:
                session.add(
                    RecordShare(
                        entity=entity,
                        record_id=record_id,
                        user_id=user_id,
                        can_write=can_write,
                        created_by=self.user.user_id,
                    )
                )
            else:
                row.can_write = can_write
            audit.record(
                session, self.user, "share", entity, record_id, "", {"user_id": user_id, "write": can_write}
            )

    def unshare_record(self, entity: str, record_id: int, user_id: int) -> None:
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, entity, record_id, "edit")
            session.execute(
                delete(RecordShare).where(
                    RecordShare.entity == entity,
                    RecordShare.record_id == record_id,
                    RecordShare.user_id == user_id,
                )
            )
            grants.mark_stale(session)
            audit.record(session, self.user, "unshare", entity, record_id, "", {"user_id": user_id})
