"""Messages (信息管理器): direct messages, announcements to everyone / a department / a station with read receipts,
system notices (task assigned, reminder due); inbox with read state, sent items, unread count.

Each send and each first read records a change-feed row (crm_desktop.services.notify) for live delivery."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.db.models import Department, Message, MessageRecipient, Station, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, notify
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied
from crm_desktop.services.validation import Checker, clean

TOPIC = "message"
AUDIENCES = ("everyone", "department", "station")


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
    kind: str = "direct"
    audience: str | None = None
    audience_ref: str | None = None


@dataclass(frozen=True)
class Receipt:
    user_id: int
    full_name: str
    department: str | None
    read_at: datetime | None


@dataclass(frozen=True)
class Choice:
    """A department (key = id) or a station (key = code) to address an announcement or a task to."""

    key: int | str
    name: str
    name_en: str


def departments(db: Database) -> list[Choice]:
    with db.read_only() as session:
        rows = session.execute(
            select(Department.id, Department.name)
            .where(Department.deleted_at.is_(None))
            .order_by(Department.sort_order, Department.name)
        ).all()
        return [Choice(key, name, name) for key, name in rows]


def stations(db: Database) -> list[Choice]:
    with db.read_only() as session:
        rows = session.execute(
            select(Station.code, Station.name, Station.name_en)
            .where(Station.deleted_at.is_(None))
            .order_by(Station.sort_order)
        ).all()
        return [Choice(code, name, name_en) for code, name, name_en in rows]


def notice(session: Session, user_ids: Iterable[int], subject: str, body: str | None) -> int:
    """A system notice (no sender) to `user_ids`, inside the caller's unit of work."""
    users = sorted(set(user_ids))
    message = Message(sender_id=None, kind="system", subject=subject, body=body)
    session.add(message)
    session.flush()
    session.add_all(MessageRecipient(message_id=message.id, user_id=uid) for uid in users)
    notify.publish(session, TOPIC, message.id, users)
    return message.id


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
            notify.publish(session, TOPIC, message.id, known | {self.user.user_id})
            return message.id

    def announce(self, audience: str, ref: int | str | None, subject: str, body: str | None) -> int:
        """An announcement to everyone, a department (with its sub-departments; `ref` = department id) or a
        station (`ref` = station code). Every active user in it gets a receipt; the sender sees who has read."""
        access.require(self.user, "messages", "create")
        values = {"subject": clean(subject), "body": clean(body)}
        check = Checker(Message.__table__)  # type: ignore[arg-type]
        check.text(values, "subject", required=True)
        if audience not in AUDIENCES or (audience != "everyone" and ref in (None, "")):
            check.add("audience", QT_TRANSLATE_NOOP("Errors", "Choose who receives the announcement."))
        check.done()
        with self.db.unit_of_work() as session:
            people = select(User.id).where(User.deleted_at.is_(None), User.active.is_(True))
            if audience == "department":
                department = session.get(Department, int(ref or 0))
                if department is None or department.deleted_at is not None:
                    check.add("audience", QT_TRANSLATE_NOOP("Errors", "This department no longer exists."))
                    check.done()
                people = people.where(
                    User.department_id.in_(access.department_subtree(session, int(ref or 0)))
                )
            elif audience == "station":
                if session.scalar(select(Station.id).where(Station.code == str(ref))) is None:
                    check.add("audience", QT_TRANSLATE_NOOP("Errors", "This station no longer exists."))
                    check.done()
                people = people.where(User.station_code == str(ref))
            users = set(session.scalars(people)) - {self.user.user_id}
            if not users:
                check.add("audience", QT_TRANSLATE_NOOP("Errors", "Nobody would receive this announcement."))
                check.done()
            message = Message(
                sender_id=self.user.user_id, kind="announcement", audience=audience,
                audience_ref=None if ref is None else str(ref), created_by=self.user.user_id,
                updated_by=self.user.user_id, **values,
            )  # fmt: skip
            session.add(message)
            session.flush()
            session.add_all(MessageRecipient(message_id=message.id, user_id=uid) for uid in sorted(users))
            audit.record(session, self.user, "create", "message", message.id, values["subject"] or "")
            notify.publish(
                session, TOPIC, message.id, None if audience == "everyone" else users | {self.user.user_id}
            )
            return message.id

    def receipts(self, message_id: int) -> list[Receipt]:
        """Who received a message I sent and when each read it (unread first, then by name)."""
        access.require(self.user, "messages", "view")
        with self.db.read_only() as session:
            message = session.get(Message, message_id)
            if message is None or message.deleted_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            if message.sender_id != self.user.user_id and not self.user.is_admin:
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only the sender sees who has read this."))
            rows = session.execute(
                select(User.id, User.full_name, Department.name, MessageRecipient.read_at)
                .join(User, User.id == MessageRecipient.user_id)
                .outerjoin(Department, Department.id == User.department_id)
                .where(MessageRecipient.message_id == message_id)
                .order_by(MessageRecipient.read_at.is_not(None), User.full_name)
            ).all()
            return [from_row(Receipt, row) for row in rows]

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

    def departments(self) -> list[Choice]:
        return departments(self.db)

    def stations(self) -> list[Choice]:
        return stations(self.db)

    def inbox_item(self, message_id: int) -> InboxItem | None:
        """My copy of one message (None when it was not sent to me)."""
        return next((i for i in self.inbox(limit=50) if i.message_id == message_id), None)

    def sent(self, limit: int = 300) -> list[SentItem]:
        access.require(self.user, "messages", "view")
        with self.db.read_only() as session:
            rows = session.execute(
                select(
                    Message.id, Message.subject, Message.body, Message.sent_at,
                    func.count(MessageRecipient.id), func.count(MessageRecipient.read_at), Message.kind,
                    Message.audience, Message.audience_ref,
                )
                .join(MessageRecipient, MessageRecipient.message_id == Message.id)
                .where(Message.sender_id == self.user.user_id, Message.deleted_at.is_(None))
                .group_by(
                    Message.id, Message.subject, Message.body, Message.sent_at, Message.kind, Message.audience,
                    Message.audience_ref,
                )
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
                sender = session.scalar(select(Message.sender_id).where(Message.id == receipt.message_id))
                if sender is not None:  # the sender's read receipts change
                    notify.publish(session, TOPIC, receipt.message_id, {sender, self.user.user_id})

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
