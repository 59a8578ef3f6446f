"""Customer archive: keyset-paged list and search, detail, create/edit/delete with optimistic locking.

Every read and write goes through `access.scope_filter` / `access.require_row`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, cast

from sqlalchemy import ColumnElement, Select, and_, literal, or_, select, tuple_
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Customer, User
from crm_desktop.db.session import Database
from crm_desktop.services import (
    access,
    audit,
    customer_search,
    duplicates,
    search_index,  # noqa: F401 - its ORM hook keeps search documents current
)
from crm_desktop.services.context import UserContext
from crm_desktop.services.customer_search import Condition, CustomerQuery, TotalEstimate  # noqa: F401 - re-exported
from crm_desktop.services.definitions import sql as custom_sql
from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.entry import apply_extra, extra_diff
from crm_desktop.services.definitions.schema import CUSTOM_PREFIX
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, NotFound, ValidationError
from crm_desktop.services.validation import Checker, clean_fields

EDITABLE_FIELDS = (
    "name", "short_name", "kind", "type_id", "grade_id", "industry_id", "region_id", "source_id",
    "phone", "mobile", "email", "website", "address", "postcode", "needs", "notes",
)  # fmt: skip
KINDS = ("enterprise", "individual")
SortKey = Literal["name", "created"]


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    short_name: str | None
    kind: str
    type_id: int | None
    grade_id: int | None
    industry_id: int | None
    region_id: int | None
    source_id: int | None
    phone: str | None
    mobile: str | None
    owner_id: int | None
    owner_name: str | None
    last_contact_at: datetime | None
    created_at: datetime
    extra: dict[str, object]  # custom field values (JSON form, see services/definitions/values.py)


@dataclass(frozen=True)
class CustomerDetail(CustomerRow):
    email: str | None
    website: str | None
    address: str | None
    postcode: str | None
    needs: str | None
    notes: str | None
    version: int
    updated_at: datetime
    can_edit: bool
    can_delete: bool
    in_pool: bool = False  # no owner: the customer lies in the public pool


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: the sort value and id of the last row shown."""

    value: Any
    id: int


@dataclass(frozen=True)
class Page:
    rows: list[CustomerRow]
    next_cursor: PageCursor | None


@dataclass
class CustomerInput:
    name: str = ""
    short_name: str | None = None
    kind: str = "enterprise"
    type_id: int | None = None
    grade_id: int | None = None
    industry_id: int | None = None
    region_id: int | None = None
    source_id: int | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    website: str | None = None
    address: str | None = None
    postcode: str | None = None
    needs: str | None = None
    notes: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


Owner = aliased(User)

_ROW_COLUMNS = (
    Customer.id, Customer.name, Customer.short_name, Customer.kind, Customer.type_id, Customer.grade_id,
    Customer.industry_id, Customer.region_id, Customer.source_id, Customer.phone, Customer.mobile,
    Customer.owner_id, Owner.full_name, Customer.last_contact_at, Customer.created_at, Customer.extra,
)  # fmt: skip


def _base_select(session: Session, user: UserContext, query: CustomerQuery) -> tuple[Select[Any], bool]:
    """The list's statement (unordered) and whether it walks the search index (see customer_search)."""
    stmt = cast("Select[Any]", select(*_ROW_COLUMNS).outerjoin(Owner, Owner.id == Customer.owner_id))
    stmt = stmt.where(access.scope_filter(session, user, "customer", "view"))
    custom = store.all_fields(session, "customer") if customer_search.uses_custom_fields(query) else None
    dialect = session.get_bind().dialect.name
    stmt = stmt.where(*customer_search.query_conditions(query, user.user_id, custom, dialect))
    if query.text.strip():
        return customer_search.apply_text(session, stmt, query.text)
    return stmt, False


def _after(
    dialect: str, value_column: Any, id_column: Any, cursor: PageCursor, *, descending: bool
) -> ColumnElement[bool]:
    """Rows after `cursor` in (value, id) order: a row-value comparison where the engine has one (PostgreSQL
    and SQLite seek the (value, id) index with it), the equivalent OR elsewhere."""
    if dialect in ("postgresql", "sqlite"):
        pair, bound = tuple_(value_column, id_column), tuple_(literal(cursor.value, value_column.type),
                                                               literal(cursor.id))  # fmt: skip
        return pair < bound if descending else pair > bound
    if descending:
        return or_(value_column < cursor.value, and_(value_column == cursor.value, id_column < cursor.id))
    return or_(value_column > cursor.value, and_(value_column == cursor.value, id_column > cursor.id))


