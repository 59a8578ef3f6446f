"""Log-in, lockout, login log, password change and the roles a user adds up to (services/auth.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from crm_desktop.db.models import LoginLog, Role, User, UserRole, UserSession
from crm_desktop.db.session import Database
from crm_desktop.services import auth
from crm_desktop.services.errors import AuthenticationError, ValidationError
from tests.services.helpers import (
    PASSWORD,
    WORK_MODULES,
    add_department,
    add_role,
    add_user,
    count,
    role_id,
)

WRONG = "Wrong-password-9"


def _user(db: Database, login: str = "zhangsan", **kwargs: object) -> int:
    with db.unit_of_work() as s:
        return add_user(s, login, **kwargs)  # type: ignore[arg-type]


def _log(db: Database) -> list[LoginLog]:
    with db.read_only() as s:
        return list(s.execute(select(LoginLog).order_by(LoginLog.id)).scalars())


def _refused(db: Database, login: str, password: str) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as caught:
        auth.login(db, login, password, machine="pc-1")
    return caught.value


def _age_log(db: Database, user_id: int, by: timedelta) -> None:
    """Move a user's login log back in time (instead of sleeping through the window)."""
    with db.unit_of_work() as s:
        for row in s.execute(select(LoginLog).where(LoginLog.user_id == user_id)).scalars():
            row.at = row.at - by


def _set_locked_until(db: Database, user_id: int, until: datetime | None) -> None:
    with db.unit_of_work() as s:
        user = s.get(User, user_id)
        assert user is not None
        user.locked_until = until


def _locked_until(db: Database, user_id: int) -> datetime | None:
    with db.read_only() as s:
        user = s.get(User, user_id)
        assert user is not None
        return user.locked_until


# --- success and what the context adds up to -----------------------------------------------------------------


def test_login_returns_context_and_logs_success(db: Database) -> None:
    with db.unit_of_work() as s:
        dept = add_department(s, "门市部")
        rid = add_role(s, "clerk", permissions={"customers": ("view", "create"), **WORK_MODULES}, scope="own")
        uid = add_user(s, "zhangsan", full_name="张三", department_id=dept, roles=[rid])

    user = auth.login(db, "zhangsan", PASSWORD, "repair", machine="pc-1")

    assert (user.user_id, user.login, user.full_name, user.department_id) == (uid, "zhangsan", "张三", dept)
    assert user.role_names == ("clerk",)
    assert not user.is_admin
    assert user.permissions == {
        ("customers", "view"),
        ("customers", "create"),
        *((m, o) for m, ops in WORK_MODULES.items() for o in ops),
    }
    assert user.scopes == {"customer": "own"}
    assert user.can("customers", "create") and not user.can("customers", "delete")
    assert user.station_code == "repair"
    assert user.machine == "pc-1"
    assert user.session_id is not None

    [entry] = _log(db)
    assert (entry.login_name, entry.user_id, entry.success, entry.reason) == ("zhangsan", uid, True, "ok")
    assert (entry.machine, entry.station_code) == ("pc-1", "repair")
    with db.read_only() as s:
        record = s.get(UserSession, user.session_id)
        assert record is not None and record.user_id == uid and record.ended_at is None
    auth.logout(db, user)
    with db.read_only() as s:
        record = s.get(UserSession, user.session_id)
        assert record is not None and record.ended_at is not None


def test_two_roles_add_up_to_the_union_and_the_widest_scope(db: Database) -> None:
    with db.unit_of_work() as s:
        narrow = add_role(s, "narrow", permissions={"customers": ("view", "edit")}, scope="own")
        wide = add_role(
            s, "wide", permissions={"customers": ("view", "export"), "tasks": ("view",)}, scope="subtree"
        )
        dept_role = add_role(s, "dept", permissions={"messages": ("view",)}, scope="department")
        uid = add_user(s, "lisi", roles=[narrow])

    alone = auth.login(db, "lisi", PASSWORD)
    assert alone.scopes == {"customer": "own"}
    assert not alone.can("customers", "export")

    # A second and third role assignment, made through the models as an administrator's screen would.
    with db.unit_of_work() as s:
        s.add(UserRole(user_id=uid, role_id=wide))
        s.add(UserRole(user_id=uid, role_id=dept_role))

    both = auth.login(db, "lisi", PASSWORD)
    assert sorted(both.role_names) == ["dept", "narrow", "wide"]
    assert both.permissions == {
        ("customers", "view"),
        ("customers", "edit"),
        ("customers", "export"),
        ("tasks", "view"),
        ("messages", "view"),
    }
    assert both.scopes == {"customer": "subtree"}  # widest of own / subtree / department
    assert not both.is_admin
    assert not both.can("customers", "delete")

    with db.unit_of_work() as s:
        s.add(UserRole(user_id=uid, role_id=role_id(s, "admin")))
    admin = auth.login(db, "lisi", PASSWORD)
    assert admin.is_admin
    assert admin.can("customers", "delete")  # the administrator may do everything

    # A deleted role no longer counts.
    with db.unit_of_work() as s:
        role = s.get(Role, wide)
        assert role is not None
        role.deleted_at = datetime.now(UTC)
    with db.unit_of_work() as s:
        s.execute(delete(UserRole).where(UserRole.role_id == role_id(s, "admin")))
    after = auth.login(db, "lisi", PASSWORD)
    assert sorted(after.role_names) == ["dept", "narrow"]
    assert after.scopes == {"customer": "department"}
    assert not after.can("customers", "export")


