"""Contacts of a customer (a related panel: reached only through a customer the user may see)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Contact, ContactRole
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions.entry import apply_extra, extra_diff
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, NotFound, ValidationError
from crm_desktop.services.validation import Checker, clean

FIELDS = (
    "name",
    "gender",
    "title_id",
    "job_title",
    "mobile",
    "phone",
    "email",
    "birthday",
    "is_primary",
    "notes",
)


@dataclass(frozen=True)
class ContactDTO:
    id: int
    customer_id: int
    name: str
    gender: str | None
    title_id: int | None
    job_title: str | None
    mobile: str | None
    phone: str | None
    email: str | None
    birthday: date | None
    is_primary: bool
    notes: str | None
    version: int
    extra: dict[str, object] = field(default_factory=dict)  # custom field values (JSON form)


DECISION_ROLES = ("decides", "influences", "uses")


@dataclass(frozen=True)
class DecisionNode:
    contact_id: int
    name: str
    job_title: str | None
    decision_role: str | None  # decides / influences / uses
    reports_to_id: int | None


@dataclass
class ContactInput:
    name: str = ""
    gender: str | None = None
    title_id: int | None = None
    job_title: str | None = None
    mobile: str | None = None
    phone: str | None = None
    email: str | None = None
    birthday: date | None = None
    is_primary: bool = False
    notes: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _dto(c: Contact) -> ContactDTO:
    return from_row(
        ContactDTO, (c.id, c.customer_id, *(getattr(c, f) for f in FIELDS), c.version, dict(c.extra or {}))
    )


class ContactService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def list_for(self, customer_id: int) -> list[ContactDTO]:
        with self.db.read_only() as session:
            access.require_row(session, self.user, "customer", customer_id, "view")
            rows = session.execute(
                select(Contact)
                .where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
                .order_by(Contact.is_primary.desc(), Contact.name, Contact.id)
            ).scalars()
            return [_dto(c) for c in rows]

    def _validate(self, data: ContactInput) -> dict[str, Any]:
        """Cleaned built-in values; raises ValidationError (custom values are checked on save, see _check)."""
        values, error = self._check(data)
        if error is not None:
            raise error
        return values

    def _check(self, data: ContactInput) -> tuple[dict[str, Any], ValidationError | None]:
        values = {f: clean(getattr(data, f)) for f in FIELDS}
        values["is_primary"] = bool(values["is_primary"])
        check = Checker(Contact.__table__)  # type: ignore[arg-type]
        check.text(values, "name", required=True)
        for name in ("job_title", "mobile", "phone", "email"):
            check.text(values, name)
        check.email(values, "email")
        check.phone(values, "mobile")
        check.phone(values, "phone")
        if values["birthday"] is not None and values["birthday"] > date.today():
            check.add("birthday", QT_TRANSLATE_NOOP("Errors", "The birthday lies in the future."))
        try:
            check.done()
        except ValidationError as error:
            return values, error
        return values, None

    def add(self, customer_id: int, data: ContactInput) -> int:
        values, errors = self._check(data)
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "customer", customer_id, "edit")
            extra = apply_extra(session, self.user, "contact", values, data.extra, builtin_errors=errors,
                                creating=True)  # fmt: skip
            contact = Contact(customer_id=customer_id, **values, extra=extra, created_by=self.user.user_id,
                              updated_by=self.user.user_id)  # fmt: skip
            session.add(contact)
            session.flush()
            audit.record(session, self.user, "create", "contact", contact.id, values["name"],
                         {**audit.diff({}, values), **extra_diff({}, extra)})  # fmt: skip
            return contact.id

    def update(self, contact_id: int, version: int, data: ContactInput) -> int:
        values, errors = self._check(data)
        try:
            with self.db.unit_of_work() as session:
                contact = session.get(Contact, contact_id)
                if contact is None or contact.deleted_at is not None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
                access.require_row(session, self.user, "customer", contact.customer_id, "edit")
                if contact.version != version:
                    raise ConcurrentEditError()
                extra = apply_extra(session, self.user, "contact", values, data.extra, contact.extra,
                                    builtin_errors=errors)  # fmt: skip
                before = {f: getattr(contact, f) for f in FIELDS}
                extra_changes = extra_diff(contact.extra or {}, extra)
                if extra_changes:
                    contact.extra = extra
                for name, value in values.items():
                    setattr(contact, name, value)
                contact.updated_by = self.user.user_id
                contact.updated_at = datetime.now(UTC)
                audit.record(session, self.user, "update", "contact", contact_id, values["name"],
                             {**audit.diff(before, values), **extra_changes})  # fmt: skip
                session.flush()
                return contact.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def delete(self, contact_id: int) -> None:
        with self.db.unit_of_work() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            access.require_row(session, self.user, "customer", contact.customer_id, "edit")
            contact.deleted_at = datetime.now(UTC)
            contact.deleted_by = self.user.user_id
            audit.record(session, self.user, "delete", "contact", contact_id, contact.name)

    # ----- decision tree (who decides, who influences, who reports to whom) --------------------------------
    def decision_tree(self, customer_id: int) -> list[DecisionNode]:
        with self.db.read_only() as session:
            access.require_row(session, self.user, "customer", customer_id, "view")
            rows = session.execute(
                select(Contact.id, Contact.name, Contact.job_title, ContactRole.decision_role,
                       ContactRole.reports_to_id)
                .outerjoin(ContactRole, ContactRole.contact_id == Contact.id)
                .where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
                .order_by(Contact.name, Contact.id)
            ).all()  # fmt: skip
            return [from_row(DecisionNode, r) for r in rows]

    def set_decision_role(self, contact_id: int, role: str | None, reports_to_id: int | None) -> None:
        if role is not None and role not in DECISION_ROLES:
            raise ValidationError(
                {"decision_role": QT_TRANSLATE_NOOP("Errors", "Choose a role from the list.")}
            )
        with self.db.unit_of_work() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            access.require_row(session, self.user, "customer", contact.customer_id, "edit")
            if reports_to_id is not None:
                _check_reports_to(session, contact, reports_to_id)
            entry = session.execute(
                select(ContactRole).where(ContactRole.contact_id == contact_id)
            ).scalar_one_or_none()
            if entry is None:
                entry = ContactRole(contact_id=contact_id)
                session.add(entry)
            entry.decision_role, entry.reports_to_id = role, reports_to_id
            audit.record(session, self.user, "update", "contact", contact_id, contact.name,
                         {"decision_role": role, "reports_to_id": reports_to_id})  # fmt: skip


def _check_reports_to(session: Session, contact: Contact, reports_to_id: int) -> None:
    """The superior is another contact of the same customer, and no cycle forms."""
    bad = {"reports_to_id": QT_TRANSLATE_NOOP("Errors", "Choose another contact of this customer.")}
    superiors = dict(
        session.execute(
            select(Contact.id, ContactRole.reports_to_id)
            .outerjoin(ContactRole, ContactRole.contact_id == Contact.id)
            .where(Contact.customer_id == contact.customer_id, Contact.deleted_at.is_(None))
        ).all()
    )
    current: int | None = reports_to_id
    seen: set[int] = set()
    while current is not None:
        if current == contact.id or current not in superiors or current in seen:
            raise ValidationError(bad)
        seen.add(current)
        current = superiors[current]
