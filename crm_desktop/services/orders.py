"""Sales orders (销售订单): from a signed contract, from an accepted quote (lines copied), or entered directly; each
with lines and a payment plan (回款计划) whose instalments add up to the order total. Quick sales at the storefront
counter are in crm_desktop.services.quick_sale; receipts in receipts.py; returns in returns.py; changing an order in
order_edit.py; the inputs and DTOs in order_types.py (importable from here as before).

Access: module "orders"; the rows through access.scope_filter(…, "order", …); lines, instalments, receipts and
returns only through their order.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import (
    CodeItem,
    Contract,
    Customer,
    OrderLine,
    PaymentInstalment,
    Quote,
    QuoteLine,
    Receipt,
    SalesOrder,
    SalesReturn,
    User,
)
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, list_sort, numbering
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions.entry import apply_extra
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    NotFound,
    ServiceError,
    ValidationError,
)
from crm_desktop.services.list_sort import ListSort, SortCursor
from crm_desktop.services.order_state import (
    GONE,
    ZERO,
    instalments_of,
    line_amount,
    locked_order,
    money,
)
from crm_desktop.services.order_types import (
    InstalmentDTO as InstalmentDTO,
)
from crm_desktop.services.order_types import (
    InstalmentInput as InstalmentInput,
)
from crm_desktop.services.order_types import (
    OrderDetail as OrderDetail,
)
from crm_desktop.services.order_types import (
    OrderInput as OrderInput,
)
from crm_desktop.services.order_types import (
    OrderLineDTO as OrderLineDTO,
)
from crm_desktop.services.order_types import (
    OrderLineInput as OrderLineInput,
)
from crm_desktop.services.order_types import (
    OrderPage as OrderPage,
)
from crm_desktop.services.order_types import (
    OrderQuery as OrderQuery,
)
from crm_desktop.services.order_types import (
    OrderRow as OrderRow,
)
from crm_desktop.services.order_types import (
    ReceiptDTO as ReceiptDTO,
)
from crm_desktop.services.order_types import (
    ReturnDTO as ReturnDTO,
)

MODULE = "orders"
PAGE_SIZE = 200

QTY_NOT_POSITIVE = QT_TRANSLATE_NOOP("Errors", "Line {row}: the quantity must be greater than zero.")
PRICE_NEGATIVE = QT_TRANSLATE_NOOP("Errors", "Line {row}: the price must not be negative.")
DISCOUNT_RANGE = QT_TRANSLATE_NOOP("Errors", "Line {row}: the discount must lie between 0 and 100 %.")
LINE_NO_TEXT = QT_TRANSLATE_NOOP("Errors", "Line {row}: choose a product or describe the item.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "Line {row}: enter numbers for quantity, price and discount.")
NO_LINES = QT_TRANSLATE_NOOP("Errors", "An order needs at least one line.")
PLAN_SUM = QT_TRANSLATE_NOOP(
    "Errors", "The instalments add up to {plan}, but the order total is {total}. Make them equal."
)
PLAN_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Instalment {row}: the amount must be greater than zero.")
PLAN_DATE = QT_TRANSLATE_NOOP("Errors", "Instalment {row}: enter a due date.")
QUOTE_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "Errors", "Only an accepted quote can become an order (quote {number} is {status})."
)
CONTRACT_NOT_SIGNED = QT_TRANSLATE_NOOP(
    "Errors", "Only a signed contract can become an order (contract {number} is {status})."
)
CANNOT_CANCEL = QT_TRANSLATE_NOOP(
    "Errors", "This order already has receipts or returns and can no longer be cancelled."
)
NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Choose a customer.")
NO_SUCH_DOCUMENT = QT_TRANSLATE_NOOP("Errors", "There is no quote or contract numbered “{number}”.")
SOURCE_CUSTOMER = QT_TRANSLATE_NOOP(
    "Errors", "An order made from {number} is for the customer of {number}. Nothing was saved."
)
QUOTE_NOT_CONTRACTS = QT_TRANSLATE_NOOP(
    "Errors", "An order made from contract {number} can only name that contract's quote. Nothing was saved."
)


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value).strip().replace(",", "").replace("，", ""))


def checked_lines(lines: list[OrderLineInput]) -> list[dict[str, Any]]:
    """Validated line values with their amounts; raises ValidationError (field "lines") on the first bad line."""
    if not lines:
        raise ValidationError({"lines": NO_LINES})
    out: list[dict[str, Any]] = []
    for row, line in enumerate(lines, start=1):
        problem = None
        try:
            quantity, price, discount = (
                _decimal(v) for v in (line.quantity, line.unit_price, line.discount_pct)
            )
        except (InvalidOperation, ValueError):
            raise ValidationError({"lines": NOT_A_NUMBER}, {"lines": {"row": row}}) from None
        description = (line.description or "").strip()
        if quantity <= ZERO:
            problem = QTY_NOT_POSITIVE
        elif price < ZERO:
            problem = PRICE_NEGATIVE
        elif not ZERO <= discount <= Decimal(100):
            problem = DISCOUNT_RANGE
        elif not description:
            problem = LINE_NO_TEXT
        if problem:
            raise ValidationError({"lines": problem}, {"lines": {"row": row}})
        out.append(
            {
                "seq": row,
                "product_id": line.product_id,
                "description": description[:200],
                "unit": (line.unit or "").strip()[:20] or None,
                "quantity": quantity,
                "unit_price": money(price),
                "discount_pct": discount,
                "amount": line_amount(quantity, money(price), discount),
            }
        )
    return out


def checked_plan(plan: list[InstalmentInput], total: Decimal, order_date: date) -> list[dict[str, Any]]:
    if not plan:
        return [{"seq": 1, "due_date": order_date, "amount": total, "note": None}]
    out: list[dict[str, Any]] = []
    for row, inst in enumerate(plan, start=1):
        try:
            amount = money(_decimal(inst.amount))
        except (InvalidOperation, ValueError):
            amount = ZERO
        if inst.due_date is None:
            raise ValidationError({"instalments": PLAN_DATE}, {"instalments": {"row": row}})
        if amount <= ZERO:
            raise ValidationError({"instalments": PLAN_AMOUNT}, {"instalments": {"row": row}})
        out.append({"seq": row, "due_date": inst.due_date, "amount": amount, "note": inst.note})
    planned = sum((i["amount"] for i in out), ZERO)
    if planned != total:
        raise ValidationError(
            {"instalments": PLAN_SUM}, {"instalments": {"plan": f"{planned:,.2f}", "total": f"{total:,.2f}"}}
        )
    return out


def with_custom_values(
    session: Session, user: UserContext, data: OrderInput, errors: ValidationError | None = None
) -> OrderInput:
    """`data` with its custom values checked against the station's order form and the form's defaults filled in
    (raises ValidationError for a missing required or a wrong value, with the built-in `errors` if any)."""
    builtin = {"order_date": data.order_date or date.today(), "notes": (data.notes or "").strip() or None}
    extra = apply_extra(session, user, "order", builtin, data.extra, builtin_errors=errors, creating=True)
    return replace(data, extra=extra)


def add_order(
    session: Session, user: UserContext, data: OrderInput, *, customer_id: int, kind: str = "normal"
) -> SalesOrder:
    """Insert a validated order with its lines and plan inside the caller's unit of work."""
    lines = checked_lines(data.lines)
    total = sum((line["amount"] for line in lines), ZERO)
    order_date = data.order_date or date.today()
    plan = checked_plan(data.instalments, total, order_date)
    stamp = {"created_by": user.user_id, "updated_by": user.user_id}
    order = SalesOrder(
        number=numbering.next_number(session, "order", today=order_date),
        customer_id=customer_id,
        contract_id=data.contract_id,
        quote_id=data.quote_id,
        kind=kind,
        status="open",
        order_date=order_date,
        total_amount=total,
        notes=(data.notes or "").strip() or None,
        extra=dict(data.extra),
        owner_id=user.user_id,
        department_id=user.department_id,
        **stamp,
    )
    session.add(order)
    session.flush()
    session.add_all(OrderLine(order_id=order.id, **line, **stamp) for line in lines)
    session.add_all(PaymentInstalment(order_id=order.id, status="open", **inst, **stamp) for inst in plan)
    session.flush()
    audit.record(session, user, "create", "order", order.id, f"{order.number} {total}")
    return order