def test_station_explicit_user_default_and_fallback(db: Database) -> None:
    _user(db, "withdefault", station_code="key_accounts")
    _user(db, "nodefault")
    _user(db, "stale", station_code="closed_station")

    assert auth.login(db, "withdefault", PASSWORD, "repair").station_code == "repair"  # explicit wins
    assert auth.login(db, "withdefault", PASSWORD).station_code == "key_accounts"  # the user's default
    # An unknown station asked for falls back to the user's own default, then to the first station.
    assert auth.login(db, "withdefault", PASSWORD, "no_such_station").station_code == "key_accounts"
    assert auth.login(db, "nodefault", PASSWORD).station_code == "storefront"  # first by sort order
    assert auth.login(db, "stale", PASSWORD).station_code == "storefront"
    assert [e.station_code for e in _log(db)] == [
        "repair",
        "key_accounts",
        "key_accounts",
        "storefront",
        "storefront",
    ]


def test_login_name_is_case_insensitive_and_trimmed(db: Database) -> None:
    uid = _user(db, "ZhangSan")
    for typed in ("zhangsan", "ZHANGSAN", "  ZhangSan  "):
        user = auth.login(db, typed, PASSWORD)
        assert user.user_id == uid
        assert user.login == "ZhangSan"


# --- failures: one message, one log row each -----------------------------------------------------------------


def test_unknown_user_and_wrong_password_give_the_same_message(db: Database) -> None:
    uid = _user(db, "wangwu")
    unknown = _refused(db, "nobody", PASSWORD)
    wrong = _refused(db, "wangwu", WRONG)
    empty = _refused(db, "wangwu", "")
    assert str(unknown) == str(wrong) == str(empty) == auth.GENERIC_FAILURE
    assert unknown.message == wrong.message == auth.GENERIC_FAILURE

    rows = [(e.login_name, e.user_id, e.success, e.reason, e.machine) for e in _log(db)]
    assert rows == [
        ("nobody", None, False, "unknown_user", "pc-1"),
        ("wangwu", uid, False, "bad_password", "pc-1"),
        ("wangwu", uid, False, "bad_password", "pc-1"),
    ]


def test_deleted_user_is_unknown(db: Database) -> None:
    uid = _user(db, "gone")
    with db.unit_of_work() as s:
        user = s.get(User, uid)
        assert user is not None
        user.deleted_at = datetime.now(UTC)
    assert str(_refused(db, "gone", PASSWORD)) == auth.GENERIC_FAILURE
    assert _log(db)[-1].reason == "unknown_user"


def test_disabled_user_is_refused(db: Database) -> None:
    uid = _user(db, "disabled", active=False)
    error = _refused(db, "disabled", PASSWORD)
    assert error.message == auth.DISABLED
    # With the wrong password a disabled account looks like any other failure.
    assert _refused(db, "disabled", WRONG).message == auth.GENERIC_FAILURE
    assert [(e.user_id, e.success, e.reason) for e in _log(db)] == [
        (uid, False, "disabled"),
        (uid, False, "bad_password"),
    ]
    assert count(db, UserSession) == 0


def test_five_failures_lock_the_account_and_the_lock_expires(db: Database) -> None:
    uid = _user(db, "zhaoliu")
    for _ in range(auth.MAX_FAILURES - 1):
        assert _refused(db, "zhaoliu", WRONG).message == auth.GENERIC_FAILURE
    assert _locked_until(db, uid) is None
    fifth = _refused(db, "zhaoliu", WRONG)
    assert fifth.message == auth.GENERIC_FAILURE  # the attempt that locks says nothing more
    until = _locked_until(db, uid)
    assert until is not None
    expected = datetime.now(UTC) + auth.LOCK_DURATION
    assert abs((until - expected).total_seconds()) < 60

    # Even the right password is refused now, with the locked message; a wrong one stays generic.
    locked = _refused(db, "zhaoliu", PASSWORD)
    assert locked.message == auth.LOCKED
    assert locked.params == {"minutes": 15}
    assert "15 minutes" in str(locked)
    assert _refused(db, "zhaoliu", WRONG).message == auth.GENERIC_FAILURE
    reasons = [e.reason for e in _log(db)]
    assert reasons == ["bad_password"] * 5 + ["locked", "locked"]

    # The lock runs out: move it and the log into the past instead of waiting 15 minutes.
    _set_locked_until(db, uid, datetime.now(UTC) - timedelta(seconds=1))
    _age_log(db, uid, auth.FAILURE_WINDOW + timedelta(minutes=1))
    user = auth.login(db, "zhaoliu", PASSWORD)
    assert user.user_id == uid
    assert _locked_until(db, uid) is None
    assert _log(db)[-1].reason == "ok"


