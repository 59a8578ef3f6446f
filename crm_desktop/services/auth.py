"""Log-in with lockout and login log, password change, and resolving a user's roles into a UserContext."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import (
    LoginLog,
    Role,
    RoleDataScope,
    RolePermission,
    Station,
    User,
    UserRole,
    UserSession,
)
from crm_desktop.db.session import Database
from crm_desktop.services.catalog import SCOPE_ORDER
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, AuthenticationError, ValidationError
from crm_desktop.services.passwords import hash_password, needs_rehash, verify_password

MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

GENERIC_FAILURE = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")
LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "This account is locked after repeated failed log-ins. Try again in {minutes} minutes."
)
DISABLED = QT_TRANSLATE_NOOP("Errors", "This account is disabled. Ask an administrator.")


def _log(
    session: Session,
    login: str,
    user_id: int | None,
    ok: bool,
    reason: str,
    machine: str,
    station: str | None,
) -> None:
    session.add(
        LoginLog(
            login_name=login[:60],
            user_id=user_id,
            success=ok,
            reason=reason,
            machine=machine[:100],
            station_code=station,
        )
    )


def _recent_failures(session: Session, user_id: int, now: datetime) -> int:
    last_success = session.execute(
        select(func.max(LoginLog.at)).where(LoginLog.user_id == user_id, LoginLog.success.is_(True))
    ).scalar()
    since = now - FAILURE_WINDOW
    if last_success is not None and last_success > since:
        since = last_success
    count = session.execute(
        select(func.count())
        .select_from(LoginLog)
        .where(
            LoginLog.user_id == user_id,
            LoginLog.success.is_(False),
            LoginLog.reason == "bad_password",  # attempts refused while locked or disabled don't count
            LoginLog.at > since,
        )
    ).scalar_one()
    return int(count)


def resolve_context(session: Session, user: User, station_code: str | None, machine: str = "") -> UserContext:
    """Add up the user's roles: admin if any role is, union of permissions, widest scope per entity."""
    roles = (
        session.execute(
            select(Role)
            .join(UserRole, UserRole.role_id == Role.id)
            .where(UserRole.user_id == user.id, Role.deleted_at.is_(None))
        )
        .scalars()
        .all()
    )
    role_ids = [r.id for r in roles]
    perms = frozenset(
        (m, o)
        for m, o in session.execute(
            select(RolePermission.module, RolePermission.operation).where(
                RolePermission.role_id.in_(role_ids)
            )
        ).all()
    )
    scopes: dict[str, str] = {}
    for entity, scope in session.execute(
        select(RoleDataScope.entity, RoleDataScope.scope).where(RoleDataScope.role_id.in_(role_ids))
    ).all():
        if scope in SCOPE_ORDER and (
            entity not in scopes or SCOPE_ORDER.index(scope) > SCOPE_ORDER.index(scopes[entity])
        ):
            scopes[entity] = scope
    station = _pick_station(session, station_code, user.station_code)
    return UserContext(
        user_id=user.id,
        login=user.login,
        full_name=user.full_name,
        department_id=user.department_id,
        position_id=user.position_id,
        station_code=station,
        role_names=tuple(r.name for r in roles),
        is_admin=any(r.is_admin for r in roles),
        permissions=perms,
        scopes=scopes,
        machine=machine,
    )


def _pick_station(session: Session, *wanted: str | None) -> str:
    """The first of `wanted` (the station asked for, then the user's default) that exists, else the first one."""
    codes = list(
        session.execute(
            select(Station.code).where(Station.deleted_at.is_(None)).order_by(Station.sort_order)
        ).scalars()
    )
    for code in wanted:
        if code in codes:
            return str(code)
    return codes[0] if codes else "storefront"


