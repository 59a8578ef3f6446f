"""Contracts (合同): made from accepted quotes (amount and lines referenced through the quote), approved along the
configured chain one step at a time (each step's approver notified in turn; a rejection returns the contract to
draft with the reason; the last approval signs it), with PDF attachments stored in the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import (
    Contract,
    ContractApproval,
    ContractAttachment,
    Customer,
    Quote,
    Role,
    User,
    UserRole,
)
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, contract_chain, list_sort, messages, numbering
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.entry import apply_extra, extra_diff
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from crm_desktop.services.list_sort import ListSort, SortCursor, SortedPage
from crm_desktop.services.quote_approval import superior_of
from crm_desktop.services.row_versions import row_at_version
from crm_desktop.services.validation import Checker, clean

MODULE = "contracts"
ENTITY = "contract"
STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Contracts", "Draft"),
    "in_approval": QT_TRANSLATE_NOOP("Contracts", "In approval"),
    "signed": QT_TRANSLATE_NOOP("Contracts", "Signed"),
}
STEP_STATUSES: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("Contracts", "Waiting"),
    "pending": QT_TRANSLATE_NOOP("Contracts", "Its turn"),
    "approved": QT_TRANSLATE_NOOP("Contracts", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Contracts", "Rejected"),
    "skipped": QT_TRANSLATE_NOOP("Contracts", "Not reached"),
}
MAX_ATTACHMENT = 10 * 1024 * 1024

GONE = QT_TRANSLATE_NOOP("Errors", "The record no longer exists.")
QUOTE_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "Errors", "A contract can be made only from a quote the customer accepted."
)
QUOTE_HAS_CONTRACT = QT_TRANSLATE_NOOP("Errors", "This quote already has contract {number}.")
NOT_DRAFT = QT_TRANSLATE_NOOP("Errors", "Only a draft contract can be changed or submitted.")
NO_CHAIN = QT_TRANSLATE_NOOP("Errors", "No contract approval chain is configured; ask an administrator.")
NO_APPROVER = QT_TRANSLATE_NOOP("Errors", "Nobody can approve the step “{step}”.")
NOT_IN_APPROVAL = QT_TRANSLATE_NOOP("Errors", "This contract is not in approval.")
NOT_YOUR_STEP = QT_TRANSLATE_NOOP("Errors", "The current step “{step}” is not yours to decide.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Give a reason for the rejection.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "The amount cannot be negative.")
BAD_DATES = QT_TRANSLATE_NOOP("Errors", "The end date lies before the start date.")
NOT_PDF = QT_TRANSLATE_NOOP("Errors", "Only PDF files can be attached.")
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "The file is larger than {limit} MB.")
SIGNED_LOCKED = QT_TRANSLATE_NOOP("Errors", "A signed contract's attachments cannot be removed.")


@dataclass(frozen=True)
class ContractInput:
    title: str | None
    customer_id: int | None
    amount: Decimal
    quote_id: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    terms: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ContractRow:
    id: int
    number: str
    title: str
    customer_name: str
    amount: Decimal
    status: str
    owner_name: str | None
    quote_number: str | None
    signed_at: datetime | None
    created_at: datetime
    extra: dict[str, Any] = field(default_factory=dict)  # custom field values (list columns)


@dataclass(frozen=True)
class ApprovalStep:
    id: int
    seq: int
    step_name: str
    kind: str
    approver_name: str  # the person, or the role's holders' role name
    status: str
    decided_by_name: str | None
    decided_at: datetime | None
    comment: str | None


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    size: int
    created_at: datetime


@dataclass(frozen=True)
class ContractDetail:
    id: int
    version: int
    number: str
    title: str
    customer_id: int
    customer_name: str
    quote_id: int | None
    quote_number: str | None
    amount: Decimal
    status: str
    starts_on: date | None
    ends_on: date | None
    signed_at: datetime | None
    reject_reason: str | None
    terms: str | None
    owner_name: str | None
    extra: dict[str, Any]
    steps: tuple[ApprovalStep, ...]
    attachments: tuple[AttachmentRow, ...]
    can_edit: bool = False
    can_decide: bool = False


Owner = aliased(User)
_LIST_SELECT = (
    select(Contract.id, Contract.number, Contract.title, Customer.name, Contract.amount, Contract.status,
           Owner.full_name, Quote.number, Contract.signed_at, Contract.created_at, Contract.extra)
    .join(Customer, Customer.id == Contract.customer_id)
    .outerjoin(Owner, Owner.id == Contract.owner_id)
    .outerjoin(Quote, Quote.id == Contract.quote_id)
)  # fmt: skip
DEFAULT_SORT = ListSort("id", descending=True)
SORT_COLUMNS = {"customer_name": Customer.name, "owner_id": Owner.full_name, "quote_number": Quote.number}


def _contract_row(r: Sequence[Any]) -> ContractRow:
    return from_row(ContractRow, r[:-1], extra=dict(r[-1] or {}))


Decider = aliased(User)


def _validate(data: ContractInput) -> tuple[dict[str, Any], ValidationError | None]:
    check = Checker(Contract.__table__)  # type: ignore[arg-type]
    values = {"title": clean(data.title), "terms": clean(data.terms)}
    check.text(values, "title", required=True)
    if data.customer_id is None:
        check.add("customer_id", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    if not data.amount.is_finite() or data.amount < 0:
        check.add("amount", BAD_AMOUNT)
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        check.add("ends_on", BAD_DATES)
    try:
        check.done()
    except ValidationError as error:
        return values, error
    return values, None


def _extra(
    session: Session,
    user: UserContext,
    data: ContractInput,
    checked: tuple[dict[str, Any], ValidationError | None],
    stored: dict[str, Any] | None = None,
    *,
    check_form: bool = True,
) -> dict[str, Any]:
    """The custom values checked against the station's contract form, raised together with the built-in
    errors. Without `check_form` (a draft made from a quote) only the form's defaults are filled in."""
    values, errors = checked
    if not check_form:
        form = store.form_for(session, ENTITY, user.station_code)
        defaults = {
            k: form.fields[k].default
            for k in form.layout.field_keys()
            if k in form.fields and form.fields[k].custom and form.fields[k].default is not None
        }
        return {**defaults, **data.extra}
    builtin = {**values, "amount": data.amount, "starts_on": data.starts_on, "ends_on": data.ends_on}
    return apply_extra(
        session, user, ENTITY, builtin, data.extra, stored, builtin_errors=errors, creating=stored is None
    )


