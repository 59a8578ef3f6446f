"""Quotes (报价单): lines from products at the customer's grade price, discounts, totals; list, detail, create,
edit, delete. The workflow (submit, approve, reject, issue, accept, expire) lives in quote_approval.py.

Pricing: a line's net price is `unit_price × (1 − discount %)`; below cost (or below the customer's grade price)
the line needs the superior's approval before the quote can be issued. A product whose internal cost is not
known yet cannot be quoted to a customer (seed 002): such a quote can be saved as a draft but not sent on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Customer, Opportunity, Product, Quote, QuoteLine, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, list_sort, numbering, products
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions.entry import apply_extra, extra_diff
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    NotFound,
    ServiceError,
    ValidationError,
)
from crm_desktop.services.list_sort import AnySelect, ListSort, SortCursor, SortedPage
from crm_desktop.services.row_versions import row_at_version
from crm_desktop.services.validation import Checker, clean

MODULE = "quotes"
ENTITY = "quote"
STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Quotes", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Quotes", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("Quotes", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Quotes", "Rejected"),
    "issued": QT_TRANSLATE_NOOP("Quotes", "Issued"),
    "accepted": QT_TRANSLATE_NOOP("Quotes", "Accepted"),
    "expired": QT_TRANSLATE_NOOP("Quotes", "Expired"),
}
EDITABLE_STATUSES = ("draft", "rejected", "approved")
REASONS: dict[str, str] = {
    "below_cost": QT_TRANSLATE_NOOP("Quotes", "Below cost"),
    "below_grade_price": QT_TRANSLATE_NOOP("Quotes", "Below the customer's grade price"),
    "cost_unknown": QT_TRANSLATE_NOOP("Quotes", "Internal cost not known yet"),
}
CENT = Decimal("0.01")
HUNDRED = Decimal("100")
MAX_MONEY = Decimal("999999999999.99")

BAD_QUANTITY = QT_TRANSLATE_NOOP("Errors", "The quantity must be greater than zero.")
BAD_PRICE = QT_TRANSLATE_NOOP("Errors", "The price cannot be negative.")
BAD_DISCOUNT = QT_TRANSLATE_NOOP("Errors", "A discount lies between 0 and 100 %.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Errors", "Enter a number.")
TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "This amount is too large.")
NO_LINES = QT_TRANSLATE_NOOP("Errors", "Add at least one product line.")
UNKNOWN_PRODUCT = QT_TRANSLATE_NOOP("Errors", "This product no longer exists.")
GONE = QT_TRANSLATE_NOOP("Errors", "The record no longer exists.")
NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "Errors", "A quote can be changed only while it is a draft, rejected or approved (now: {status})."
)
NOT_DELETABLE = QT_TRANSLATE_NOOP("Errors", "Only draft or rejected quotes can be deleted.")
OPPORTUNITY_CUSTOMER = QT_TRANSLATE_NOOP(
    "Errors", "The opportunity “{name}” belongs to another customer. Nothing was saved."
)


@dataclass(frozen=True)
class QuoteLineInput:
    product_id: int
    quantity: Decimal
    unit_price: Decimal | None = None  # None: the customer's grade price
    discount_pct: Decimal = Decimal("0")


@dataclass(frozen=True)
class QuoteInput:
    customer_id: int | None
    lines: Sequence[QuoteLineInput]
    title: str | None = None
    valid_until: date | None = None
    opportunity_id: int | None = None
    remark: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PriceInfo:
    product_id: int
    code: str
    name: str
    unit: str | None
    list_price: Decimal
    grade_price: Decimal
    cost_price: Decimal | None


@dataclass(frozen=True)
class LineResult:
    net_price: Decimal
    amount: Decimal
    reason: str | None  # "below_cost", "below_grade_price", "cost_unknown" or None


@dataclass(frozen=True)
class QuoteLineDTO:
    seq: int
    product_id: int
    product_name: str
    unit: str | None
    quantity: Decimal
    list_price: Decimal
    grade_price: Decimal
    cost_price: Decimal | None
    unit_price: Decimal
    discount_pct: Decimal
    amount: Decimal
    approval_reason: str | None


@dataclass(frozen=True)
class QuoteRow:
    id: int
    number: str
    customer_id: int
    customer_name: str
    title: str | None
    status: str
    total: Decimal
    valid_until: date | None
    owner_name: str | None
    needs_approval: bool
    created_at: datetime
    extra: dict[str, Any] = field(default_factory=dict)  # custom field values (list columns)


@dataclass(frozen=True)
class QuoteDetail:
    id: int
    version: int
    number: str
    customer_id: int
    customer_name: str
    grade_id: int | None
    opportunity_id: int | None
    title: str | None
    status: str
    valid_until: date | None
    list_total: Decimal
    total: Decimal
    cost_total: Decimal
    needs_approval: bool
    owner_id: int | None
    owner_name: str | None
    approver_id: int | None
    approver_name: str | None
    reject_reason: str | None
    submitted_at: datetime | None
    decided_at: datetime | None
    issued_at: datetime | None
    remark: str | None
    extra: dict[str, Any]
    lines: tuple[QuoteLineDTO, ...]
    can_edit: bool = False


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    name: str
    grade_id: int | None


def to_decimal(value: object) -> Decimal | None:
    """A Decimal from typed text or a number; None when it is not a number."""
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    try:
        result = Decimal(str(value).strip().replace(",", "").replace("，", ""))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def evaluate_line(
    quantity: Decimal, unit_price: Decimal, discount_pct: Decimal, grade_price: Decimal, cost: Decimal | None
) -> LineResult:
    """Net price, line amount and why the line needs approval (pure: the editor and the service share it)."""
    net = (unit_price * (HUNDRED - discount_pct) / HUNDRED).quantize(CENT, ROUND_HALF_UP)
    amount = (net * quantity).quantize(CENT, ROUND_HALF_UP)
    reason: str | None = None
    if cost is None:
        reason = "cost_unknown"
    elif net < cost:
        reason = "below_cost"
    elif net < grade_price:
        reason = "below_grade_price"
    return LineResult(net, amount, reason)


def needs_approval(reasons: Sequence[str | None]) -> bool:
    return any(r in ("below_cost", "below_grade_price") for r in reasons)


def check_lines(lines: Sequence[QuoteLineInput]) -> None:
    """Field errors keyed "line.<row>.<field>" (quantity, unit_price, discount_pct) or "lines"."""
    check = Checker(Quote.__table__)  # type: ignore[arg-type]
    if not lines:
        check.add("lines", NO_LINES)
    for row, line in enumerate(lines):
        if not line.quantity.is_finite() or line.quantity <= 0:
            check.add(f"line.{row}.quantity", BAD_QUANTITY)
        elif line.quantity > MAX_MONEY:
            check.add(f"line.{row}.quantity", TOO_LARGE)
        if line.unit_price is not None:
            if not line.unit_price.is_finite() or line.unit_price < 0:
                check.add(f"line.{row}.unit_price", BAD_PRICE)
            elif line.unit_price > MAX_MONEY:
                check.add(f"line.{row}.unit_price", TOO_LARGE)
        if not line.discount_pct.is_finite() or not 0 <= line.discount_pct <= HUNDRED:
            check.add(f"line.{row}.discount_pct", BAD_DISCOUNT)
    check.done()


def check_opportunity(
    session: Session, user: UserContext, opportunity_id: int | None, customer_id: int
) -> None:
    """A quote names only a deal the user may see, of the quote's own customer."""
    if opportunity_id is None:
        return
    access.require_row(session, user, "opportunity", opportunity_id, "view")
    deal = session.get(Opportunity, opportunity_id)
    assert deal is not None
    if deal.customer_id != customer_id:
        raise ServiceError(OPPORTUNITY_CUSTOMER, name=deal.name)