def login(
    db: Database, login_name: str, password: str, station_code: str | None = None, machine: str = ""
) -> UserContext:
    """Check the credentials; raise AuthenticationError with one generic message for unknown user or bad password."""
    login_name = login_name.strip()
    now = datetime.now(UTC)
    error: AuthenticationError | None = None
    context: UserContext | None = None
    with db.unit_of_work() as session:
        user = session.execute(
            select(User).where(func.lower(User.login) == login_name.lower(), User.deleted_at.is_(None))
        ).scalar_one_or_none()
        password_ok = verify_password(user.password_hash if user else None, password)
        if user is None:
            _log(session, login_name, None, False, "unknown_user", machine, station_code)
            error = AuthenticationError(GENERIC_FAILURE)
        elif user.locked_until is not None and user.locked_until > now:
            _log(session, login_name, user.id, False, "locked", machine, station_code)
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            error = (
                AuthenticationError(LOCKED, minutes=minutes)
                if password_ok
                else AuthenticationError(GENERIC_FAILURE)
            )
        elif not password_ok:
            _log(session, login_name, user.id, False, "bad_password", machine, station_code)
            session.flush()
            if _recent_failures(session, user.id, now) >= MAX_FAILURES:
                user.locked_until = now + LOCK_DURATION
            error = AuthenticationError(GENERIC_FAILURE)
        elif not user.active:
            _log(session, login_name, user.id, False, "disabled", machine, station_code)
            error = AuthenticationError(DISABLED)
        else:
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.locked_until = None
            context = resolve_context(session, user, station_code, machine)
            _log(session, login_name, user.id, True, "ok", machine, context.station_code)
            record = UserSession(user_id=user.id, station_code=context.station_code, machine=machine[:100])
            session.add(record)
            session.flush()
            context = _with_session(context, record.id)
    if error is not None:
        raise error
    assert context is not None
    return context


def _with_session(context: UserContext, session_id: int) -> UserContext:
    from dataclasses import replace

    return replace(context, session_id=session_id)


def logout(db: Database, user: UserContext) -> None:
    if user.session_id is None:
        return
    with db.unit_of_work() as session:
        record = session.get(UserSession, user.session_id)
        if record is not None and record.ended_at is None:
            record.ended_at = datetime.now(UTC)
            record.end_reason = "logout"


def heartbeat(db: Database, user: UserContext) -> bool:
    """Mark the client's session as alive; False when it has ended (an administrator signed it out)."""
    if user.session_id is None:
        return True
    with db.unit_of_work() as session:
        record = session.get(UserSession, user.session_id)
        if record is None or record.ended_at is not None:
            return False
        record.last_seen_at = datetime.now(UTC)
        return True


def check_password(db: Database, user: UserContext, password: str) -> bool:
    """The idle lock's question: is this still the signed-in user (active, right password)?"""
    with db.read_only() as session:
        record = session.get(User, user.user_id)
        ok = record is not None and record.active and record.deleted_at is None
        return bool(ok and record is not None and verify_password(record.password_hash, password))


def change_password(db: Database, user: UserContext, old: str, new: str, repeat: str) -> None:
    errors: dict[str, str] = {}
    if len(new) < MIN_PASSWORD_LENGTH:
        errors["new"] = QT_TRANSLATE_NOOP("Errors", "The new password must have at least 8 characters.")
    elif new != repeat:
        errors["repeat"] = QT_TRANSLATE_NOOP("Errors", "The two new passwords differ.")
    elif new == old:
        errors["new"] = QT_TRANSLATE_NOOP("Errors", "The new password must differ from the current one.")
    with db.unit_of_work() as session:
        record = session.get(User, user.user_id)
        if record is None or not verify_password(record.password_hash, old):
            errors["old"] = QT_TRANSLATE_NOOP("Errors", "The current password is wrong.")
        if errors:
            raise ValidationError(errors)
        assert record is not None
        record.password_hash = hash_password(new)
        record.password_changed_at = datetime.now(UTC)
        record.updated_by = user.user_id


def create_user(
    db: Database,
    login_name: str,
    full_name: str,
    password: str,
    *,
    role_code: str | None = None,
    station_code: str | None = None,
) -> int:
    """Create an account (used by `crm-desktop user add` on a new database)."""
    # login() strips what is typed, so a name stored with surrounding spaces could never sign in.
    login_name, full_name = login_name.strip(), full_name.strip()
    errors: dict[str, str] = {}
    for field, value in (("login", login_name), ("full_name", full_name)):
        if not value:
            errors[field] = QT_TRANSLATE_NOOP("Errors", "This field is required.")
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = QT_TRANSLATE_NOOP("Errors", "The new password must have at least 8 characters.")
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        exists = session.execute(select(User.id).where(func.lower(User.login) == login_name.lower())).first()
        if exists:
            raise ValidationError({"login": QT_TRANSLATE_NOOP("Errors", "This user name is already taken.")})
        user = User(
            login=login_name,
            full_name=full_name,
            password_hash=hash_password(password),
            station_code=station_code,
        )
        session.add(user)
        session.flush()
        if role_code:
            role = session.execute(select(Role).where(Role.code == role_code)).scalar_one_or_none()
            if role is None:
                raise ValidationError({"role": QT_TRANSLATE_NOOP("Errors", "There is no such role.")})
            session.add(UserRole(user_id=user.id, role_id=role.id))
        return user.id
