"""Who is acting: the signed-in user with resolved permissions. Plain frozen data, safe to hand to the UI."""

from __future__ import annotations

from dataclasses import dataclass, field


class LivePermissions:
    """The permissions last read from the database for this signed-in user (crm_desktop.services.access refreshes
    them on every scoped query), so a role change reaches an open client on its next query."""

    def __init__(self) -> None:
        self.is_admin: bool | None = None
        self.permissions: frozenset[tuple[str, str]] | None = None


@dataclass(frozen=True)
class UserContext:
    user_id: int
    login: str
    full_name: str
    department_id: int | None
    position_id: int | None
    station_code: str
    role_names: tuple[str, ...]
    is_admin: bool
    permissions: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    scopes: dict[str, str] = field(default_factory=dict)
    machine: str = ""
    session_id: int | None = None
    live: LivePermissions = field(default_factory=LivePermissions, compare=False, repr=False)

    def can(self, module: str, operation: str = "view") -> bool:
        if self.live.permissions is not None:
            return bool(self.live.is_admin) or (module, operation) in self.live.permissions
        return self.is_admin or (module, operation) in self.permissions

    def modules(self) -> frozenset[str]:
        perms = self.live.permissions if self.live.permissions is not None else self.permissions
        return frozenset(m for m, _ in perms)
