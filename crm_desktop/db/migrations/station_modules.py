"""Adding module keys to (and taking them off) the stations' JSON module lists, for migrations.

Migrations are history: once a revision imports this helper, what the helper does must never change. Extend it
only with new, optional keyword arguments whose defaults keep today's meaning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import sqlalchemy as sa
from alembic import op


def set_station_modules(
    modules_by_station: Mapping[str, Sequence[str]],
    *,
    add: bool,
    before: str | None = None,
    listed_only: bool = False,
) -> None:
    """Read-modify-write of each station's module list (other keys keep their order).

    The keys named anywhere in `modules_by_station` (station code -> keys, in order) are first taken out of every
    station's list; with `add` each station then gets its own keys back, at the end of the list or, when the list
    holds `before`, in front of that key. With `listed_only` the stations not named are left alone (their lists
    keep these keys too). A list that comes out unchanged is not written.
    """
    keys = {key for station_keys in modules_by_station.values() for key in station_keys}
    stations = sa.table("stations", sa.column("id"), sa.column("code"), sa.column("modules", sa.JSON()))
    bind = op.get_bind()
    for station_id, code, modules in bind.execute(
        sa.select(stations.c.id, stations.c.code, stations.c.modules)
    ).all():
        if listed_only and code not in modules_by_station:
            continue
        current = [m for m in (modules or []) if m not in keys]
        if add:
            at = current.index(before) if before is not None and before in current else len(current)
            current[at:at] = modules_by_station.get(code, ())
        if current != list(modules or []):
            bind.execute(stations.update().where(stations.c.id == station_id).values(modules=current))
