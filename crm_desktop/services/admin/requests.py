"""Account requests: a person asks at the login dialog (no sign-in), an administrator approves or rejects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import AccountRequest, User
from crm_desktop.db.session import Database
from crm_desktop.services import audit
from crm_desktop.services.admin.common import REQUIRED, AdminBase
from crm_desktop.services.admin.users import LOGIN_TAKEN, SHORT_PASSWORD, check_login_free, set_roles
from crm_desktop.services.auth import MIN_PASSWORD_LENGTH
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError, ValidationError
from crm_desktop.services.passwords import hash_password

ALREADY_DECIDED = QT_TRANSLATE_NOOP("Errors", "This request has already been decided.")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Errors", "The two new passwords differ.")
NO_SUCH = QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")


@dataclass(frozen=True)
class RequestInput:
    login: str
    full_name: str
    password: str
    repeat: str
    email: str = ""
    phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class AccountRequestDTO:
    id: int
    login: str
    full_name: str
    email: str | None
    phone: str | None
    note: str | None
    machine: str | None
    status: str
    requested_at: datetime


@dataclass(frozen=True)
class Approval:
    station_code: str | None
    department_id: int | None
    position_id: int | None
    role_ids: tuple[int, ...]


def submit_request(db: Database, data: RequestInput, machine: str = "") -> int:
    """Store a request from the login dialog. Refuses a taken user name or one already requested."""
    login, full_name = data.login.strip(), data.full_name.strip()
    errors = {f: REQUIRED for f, v in (("login", login), ("full_name", full_name)) if not v}
    if len(data.password) < MIN_PASSWORD_LENGTH:
        errors["password"] = SHORT_PASSWORD
    elif data.password != data.repeat:
        errors["repeat"] = PASSWORDS_DIFFER
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        check_login_free(session, login)
        pending = session.execute(
            select(AccountRequest.id).where(
                func.lower(AccountRequest.login) == login.lower(), AccountRequest.status == "pending"
            )
        ).first()
        if pending:
            raise ValidationError({"login": LOGIN_TAKEN})
        request = AccountRequest(
            login=login,
            full_name=full_name,
            password_hash=hash_password(data.password),
            email=data.email.strip() or None,
            phone=data.phone.strip() or None,
            note=data.note.strip() or None,
            machine=machine[:100] or None,
        )
        session.add(request)
        session.flush()
        return request.id


class AccountRequestService(AdminBase):
    def pending(self) -> list[AccountRequestDTO]:
        with self.db.read_only() as session:
            self._check(session)
            return [
                AccountRequestDTO(
                    r.id, r.login, r.full_name, r.email, r.phone, r.note, r.machine, r.status, r.requested_at
                )
                for r in session.execute(
                    select(AccountRequest)
                    .where(AccountRequest.status == "pending")
                    .order_by(AccountRequest.requested_at, AccountRequest.id)
                ).scalars()
            ]

    def _pending(self, session: Session, request_id: int) -> AccountRequest:
        request = session.get(AccountRequest, request_id)
        if request is None:
            raise NotFound(NO_SUCH)
        if request.status != "pending":
            raise ServiceError(ALREADY_DECIDED)
        return request

    def approve(self, request_id: int, approval: Approval) -> int:
        """Create the account with the requested password and the chosen station, position and roles."""
        with self.db.unit_of_work() as session:
            self._check(session, "approve")
            request = self._pending(session, request_id)
            check_login_free(session, request.login)
            user = User(
                login=request.login,
                full_name=request.full_name,
                password_hash=request.password_hash,
                email=request.email,
                phone=request.phone,
                station_code=approval.station_code,
                department_id=approval.department_id,
                position_id=approval.position_id,
                created_by=self.user.user_id,
            )
            session.add(user)
            session.flush()
            set_roles(session, user.id, approval.role_ids)
            request.status, request.user_id = "approved", user.id
            request.decided_at, request.decided_by = datetime.now(UTC), self.user.user_id
            audit.record(session, self.user, "approve", "account_request", request_id, request.login)
            return user.id

    def reject(self, request_id: int, note: str = "") -> None:
        with self.db.unit_of_work() as session:
            self._check(session, "approve")
            request = self._pending(session, request_id)
            request.status, request.decision_note = "rejected", note.strip()[:300] or None
            request.decided_at, request.decided_by = datetime.now(UTC), self.user.user_id
            audit.record(session, self.user, "reject", "account_request", request_id, request.login)
