"""Messages (信息管理器): send to colleagues, inbox with read state, sent items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from crm_desktop.db.models import Message, MessageRecipient, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound
from crm_desktop.services.validation import Checker, clean


@dataclass(frozen=True)
class InboxItem:
    receipt_id: int
    message_id: int
    kind: str
    sender_name: str | None
    subject: str
    body: str | None
    sent_at: datetime
    read_at: datetime | None


@dataclass(frozen=True)
class SentItem:
    message_id: int
    subject: str
    body: str | None
    sent_at: datetime
    recipients: int
    read: int


class MessageService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def send(self, recipient_ids: list[int], subject: str, body: str | None) -> int:
        access.require(self.user, "messages", "create")
        values = {"subject": clean(subject), "body": clean(body)}
        check = Checker(Message.__table__)  # type: ignore[arg-type]
        check.text(values, "subject", required=True)
        if not recipient_ids:
            check.add("recipients", QT_TRANSLATE_NOOP("Errors", "Choose at least one recipient."))
        check.done()
        with self.db.unit_of_work() as session:
            known = set(
                session.execute(
                    select(User.id).where(
                        User.id.in_(recipient_ids), User.deleted_at.is_(None), User.active.is_(True)
                    )
                ).scalars()
            )
            if known != set(recipient_ids):
                check.add("recipients", QT_TRANSLATE_NOOP("Errors", "A recipient no longer has an account."))
                check.done()
            message = Message(
                sender_id=self.user.user_id, kind="direct", created_by=self.user.user_id,
                updated_by=self.user.user_id, **values,
            )  # fmt: skip
            session.add(message)
            session.flush()
            session.add_all(MessageRecipient(message_id=message.id, user_id=uid) for uid in sorted(known))
            audit.record(session, self.user, "create", "message", message.id, values["subject"] or "")
            return message.id

    def inbox(self, unread_only: bool = False, limit: int = 300) -> list[InboxItem]:
        access.require(self.user, "messages", "view")
        sender = aliased(User)
        with self.db.read_only() as session:
            stmt = (
                select(
                    MessageRecipient.id, Message.id, Message.kind, sender.full_name, Message.subject, Message.body,
                    Message.sent_at, MessageRecipient.read_at,
                )
                .join(Message, Message.id == MessageRecipient.message_id)
                .outerjoin(sender, sender.id == Message.sender_id)
                .where(MessageRecipient.user_id == self.user.user_id, MessageRecipient.deleted_at.is_(None))
                .order_by(Message.sent_at.desc(), Message.id.desc())
                .limit(limit)
            )  # fmt: skip
            if unread_only:
                stmt = stmt.where(MessageRecipient.read_at.is_(None))
            return [from_row(InboxItem, row) for row in session.execute(stmt).all()]

    def sent(self, limit: int = 300) -> list[SentItem]:
        access.require(self.user, "messages", "view")
        with self.db.read_only() as session:
            rows = session.execute(
                select(
                    Message.id, Message.subject, Message.body, Message.sent_at,
                    func.count(MessageRecipient.id), func.count(MessageRecipient.read_at),
                )
                .join(MessageRecipient, MessageRecipient.message_id == Message.id)
                .where(Message.sender_id == self.user.user_id, Message.deleted_at.is_(None))
                .group_by(Message.id, Message.subject, Message.body, Message.sent_at)
                .order_by(Message.sent_at.desc())
                .limit(limit)
            ).all()  # fmt: skip
            return [from_row(SentItem, row) for row in rows]

    def mark_read(self, receipt_id: int) -> None:
        with self.db.unit_of_work() as session:
            receipt = session.get(MessageRecipient, receipt_id)
            if receipt is None or receipt.user_id != self.user.user_id:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            if receipt.read_at is None:
                receipt.read_at = datetime.now(UTC)

    def unread_count(self) -> int:
        with self.db.read_only() as session:
            return int(
                session.execute(
                    select(func.count())
                    .select_from(MessageRecipient)
                    .where(
                        MessageRecipient.user_id == self.user.user_id,
                        MessageRecipient.read_at.is_(None),
                        MessageRecipient.deleted_at.is_(None),
                    )
                ).scalar_one()
            )
