"""Who is acting: the signed-in user with resolved permissions. Plain frozen data, safe to hand to the UI."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def can(self, module: str, operation: str = "view") -> bool:
        return self.is_admin or (module, operation) in self.permissions

    def modules(self) -> frozenset[str]:
        return frozenset(m for m, _ in self.permissions)
