"""Leads (线索): my leads list, detail, create/edit/delete, status and follow-up records.

Every read and write goes through `access` for the entity "lead". A lead without an owner lies in the lead pool
(crm_desktop.services.lead_pool); a converted lead is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Lead, LeadFollowup, User
from crm_desktop.db.models.leads import LEAD_STATUSES
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, list_sort
from crm_desktop.services.context import UserContext
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
from crm_desktop.services.list_sort import ListSort, SortCursor
from crm_desktop.services.validation import Checker, clean

MODULE = "leads"
ENTITY = "lead"
STATUSES = LEAD_STATUSES
# Statuses a person may set by hand; "converted" is set by the conversion only.
MANUAL_STATUSES = ("new", "contacted", "qualified", "invalid")
FOLLOWUP_KINDS = ("call", "visit", "email", "other")
EDITABLE_FIELDS = (
    "company",
    "contact_name",
    "job_title",
    "phone",
    "mobile",
    "email",
    "address",
    "source_id",
    "industry_id",
    "region_id",
    "notes",
)
CONVERTED_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "This lead has been converted and can no longer be changed."
)


@dataclass(frozen=True)
class LeadRow:
    id: int
    company: str
    contact_name: str | None
    phone: str | None
    mobile: str | None
    source_id: int | None
    industry_id: int | None
    region_id: int | None
    status: str
    owner_id: int | None
    owner_name: str | None
    last_followup_at: datetime | None
    created_at: datetime
    extra: dict[str, object]  # custom field values (JSON form, see services/definitions/values.py)


@dataclass(frozen=True)
class LeadDetail(LeadRow):
    job_title: str | None
    email: str | None
    address: str | None
    notes: str | None
    version: int
    converted_at: datetime | None
    converted_customer_id: int | None
    converted_contact_id: int | None
    converted_opportunity_id: int | None
    can_edit: bool = False

    @property
    def in_pool(self) -> bool:
        return self.owner_id is None

    @property
    def converted(self) -> bool:
        return self.status == "converted"


@dataclass
class LeadInput:
    company: str = ""
    contact_name: str | None = None
    job_title: str | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    address: str | None = None
    source_id: int | None = None
    industry_id: int | None = None
    region_id: int | None = None
    notes: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FollowupRow:
    id: int
    occurred_at: datetime
    kind: str
    content: str
    next_step: str | None
    next_date: date | None
    user_name: str | None


@dataclass
class FollowupInput:
    occurred_at: datetime | None = None
    kind: str = "call"
    content: str = ""
    next_step: str | None = None
    next_date: date | None = None


@dataclass(frozen=True)
class LeadPage:
    rows: list[LeadRow]
    next_after_id: int | None  # pass back as after_id for the next page; None: no more rows
    next_cursor: SortCursor | None = None  # a sorted list's next page (list_page with `sort`)


Owner = aliased(User)
ROW_COLUMNS = (
    Lead.id,
    Lead.company,
    Lead.contact_name,
    Lead.phone,
    Lead.mobile,
    Lead.source_id,
    Lead.industry_id,
    Lead.region_id,
    Lead.status,
    Lead.owner_id,
    Owner.full_name,
    Lead.last_followup_at,
    Lead.created_at,
    Lead.extra,
)
DEFAULT_SORT = ListSort("id", descending=True)
SORT_COLUMNS = {"owner_id": Owner.full_name, "phone": func.coalesce(Lead.phone, Lead.mobile)}


def like_text(text: str) -> ColumnElement[bool] | None:
    """Company, contact or phone containing `text` (None for empty text)."""
    text = text.strip()
    if not text:
        return None
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return or_(
        Lead.company.ilike(like, escape="\\"),
        Lead.contact_name.ilike(like, escape="\\"),
        Lead.phone.like(like, escape="\\"),
        Lead.mobile.like(like, escape="\\"),
    )


def page_of(session: Session, stmt: Any, after_id: int | None, limit: int) -> LeadPage:
    """Newest first in keyset pages by id."""
    if after_id is not None:
        stmt = stmt.where(Lead.id < after_id)
    rows = session.execute(stmt.order_by(Lead.id.desc()).limit(limit + 1)).all()
    more = len(rows) > limit
    out = [from_row(LeadRow, r) for r in rows[:limit]]
    return LeadPage(out, out[-1].id if more and out else None)


def writable_lead(session: Session, user: UserContext, lead_id: int) -> Lead:
    """The lead for a change by `user`: in scope for edit, not converted."""
    access.require_row(session, user, "lead", lead_id, "edit")
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
    if lead.status == "converted":
        raise ServiceError(CONVERTED_READ_ONLY)
    return lead


def readable(session: Session, user: UserContext, lead_id: int) -> None:
    """Refuse unless `user` may read the lead: in scope, or lying in the pool (leads module "view")."""
    access.require_live(session, user, MODULE, "view")
    in_pool = session.execute(
        select(Lead.id).where(Lead.id == lead_id, Lead.owner_id.is_(None), Lead.deleted_at.is_(None))
    ).first()
    if in_pool is None:
        access.require_row(session, user, "lead", lead_id, "view")


class LeadService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reads -------------------------------------------------------------------------------------------
    def list_page(
        self,
        text: str = "",
        status: str | None = None,
        after_id: int | None = None,
        limit: int = 200,
        *,
        sort: ListSort | None = None,
        cursor: SortCursor | None = None,
    ) -> LeadPage:
        """Owned leads within the user's data scope (pool leads are listed by the pool service): newest first
        by id (`after_id`), or sorted by any column with `sort`/`cursor` (see list_sort; `next_cursor`)."""
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            stmt = (
                select(*ROW_COLUMNS)
                .outerjoin(Owner, Owner.id == Lead.owner_id)
                .where(access.scope_filter(session, self.user, "lead", "view"), Lead.owner_id.is_not(None))
            )
            text_cond = like_text(text)
            if text_cond is not None:
                stmt = stmt.where(or_(text_cond, *list_sort.custom_matches(session, ENTITY, Lead, text)))
            if status:
                stmt = stmt.where(Lead.status == status)
            if sort is None and cursor is None:
                return page_of(session, stmt, after_id, limit)
            page = list_sort.sorted_page(
                session, stmt, entity=ENTITY, model=Lead, sort=sort or DEFAULT_SORT, cursor=cursor,
                limit=limit, make=lambda r: from_row(LeadRow, r), columns=SORT_COLUMNS,
            )  # fmt: skip
            return LeadPage(page.rows, None, page.next_cursor)

    def get(self, lead_id: int) -> LeadDetail:
        with self.db.read_only() as session:
            readable(session, self.user, lead_id)
            row = session.execute(
                select(
                    *ROW_COLUMNS,
                    Lead.job_title,
                    Lead.email,
                    Lead.address,
                    Lead.notes,
                    Lead.version,
                    Lead.converted_at,
                    Lead.converted_customer_id,
                    Lead.converted_contact_id,
                    Lead.converted_opportunity_id,
                )
                .outerjoin(Owner, Owner.id == Lead.owner_id)
                .where(Lead.id == lead_id)
            ).one()
            can_edit = row.status != "converted" and access.visible(
                session, self.user, "lead", lead_id, "edit"
            )
            return from_row(LeadDetail, row, can_edit=can_edit)

    def followups(self, lead_id: int) -> list[FollowupRow]:
        with self.db.read_only() as session:
            readable(session, self.user, lead_id)
            rows = session.execute(
                select(
                    LeadFollowup.id,
                    LeadFollowup.occurred_at,
                    LeadFollowup.kind,
                    LeadFollowup.content,
                    LeadFollowup.next_step,
                    LeadFollowup.next_date,
                    User.full_name,
                )
                .outerjoin(User, User.id == LeadFollowup.user_id)
                .where(LeadFollowup.lead_id == lead_id, LeadFollowup.deleted_at.is_(None))
                .order_by(LeadFollowup.occurred_at.desc(), LeadFollowup.id.desc())
            ).all()
            return [from_row(FollowupRow, r) for r in rows]

    # ----- writes ------------------------------------------------------------------------------------------
    def _validate(self, data: LeadInput) -> tuple[dict[str, Any], ValidationError | None]:
        """Cleaned built-in values and their errors (raised together with the custom values' errors)."""
        values = {name: clean(getattr(data, name)) for name in EDITABLE_FIELDS}
        check = Checker(Lead.__table__)  # type: ignore[arg-type]
        check.text(values, "company", required=True)
        for name in ("contact_name", "job_title", "phone", "mobile", "email", "address"):
            check.text(values, name)
        check.email(values, "email")
        check.phone(values, "phone")
        check.phone(values, "mobile")
        try:
            check.done()
        except ValidationError as error:
            return values, error
        return values, None

    def create(self, data: LeadInput, *, to_pool: bool = False) -> int:
        """A new lead owned by the user, or put straight into the pool (needs the "assign" operation)."""
        access.require(self.user, MODULE, "create")
        if to_pool:
            access.require(self.user, MODULE, "assign")
        values, errors = self._validate(data)
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "create")
            extra = apply_extra(session, self.user, ENTITY, values, data.extra, builtin_errors=errors,
                                creating=True)  # fmt: skip
            now = datetime.now(UTC)
            lead = Lead(
                **values,
                status="new",
                extra=extra,
                owner_id=None if to_pool else self.user.user_id,
                department_id=None if to_pool else self.user.department_id,
                claimed_at=None if to_pool else now,
                created_by=self.user.user_id,
                updated_by=self.user.user_id,
            )
            session.add(lead)
            session.flush()
            audit.record(session, self.user, "create", ENTITY, lead.id, values["company"],
                         {**audit.diff({}, values), **extra_diff({}, extra)})  # fmt: skip
            return lead.id

    def update(self, lead_id: int, version: int, data: LeadInput) -> int:
        """Save changes made to the lead as it was at `version`; returns the new version."""
        values, errors = self._validate(data)
        try:
            with self.db.unit_of_work() as session:
                lead = writable_lead(session, self.user, lead_id)
                if lead.version != version:
                    raise ConcurrentEditError()
                extra = apply_extra(session, self.user, ENTITY, values, data.extra, lead.extra,
                                    builtin_errors=errors)  # fmt: skip
                before = {name: getattr(lead, name) for name in EDITABLE_FIELDS}
                changes = {**audit.diff(before, values), **extra_diff(lead.extra or {}, extra)}
                for name, value in values.items():
                    setattr(lead, name, value)
                if extra != (lead.extra or {}):
                    lead.extra = extra
                lead.updated_by = self.user.user_id
                lead.updated_at = datetime.now(UTC)
                if changes:
                    audit.record(session, self.user, "update", "lead", lead_id, values["company"], changes)
                session.flush()
                return lead.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def set_status(self, lead_id: int, status: str) -> None:
        if status not in MANUAL_STATUSES:
            raise ValidationError(
                {"status": QT_TRANSLATE_NOOP("Errors", "Choose one of the listed statuses.")}
            )
        with self.db.unit_of_work() as session:
            lead = writable_lead(session, self.user, lead_id)
            if lead.status != status:
                audit.record(
                    session,
                    self.user,
                    "update",
                    "lead",
                    lead_id,
                    lead.company,
                    {"status": [lead.status, status]},
                )
                lead.status = status
                lead.updated_by = self.user.user_id

    def delete(self, lead_id: int, version: int) -> None:
        """Soft delete (to the recycle bin)."""
        try:
            with self.db.unit_of_work() as session:
                access.require_row(session, self.user, "lead", lead_id, "delete")
                lead = session.get(Lead, lead_id)
                assert lead is not None
                if lead.status == "converted":
                    raise ServiceError(CONVERTED_READ_ONLY)
                if lead.version != version:
                    raise ConcurrentEditError()
                lead.deleted_at = datetime.now(UTC)
                lead.deleted_by = self.user.user_id
                audit.record(session, self.user, "delete", "lead", lead_id, lead.company)
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def add_followup(self, lead_id: int, data: FollowupInput) -> int:
        """Record a follow-up; a new lead becomes "contacted"."""
        content = (data.content or "").strip()
        check = Checker(LeadFollowup.__table__)  # type: ignore[arg-type]
        values = {"content": content, "next_step": clean(data.next_step)}
        check.text(values, "content", required=True)
        check.text(values, "next_step")
        if data.kind not in FOLLOWUP_KINDS:
            check.add("kind", QT_TRANSLATE_NOOP("Errors", "Choose one of the listed kinds."))
        occurred = data.occurred_at or datetime.now(UTC)
        if data.next_date is not None and data.next_date < occurred.date():
            check.add("next_date", QT_TRANSLATE_NOOP("Errors", "The next date lies before the follow-up."))
        check.done()
        with self.db.unit_of_work() as session:
            lead = writable_lead(session, self.user, lead_id)
            if lead.owner_id is None:
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Claim the lead before following it up."))
            row = LeadFollowup(
                lead_id=lead_id,
                user_id=self.user.user_id,
                occurred_at=occurred,
                kind=data.kind,
                content=content,
                next_step=values["next_step"],
                next_date=data.next_date,
                created_by=self.user.user_id,
                updated_by=self.user.user_id,
            )
            session.add(row)
            if lead.last_followup_at is None or occurred > lead.last_followup_at:
                lead.last_followup_at = occurred
            if lead.status == "new":
                lead.status = "contacted"
            lead.updated_by = self.user.user_id
            session.flush()
            audit.record(session, self.user, "create", "lead_followup", row.id, content[:100])
            return row.id


def owned_open(user_id: int) -> ColumnElement[bool]:
    """Leads `user_id` owns that still count against the claim limit (not converted, not invalid)."""
    return and_(
        Lead.owner_id == user_id,
        Lead.deleted_at.is_(None),
        Lead.status.in_(("new", "contacted", "qualified")),
    )
