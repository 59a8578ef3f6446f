"""Whose work a user may look at: the people inside the user's data scope ("my team").

Superiors read their subordinates' business logs and calendars within the data scope their roles give on
customers (the organisation's one notion of "whose rows"): own → just me; own department; department and
sub-departments; positions below mine; all.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Position, User
from crm_desktop.services import access, grants
from crm_desktop.services.context import UserContext

SCOPE_ENTITY = "customer"


def team_user_ids(session: Session, user: UserContext, entity: str = SCOPE_ENTITY) -> set[int] | None:
    """Ids of the users whose work `user` may read (by the data scope on `entity`), including the user; None
    means everyone."""
    live = access.live_permissions(session, user)
    scope = "all" if live.is_admin else access.effective_scope(user, entity)
    if scope == "all":
        return None
    people = select(User.id).where(User.deleted_at.is_(None))
    found = {user.user_id}
    if scope == "department" and user.department_id is not None:
        found.update(session.scalars(people.where(User.department_id == user.department_id)))
    elif scope == "subtree" and user.department_id is not None:
        departments = access.department_subtree(session, user.department_id)
        found.update(session.scalars(people.where(User.department_id.in_(departments))))
    elif scope == "positions" and user.position_id is not None:
        rows = session.execute(select(Position.id, Position.parent_id).where(Position.deleted_at.is_(None)))
        children: dict[int | None, list[int]] = {}
        for node, parent in rows:
            children.setdefault(parent, []).append(node)
        below = grants.below(children, user.position_id, include_root=False)
        if below:
            found.update(session.scalars(people.where(User.position_id.in_(sorted(below)))))
    return found
