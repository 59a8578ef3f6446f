"""Resolved grants: "who may reach whose rows", kept in `access_grants` so a scoped list is one index-friendly query.

The table is derived from users (department, position, active), roles and their data scopes, the department and
position trees, per-entity defaults, sharing groups, industry/region manager scopes and record shares. Any ORM
change to those marks the session stale (`before_flush`), and the grants are rebuilt just before that same
transaction commits (`before_commit`). Code that changes them with Core statements calls `mark_stale` or `rebuild`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, event, insert, inspect, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import (
    AccessGrant,
    CodeItem,
    Department,
    EntityDefault,
    ManagerScope,
    Position,
    RecordShare,
    Role,
    RoleDataScope,
    SharingGroup,
    SharingGroupMember,
    User,
    UserRole,
)
from crm_desktop.services.catalog import SCOPED_ENTITIES, SCOPES

STALE = "crm_grants_stale"
CACHE = "crm_access_cache"
DEFAULT_ACCESS = ("private", "read", "write")

# Watched models and the attributes whose change matters (None: any change, insert or delete).
_WATCHED: dict[type, tuple[str, ...] | None] = {
    User: ("department_id", "position_id", "active", "deleted_at"),
    Department: ("parent_id", "deleted_at"),
    Position: ("parent_id", "deleted_at"),
    Role: ("is_admin", "deleted_at"),
    SharingGroup: ("deleted_at",),
    UserRole: None,
    RoleDataScope: None,
    SharingGroupMember: None,
    RecordShare: None,
    EntityDefault: None,
    ManagerScope: None,
}
_ALWAYS = (UserRole, RoleDataScope, SharingGroupMember, RecordShare, EntityDefault, ManagerScope)


def mark_stale(session: Session) -> None:
    session.info[STALE] = True
    session.info.pop(CACHE, None)


def _touches_grants(obj: object, changed: bool) -> bool:
    for model, attrs in _WATCHED.items():
        if isinstance(obj, model):
            if attrs is None or not changed:
                return True
            state = inspect(obj)
            return any(state.attrs[a].history.has_changes() for a in attrs)
    return False


@event.listens_for(Session, "before_flush")
def _note_changes(session: Session, _context: Any, _instances: Any) -> None:
    if (
        any(_touches_grants(o, False) for o in session.new)
        or any(_touches_grants(o, False) for o in session.deleted)
        or any(_touches_grants(o, True) for o in session.dirty)
    ):
        mark_stale(session)


@event.listens_for(Session, "before_commit")
def _rebuild_before_commit(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # commit flushes only after this hook: flush now so the changes are seen (and noted)
    if session.info.get(STALE):
        rebuild(session)


def _tree(rows: Iterable[tuple[int, int | None]]) -> dict[int | None, list[int]]:
    children: dict[int | None, list[int]] = {}
    for node, parent in rows:
        children.setdefault(parent, []).append(node)
    return children


def below(children: dict[int | None, list[int]], root: int, *, include_root: bool = True) -> set[int]:
    """Nodes under `root` in a parent→children map (cycle-safe)."""
    found: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node in found:
            continue
        found.add(node)
        stack.extend(children.get(node, []))
    if not include_root:
        found.discard(root)
    return found


def resolve(session: Session) -> list[dict[str, Any]]:
    """Every grant row, computed from the source tables (pure read)."""
    users = session.execute(
        select(User.id, User.department_id, User.position_id).where(
            User.deleted_at.is_(None), User.active.is_(True)
        )
    ).all()
    depts = _tree(
        session.execute(select(Department.id, Department.parent_id).where(Department.deleted_at.is_(None)))
    )
    positions = _tree(
        session.execute(select(Position.id, Position.parent_id).where(Position.deleted_at.is_(None)))
    )
    live_depts = {d for ds in depts.values() for d in ds}
    users_by_position: dict[int, list[int]] = {}
    for uid, _dept, pos in users:
        if pos is not None:
            users_by_position.setdefault(pos, []).append(uid)

    role_rows = session.execute(
        select(UserRole.user_id, Role.is_admin, RoleDataScope.entity, RoleDataScope.scope)
        .join(Role, Role.id == UserRole.role_id)
        .outerjoin(RoleDataScope, RoleDataScope.role_id == Role.id)
        .where(Role.deleted_at.is_(None))
    ).all()
    admins = {uid for uid, is_admin, _e, _s in role_rows if is_admin}
    scopes: dict[tuple[int, str], set[str]] = {}
    for uid, _admin, entity, scope in role_rows:
        if entity is not None and scope in SCOPES:
            scopes.setdefault((uid, entity), set()).add(scope)

    defaults = dict(session.execute(select(EntityDefault.entity, EntityDefault.access)).all())
    group_members: dict[int, set[int]] = {}
    for gid, uid in session.execute(
        select(SharingGroupMember.group_id, SharingGroupMember.user_id)
        .join(SharingGroup, SharingGroup.id == SharingGroupMember.group_id)
        .where(SharingGroup.deleted_at.is_(None))
    ):
        group_members.setdefault(gid, set()).add(uid)
    peers: dict[int, set[int]] = {}
    for members in group_members.values():
        for uid in members:
            peers.setdefault(uid, set()).update(members)

    codes = _tree(
        session.execute(select(CodeItem.id, CodeItem.parent_id).where(CodeItem.deleted_at.is_(None)))
    )
    managed: dict[int, set[tuple[str, int]]] = {}
    for uid, kind, code_id in session.execute(
        select(ManagerScope.user_id, ManagerScope.kind, ManagerScope.code_id)
    ):
        if kind in ("industry", "region"):
            managed.setdefault(uid, set()).update((kind, c) for c in below(codes, code_id))
    shares: dict[tuple[int, str], list[tuple[int, bool]]] = {}
    for uid, entity, record_id, can_write in session.execute(
        select(RecordShare.user_id, RecordShare.entity, RecordShare.record_id, RecordShare.can_write)
    ):
        shares.setdefault((uid, entity), []).append((record_id, bool(can_write)))

    out: list[dict[str, Any]] = []
    for uid, dept, pos in users:
        for entity in SCOPED_ENTITIES:
            grants: dict[tuple[str, int], bool] = {}

            def add(
                kind: str, subject: int, write: bool, grants: dict[tuple[str, int], bool] = grants
            ) -> None:
                grants[(kind, subject)] = grants.get((kind, subject), False) or write

            kinds = {"all"} if uid in admins else scopes.get((uid, entity), set())
            for scope in kinds:
                add("user", uid, True)
                if scope == "all":
                    add("all", 0, True)
                elif scope == "department" and dept is not None and dept in live_depts:
                    add("department", dept, True)
                elif scope == "subtree" and dept is not None and dept in live_depts:
                    for d in below(depts, dept):
                        add("department", d, True)
                elif scope == "positions" and pos is not None:
                    for p in below(positions, pos, include_root=False):
                        for other in users_by_position.get(p, []):
                            add("user", other, True)
            default = defaults.get(entity, "private")
            if default in ("read", "write"):
                add("all", 0, default == "write")
            for other in peers.get(uid, ()):
                add("user", other, True)
            for kind, code in managed.get(uid, ()):
                add(kind, code, True)
            for record_id, write in shares.get((uid, entity), ()):
                add("record", record_id, write)
            out.extend(
                {"viewer_id": uid, "entity": entity, "kind": k, "subject_id": s, "can_write": w}
                for (k, s), w in grants.items()
            )
    return out


def rebuild(session: Session) -> int:
    """Replace the resolved grants with freshly computed ones, inside the caller's transaction."""
    rows = resolve(session)
    session.execute(delete(AccessGrant))
    for start in range(0, len(rows), 1000):
        session.execute(insert(AccessGrant), rows[start : start + 1000])
    session.info.pop(STALE, None)
    session.info.pop(CACHE, None)
    return len(rows)