class ContractService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reads -------------------------------------------------------------------------------------------
    def _rows(
        self, session: Session, *conditions: ColumnElement[bool], limit: int = 200
    ) -> list[ContractRow]:
        stmt = _LIST_SELECT.where(*conditions).order_by(Contract.id.desc()).limit(limit)
        return [_contract_row(r) for r in session.execute(stmt).all()]

    def _list_conditions(
        self, session: Session, status: str | None, customer_id: int | None, text: str | None
    ) -> list[ColumnElement[bool]]:
        access.require_live(session, self.user, MODULE, "view")
        return list_sort.document_filters(
            session,
            self.user,
            ENTITY,
            Contract,
            (Contract.number, Contract.title, Customer.name),
            status,
            customer_id,
            text,
        )

    def list_contracts(self, *, status: str | None = None, customer_id: int | None = None, text: str | None = None,
             before_id: int | None = None, limit: int = 200) -> list[ContractRow]:  # fmt: skip
        with self.db.read_only() as session:
            conditions = self._list_conditions(session, status, customer_id, text)
            if before_id is not None:
                conditions.append(Contract.id < before_id)
            return self._rows(session, *conditions, limit=limit)

    def list_page(self, *, status: str | None = None, customer_id: int | None = None, text: str | None = None,
                  sort: ListSort | None = None, cursor: SortCursor | None = None,
                  limit: int = 200) -> SortedPage[ContractRow]:  # fmt: skip
        """Sorted by any column (newest first by default), keyset-paged: pass `next_cursor` back as `cursor`."""
        with self.db.read_only() as session:
            stmt = _LIST_SELECT.where(*self._list_conditions(session, status, customer_id, text))
            return list_sort.sorted_page(
                session, stmt, entity=ENTITY, model=Contract, sort=sort or DEFAULT_SORT, cursor=cursor,
                limit=limit, make=_contract_row, columns=SORT_COLUMNS,
            )  # fmt: skip

    def _pending_mine(self, session: Session) -> ColumnElement[bool]:
        """Contracts whose current step this user may decide."""
        roles = select(UserRole.role_id).where(UserRole.user_id == self.user.user_id)
        step = exists().where(
            ContractApproval.contract_id == Contract.id,
            ContractApproval.approval_round == Contract.approval_round,
            ContractApproval.status == "pending",
            or_(
                ContractApproval.approver_id == self.user.user_id,
                and_(ContractApproval.kind == "role", ContractApproval.role_id.in_(roles)),
            ),
        )
        return and_(Contract.status == "in_approval", Contract.deleted_at.is_(None), step)

    def awaiting_me(self) -> list[ContractRow]:
        """Contracts whose current approval step is this user's (readable through that assignment)."""
        with self.db.read_only() as session:
            return self._rows(session, self._pending_mine(session))

    def get(self, contract_id: int) -> ContractDetail:
        """The contract, if within the user's scope or awaiting this user's decision."""
        with self.db.read_only() as session:
            mine = session.scalar(
                select(Contract.id).where(Contract.id == contract_id, self._pending_mine(session))
            )
            if mine is None:
                access.require_row(session, self.user, ENTITY, contract_id, "view")
            return self._detail(session, contract_id, can_decide=mine is not None)

    def _detail(self, session: Session, contract_id: int, *, can_decide: bool) -> ContractDetail:
        row = session.execute(
            select(Contract, Customer.name, Quote.number, Owner.full_name)
            .join(Customer, Customer.id == Contract.customer_id)
            .outerjoin(Quote, Quote.id == Contract.quote_id)
            .outerjoin(Owner, Owner.id == Contract.owner_id)
            .where(Contract.id == contract_id, Contract.deleted_at.is_(None))
        ).one_or_none()
        if row is None:
            raise NotFound(GONE)
        c: Contract = row[0]
        return ContractDetail(
            c.id, c.version, c.number, c.title, c.customer_id, row[1], c.quote_id, row[2], c.amount, c.status,
            c.starts_on, c.ends_on, c.signed_at, c.reject_reason, c.terms, row[3], dict(c.extra or {}),
            tuple(self._steps(session, c)), tuple(self._attachments(session, c.id)),
            can_edit=c.status == "draft" and access.visible(session, self.user, ENTITY, c.id, "edit"),
            can_decide=can_decide,
        )  # fmt: skip

    def _steps(self, session: Session, contract: Contract) -> list[ApprovalStep]:
        rows = session.execute(
            select(ContractApproval, User.full_name, Role.name, Decider.full_name)
            .outerjoin(User, User.id == ContractApproval.approver_id)
            .outerjoin(Role, Role.id == ContractApproval.role_id)
            .outerjoin(Decider, Decider.id == ContractApproval.decided_by)
            .where(ContractApproval.contract_id == contract.id,
                   ContractApproval.approval_round == contract.approval_round)
            .order_by(ContractApproval.seq)
        ).all()  # fmt: skip
        return [
            ApprovalStep(a.id, a.seq, a.step_name, a.kind, person or role or "", a.status, decider, a.decided_at,
                         a.comment)
            for a, person, role, decider in rows
        ]  # fmt: skip

    def _attachments(self, session: Session, contract_id: int) -> list[AttachmentRow]:
        rows = session.execute(
            select(ContractAttachment.id, ContractAttachment.file_name, ContractAttachment.size,
                   ContractAttachment.created_at)
            .where(ContractAttachment.contract_id == contract_id, ContractAttachment.deleted_at.is_(None))
            .order_by(ContractAttachment.id)
        ).all()  # fmt: skip
        return [AttachmentRow(*r) for r in rows]

    # ----- writes ------------------------------------------------------------------------------------------
    def create(self, data: ContractInput, *, check_form: bool = True) -> int:
        checked = _validate(data)
        values = checked[0]
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "create")
            extra = _extra(session, self.user, data, checked, check_form=check_form)
            assert data.customer_id is not None
            access.require_row(session, self.user, "customer", data.customer_id, "view")
            if data.quote_id is not None:
                self._check_quote(session, data.quote_id, data.customer_id)
            contract = Contract(
                number=numbering.next_number(session, "contract"), customer_id=data.customer_id,
                quote_id=data.quote_id, amount=data.amount, status="draft", approval_round=0,
                starts_on=data.starts_on, ends_on=data.ends_on, extra=extra,
                owner_id=self.user.user_id, department_id=self.user.department_id,
                created_by=self.user.user_id, updated_by=self.user.user_id, **values,
            )  # fmt: skip
            session.add(contract)
            session.flush()
            audit.record(session, self.user, "create", ENTITY, contract.id, contract.number,
                         {**audit.diff({}, {**values, "amount": data.amount, "quote_id": data.quote_id}),
                          **extra_diff({}, extra)})  # fmt: skip
            return contract.id

    def _check_quote(self, session: Session, quote_id: int, customer_id: int) -> Quote:
        access.require_row(session, self.user, "quote", quote_id, "view")
        quote = session.get(Quote, quote_id)
        assert quote is not None
        if quote.status != "accepted" or quote.customer_id != customer_id:
            raise ServiceError(QUOTE_NOT_ACCEPTED)
        other = session.scalar(
            select(Contract.number).where(Contract.quote_id == quote_id, Contract.deleted_at.is_(None))
        )
        if other is not None:
            raise ServiceError(QUOTE_HAS_CONTRACT, number=other)
        return quote

    def from_quote(self, quote_id: int) -> int:
        """A draft contract for an accepted quote: its customer and total; the lines stay on the quote."""
        with self.db.read_only() as session:
            access.require_row(session, self.user, "quote", quote_id, "view")
            row = session.execute(
                select(Quote.customer_id, Quote.total, Quote.title, Quote.number, Customer.name)
                .join(Customer, Customer.id == Quote.customer_id)
                .where(Quote.id == quote_id)
            ).one()
        title = row.title or f"{row.name} 销售合同"
        return self.create(
            ContractInput(title[:200], row.customer_id, row.total, quote_id=quote_id), check_form=False
        )  # a draft: the user completes it in the contract dialog

    def update(self, contract_id: int, version: int, data: ContractInput) -> int:
        checked = _validate(data)
        values = checked[0]
        try:
            with self.db.unit_of_work() as session:
                contract = self._load(session, contract_id, version, "edit")
                if contract.status != "draft":
                    raise ServiceError(NOT_DRAFT)
                extra = _extra(session, self.user, data, checked, dict(contract.extra or {}))
                extra_changes = extra_diff(contract.extra or {}, extra)
                assert data.customer_id is not None
                if data.customer_id != contract.customer_id:
                    access.require_row(session, self.user, "customer", data.customer_id, "view")
                before = {"title": contract.title, "amount": contract.amount, "terms": contract.terms,
                          "starts_on": contract.starts_on, "ends_on": contract.ends_on}  # fmt: skip
                contract.title, contract.terms = values["title"], values["terms"]
                contract.customer_id, contract.amount = data.customer_id, data.amount
                contract.starts_on, contract.ends_on = data.starts_on, data.ends_on
                contract.extra = extra
                contract.updated_by = self.user.user_id
                contract.updated_at = datetime.now(UTC)
                session.flush()
                after = {
                    **values,
                    "amount": data.amount,
                    "starts_on": data.starts_on,
                    "ends_on": data.ends_on,
                }
                audit.record(session, self.user, "update", ENTITY, contract_id, contract.number,
                             {**audit.diff(before, after), **extra_changes})  # fmt: skip
                return contract.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def _load(self, session: Session, contract_id: int, version: int | None, operation: str) -> Contract:
        return row_at_version(session, self.user, ENTITY, Contract, contract_id, version, operation)

    def _approvers(self, session: Session, step: ContractApproval) -> set[int]:
        if step.approver_id is not None:
            return {step.approver_id}
        rows = session.scalars(
            select(UserRole.user_id)
            .join(User, User.id == UserRole.user_id)
            .where(UserRole.role_id == step.role_id, User.active.is_(True), User.deleted_at.is_(None))
        )
        return set(rows)

    def _notify_step(self, session: Session, contract: Contract, step: ContractApproval) -> None:
        people = self._approvers(session, step) - {self.user.user_id}
        if people:
            subject = f"合同待审批（{step.step_name}）：{contract.number} {contract.title}"
            messages.notice(session, people, subject[:200], f"金额 {contract.amount}")

    def submit(self, contract_id: int, version: int) -> int:
        """Start a new approval round along the chain as configured now; the first step's approver is told."""
        try:
            with self.db.unit_of_work() as session:
                contract = self._load(session, contract_id, version, "edit")
                if contract.status != "draft":
                    raise ServiceError(NOT_DRAFT)
                chain = contract_chain.read_chain(session)
                if not chain:
                    raise ServiceError(NO_CHAIN)
                contract.approval_round += 1
                steps: list[ContractApproval] = []
                for number, link in enumerate(chain, start=1):
                    approver = link.user_id
                    if link.kind == "department_manager":
                        approver = superior_of(session, contract.owner_id)
                    step = ContractApproval(
                        contract_id=contract.id, approval_round=contract.approval_round, seq=number,
                        step_name=link.step_name, kind=link.kind, role_id=link.role_id, approver_id=approver,
                        status="pending" if number == 1 else "waiting",
                    )  # fmt: skip
                    if not self._approvers(session, step):
                        raise ServiceError(NO_APPROVER, step=link.step_name)
                    steps.append(step)
                session.add_all(steps)
                contract.status = "in_approval"
                contract.reject_reason = None
                contract.updated_by = self.user.user_id
                contract.updated_at = datetime.now(UTC)
                session.flush()
                audit.record(session, self.user, "update", ENTITY, contract.id, contract.number,
                             {"status": ["draft", "in_approval"]})  # fmt: skip
                self._notify_step(session, contract, steps[0])
                return contract.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def decide(self, contract_id: int, version: int, approve: bool, comment: str | None = None) -> int:
        """The current step's approver approves (the next step's approver is told; after the last the contract is
        signed) or rejects with a reason (back to draft, the owner is told). Nobody else may decide."""
        text = clean(comment)
        if not approve and not text:
            raise ValidationError({"reason": REASON_REQUIRED})
        try:
            with self.db.unit_of_work() as session:
                contract = session.get(Contract, contract_id)
                if contract is None or contract.deleted_at is not None:
                    raise NotFound(GONE)
                if contract.version != version:
                    raise ConcurrentEditError()
                if contract.status != "in_approval":
                    raise ServiceError(NOT_IN_APPROVAL)
                steps = list(
                    session.scalars(
                        select(ContractApproval)
                        .where(ContractApproval.contract_id == contract.id,
                               ContractApproval.approval_round == contract.approval_round)
                        .order_by(ContractApproval.seq)
                    )
                )  # fmt: skip
                current = next(s for s in steps if s.status == "pending")
                if self.user.user_id not in self._approvers(session, current):
                    raise PermissionDenied(NOT_YOUR_STEP, step=current.step_name)
                now = datetime.now(UTC)
                current.status = "approved" if approve else "rejected"
                current.decided_by, current.decided_at, current.comment = self.user.user_id, now, text
                later = [s for s in steps if s.seq > current.seq]
                owner = {u for u in (contract.owner_id,) if u is not None and u != self.user.user_id}
                if not approve:
                    for step in later:
                        step.status = "skipped"
                    contract.status, contract.reject_reason = "draft", text
                    if owner:
                        messages.notice(
                            session,
                            owner,
                            f"合同被退回（{current.step_name}）：{contract.number}"[:200],
                            text,
                        )
                elif later:
                    later[0].status = "pending"
                    self._notify_step(session, contract, later[0])
                else:
                    contract.status, contract.signed_at = "signed", now
                    if owner:
                        messages.notice(
                            session, owner, f"合同审批通过，已签订：{contract.number}"[:200], None
                        )
                contract.updated_by = self.user.user_id
                contract.updated_at = now
                session.flush()
                audit.record(session, self.user, "update", ENTITY, contract.id, contract.number,
                             {"step": current.step_name, "decision": current.status, "status": contract.status})  # fmt: skip
                return contract.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def delete(self, contract_id: int, version: int) -> None:
        with self.db.unit_of_work() as session:
            contract = self._load(session, contract_id, version, "delete")
            if contract.status != "draft":
                raise ServiceError(NOT_DRAFT)
            contract.deleted_at, contract.deleted_by = datetime.now(UTC), self.user.user_id
            audit.record(session, self.user, "delete", ENTITY, contract_id, contract.number)

    # ----- attachments -------------------------------------------------------------------------------------
    def attach(self, contract_id: int, file_name: str, data: bytes) -> int:
        """Store a PDF (at most MAX_ATTACHMENT bytes) with the contract."""
        if len(data) > MAX_ATTACHMENT:
            raise ServiceError(TOO_BIG, limit=MAX_ATTACHMENT // (1024 * 1024))
        if not data.startswith(b"%PDF-"):
            raise ServiceError(NOT_PDF)
        name = (clean(file_name) or "contract.pdf")[-255:]
        with self.db.unit_of_work() as session:
            self._load(session, contract_id, None, "edit")
            row = ContractAttachment(contract_id=contract_id, file_name=name, size=len(data), data=data,
                                     created_by=self.user.user_id, updated_by=self.user.user_id)  # fmt: skip
            session.add(row)
            session.flush()
            audit.record(
                session,
                self.user,
                "create",
                "contract_attachment",
                row.id,
                name,
                {"contract_id": contract_id},
            )
            return row.id

    def attachment_data(self, attachment_id: int) -> tuple[str, bytes]:
        with self.db.read_only() as session:
            row = session.get(ContractAttachment, attachment_id)
            if row is None or row.deleted_at is not None:
                raise NotFound(GONE)
            mine = session.scalar(
                select(Contract.id).where(Contract.id == row.contract_id, self._pending_mine(session))
            )
            if mine is None:
                access.require_row(session, self.user, ENTITY, row.contract_id, "view")
            return row.file_name, bytes(row.data)

    def remove_attachment(self, attachment_id: int) -> None:
        with self.db.unit_of_work() as session:
            row = session.get(ContractAttachment, attachment_id)
            if row is None or row.deleted_at is not None:
                raise NotFound(GONE)
            contract = self._load(session, row.contract_id, None, "edit")
            if contract.status == "signed":
                raise ServiceError(SIGNED_LOCKED)
            session.execute(
                update(ContractAttachment)
                .where(ContractAttachment.id == attachment_id)
                .values(
                    deleted_at=datetime.now(UTC),
                    deleted_by=self.user.user_id,
                    version=ContractAttachment.version + 1,
                )
            )
            audit.record(session, self.user, "delete", "contract_attachment", attachment_id, row.file_name)
