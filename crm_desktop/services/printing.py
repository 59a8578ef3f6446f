"""Printed documents: quotes and sales orders, envelopes and address labels for customers, and lists.

Every path checks the module's "print" operation and reads only rows within the user's data scope
(access.require_row / scope_filter), then hands plain data to the pure renderers in crm_desktop.exports.pdf_*.
Each print writes an audit row. Quote and order printing are also reachable as module functions for the quote and
order editors: `quote_pdf(db, user, quote_id)`, `order_pdf(db, user, order_id)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import (
    CodeItem,
    Company,
    Contact,
    Customer,
    OrderLine,
    PaymentInstalment,
    Product,
    Quote,
    QuoteLine,
    SalesOrder,
    User,
)
from crm_desktop.db.session import Database
from crm_desktop.exports.pdf_document import CompanyHeader, DocumentLine, SalesDocument, render_document
from crm_desktop.exports.pdf_list import render_list
from crm_desktop.exports.pdf_mailing import ENVELOPES, LABEL_SHEETS, Address, render_envelopes, render_labels
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerQuery, CustomerService, PageCursor, SortKey
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError
from crm_desktop.services.products import ProductQuery, ProductService

MAX_LIST_ROWS = 20_000
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no {document} numbered “{number}” that you may print.")
NOTHING = QT_TRANSLATE_NOOP("Errors", "Select at least one customer to print.")
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "The list has more than {limit} rows. Narrow it down before printing.")

QUOTE_STATUS = {
    "draft": "草稿",
    "submitted": "待审批",
    "approved": "已批准",
    "rejected": "已驳回",
    "issued": "已发出",
    "accepted": "已接受",
    "expired": "已过期",
}
ORDER_STATUS = {
    "open": "未收款",
    "partly_paid": "部分收款",
    "paid": "已收清",
    "returned": "已退货",
    "cancelled": "已取消",
}
CUSTOMER_HEADERS = ("客户名称", "等级", "电话", "联系人", "地址", "邮编", "负责人")
CUSTOMER_HEADERS_EN = ("Name", "Grade", "Phone", "Contact", "Address", "Postcode", "Owner")
PRODUCT_HEADERS = ("编码", "品名", "规格", "单位", "分类", "标准价")
PRODUCT_HEADERS_EN = ("Code", "Name", "Specification", "Unit", "Category", "List price")


def _company(session: Session) -> CompanyHeader:
    company = session.execute(
        select(Company).where(Company.deleted_at.is_(None)).limit(1)
    ).scalar_one_or_none()
    if company is None:
        return CompanyHeader("")
    return CompanyHeader(company.name, company.address or "", company.phone or "", company.email or "")


def _primary_contact(session: Session, customer_id: int) -> Contact | None:
    return session.execute(
        select(Contact)
        .where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.id)
        .limit(1)
    ).scalar_one_or_none()


def _user_name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.full_name if user is not None else ""


def _local_date(value: datetime | None) -> date:
    return (value.astimezone() if value is not None else datetime.now()).date()


_Document = TypeVar("_Document", Quote, SalesOrder)


def _find(session: Session, model: type[Quote] | type[SalesOrder], number: str) -> int | None:
    return session.execute(
        select(model.id).where(model.number == number, model.deleted_at.is_(None))
    ).scalar_one_or_none()


def _document_lines(
    rows: Sequence[tuple[QuoteLine | OrderLine, str, str | None, str | None]],
) -> tuple[DocumentLine, ...]:
    """(line, description, product code, specification) rows as the document's lines."""
    return tuple(
        DocumentLine(
            code or "",
            description,
            spec or "",
            line.unit or "",
            line.quantity,
            line.unit_price,
            line.discount_pct,
            line.amount,
        )
        for line, description, code, spec in rows
    )


