"""Pure pieces of the services, no database: error classification, validation, audit diffs, permissions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Column, MetaData, String, Table, Unicode

from crm_desktop.services import access, audit, catalog, validation
from crm_desktop.services.connection import classify
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.passwords import hash_password, needs_rehash, verify_password
from crm_desktop.services.tasks import TaskDTO


class _DriverError(Exception):
    """Stands in for a DBAPIError: classify reads `.orig`."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.orig = Exception(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("file is not a database", "corrupt"),
        ("database disk image is malformed", "corrupt"),
        ('FATAL:  password authentication failed for user "crm"', "credentials"),
        ('FATAL:  role "crm_nobody" does not exist', "credentials"),
        ("[28000] [Microsoft][ODBC Driver 18 for SQL Server]Login failed for user 'crm'", "credentials"),
        ('FATAL:  database "crm_office" does not exist', "missing"),
        ('connection to server at "127.0.0.1", port 1 failed: Connection refused', "unreachable"),
        ('could not translate host name "db.nowhere" to address', "unreachable"),
        ("timeout expired", "unreachable"),
    ],
)
def test_classify(text: str, kind: str) -> None:
    assert classify(_DriverError(text))[0] == kind
    assert classify(Exception(text))[0] == kind


def test_service_error_formats_params() -> None:
    error = ServiceError("At most {max} characters.", max=5)
    assert str(error) == "At most 5 characters."
    assert error.message == "At most {max} characters."
    assert error.params == {"max": 5}
    assert str(ServiceError("Literal {braces} stay without params")) == "Literal {braces} stay without params"
    v = ValidationError({"name": validation.REQUIRED}, {"name": {"max": 1}})
    assert v.fields == {"name": validation.REQUIRED}
    assert v.field_params == {"name": {"max": 1}}


# --- validation ----------------------------------------------------------------------------------------------


_TABLE = Table(
    "t", MetaData(), Column("name", Unicode(5)), Column("email", String(50)), Column("memo", Unicode)
)


def _errors(
    data: dict[str, object], *, required: bool = True
) -> tuple[dict[str, str], dict[str, dict[str, object]]]:
    check = validation.Checker(_TABLE)
    check.text(data, "name", required=required)
    check.text(data, "memo")
    check.email(data, "email")
    try:
        check.done()
    except ValidationError as error:
        return error.fields, error.field_params
    return {}, {}


def test_checker() -> None:
    assert _errors({"name": "张三"}) == ({}, {})
    assert _errors({"name": "12345"}) == ({}, {})
    assert _errors({"name": "  123456  "}) == (
        {"name": validation.TOO_LONG},
        {"name": {"max": 6 - 1, "length": 6}},
    )
    assert _errors({}) == ({"name": validation.REQUIRED}, {})
    assert _errors({"name": None}, required=False) == ({}, {})
    assert _errors({"name": "x", "memo": "长" * 10_000}) == ({}, {})  # no length limit on text columns
    assert _errors({"name": "x", "email": "a@b.c"}) == ({}, {})
    assert _errors({"name": "x", "email": "a b@c.d"}) == ({"email": validation.BAD_EMAIL}, {})
    assert _errors({"name": "", "email": "@"}) == (
        {"name": validation.REQUIRED, "email": validation.BAD_EMAIL},
        {},
    )


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("010-82661234", True),
        ("(010) 8266 1234", True),
        ("+86 138 0013 8000", True),
        ("010-82661234转808", True),
        ("010-82661234 ext 12", True),
        ("０１０－８２６６１２３４", True),  # full-width forms, as typed with a Chinese IME
        ("＋８６ １３８００１３８０００", True),
        ("（０１０）８２６６１２３４", True),
        ("12", False),
        ("call me", False),
        ("138-abc", False),
    ],
)
def test_phone_format(value: str, ok: bool) -> None:
    check = validation.Checker(_TABLE)
    check.phone({"phone": value}, "phone")
    assert ("phone" not in check.errors) is ok


def test_clean() -> None:
    assert validation.clean("  x ") == "x"
    assert validation.clean("   ") is None
    assert validation.clean("") is None
    assert validation.clean(0) == 0
    assert validation.clean(None) is None


# --- audit diff ----------------------------------------------------------------------------------------------


def test_audit_diff() -> None:
    when = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    before: dict[str, object] = {"name": "甲", "phone": None, "count": 1, "when": when, "same": "x"}
    after: dict[str, object] = {
        **before,
        "name": "乙",
        "phone": "010",
        "when": when + timedelta(hours=1),
        "day": date(2024, 2, 29),
        "amount": Decimal("1.50"),
    }
    assert audit.diff(before, after) == {
        "name": ["甲", "乙"],
        "phone": [None, "010"],
        "when": [str(when), str(when + timedelta(hours=1))],
        "day": [None, "2024-02-29"],
        "amount": [None, "1.50"],
    }
    assert audit.diff(after, after) == {}


# --- permissions ---------------------------------------------------------------------------------------------


def _user(*, admin: bool = False, scopes: dict[str, str] | None = None) -> UserContext:
    return UserContext(
        user_id=1,
        login="u",
        full_name="U",
        department_id=None,
        position_id=None,
        station_code="storefront",
        role_names=("r",),
        is_admin=admin,
        permissions=frozenset({("customers", "view"), ("tasks", "view"), ("tasks", "edit")}),
        scopes=scopes or {},
    )


def test_user_context_permissions() -> None:
    user = _user(scopes={"customer": "own"})
    assert user.can("customers") and user.can("tasks", "edit")
    assert not user.can("customers", "delete") and not user.can("system")
    assert user.modules() == {"customers", "tasks"}
    assert _user(admin=True).can("system", "approve")
    with pytest.raises(PermissionDenied) as caught:
        access.require(user, "customers", "delete")
    assert caught.value.params == {"module": "customers", "operation": "delete"}
    access.require(user, "customers", "view")


def test_effective_scope() -> None:
    assert catalog.SCOPE_ORDER == ["own", "department", "subtree", "positions", "all"]
    for scope in catalog.SCOPE_ORDER:
        assert access.effective_scope(_user(scopes={"customer": scope}), "customer") == scope
    assert access.effective_scope(_user(), "customer") is None
    assert access.effective_scope(_user(scopes={"customer": "everyone"}), "customer") is None
    assert access.effective_scope(_user(admin=True), "customer") == "all"


def test_passwords() -> None:
    stored = hash_password("Secret-123")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "Secret-123")
    assert not verify_password(stored, "secret-123")
    assert not verify_password(None, "not-a-real-password")  # the dummy hash never lets anyone in
    assert not verify_password("garbage", "Secret-123")
    assert not needs_rehash(stored)


def test_task_overdue() -> None:
    def task(status: str, due: date | None) -> TaskDTO:
        now = datetime.now(UTC)
        return TaskDTO(1, "t", None, status, "normal", due, 1, "a", None, None, None, None, now, None, 1)

    yesterday, today = date.today() - timedelta(days=1), date.today()
    assert task("new", yesterday).overdue
    assert task("in_progress", yesterday).overdue
    assert not task("new", today).overdue
    assert not task("new", None).overdue
    assert not task("done", yesterday).overdue
    assert not task("rejected", yesterday).overdue