def customer_grade(session: Session, customer_id: int) -> int | None:
    return session.scalar(select(Customer.grade_id).where(Customer.id == customer_id))


def price_info(session: Session, product_id: int, grade_id: int | None) -> PriceInfo:
    product = session.get(Product, product_id)
    if product is None or product.deleted_at is not None:
        raise NotFound(UNKNOWN_PRODUCT)
    grade_price = products.price_for(session, product_id, grade_id)
    return PriceInfo(product.id, product.code, product.name, product.unit or None, product.list_price,
                     grade_price, product.cost_price)  # fmt: skip


Owner = aliased(User)
Approver = aliased(User)


def expire_due(session: Session, today: date | None = None) -> int:
    """Issued quotes whose validity has passed become expired (idempotent; run when quotes are read)."""
    day = today or date.today()
    due = (Quote.status == "issued", Quote.valid_until < day, Quote.deleted_at.is_(None))
    if session.scalar(select(Quote.id).where(*due).limit(1)) is None:
        return 0  # the usual case: no write, so listing takes no write lock
    done = session.execute(
        update(Quote)
        .where(*due)
        .values(status="expired", closed_at=datetime.now(UTC), version=Quote.version + 1),
        execution_options={"synchronize_session": False},
    )
    return int(done.rowcount or 0)  # type: ignore[attr-defined]


