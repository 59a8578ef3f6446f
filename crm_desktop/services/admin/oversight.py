"""Oversight: the operation log and login log with filters, and the online users (heartbeat, admin sign-out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import or_, select

from crm_desktop.db.models import AuditLog, LoginLog, SystemSetting, User, UserSession
from crm_desktop.db.session import Database
from crm_desktop.services import audit
from crm_desktop.services.admin.common import AdminBase
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound

# A session not heard from for this long is shown as gone (clients beat every minute).
ONLINE_WINDOW = timedelta(minutes=3)
NO_SUCH = QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")
IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15.0


def idle_lock_minutes(db: Database) -> float:
    """Minutes without input before a client locks (0: never). A system setting, the same for every client."""
    with db.read_only() as session:
        value = session.get(SystemSetting, IDLE_SETTING)
    try:
        return max(0.0, float(value.value)) if value is not None and value.value else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


@dataclass(frozen=True)
class LogFilter:
    user_id: int | None = None
    action: str = ""
    entity: str = ""
    text: str = ""
    since: date | None = None
    until: date | None = None
    limit: int = 500


@dataclass(frozen=True)
class OperationDTO:
    id: int
    at: datetime
    user: str
    station_code: str | None
    action: str
    entity: str
    entity_id: int | None
    summary: str | None
    changes: dict[str, object] | None


@dataclass(frozen=True)
class LoginDTO:
    id: int
    at: datetime
    login_name: str
    success: bool
    reason: str
    machine: str | None
    station_code: str | None


@dataclass(frozen=True)
class OnlineDTO:
    session_id: int
    user_id: int
    login: str
    full_name: str
    station_code: str | None
    machine: str | None
    started_at: datetime
    last_seen_at: datetime


def _day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


class OversightService(AdminBase):
    def operations(self, f: LogFilter) -> list[OperationDTO]:
        with self.db.read_only() as session:
            self._check(session)
            stmt = select(AuditLog, User.login).outerjoin(User, User.id == AuditLog.user_id)
            if f.user_id is not None:
                stmt = stmt.where(AuditLog.user_id == f.user_id)
            if f.action:
                stmt = stmt.where(AuditLog.action == f.action)
            if f.entity:
                stmt = stmt.where(AuditLog.entity == f.entity)
            if f.text:
                stmt = stmt.where(AuditLog.summary.contains(f.text, autoescape=True))
            if f.since:
                stmt = stmt.where(AuditLog.at >= _day(f.since))
            if f.until:
                stmt = stmt.where(AuditLog.at < _day(f.until) + timedelta(days=1))
            rows = session.execute(stmt.order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(f.limit))
            return [
                OperationDTO(
                    a.id,
                    a.at,
                    login or "",
                    a.station_code,
                    a.action,
                    a.entity,
                    a.entity_id,
                    a.summary,
                    a.changes,
                )
                for a, login in rows
            ]

    def logins(self, f: LogFilter) -> list[LoginDTO]:
        with self.db.read_only() as session:
            self._check(session)
            stmt = select(
                LoginLog.id, LoginLog.at, LoginLog.login_name, LoginLog.success, LoginLog.reason,
                LoginLog.machine, LoginLog.station_code,
            )  # fmt: skip
            if f.user_id is not None:
                stmt = stmt.where(LoginLog.user_id == f.user_id)
            if f.text:
                stmt = stmt.where(
                    or_(
                        LoginLog.login_name.contains(f.text, autoescape=True),
                        LoginLog.machine.contains(f.text, autoescape=True),
                    )
                )
            if f.action == "failed":
                stmt = stmt.where(LoginLog.success.is_(False))
            if f.since:
                stmt = stmt.where(LoginLog.at >= _day(f.since))
            if f.until:
                stmt = stmt.where(LoginLog.at < _day(f.until) + timedelta(days=1))
            rows = session.execute(stmt.order_by(LoginLog.at.desc(), LoginLog.id.desc()).limit(f.limit))
            return [LoginDTO(*r) for r in rows]

    def online(self, now: datetime | None = None) -> list[OnlineDTO]:
        since = (now or datetime.now(UTC)) - ONLINE_WINDOW
        with self.db.read_only() as session:
            self._check(session)
            rows = session.execute(
                select(
                    UserSession.id, User.id, User.login, User.full_name, UserSession.station_code,
                    UserSession.machine, UserSession.started_at, UserSession.last_seen_at,
                )
                .join(User, User.id == UserSession.user_id)
                .where(UserSession.ended_at.is_(None), UserSession.last_seen_at >= since)
                .order_by(UserSession.started_at)
            )  # fmt: skip
            return [OnlineDTO(*r) for r in rows]

    def set_idle_lock_minutes(self, minutes: float) -> None:
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            row = session.get(SystemSetting, IDLE_SETTING)
            if row is None:
                session.add(SystemSetting(key=IDLE_SETTING, value=str(max(0.0, minutes))))
            else:
                row.value = str(max(0.0, minutes))

    def sign_out(self, session_id: int) -> None:
        """End a session; its client notices on its next heartbeat and returns to the login dialog."""
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            record = session.get(UserSession, session_id)
            if record is None:
                raise NotFound(NO_SUCH)
            if record.ended_at is None:
                record.ended_at, record.end_reason, record.ended_by = (
                    datetime.now(UTC), "signed_out", self.user.user_id,
                )  # fmt: skip
                audit.record(session, self.user, "sign_out", "user_session", session_id, "")
