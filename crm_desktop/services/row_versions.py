"""Loading a record for a change the user asked for at a version they saw (optimistic locking)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from crm_desktop.db.base import BusinessMixin
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import ConcurrentEditError

_Row = TypeVar("_Row", bound=BusinessMixin)


def row_at_version(
    session: Session,
    user: UserContext,
    entity: str,
    model: type[_Row],
    row_id: int,
    version: int | None,
    operation: str,
) -> _Row:
    """The row `user` may `operation` (access.require_row: NotFound/PermissionDenied otherwise); a
    ConcurrentEditError when someone saved it since `version` (None: any version will do)."""
    access.require_row(session, user, entity, row_id, operation)
    row = session.get(model, row_id)
    assert row is not None
    if version is not None and row.version != version:
        raise ConcurrentEditError()
    return row
