"""Notes and attachments of a customer, stored in the database (attachments up to MAX_ATTACHMENT_BYTES)."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from crm_desktop.db.models import CustomerAttachment, CustomerNote, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError, ValidationError

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_NOTE_CHARS = 20_000


class AttachmentTooLarge(ServiceError):
    pass


@dataclass(frozen=True)
class NoteDTO:
    id: int
    body: str
    author: str | None
    created_at: datetime


@dataclass(frozen=True)
class AttachmentDTO:
    id: int
    file_name: str
    content_type: str | None
    size: int
    author: str | None
    created_at: datetime


def check_size(file_name: str, size: int) -> None:
    """Refuse a file above the limit before anyone reads it into memory."""
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(
            QT_TRANSLATE_NOOP(
                "Errors", "The file “{name}” has {size} MB; attachments may have at most {limit} MB."
            ),
            name=file_name,
            size=f"{size / 1048576:.1f}",
            limit=MAX_ATTACHMENT_BYTES // 1048576,
        )


class CustomerNotesService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- notes -------------------------------------------------------------------------------------------
    def notes(self, customer_id: int) -> list[NoteDTO]:
        author = aliased(User)
        with self.db.read_only() as session:
            access.require_row(session, self.user, "customer", customer_id, "view")
            rows = session.execute(
                select(CustomerNote.id, CustomerNote.body, author.full_name, CustomerNote.created_at)
                .outerjoin(author, author.id == CustomerNote.created_by)
                .where(CustomerNote.customer_id == customer_id, CustomerNote.deleted_at.is_(None))
                .order_by(CustomerNote.created_at.desc(), CustomerNote.id.desc())
            ).all()
            return [from_row(NoteDTO, r) for r in rows]

    def add_note(self, customer_id: int, body: str) -> int:
        body = (body or "").strip()
        if not body:
            raise ValidationError({"body": QT_TRANSLATE_NOOP("Errors", "This field is required.")})
        if len(body) > MAX_NOTE_CHARS:
            raise ValidationError(
                {"body": QT_TRANSLATE_NOOP("Errors", "At most {max} characters (now {length}).")},
                {"body": {"max": MAX_NOTE_CHARS, "length": len(body)}},
            )
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "customer", customer_id, "edit")
            note = CustomerNote(customer_id=customer_id, body=body, created_by=self.user.user_id,
                                updated_by=self.user.user_id)  # fmt: skip
            session.add(note)
            session.flush()
            audit.record(session, self.user, "create", "customer_note", note.id, body[:80])
            return note.id

    def delete_note(self, note_id: int) -> None:
        with self.db.unit_of_work() as session:
            note = session.get(CustomerNote, note_id)
            self._require(session, note, "edit")
            assert note is not None
            note.deleted_at, note.deleted_by = datetime.now(UTC), self.user.user_id
            audit.record(session, self.user, "delete", "customer_note", note_id, note.body[:80])

    # ----- attachments -------------------------------------------------------------------------------------
    def attachments(self, customer_id: int) -> list[AttachmentDTO]:
        author = aliased(User)
        a = CustomerAttachment
        with self.db.read_only() as session:
            access.require_row(session, self.user, "customer", customer_id, "view")
            rows = session.execute(
                select(a.id, a.file_name, a.content_type, a.size, author.full_name, a.created_at)
                .outerjoin(author, author.id == a.created_by)
                .where(a.customer_id == customer_id, a.deleted_at.is_(None))
                .order_by(a.created_at.desc(), a.id.desc())
            ).all()
            return [from_row(AttachmentDTO, r) for r in rows]

    def add_attachment(self, customer_id: int, file_name: str, data: bytes) -> int:
        file_name = (file_name or "").strip()[:255]
        if not file_name:
            raise ValidationError({"file_name": QT_TRANSLATE_NOOP("Errors", "This field is required.")})
        check_size(file_name, len(data))
        content_type = mimetypes.guess_type(file_name)[0]
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "customer", customer_id, "edit")
            item = CustomerAttachment(customer_id=customer_id, file_name=file_name, content_type=content_type,
                                      size=len(data), data=data, created_by=self.user.user_id,
                                      updated_by=self.user.user_id)  # fmt: skip
            session.add(item)
            session.flush()
            audit.record(session, self.user, "create", "customer_attachment", item.id, file_name)
            return item.id

    def attachment_data(self, attachment_id: int) -> tuple[str, bytes]:
        with self.db.read_only() as session:
            item = session.get(CustomerAttachment, attachment_id)
            self._require(session, item, "view")
            assert item is not None
            return item.file_name, item.data

    def delete_attachment(self, attachment_id: int) -> None:
        with self.db.unit_of_work() as session:
            item = session.get(CustomerAttachment, attachment_id)
            self._require(session, item, "edit")
            assert item is not None
            item.deleted_at, item.deleted_by = datetime.now(UTC), self.user.user_id
            audit.record(session, self.user, "delete", "customer_attachment", attachment_id, item.file_name)

    def _require(
        self, session: Session, row: CustomerNote | CustomerAttachment | None, operation: str
    ) -> None:
        if row is None or row.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
        access.require_row(session, self.user, "customer", row.customer_id, operation)