class PrintingService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # -- sales documents -------------------------------------------------------------------------------------

    def _printable(
        self, session: Session, entity: str, model: type[_Document], row_id: int
    ) -> tuple[_Document, Customer]:
        """The document the user may print, and its customer."""
        access.require_row(session, self.user, entity, row_id, "print")
        row = session.get(model, row_id)
        assert row is not None
        customer = session.get(Customer, row.customer_id)
        assert customer is not None
        return row, customer

    def _id_by_number(self, model: type[Quote] | type[SalesOrder], document: str, number: str) -> int:
        with self.db.read_only() as session:
            found = _find(session, model, number)
        if found is None:
            raise NotFound(NOT_FOUND, document=document, number=number)
        return found

    def quote_pdf(self, quote_id: int) -> bytes:
        with self.db.unit_of_work() as session:
            quote, customer = self._printable(session, "quote", Quote, quote_id)
            lines = session.execute(
                select(QuoteLine, Product.code, Product.specification)
                .join(Product, Product.id == QuoteLine.product_id)
                .where(QuoteLine.quote_id == quote_id)
                .order_by(QuoteLine.seq)
            ).all()
            facts = [("状态", QUOTE_STATUS.get(quote.status, quote.status))]
            if quote.valid_until:
                facts.insert(0, ("有效期至", quote.valid_until.isoformat()))
            if quote.title:
                facts.insert(0, ("主题", quote.title))
            document = self._document(
                session,
                "报价单",
                quote.number,
                _local_date(quote.issued_at or quote.created_at),
                customer,
                quote.owner_id,
                _document_lines([(line, line.product_name, code, spec) for line, code, spec in lines]),
                Decimal(quote.total),
                tuple(facts),
                (),
                quote.remark or "",
            )
            audit.record(session, self.user, "print", "quote", quote_id, quote.number)
        return render_document(document)

    def order_pdf(self, order_id: int) -> bytes:
        with self.db.unit_of_work() as session:
            order, customer = self._printable(session, "order", SalesOrder, order_id)
            lines = session.execute(
                select(OrderLine, Product.code, Product.specification)
                .outerjoin(Product, Product.id == OrderLine.product_id)
                .where(OrderLine.order_id == order_id, OrderLine.deleted_at.is_(None))
                .order_by(OrderLine.seq)
            ).all()
            plan = session.execute(
                select(PaymentInstalment)
                .where(PaymentInstalment.order_id == order_id, PaymentInstalment.deleted_at.is_(None))
                .order_by(PaymentInstalment.seq)
            ).scalars()
            terms = "\n".join(f"第{p.seq}期 {p.due_date.isoformat()} ¥{p.amount:,.2f}" for p in plan)
            facts = [("状态", ORDER_STATUS.get(order.status, order.status))]
            total = Decimal(order.total_amount)
            subtotals: list[tuple[str, Decimal]] = [("已收款", Decimal(order.received_amount))]
            if order.returned_amount:
                subtotals.append(("已退货", Decimal(order.returned_amount)))
            document = self._document(
                session,
                "销售订单",
                order.number,
                order.order_date,
                customer,
                order.owner_id,
                _document_lines([(line, line.description, code, spec) for line, code, spec in lines]),
                total,
                tuple(facts),
                tuple(subtotals),
                ("收款计划：\n" + terms if terms else "") + (f"\n{order.notes}" if order.notes else ""),
            )
            audit.record(session, self.user, "print", "order", order_id, order.number)
        return render_document(document)

    def quote_pdf_by_number(self, number: str) -> bytes:
        return self.quote_pdf(self._id_by_number(Quote, "quote", number))

    def order_pdf_by_number(self, number: str) -> bytes:
        return self.order_pdf(self._id_by_number(SalesOrder, "order", number))

    def _document(
        self,
        session: Session,
        title: str,
        number: str,
        issued_on: date,
        customer: Customer,
        owner_id: int | None,
        lines: tuple[DocumentLine, ...],
        total: Decimal,
        facts: tuple[tuple[str, str], ...],
        subtotals: tuple[tuple[str, Decimal], ...],
        terms: str,
    ) -> SalesDocument:
        contact = _primary_contact(session, customer.id)
        return SalesDocument(
            title=title,
            number=number,
            issued_on=issued_on,
            company=_company(session),
            customer_name=customer.name,
            contact=contact.name if contact else "",
            customer_phone=(contact.mobile or contact.phone if contact else None)
            or customer.phone
            or customer.mobile
            or "",
            customer_address=customer.address or "",
            salesperson=_user_name(session, owner_id),
            lines=lines,
            total=total,
            facts=facts,
            subtotals=subtotals,
            terms=terms.strip(),
        )

    # -- customers: envelopes, labels, list ------------------------------------------------------------------

    def _addresses(self, customer_ids: Sequence[int]) -> list[Address]:
        if not customer_ids:
            raise ServiceError(NOTHING)
        with self.db.read_only() as session:
            access.require_live(session, self.user, "customers", "print")
            cond = access.scope_filter(session, self.user, "customer", "print")
            rows = {
                c.id: c
                for c in session.execute(
                    select(Customer).where(Customer.id.in_(list(customer_ids)), cond)
                ).scalars()
            }
            out = []
            for cid in customer_ids:  # in the order selected; rows outside the scope are left out
                customer = rows.get(cid)
                if customer is None:
                    continue
                contact = _primary_contact(session, cid)
                out.append(Address(customer.name, contact.name if contact else "", customer.address or "",
                                   customer.postcode or ""))  # fmt: skip
            if not out:
                raise ServiceError(NOTHING)
            return out

    def envelopes_pdf(
        self, customer_ids: Sequence[int], size: str = "cn5", with_sender: bool = True
    ) -> bytes:
        if size not in ENVELOPES:
            raise ValueError(size)
        addresses = self._addresses(customer_ids)
        sender = None
        if with_sender:
            with self.db.read_only() as session:
                company = _company(session)
            sender = Address(company.name, "", company.address)
        self._log("customer", f"envelopes {size}: {len(addresses)}")
        return render_envelopes(addresses, size, sender)

    def labels_pdf(self, customer_ids: Sequence[int], sheet: str = "a4_3x8") -> bytes:
        if sheet not in LABEL_SHEETS:
            raise ValueError(sheet)
        addresses = self._addresses(customer_ids)
        self._log("customer", f"labels {sheet}: {len(addresses)}")
        return render_labels(addresses, sheet)

    def customer_list_pdf(
        self,
        query: CustomerQuery | None = None,
        sort: SortKey | str = "name",  # or a custom field's key, as the list is sorted (list_page)
        *,
        language: str = "zh_CN",
        title: str = "",
    ) -> bytes:
        """All customers the list shows for `query` (the user's scope), in the list's order."""
        access.require(self.user, "customers", "print")
        english = language.startswith("en")
        service = CustomerService(self.db, self.user)
        query = query or CustomerQuery()
        customers = []
        cursor: PageCursor | None = None
        while True:
            page = service.list_page(query, cursor, 2000, sort)
            customers.extend(page.rows)
            if len(customers) > MAX_LIST_ROWS:
                raise ServiceError(TOO_MANY, limit=MAX_LIST_ROWS)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        with self.db.read_only() as session:
            grades = {
                i: (en if english else zh)
                for i, zh, en in session.execute(
                    select(CodeItem.id, CodeItem.name, CodeItem.name_en).where(
                        CodeItem.category == "customer_grade"
                    )
                )
            }
            extra = {
                c.id: (c.address or "", c.postcode or "")
                for c in session.execute(
                    select(Customer).where(Customer.id.in_([c.id for c in customers]))
                ).scalars()
            } if customers else {}  # fmt: skip
            contacts = {}
            for cid, name in session.execute(
                select(Contact.customer_id, Contact.name)
                .where(Contact.customer_id.in_([c.id for c in customers]), Contact.deleted_at.is_(None))
                .order_by(Contact.is_primary, Contact.id.desc())
            ):
                contacts[cid] = name  # the primary (else first) contact is written last
        rows = [
            (c.name, grades.get(c.grade_id or 0, ""), c.phone or c.mobile or "", contacts.get(c.id, ""),
             *extra.get(c.id, ("", "")), c.owner_name or ("Public pool" if english else "公海"))
            for c in customers
        ]  # fmt: skip
        self._log("customer", f"list: {len(rows)}")
        headers = CUSTOMER_HEADERS_EN if english else CUSTOMER_HEADERS
        return render_list(title or ("Customers" if english else "客户列表"), headers, rows)

    # -- products and any list -------------------------------------------------------------------------------

    def products_list_pdf(
        self, query: ProductQuery | None = None, *, language: str = "zh_CN", title: str = ""
    ) -> bytes:
        access.require(self.user, "products", "print")
        english = language.startswith("en")
        query = query or ProductQuery()
        products = ProductService(self.db, self.user).search(
            ProductQuery(query.text, query.category_id, query.active_only, None, MAX_LIST_ROWS)
        )
        rows = [
            (p.code, p.name, p.specification, p.unit, p.category_name, f"{p.list_price:,.2f}")
            for p in products
        ]
        self._log("product", f"list: {len(rows)}")
        headers = PRODUCT_HEADERS_EN if english else PRODUCT_HEADERS
        return render_list(title or ("Products" if english else "产品列表"), headers, rows)

    def list_pdf(
        self, module: str, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
    ) -> bytes:
        """A list the screen has already loaded through its own scoped service (its visible columns and rows)."""
        access.require(self.user, module, "print")
        if len(rows) > MAX_LIST_ROWS:
            raise ServiceError(TOO_MANY, limit=MAX_LIST_ROWS)
        self._log(module, f"list {title}: {len(rows)}")
        return render_list(title, headers, rows)

    def _log(self, entity: str, summary: str) -> None:
        with self.db.unit_of_work() as session:
            audit.record(session, self.user, "print", entity, None, summary)


def quote_pdf(db: Database, user: UserContext, quote_id: int) -> bytes:
    """The quote as a PDF (company header, lines, totals in figures and 大写); PermissionDenied outside scope."""
    return PrintingService(db, user).quote_pdf(quote_id)


def order_pdf(db: Database, user: UserContext, order_id: int) -> bytes:
    return PrintingService(db, user).order_pdf(order_id)
