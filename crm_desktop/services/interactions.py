"""Contact history (联系记录) of a customer: calls, visits, storefront receptions, e-mails."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from crm_desktop.db.models import Contact, Customer, Interaction, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.catalog import INTERACTION_KINDS
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.validation import Checker, clean


@dataclass(frozen=True)
class InteractionDTO:
    id: int
    customer_id: int
    kind: str
    occurred_at: datetime
    user_name: str
    contact_name: str | None
    subject: str
    content: str | None
    next_step: str | None
    next_date: date | None


@dataclass(frozen=True)
class FollowUpDTO:
    interaction_id: int
    customer_id: int
    customer_name: str
    next_date: date
    next_step: str | None
    subject: str


@dataclass
class InteractionInput:
    kind: str = "call"
    subject: str = ""
    content: str | None = None
    contact_id: int | None = None
    occurred_at: datetime | None = None
    next_step: str | None = None
    next_date: date | None = None


class InteractionService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def list_for(self, customer_id: int, limit: int = 200) -> list[InteractionDTO]:
        by = aliased(User)
        with self.db.read_only() as session:
            access.require_row(session, self.user, "customer", customer_id, "view")
            rows = session.execute(
                select(
                    Interaction.id, Interaction.customer_id, Interaction.kind, Interaction.occurred_at,
                    by.full_name, Contact.name, Interaction.subject, Interaction.content,
                    Interaction.next_step, Interaction.next_date,
                )
                .join(by, by.id == Interaction.user_id)
                .outerjoin(Contact, Contact.id == Interaction.contact_id)
                .where(Interaction.customer_id == customer_id, Interaction.deleted_at.is_(None))
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
                .limit(limit)
            ).all()  # fmt: skip
            return [from_row(InteractionDTO, r) for r in rows]

    def add(self, customer_id: int, data: InteractionInput) -> int:
        values = {
            "kind": data.kind, "subject": clean(data.subject), "content": clean(data.content),
            "next_step": clean(data.next_step), "next_date": data.next_date,
        }  # fmt: skip
        check = Checker(Interaction.__table__)  # type: ignore[arg-type]
        check.text(values, "subject", required=True)
        check.text(values, "next_step")
        if data.kind not in INTERACTION_KINDS:
            check.add("kind", QT_TRANSLATE_NOOP("Errors", "Choose how the contact took place."))
        check.done()
        occurred = data.occurred_at or datetime.now(UTC)
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "customer", customer_id, "edit")
            if data.contact_id is not None:
                owner = session.execute(
                    select(Contact.customer_id).where(Contact.id == data.contact_id)
                ).scalar()
                if owner != customer_id:
                    check.add(
                        "contact_id", QT_TRANSLATE_NOOP("Errors", "This contact belongs to another customer.")
                    )
                    check.done()
            record = Interaction(
                customer_id=customer_id, contact_id=data.contact_id, user_id=self.user.user_id,
                occurred_at=occurred, created_by=self.user.user_id, updated_by=self.user.user_id, **values,
            )  # fmt: skip
            session.add(record)
            # A plain column update: adding history must not collide with someone editing the customer form.
            session.execute(
                Customer.__table__.update()  # type: ignore[attr-defined]
                .where(
                    Customer.id == customer_id,
                    or_(Customer.last_contact_at.is_(None), Customer.last_contact_at < occurred),
                )
                .values(last_contact_at=occurred)
            )
            session.flush()
            audit.record(session, self.user, "create", "interaction", record.id, values["subject"] or "")
            return record.id

    def follow_ups(self, until: date, limit: int = 20) -> list[FollowUpDTO]:
        """Next steps due up to `until` on customers I own (and may see), oldest first."""
        access.require(self.user, "customers", "view")
        with self.db.read_only() as session:
            rows = session.execute(
                select(
                    Interaction.id, Customer.id, Customer.name, Interaction.next_date, Interaction.next_step,
                    Interaction.subject,
                )
                .join(Customer, Customer.id == Interaction.customer_id)
                .where(
                    access.scope_filter(session, self.user, "customer", "view"),
                    Customer.owner_id == self.user.user_id,
                    Interaction.deleted_at.is_(None),
                    Interaction.next_date.is_not(None),
                    Interaction.next_date <= until,
                    Interaction.next_date >= until - timedelta(days=30),
                )
                .order_by(Interaction.next_date, Interaction.id)
                .limit(limit)
            ).all()  # fmt: skip
            return [from_row(FollowUpDTO, r) for r in rows]