def test_failures_outside_the_window_or_before_a_success_do_not_count(db: Database) -> None:
    uid = _user(db, "sunqi")
    for _ in range(4):
        _refused(db, "sunqi", WRONG)
    _age_log(db, uid, auth.FAILURE_WINDOW + timedelta(minutes=1))
    for _ in range(4):
        _refused(db, "sunqi", WRONG)
    assert _locked_until(db, uid) is None  # 8 failures, but only 4 within 15 minutes

    auth.login(db, "sunqi", PASSWORD)  # a success starts the count afresh
    for _ in range(4):
        _refused(db, "sunqi", WRONG)
    assert _locked_until(db, uid) is None
    _refused(db, "sunqi", WRONG)
    assert _locked_until(db, uid) is not None


def test_a_lock_that_has_run_out_is_not_renewed_by_old_failures(db: Database) -> None:
    uid = _user(db, "zhouba")
    for _ in range(5):
        _refused(db, "zhouba", WRONG)
    assert _locked_until(db, uid) is not None
    _set_locked_until(db, uid, datetime.now(UTC) - timedelta(seconds=1))
    _age_log(db, uid, auth.FAILURE_WINDOW + timedelta(minutes=1))
    assert _refused(db, "zhouba", WRONG).message == auth.GENERIC_FAILURE
    until = _locked_until(db, uid)
    assert until is None or until < datetime.now(UTC)  # one slip after the lock does not lock again


# --- changing the password -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "repeat", "field", "message"),
    [
        (PASSWORD, "short", "short", "new", "The new password must have at least 8 characters."),
        (PASSWORD, "Another-pass-2", "Another-pass-3", "repeat", "The two new passwords differ."),
        (PASSWORD, PASSWORD, PASSWORD, "new", "The new password must differ from the current one."),
        (WRONG, "Another-pass-2", "Another-pass-2", "old", "The current password is wrong."),
    ],
    ids=["too_short", "mismatch", "same_as_old", "wrong_current"],
)
def test_change_password_validation(
    db: Database, old: str, new: str, repeat: str, field: str, message: str
) -> None:
    _user(db, "qianjiu")
    user = auth.login(db, "qianjiu", PASSWORD)
    with pytest.raises(ValidationError) as caught:
        auth.change_password(db, user, old, new, repeat)
    assert caught.value.fields == {field: message}
    assert auth.login(db, "qianjiu", PASSWORD).user_id == user.user_id  # unchanged


def test_change_password_success(db: Database) -> None:
    uid = _user(db, "chenshi")
    user = auth.login(db, "chenshi", PASSWORD)
    auth.change_password(db, user, PASSWORD, "Brand-new-pass-7", "Brand-new-pass-7")
    with db.read_only() as s:
        record = s.get(User, uid)
        assert record is not None
        assert record.password_changed_at is not None
        assert record.updated_by == uid
        assert "Brand-new-pass-7" not in record.password_hash
    assert auth.login(db, "chenshi", "Brand-new-pass-7").user_id == uid
    assert _refused(db, "chenshi", PASSWORD).message == auth.GENERIC_FAILURE


# --- creating accounts ---------------------------------------------------------------------------------------


def test_create_user_and_log_in(db: Database) -> None:
    uid = auth.create_user(
        db, "Admin2", "管理员二", "Admin-pass-1", role_code="admin", station_code="manager"
    )
    user = auth.login(db, "admin2", "Admin-pass-1")
    assert (user.user_id, user.is_admin, user.station_code) == (uid, True, "manager")


def test_create_user_refuses_a_duplicate_login_in_any_case(db: Database) -> None:
    _user(db, "Alice")
    before = count(db, User)
    for login in ("Alice", "alice", "ALICE"):
        with pytest.raises(ValidationError) as caught:
            auth.create_user(db, login, "Alice Again", "Another-pass-1")
        assert set(caught.value.fields) == {"login"}
    assert count(db, User) == before


def test_create_user_refuses_short_password_and_unknown_role(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        auth.create_user(db, "bob", "Bob", "short")
    assert set(caught.value.fields) == {"password"}
    with pytest.raises(ValidationError) as caught:
        auth.create_user(db, "bob", "Bob", "Long-enough-1", role_code="no_such_role")
    assert set(caught.value.fields) == {"role"}
    assert count(db, User) == 0  # the half-made account was rolled back
    assert count(db, UserRole) == 0


def test_create_user_trims_names_and_requires_them(db: Database) -> None:
    uid = auth.create_user(db, "  Carol ", " 卡罗尔 ", "Carol-pass-1")
    user = auth.login(db, "carol", "Carol-pass-1")
    assert (user.user_id, user.login, user.full_name) == (uid, "Carol", "卡罗尔")
    with pytest.raises(ValidationError) as caught:
        auth.create_user(db, "   ", "", "short")
    assert set(caught.value.fields) == {"login", "full_name", "password"}
    with pytest.raises(ValidationError) as caught:
        auth.create_user(db, " carol", "Carol Again", "Carol-pass-2")
    assert set(caught.value.fields) == {"login"}
    assert count(db, User) == 1