def _scoped(session: Session, user: UserContext, operation: str = "view") -> ColumnElement[bool]:
    return access.scope_filter(session, user, "order", operation)


_ROW_COLUMNS = (
    SalesOrder.id,
    SalesOrder.number,
    SalesOrder.order_date,
    SalesOrder.customer_id,
    Customer.name,
    SalesOrder.kind,
    SalesOrder.status,
    SalesOrder.total_amount,
    SalesOrder.received_amount,
    SalesOrder.returned_amount,
    User.full_name,
)
DEFAULT_SORT = ListSort("order_date", descending=True)
SORT_COLUMNS = {
    "customer_name": Customer.name,
    "owner_id": User.full_name,
    "open_amount": SalesOrder.total_amount - SalesOrder.returned_amount - SalesOrder.received_amount,
}


class OrderService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reads -------------------------------------------------------------------------------------------
    def list_page(
        self,
        query: OrderQuery,
        after: tuple[date, int] | None = None,
        limit: int = PAGE_SIZE,
        *,
        sort: ListSort | None = None,
        cursor: SortCursor | None = None,
    ) -> OrderPage:
        """Newest first, keyset-paged by (order_date, id); `after` is the last row's (order_date, id). With
        `sort`/`cursor`: sorted by any column (see list_sort), the next page from `next_cursor`."""
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            stmt = (
                select(*_ROW_COLUMNS, SalesOrder.extra)
                .join(Customer, Customer.id == SalesOrder.customer_id)
                .outerjoin(User, User.id == SalesOrder.owner_id)
                .where(_scoped(session, self.user))
            )
            if query.text.strip():
                like = f"%{query.text.strip()}%"
                custom = list_sort.custom_matches(session, "order", SalesOrder, query.text)
                stmt = stmt.where(or_(SalesOrder.number.ilike(like), Customer.name.ilike(like), *custom))
            if query.customer_id is not None:
                stmt = stmt.where(SalesOrder.customer_id == query.customer_id)
            if query.status:
                stmt = stmt.where(SalesOrder.status == query.status)
            if sort is not None or cursor is not None:
                page = list_sort.sorted_page(
                    session, stmt, entity="order", model=SalesOrder, sort=sort or DEFAULT_SORT, cursor=cursor,
                    limit=limit, make=lambda r: from_row(OrderRow, r[:-1], extra=dict(r[-1] or {})),
                    columns=SORT_COLUMNS,
                )  # fmt: skip
                return OrderPage(page.rows, page.next_cursor is not None, page.next_cursor)
            if after is not None:
                stmt = stmt.where(
                    or_(
                        SalesOrder.order_date < after[0],
                        and_(SalesOrder.order_date == after[0], SalesOrder.id < after[1]),
                    )
                )
            stmt = stmt.order_by(SalesOrder.order_date.desc(), SalesOrder.id.desc()).limit(limit + 1)
            rows = [
                from_row(OrderRow, r[:-1], extra=dict(r.extra or {})) for r in session.execute(stmt).all()
            ]
        return OrderPage(rows[:limit], len(rows) > limit)

    def get(self, order_id: int) -> OrderDetail:
        with self.db.read_only() as session:
            access.require_row(session, self.user, "order", order_id, "view")
            return order_detail(session, self.user, order_id)

    def payment_methods(self) -> list[tuple[int, str, str]]:
        """(id, Chinese name, English name) of the payment-method code table."""
        with self.db.read_only() as session:
            rows = session.execute(
                select(CodeItem.id, CodeItem.name, CodeItem.name_en)
                .where(CodeItem.category == "payment_method", CodeItem.deleted_at.is_(None), CodeItem.active)
                .order_by(CodeItem.sort_order, CodeItem.id)
            ).all()
        return [(r[0], r[1], r[2]) for r in rows]

    # ----- drafts from earlier documents -------------------------------------------------------------------
    def draft_from_quote(self, quote_id: int) -> OrderInput:
        """An order input with the accepted quote's customer and lines (shown in the editor before saving)."""
        access.require(self.user, MODULE, "create")
        with self.db.read_only() as session:
            return _from_quote(session, self.user, quote_id)

    def draft_from_contract(self, contract_id: int) -> OrderInput:
        """An order input for a signed contract: its quote's lines when it has one, else one line for the amount."""
        access.require(self.user, MODULE, "create")
        with self.db.read_only() as session:
            access.require_row(session, self.user, "contract", contract_id, "view")
            contract = session.get(Contract, contract_id)
            if contract is None or contract.deleted_at is not None:
                raise NotFound(GONE)
            if contract.status != "signed":
                raise ServiceError(CONTRACT_NOT_SIGNED, number=contract.number, status=contract.status)
            if contract.quote_id is not None:
                draft = _from_quote(session, self.user, contract.quote_id, check_status=False)
                draft.quote_id = contract.quote_id
            else:
                line = OrderLineInput(description=f"{contract.number} {contract.title}"[:200],
                                      quantity=Decimal(1), unit_price=contract.amount)  # fmt: skip
                draft = OrderInput(customer_id=contract.customer_id, lines=[line])
            draft.contract_id = contract_id
            return draft

    def draft_from_number(self, number: str) -> OrderInput:
        """The draft for a signed contract or an accepted quote given by its number (HT… or BJ…)."""
        access.require(self.user, MODULE, "create")
        number = number.strip()
        with self.db.read_only() as session:
            contract_id = session.scalar(
                select(Contract.id).where(Contract.number == number, Contract.deleted_at.is_(None))
            )
            quote_id = session.scalar(
                select(Quote.id).where(Quote.number == number, Quote.deleted_at.is_(None))
            )
        if contract_id is not None:
            return self.draft_from_contract(contract_id)
        if quote_id is not None:
            return self.draft_from_quote(quote_id)
        raise NotFound(NO_SUCH_DOCUMENT, number=number)

    # ----- writes ------------------------------------------------------------------------------------------
    def create(self, data: OrderInput) -> int:
        access.require(self.user, MODULE, "create")
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "create")
            if data.customer_id is None:  # with the custom fields' messages, so every field is marked at once
                with_custom_values(session, self.user, data, ValidationError({"customer_id": NO_CUSTOMER}))
                raise ValidationError({"customer_id": NO_CUSTOMER})
            access.require_row(session, self.user, "customer", data.customer_id, "view")
            if data.quote_id is not None and data.contract_id is None:
                source = _from_quote(session, self.user, data.quote_id)  # still accepted and visible
                if source.customer_id != data.customer_id:
                    number = session.scalar(select(Quote.number).where(Quote.id == data.quote_id))
                    raise ServiceError(SOURCE_CUSTOMER, number=number)
            if data.contract_id is not None:
                access.require_row(session, self.user, "contract", data.contract_id, "view")
                contract = session.get(Contract, data.contract_id)
                assert contract is not None
                if contract.status != "signed":
                    raise ServiceError(CONTRACT_NOT_SIGNED, number=contract.number, status=contract.status)
                if contract.customer_id != data.customer_id:
                    raise ServiceError(SOURCE_CUSTOMER, number=contract.number)
                if data.quote_id is not None and data.quote_id != contract.quote_id:
                    raise ServiceError(QUOTE_NOT_CONTRACTS, number=contract.number)
            checked = with_custom_values(session, self.user, data)
            return add_order(session, self.user, checked, customer_id=data.customer_id).id

    def cancel(self, order_id: int, version: int) -> None:
        """Call off an order that has neither receipts nor returns."""
        try:
            with self.db.unit_of_work() as session:
                access.require_row(session, self.user, "order", order_id, "edit")
                order = locked_order(session, order_id)
                if order.version != version:
                    raise ConcurrentEditError()
                if order.received_amount > ZERO or order.returned_amount > ZERO:
                    raise ServiceError(CANNOT_CANCEL)
                order.status = "cancelled"
                order.updated_by = self.user.user_id
                order.updated_at = datetime.now(UTC)
                audit.record(session, self.user, "cancel", "order", order_id, order.number)
        except StaleDataError as error:
            raise ConcurrentEditError() from error


