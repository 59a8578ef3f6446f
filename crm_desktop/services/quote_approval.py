"""The quote workflow: draft → submitted → approved | rejected → issued → accepted | expired.

A quote with a line below cost or below the customer's grade price must be approved by the owner's superior
(the user holding the nearest position above the owner's; fallback: an administrator) before it can be issued.
The approver gets a system notice and finds the quote in "Awaiting my approval"; the owner is told the decision.
Every refusal leaves the quote as it was.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, and_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Customer, Position, Quote, QuoteLine, Role, User, UserRole
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, messages
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from crm_desktop.services.quotes import (
    ENTITY,
    GONE,
    MODULE,
    Owner,
    QuoteDetail,
    QuoteRow,
    QuoteService,
    expire_due,
)
from crm_desktop.services.validation import clean

NOT_SUBMITTABLE = QT_TRANSLATE_NOOP("Errors", "Only a draft or rejected quote can be submitted for approval.")
NO_APPROVAL_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "No line of this quote is below cost or below the grade price; issue it directly."
)
NO_APPROVER = QT_TRANSLATE_NOOP(
    "Errors",
    "Nobody can approve this quote: the owner has no superior position and there is no administrator.",
)
NOT_AWAITING = QT_TRANSLATE_NOOP("Errors", "This quote is not awaiting approval.")
NOT_APPROVER = QT_TRANSLATE_NOOP("Errors", "Only the approver of this quote ({name}) may decide on it.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Give a reason for the rejection.")
UNAPPROVED = QT_TRANSLATE_NOOP(
    "Errors",
    "This quote has lines below cost or below the grade price and must be approved before it is issued.",
)
AWAITING = QT_TRANSLATE_NOOP("Errors", "This quote is still awaiting approval and cannot be issued yet.")
NOT_ISSUABLE = QT_TRANSLATE_NOOP("Errors", "A quote in state “{status}” cannot be issued.")
COST_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "The internal cost of “{product}” is not known yet; a quote cannot be sent on before it is."
)
VALIDITY_PASSED = QT_TRANSLATE_NOOP("Errors", "The quote's validity date has passed; change it first.")
NOT_ACCEPTABLE = QT_TRANSLATE_NOOP("Errors", "Only an issued quote can be marked as accepted.")


def superior_of(session: Session, user_id: int | None) -> int | None:
    """The user holding the nearest position above `user_id`'s position (lowest id if several hold it);
    failing that an active administrator other than the user; None if there is nobody."""
    people = select(User.id).where(User.active.is_(True), User.deleted_at.is_(None))
    if user_id is not None:
        position = session.scalar(select(User.position_id).where(User.id == user_id))
        parents: dict[int, int | None] = {
            pid: parent
            for pid, parent in session.execute(
                select(Position.id, Position.parent_id).where(Position.deleted_at.is_(None))
            )
        }
        seen: set[int] = set()
        node = parents.get(position) if position is not None else None
        while node is not None and node not in seen:
            seen.add(node)
            found = session.scalar(
                people.where(User.position_id == node, User.id != user_id).order_by(User.id)
            )
            if found is not None:
                return int(found)
            node = parents.get(node)
    admin = session.scalar(
        people.join(UserRole, UserRole.user_id == User.id)
        .join(Role, Role.id == UserRole.role_id)
        .where(Role.is_admin.is_(True), Role.deleted_at.is_(None), User.id != (user_id or 0))
        .order_by(User.id)
    )
    return None if admin is None else int(admin)


def _user_name(session: Session, user_id: int | None) -> str:
    return session.scalar(select(User.full_name).where(User.id == user_id)) or "" if user_id else ""


class QuoteWorkflow:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def _load(self, session: Session, quote_id: int, version: int, operation: str) -> Quote:
        access.require_row(session, self.user, ENTITY, quote_id, operation)
        expire_due(session)
        quote = session.get(Quote, quote_id)
        if quote is None:
            raise ServiceError(GONE)
        session.refresh(quote)
        if quote.version != version:
            raise ConcurrentEditError()
        return quote

    def _check_costs(self, session: Session, quote: Quote) -> None:
        unknown = session.scalar(
            select(QuoteLine.product_name)
            .where(QuoteLine.quote_id == quote.id, QuoteLine.cost_price.is_(None))
            .order_by(QuoteLine.seq)
        )
        if unknown is not None:
            raise ServiceError(COST_UNKNOWN, product=unknown)

    def _finish(self, session: Session, quote: Quote, before: str, notice_to: set[int], subject: str,
                body: str | None) -> int:  # fmt: skip
        quote.updated_by = self.user.user_id
        quote.updated_at = datetime.now(UTC)
        session.flush()
        audit.record(
            session, self.user, "update", ENTITY, quote.id, quote.number, {"status": [before, quote.status]}
        )
        receivers = {u for u in notice_to if u is not None and u != self.user.user_id}
        if receivers:
            messages.notice(session, receivers, subject[:200], body)
        return quote.version

    def _customer(self, session: Session, quote: Quote) -> str:
        return session.scalar(select(Customer.name).where(Customer.id == quote.customer_id)) or ""

    def submit(self, quote_id: int, version: int) -> int:
        """Send a quote with lines below price to the owner's superior."""
        try:
            with self.db.unit_of_work() as session:
                quote = self._load(session, quote_id, version, "edit")
                if quote.status not in ("draft", "rejected"):
                    raise ServiceError(NOT_SUBMITTABLE)
                if not quote.needs_approval:
                    raise ServiceError(NO_APPROVAL_NEEDED)
                self._check_costs(session, quote)
                approver = superior_of(session, quote.owner_id)
                if approver is None:
                    raise ServiceError(NO_APPROVER)
                before = quote.status
                quote.status = "submitted"
                quote.approver_id = approver
                quote.submitted_at = datetime.now(UTC)
                quote.decided_at = quote.decided_by = quote.reject_reason = None
                subject = f"报价待审批：{quote.number} {self._customer(session, quote)}"
                body = f"{_user_name(session, quote.owner_id)} 提交的报价单金额 {quote.total}，含低于成本或等级价的明细。"
                return self._finish(session, quote, before, {approver}, subject, body)
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def _decide(self, quote_id: int, version: int, approve: bool, reason: str | None) -> int:
        text = clean(reason)
        if not approve and not text:
            raise ValidationError({"reason": REASON_REQUIRED})
        try:
            with self.db.unit_of_work() as session:
                access.require_live(session, self.user, MODULE, "view")
                quote = session.get(Quote, quote_id)
                if quote is None or quote.deleted_at is not None:
                    raise ServiceError(GONE)
                if quote.version != version:
                    raise ConcurrentEditError()
                if quote.status != "submitted":
                    raise ServiceError(NOT_AWAITING)
                if (
                    quote.approver_id != self.user.user_id
                    and not access.live_permissions(session, self.user).is_admin
                ):
                    raise PermissionDenied(NOT_APPROVER, name=_user_name(session, quote.approver_id))
                quote.status = "approved" if approve else "rejected"
                quote.decided_at = datetime.now(UTC)
                quote.decided_by = self.user.user_id
                quote.reject_reason = None if approve else text
                verdict = "已批准" if approve else "被退回"
                subject = f"报价单{verdict}：{quote.number} {self._customer(session, quote)}"
                owner = {quote.owner_id} if quote.owner_id is not None else set()
                return self._finish(session, quote, "submitted", owner, subject, text)
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def approve(self, quote_id: int, version: int, comment: str | None = None) -> int:
        return self._decide(quote_id, version, True, comment)

    def reject(self, quote_id: int, version: int, reason: str) -> int:
        return self._decide(quote_id, version, False, reason)

    def issue(self, quote_id: int, version: int, today: date | None = None) -> int:
        """Send the quote to the customer: straight from draft when no line needs approval, else once approved."""
        try:
            with self.db.unit_of_work() as session:
                quote = self._load(session, quote_id, version, "edit")
                if quote.status == "submitted":
                    raise ServiceError(AWAITING)
                if quote.status in ("draft", "rejected") and quote.needs_approval:
                    raise ServiceError(UNAPPROVED)
                if quote.status not in ("draft", "approved"):
                    raise ServiceError(NOT_ISSUABLE, status=quote.status)
                self._check_costs(session, quote)
                if quote.valid_until is not None and quote.valid_until < (today or date.today()):
                    raise ServiceError(VALIDITY_PASSED)
                before = quote.status
                quote.status = "issued"
                quote.issued_at = datetime.now(UTC)
                return self._finish(session, quote, before, set(), "", None)
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def accept(self, quote_id: int, version: int) -> int:
        """The customer accepted the issued quote (a contract or an order can follow)."""
        try:
            with self.db.unit_of_work() as session:
                quote = self._load(session, quote_id, version, "edit")
                if quote.status != "issued":
                    raise ServiceError(NOT_ACCEPTABLE)
                quote.status = "accepted"
                quote.closed_at = datetime.now(UTC)
                return self._finish(session, quote, "issued", set(), "", None)
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def _pending(self, session: Session) -> ColumnElement[bool]:
        mine = Quote.approver_id == self.user.user_id
        is_admin = access.live_permissions(session, self.user).is_admin
        return and_(Quote.status == "submitted", Quote.deleted_at.is_(None), true() if is_admin else mine)

    def awaiting_me(self) -> list[QuoteRow]:
        """Quotes waiting for this user's decision (an administrator sees every quote awaiting approval).
        Being the assigned approver is what grants the read, whatever the user's data scope on quotes."""
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            stmt = (
                select(Quote.id, Quote.number, Quote.customer_id, Customer.name, Quote.title, Quote.status,
                       Quote.total, Quote.valid_until, Owner.full_name, Quote.needs_approval, Quote.created_at,
                       Quote.extra)
                .join(Customer, Customer.id == Quote.customer_id)
                .outerjoin(Owner, Owner.id == Quote.owner_id)
                .where(self._pending(session))
                .order_by(Quote.submitted_at, Quote.id)
            )  # fmt: skip
            return [
                from_row(QuoteRow, r[:-1], extra=dict(r.extra or {})) for r in session.execute(stmt).all()
            ]

    def pending_detail(self, quote_id: int) -> QuoteDetail:
        """The quote as its approver sees it (readable because it awaits this user's decision)."""
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            if session.scalar(select(Quote.id).where(Quote.id == quote_id, self._pending(session))) is None:
                if access.visible(session, self.user, ENTITY, quote_id, "view"):
                    return QuoteService(self.db, self.user).detail(session, quote_id)
                raise PermissionDenied(access.OUT_OF_SCOPE)
            return QuoteService(self.db, self.user).detail(session, quote_id)