def _row(values: Any) -> CustomerRow:
    return from_row(CustomerRow, values)


def check_input(data: CustomerInput) -> tuple[dict[str, Any], ValidationError | None]:
    """The form's built-in values cleaned, and their errors (no database needed: the import checks rows with it
    in its reader process too)."""
    values = clean_fields(vars(data), EDITABLE_FIELDS)
    check = Checker(Customer.__table__)  # type: ignore[arg-type]
    check.text(values, "name", required=True)
    for name in ("short_name", "phone", "mobile", "email", "website", "address", "postcode"):
        check.text(values, name)
    check.email(values, "email")
    check.phone(values, "phone")
    check.phone(values, "mobile")
    if values["kind"] not in KINDS:
        check.add("kind", QT_TRANSLATE_NOOP("Errors", "Choose enterprise or individual."))
    try:
        check.done()
    except ValidationError as error:
        return values, error
    return values, None


class CustomerService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reads -------------------------------------------------------------------------------------------
    def list_page(
        self,
        query: CustomerQuery,
        cursor: PageCursor | None = None,
        limit: int = 100,
        sort: SortKey | str = "name",
        *,
        descending: bool = False,
    ) -> Page:
        """One page in keyset order: (name, id) ascending, (created_at, id) newest first, or by a custom field
        ("x_…": its value, then id; `descending` reverses)."""
        access.require(self.user, "customers", "view")
        custom_sort = sort.startswith(CUSTOM_PREFIX)
        with self.db.read_only() as session:
            stmt, walks = _base_select(session, self.user, query)
            dialect = session.get_bind().dialect.name
            if custom_sort:
                f = store.all_fields(session, "customer").get(sort)
                if f is None or f.builtin:
                    raise ValueError(f"unknown sort field {sort}")
                value = custom_sql.sort_key(Customer, f)
                if cursor is not None:
                    stmt = stmt.where(_after(dialect, value, Customer.id, cursor, descending=descending))
                order = (value.desc(), Customer.id.desc()) if descending else (value, Customer.id)
                stmt = stmt.add_columns(value).order_by(*order)
            elif sort == "name":
                name, key = customer_search.WALK_ORDER if walks else (Customer.name, Customer.id)
                if cursor is not None:
                    stmt = stmt.where(_after(dialect, name, key, cursor, descending=False))
                stmt = stmt.order_by(name, key)
            else:
                if cursor is not None:
                    stmt = stmt.where(
                        _after(dialect, Customer.created_at, Customer.id, cursor, descending=True)
                    )
                stmt = stmt.order_by(Customer.created_at.desc(), Customer.id.desc())
            raw = session.execute(stmt.limit(limit + 1)).all()
        rows = [_row(r[:-1] if custom_sort else r) for r in raw]
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = None
        if more and rows:
            last = rows[-1]
            at: Any = raw[limit - 1][-1] if custom_sort else last.name if sort == "name" else last.created_at
            next_cursor = PageCursor(at, last.id)
        return Page(rows, next_cursor)

    def estimate_total(self, query: CustomerQuery) -> TotalEstimate:
        """How many customers match: exact up to a bound, estimated above it (never blocks the list)."""
        access.require(self.user, "customers", "view")
        with self.db.read_only() as session:
            return customer_search.estimate_total(session, _base_select(session, self.user, query)[0])

    def get(self, customer_id: int) -> CustomerDetail:
        with self.db.read_only() as session:
            access.require_row(session, self.user, "customer", customer_id, "view")
            return self._detail(session, customer_id)

    def _detail(self, session: Session, customer_id: int) -> CustomerDetail:
        row = session.execute(
            select(*_ROW_COLUMNS, Customer.email, Customer.website, Customer.address, Customer.postcode,
                   Customer.needs, Customer.notes, Customer.version, Customer.updated_at)
            .outerjoin(Owner, Owner.id == Customer.owner_id)
            .where(Customer.id == customer_id)
        ).one_or_none()  # fmt: skip
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
        can_edit = access.visible(session, self.user, "customer", customer_id, "edit")
        can_delete = access.visible(session, self.user, "customer", customer_id, "delete")
        return from_row(
            CustomerDetail, row, can_edit=can_edit, can_delete=can_delete, in_pool=row.owner_id is None
        )

    # ----- writes ------------------------------------------------------------------------------------------
    def _validate(self, data: CustomerInput) -> dict[str, Any]:
        """Cleaned built-in values; raises ValidationError (custom values are checked on save, see _check)."""
        values, error = self._check(data)
        if error is not None:
            raise error
        return values

    def _check(self, data: CustomerInput) -> tuple[dict[str, Any], ValidationError | None]:
        """Cleaned built-in values and their errors (raised later together with the custom values' errors)."""
        return check_input(data)

    def _check_duplicates(self, session: Session, values: dict[str, Any], exclude_id: int | None) -> None:
        """Raise DuplicatesFound when a similar customer exists (the UI shows the candidates, then saves again
        with check_duplicates=False once the user confirms)."""
        report = duplicates.find(session, self.user, values["name"], (values["phone"], values["mobile"]),
                                 values["email"], exclude_id)  # fmt: skip
        if report.blocking():
            raise duplicates.DuplicatesFound(report)

    def create(self, data: CustomerInput, *, check_duplicates: bool = False) -> int:
        access.require(self.user, "customers", "create")
        values, errors = self._check(data)
        with self.db.unit_of_work() as session:
            extra = apply_extra(session, self.user, "customer", values, data.extra, builtin_errors=errors,
                                creating=True)  # fmt: skip
            if check_duplicates:
                self._check_duplicates(session, values, None)
            customer = Customer(
                **values,
                extra=extra,
                owner_id=self.user.user_id,
                department_id=self.user.department_id,
                created_by=self.user.user_id,
                updated_by=self.user.user_id,
            )
            session.add(customer)
            session.flush()
            audit.record(session, self.user, "create", "customer", customer.id, values["name"],
                         {**audit.diff({}, values), **extra_diff({}, extra)})  # fmt: skip
            return customer.id

    def update(
        self, customer_id: int, version: int, data: CustomerInput, *, check_duplicates: bool = False
    ) -> int:
        """Save changes made to the record as it was at `version`; returns the new version."""
        values, errors = self._check(data)
        try:
            with self.db.unit_of_work() as session:
                access.require_row(session, self.user, "customer", customer_id, "edit")
                customer = session.get(Customer, customer_id)
                assert customer is not None
                if customer.version != version:
                    raise ConcurrentEditError()
                extra = apply_extra(session, self.user, "customer", values, data.extra, customer.extra,
                                    builtin_errors=errors)  # fmt: skip
                if check_duplicates:
                    self._check_duplicates(session, values, customer_id)
                before = {name: getattr(customer, name) for name in EDITABLE_FIELDS}
                for name, value in values.items():
                    setattr(customer, name, value)
                changes = {**audit.diff(before, values), **extra_diff(customer.extra or {}, extra)}
                if extra != (customer.extra or {}):
                    customer.extra = extra
                customer.updated_by = self.user.user_id
                if changes:
                    customer.updated_at = datetime.now(UTC)
                    audit.record(
                        session, self.user, "update", "customer", customer_id, values["name"], changes
                    )
                session.flush()
                return customer.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def delete(self, customer_id: int, version: int) -> None:
        """Soft delete (to the recycle bin)."""
        try:
            with self.db.unit_of_work() as session:
                access.require_row(session, self.user, "customer", customer_id, "delete")
                customer = session.get(Customer, customer_id)
                assert customer is not None
                if customer.version != version:
                    raise ConcurrentEditError()
                customer.deleted_at = datetime.now(UTC)
                customer.deleted_by = self.user.user_id
                audit.record(session, self.user, "delete", "customer", customer_id, customer.name)
        except StaleDataError as error:
            raise ConcurrentEditError() from error


def input_from_detail(detail: CustomerDetail) -> CustomerInput:
    data = asdict(detail)
    return CustomerInput(**{k: data[k] for k in EDITABLE_FIELDS}, extra=dict(detail.extra))