def _from_quote(
    session: Session, user: UserContext, quote_id: int, *, check_status: bool = True
) -> OrderInput:
    access.require_row(session, user, "quote", quote_id, "view")
    quote = session.get(Quote, quote_id)
    if quote is None or quote.deleted_at is not None:
        raise NotFound(GONE)
    if check_status and quote.status != "accepted":
        raise ServiceError(QUOTE_NOT_ACCEPTED, number=quote.number, status=quote.status)
    lines = [
        OrderLineInput(
            product_id=ql.product_id,
            description=ql.product_name,
            unit=ql.unit,
            quantity=ql.quantity,
            unit_price=ql.unit_price,
            discount_pct=ql.discount_pct,
        )
        for ql in session.scalars(
            select(QuoteLine).where(QuoteLine.quote_id == quote_id).order_by(QuoteLine.seq)
        )
    ]
    return OrderInput(customer_id=quote.customer_id, lines=lines, quote_id=quote_id)


def order_detail(session: Session, user: UserContext, order_id: int) -> OrderDetail:
    """The order with lines, plan, receipts and returns; the caller has checked access to the order."""
    head = session.execute(
        select(*_ROW_COLUMNS, SalesOrder.contract_id, SalesOrder.quote_id, SalesOrder.notes, SalesOrder.extra,
               SalesOrder.version, SalesOrder.deleted_at)
        .join(Customer, Customer.id == SalesOrder.customer_id)
        .outerjoin(User, User.id == SalesOrder.owner_id)
        .where(SalesOrder.id == order_id)
    ).one_or_none()  # fmt: skip
    if head is None or head[-1] is not None:
        raise NotFound(GONE)
    lines = tuple(
        OrderLineDTO(
            ln.id,
            ln.seq,
            ln.product_id,
            ln.description,
            ln.unit,
            ln.quantity,
            ln.unit_price,
            ln.discount_pct,
            ln.amount,
            ln.returned_quantity,
        )
        for ln in session.scalars(
            select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.seq)
        )
    )
    plan = instalments_of(session, order_id)
    seq_of = {i.id: i.seq for i in plan}
    instalments = tuple(
        InstalmentDTO(
            i.id, i.seq, i.due_date, i.amount, i.received_amount, i.credited_amount, i.status, i.note
        )
        for i in plan
    )
    receipts = tuple(
        ReceiptDTO(
            r.id,
            r.number,
            seq_of.get(r.instalment_id or 0),
            r.amount,
            r.received_on,
            name,
            r.note,
            r.version,
            r.reversed_at,
            reverser,
            r.reversal_reason,
        )
        for r, name, reverser in session.execute(
            select(Receipt, CodeItem.name, User.full_name)
            .outerjoin(CodeItem, CodeItem.id == Receipt.method_id)
            .outerjoin(User, User.id == Receipt.reversed_by)
            .where(Receipt.order_id == order_id, Receipt.deleted_at.is_(None))
            .order_by(Receipt.received_on, Receipt.id)
        ).all()
    )
    returns = tuple(
        ReturnDTO(r.id, r.number, r.returned_on, r.amount, r.refund_amount, r.reason)
        for r in session.scalars(
            select(SalesReturn).where(SalesReturn.order_id == order_id).order_by(SalesReturn.id)
        )
    )
    can_edit = access.visible(session, user, "order", order_id, "edit")
    return OrderDetail(from_row(OrderRow, head[:11]), head[11], head[12], head[13], dict(head[14] or {}), head[15], lines,
                       instalments, receipts, returns, can_edit)  # fmt: skip


def open_instalments(detail: OrderDetail) -> list[InstalmentDTO]:
    return [i for i in detail.instalments if i.open_amount > ZERO]
