"""The operation log: one row per create/update/delete/restore/export/import, in the same transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.db.models import AuditLog
from crm_desktop.services.context import UserContext


def record(
    session: Session,
    user: UserContext,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    changes: dict[str, object] | None = None,
) -> None:
    session.add(
        AuditLog(
            user_id=user.user_id,
            station_code=user.station_code,
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary[:300],
            changes=changes,
        )
    )


def diff(before: dict[str, object], after: dict[str, object]) -> dict[str, object]:
    """Field changes as {field: [old, new]} with values made JSON-safe."""
    out: dict[str, object] = {}
    for key, new in after.items():
        old = before.get(key)
        if old != new:
            out[key] = [_plain(old), _plain(new)]
    return out


def _plain(value: object) -> object:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
