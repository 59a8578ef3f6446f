"""User accounts: create, edit (department, position, station, roles), disable, reset password."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Department, Position, Role, Station, User, UserRole
from crm_desktop.services import audit
from crm_desktop.services.admin.common import REQUIRED, AdminBase, guard_last_admin
from crm_desktop.services.auth import MIN_PASSWORD_LENGTH
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from crm_desktop.services.passwords import hash_password

LOGIN_TAKEN = QT_TRANSLATE_NOOP("Errors", "This user name is already taken.")
SHORT_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The new password must have at least 8 characters.")
NO_SUCH = QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Errors", "There is no such role.")


@dataclass(frozen=True)
class UserRowDTO:
    id: int
    login: str
    full_name: str
    department_id: int | None
    department: str
    position_id: int | None
    position: str
    station_code: str | None
    email: str | None
    phone: str | None
    active: bool
    role_ids: tuple[int, ...]
    roles: str
    version: int


@dataclass(frozen=True)
class UserInput:
    login: str
    full_name: str
    department_id: int | None = None
    position_id: int | None = None
    station_code: str | None = None
    email: str | None = None
    phone: str | None = None
    role_ids: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ChoiceDTO:
    id: int
    code: str
    name: str


def check_login_free(session: Session, login: str, except_id: int | None = None) -> None:
    stmt = select(User.id).where(func.lower(User.login) == login.lower())
    if except_id is not None:
        stmt = stmt.where(User.id != except_id)
    if session.execute(stmt).first():
        raise ValidationError({"login": LOGIN_TAKEN})


def set_roles(session: Session, user_id: int, role_ids: tuple[int, ...]) -> None:
    known = set(
        session.execute(select(Role.id).where(Role.id.in_(role_ids), Role.deleted_at.is_(None))).scalars()
    )
    if set(role_ids) - known:
        raise ValidationError({"roles": UNKNOWN_ROLE})
    current = set(session.execute(select(UserRole.role_id).where(UserRole.user_id == user_id)).scalars())
    for rid in current - known:
        session.delete(session.get(UserRole, (user_id, rid)))
    for rid in sorted(known - current):
        session.add(UserRole(user_id=user_id, role_id=rid))


class UserAdminService(AdminBase):
    def list_users(self, include_disabled: bool = True) -> list[UserRowDTO]:
        with self.db.read_only() as session:
            self._check(session)
            stmt = (
                select(User, Department.name, Position.name)
                .outerjoin(Department, Department.id == User.department_id)
                .outerjoin(Position, Position.id == User.position_id)
                .where(User.deleted_at.is_(None))
                .order_by(User.login)
            )
            if not include_disabled:
                stmt = stmt.where(User.active.is_(True))
            roles: dict[int, list[tuple[int, str]]] = {}
            for uid, rid, name in session.execute(
                select(UserRole.user_id, Role.id, Role.name)
                .join(Role, Role.id == UserRole.role_id)
                .where(Role.deleted_at.is_(None))
                .order_by(Role.id)
            ):
                roles.setdefault(uid, []).append((rid, name))
            out = []
            for user, dept, pos in session.execute(stmt):
                mine = roles.get(user.id, [])
                out.append(
                    UserRowDTO(
                        user.id, user.login, user.full_name, user.department_id, dept or "", user.position_id,
                        pos or "", user.station_code, user.email, user.phone, user.active,
                        tuple(r for r, _n in mine), "、".join(n for _r, n in mine), user.version,
                    )
                )  # fmt: skip
            return out

    def choices(self) -> dict[str, list[ChoiceDTO]]:
        """Roles, stations, departments and positions for the pickers."""
        with self.db.read_only() as session:
            self._check(session)
            return {
                "roles": [
                    ChoiceDTO(i, c, n)
                    for i, c, n in session.execute(
                        select(Role.id, Role.code, Role.name)
                        .where(Role.deleted_at.is_(None))
                        .order_by(Role.id)
                    )
                ],
                "stations": [
                    ChoiceDTO(i, c, n)
                    for i, c, n in session.execute(
                        select(Station.id, Station.code, Station.name)
                        .where(Station.deleted_at.is_(None))
                        .order_by(Station.sort_order)
                    )
                ],
                "departments": [
                    ChoiceDTO(i, "", n)
                    for i, n in session.execute(
                        select(Department.id, Department.name).where(Department.deleted_at.is_(None))
                    )
                ],
                "positions": [
                    ChoiceDTO(i, "", n)
                    for i, n in session.execute(
                        select(Position.id, Position.name).where(Position.deleted_at.is_(None))
                    )
                ],
            }

    @staticmethod
    def _validate(data: UserInput) -> tuple[str, str]:
        login, full_name = data.login.strip(), data.full_name.strip()
        errors = {f: REQUIRED for f, v in (("login", login), ("full_name", full_name)) if not v}
        if errors:
            raise ValidationError(errors)
        return login, full_name

    def create(self, data: UserInput, password: str) -> int:
        login, full_name = self._validate(data)
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError({"password": SHORT_PASSWORD})
        with self.db.unit_of_work() as session:
            self._check(session, "create")
            check_login_free(session, login)
            user = User(
                login=login, full_name=full_name, password_hash=hash_password(password),
                department_id=data.department_id, position_id=data.position_id, station_code=data.station_code,
                email=data.email, phone=data.phone, created_by=self.user.user_id,
            )  # fmt: skip
            session.add(user)
            session.flush()
            set_roles(session, user.id, data.role_ids)
            audit.record(session, self.user, "create", "user", user.id, login)
            return user.id

    def _get(self, session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise NotFound(NO_SUCH)
        return user

    def update(self, user_id: int, data: UserInput) -> None:
        login, full_name = self._validate(data)
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            user = self._get(session, user_id)
            check_login_free(session, login, user_id)
            values = {
                "login": login, "full_name": full_name, "department_id": data.department_id,
                "position_id": data.position_id, "station_code": data.station_code, "email": data.email,
                "phone": data.phone,
            }  # fmt: skip
            changes: dict[str, object] = {
                k: [getattr(user, k), v] for k, v in values.items() if getattr(user, k) != v
            }
            for key, value in values.items():
                setattr(user, key, value)
            user.updated_by = self.user.user_id
            set_roles(session, user_id, data.role_ids)
            guard_last_admin(session)
            audit.record(session, self.user, "update", "user", user_id, login, changes or None)

    def set_active(self, user_id: int, active: bool) -> None:
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            user = self._get(session, user_id)
            user.active, user.updated_by = active, self.user.user_id
            if active:
                user.locked_until = None
            guard_last_admin(session)
            audit.record(session, self.user, "enable" if active else "disable", "user", user_id, user.login)

    def reset_password(self, user_id: int, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError({"password": SHORT_PASSWORD})
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            user = self._get(session, user_id)
            user.password_hash = hash_password(password)
            user.password_changed_at = None  # ask for a new one at next sign-in, where supported
            user.locked_until = None
            user.updated_by = self.user.user_id
            audit.record(session, self.user, "reset_password", "user", user_id, user.login)

    def delete(self, user_id: int) -> None:
        """Soft-delete an account (its records keep their owner); roles go with it."""
        with self.db.unit_of_work() as session:
            self._check(session, "delete")
            user = self._get(session, user_id)
            user.deleted_at, user.deleted_by, user.active = datetime.now(UTC), self.user.user_id, False
            session.execute(delete(UserRole).where(UserRole.user_id == user_id))
            guard_last_admin(session)
            audit.record(session, self.user, "delete", "user", user_id, user.login)