DEFAULT_SORT = ListSort("id", descending=True)
SORT_COLUMNS = {"customer_name": Customer.name, "owner_id": Owner.full_name}


def _quote_row(r: Sequence[Any]) -> QuoteRow:
    return from_row(QuoteRow, r[:-1], extra=dict(r[-1] or {}))


class QuoteService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reads -------------------------------------------------------------------------------------------
    def list_quotes(
        self,
        *,
        status: str | None = None,
        customer_id: int | None = None,
        text: str | None = None,
        before_id: int | None = None,
        limit: int = 200,
    ) -> list[QuoteRow]:
        """Newest first, `limit` rows; pass the last row's id as `before_id` for the next page."""
        with self.db.unit_of_work() as session:
            stmt = self._list_select(session, status, customer_id, text)
            if before_id is not None:
                stmt = stmt.where(Quote.id < before_id)
            return [_quote_row(r) for r in session.execute(stmt.order_by(Quote.id.desc()).limit(limit)).all()]

    def list_page(
        self,
        *,
        status: str | None = None,
        customer_id: int | None = None,
        text: str | None = None,
        sort: ListSort | None = None,
        cursor: SortCursor | None = None,
        limit: int = 200,
    ) -> SortedPage[QuoteRow]:
        """Sorted by any column (newest first by default), keyset-paged: pass `next_cursor` back as `cursor`."""
        with self.db.unit_of_work() as session:
            stmt = self._list_select(session, status, customer_id, text)
            return list_sort.sorted_page(
                session, stmt, entity=ENTITY, model=Quote, sort=sort or DEFAULT_SORT, cursor=cursor, limit=limit,
                make=_quote_row, columns=SORT_COLUMNS,
            )  # fmt: skip

    def _list_select(
        self, session: Session, status: str | None, customer_id: int | None, text: str | None
    ) -> AnySelect:
        """The list's statement (unordered): quotes in the user's scope matching the filters."""
        access.require_live(session, self.user, MODULE, "view")
        expire_due(session)
        conditions = list_sort.document_filters(
            session,
            self.user,
            ENTITY,
            Quote,
            (Quote.number, Customer.name, Quote.title),
            status,
            customer_id,
            text,
        )
        return (
            select(Quote.id, Quote.number, Quote.customer_id, Customer.name, Quote.title, Quote.status,
                   Quote.total, Quote.valid_until, Owner.full_name, Quote.needs_approval, Quote.created_at,
                   Quote.extra)
            .join(Customer, Customer.id == Quote.customer_id)
            .outerjoin(Owner, Owner.id == Quote.owner_id)
            .where(*conditions)
        )  # fmt: skip

    def get(self, quote_id: int) -> QuoteDetail:
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, ENTITY, quote_id, "view")
            expire_due(session)
            return self.detail(session, quote_id)

    def detail(self, session: Session, quote_id: int) -> QuoteDetail:
        row = session.execute(
            select(Quote, Customer.name, Owner.full_name, Approver.full_name)
            .join(Customer, Customer.id == Quote.customer_id)
            .outerjoin(Owner, Owner.id == Quote.owner_id)
            .outerjoin(Approver, Approver.id == Quote.approver_id)
            .where(Quote.id == quote_id)
        ).one_or_none()
        if row is None:
            raise NotFound(GONE)
        q: Quote = row[0]
        lines = session.scalars(
            select(QuoteLine).where(QuoteLine.quote_id == quote_id).order_by(QuoteLine.seq)
        )
        can_edit = q.status in EDITABLE_STATUSES and access.visible(session, self.user, ENTITY, q.id, "edit")
        return QuoteDetail(
            q.id, q.version, q.number, q.customer_id, row[1], q.grade_id, q.opportunity_id, q.title, q.status,
            q.valid_until, q.list_total, q.total, q.cost_total, q.needs_approval, q.owner_id, row[2],
            q.approver_id, row[3], q.reject_reason, q.submitted_at, q.decided_at, q.issued_at, q.remark,
            dict(q.extra or {}),
            tuple(
                QuoteLineDTO(ln.seq, ln.product_id, ln.product_name, ln.unit, ln.quantity, ln.list_price,
                             ln.grade_price, ln.cost_price, ln.unit_price, ln.discount_pct, ln.amount,
                             ln.approval_reason)
                for ln in lines
            ),
            can_edit=can_edit,
        )  # fmt: skip

    def find_customers(self, text: str, limit: int = 50) -> list[CustomerChoice]:
        """Customers within the user's scope whose name contains `text` (for the editor's customer field)."""
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            stmt = select(Customer.id, Customer.name, Customer.grade_id).where(
                access.scope_filter(session, self.user, "customer", "view")
            )
            if text.strip():
                stmt = stmt.where(Customer.name.ilike(f"%{text.strip()}%"))
            rows = session.execute(stmt.order_by(Customer.name, Customer.id).limit(limit)).all()
            return [CustomerChoice(*r) for r in rows]

    def price(self, customer_id: int | None, product_id: int) -> PriceInfo:
        """The product's prices for this customer's grade."""
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            grade = None
            if customer_id is not None:
                access.require_row(session, self.user, "customer", customer_id, "view")
                grade = customer_grade(session, customer_id)
            return price_info(session, product_id, grade)

    # ----- writes ------------------------------------------------------------------------------------------
    def _validate(self, data: QuoteInput) -> tuple[dict[str, Any], ValidationError | None]:
        """Cleaned header values and the built-in errors (raised together with the custom values' errors)."""
        check = Checker(Quote.__table__)  # type: ignore[arg-type]
        values = {"title": clean(data.title), "remark": clean(data.remark)}
        check.text(values, "title")
        if data.customer_id is None:
            check.add("customer_id", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        try:
            check_lines(data.lines)
        except ServiceError as error:
            check.errors.update(getattr(error, "fields", {}))
        try:
            check.done()
        except ValidationError as error:
            return values, error
        return values, None

    def _extra(
        self,
        session: Session,
        data: QuoteInput,
        values: dict[str, Any],
        errors: ValidationError | None,
        stored: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The custom values checked against the station's quote form (raises every field error at once)."""
        builtin = {**values, "valid_until": data.valid_until}
        return apply_extra(session, self.user, ENTITY, builtin, data.extra, stored, builtin_errors=errors,
                           creating=stored is None)  # fmt: skip

    def _write_lines(self, session: Session, quote: Quote, lines: Sequence[QuoteLineInput]) -> dict[str, Any]:
        """Replace the quote's lines, price them at the customer's grade and set totals and the approval flag."""
        session.execute(delete(QuoteLine).where(QuoteLine.quote_id == quote.id))
        grade = customer_grade(session, quote.customer_id)
        list_total = total = cost_total = Decimal("0")
        reasons: list[str | None] = []
        for seq, line in enumerate(lines, start=1):
            info = price_info(session, line.product_id, grade)
            unit_price = info.grade_price if line.unit_price is None else line.unit_price
            result = evaluate_line(
                line.quantity, unit_price, line.discount_pct, info.grade_price, info.cost_price
            )
            reasons.append(result.reason)
            session.add(
                QuoteLine(quote_id=quote.id, seq=seq, product_id=info.product_id, product_name=info.name,
                          unit=info.unit, quantity=line.quantity, list_price=info.list_price,
                          grade_price=info.grade_price, cost_price=info.cost_price, unit_price=unit_price,
                          discount_pct=line.discount_pct, amount=result.amount,
                          approval_reason=result.reason if result.reason != "cost_unknown" else None)
            )  # fmt: skip
            list_total += (info.list_price * line.quantity).quantize(CENT, ROUND_HALF_UP)
            total += result.amount
            cost_total += ((info.cost_price or Decimal("0")) * line.quantity).quantize(CENT, ROUND_HALF_UP)
        if total > MAX_MONEY:
            raise ServiceError(TOO_LARGE)
        quote.grade_id = grade
        quote.list_total, quote.total, quote.cost_total = list_total, total, cost_total
        quote.needs_approval = needs_approval(reasons)
        return {"total": total, "lines": len(lines), "needs_approval": quote.needs_approval}

    def create(self, data: QuoteInput) -> int:
        values, errors = self._validate(data)
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "create")
            extra = self._extra(session, data, values, errors)
            assert data.customer_id is not None
            access.require_row(session, self.user, "customer", data.customer_id, "view")
            check_opportunity(session, self.user, data.opportunity_id, data.customer_id)
            quote = Quote(
                number=numbering.next_number(session, "quote"),
                customer_id=data.customer_id,
                opportunity_id=data.opportunity_id,
                valid_until=data.valid_until,
                status="draft",
                extra=extra,
                owner_id=self.user.user_id,
                department_id=self.user.department_id,
                created_by=self.user.user_id,
                updated_by=self.user.user_id,
                **values,
            )
            session.add(quote)
            session.flush()
            summary = self._write_lines(session, quote, data.lines)
            audit.record(session, self.user, "create", ENTITY, quote.id, quote.number,
                         {**audit.diff({}, summary), **extra_diff({}, extra)})  # fmt: skip
            return quote.id

    def update(self, quote_id: int, version: int, data: QuoteInput) -> int:
        """Save the editor's state over the quote at `version`; an approved quote goes back to draft."""
        values, errors = self._validate(data)
        try:
            with self.db.unit_of_work() as session:
                quote = row_at_version(session, self.user, ENTITY, Quote, quote_id, version, "edit")
                if quote.status not in EDITABLE_STATUSES:
                    raise ServiceError(NOT_EDITABLE, status=quote.status)
                extra = self._extra(session, data, values, errors, dict(quote.extra or {}))
                extra_changes = extra_diff(quote.extra or {}, extra)
                assert data.customer_id is not None
                if data.customer_id != quote.customer_id:
                    access.require_row(session, self.user, "customer", data.customer_id, "view")
                if (data.opportunity_id, data.customer_id) != (quote.opportunity_id, quote.customer_id):
                    check_opportunity(session, self.user, data.opportunity_id, data.customer_id)
                before = {"status": quote.status, "total": quote.total, "customer_id": quote.customer_id}
                quote.customer_id = data.customer_id
                quote.opportunity_id = data.opportunity_id
                quote.valid_until = data.valid_until
                quote.title, quote.remark = values["title"], values["remark"]
                quote.extra = extra
                quote.status = "draft"
                quote.approver_id = quote.decided_at = quote.decided_by = quote.submitted_at = None
                quote.updated_by = self.user.user_id
                quote.updated_at = datetime.now(UTC)
                summary = self._write_lines(session, quote, data.lines)
                session.flush()
                after = {"status": "draft", "total": summary["total"], "customer_id": quote.customer_id}
                audit.record(session, self.user, "update", ENTITY, quote_id, quote.number,
                             {**audit.diff(before, after), **extra_changes})  # fmt: skip
                return quote.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def delete(self, quote_id: int, version: int) -> None:
        try:
            with self.db.unit_of_work() as session:
                quote = row_at_version(session, self.user, ENTITY, Quote, quote_id, version, "delete")
                if quote.status not in ("draft", "rejected"):
                    raise ServiceError(NOT_DELETABLE)
                quote.deleted_at = datetime.now(UTC)
                quote.deleted_by = self.user.user_id
                audit.record(session, self.user, "delete", ENTITY, quote_id, quote.number)
        except StaleDataError as error:
            raise ConcurrentEditError() from error


def input_from_detail(detail: QuoteDetail) -> QuoteInput:
    return QuoteInput(
        customer_id=detail.customer_id,
        lines=[
            QuoteLineInput(ln.product_id, ln.quantity, ln.unit_price, ln.discount_pct) for ln in detail.lines
        ],
        title=detail.title,
        valid_until=detail.valid_until,
        opportunity_id=detail.opportunity_id,
        remark=detail.remark,
        extra=dict(detail.extra),
    )
