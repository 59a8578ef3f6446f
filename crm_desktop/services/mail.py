"""E-mail: SMTP settings kept in the database by an administrator, and sending a message or a batch greeting to
customers' contacts. Each message sent is recorded in the customer's contact history (kind "email"); a failure
is reported for its recipient while the others go on (standard library smtplib + email.message)."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Contact, Customer, SystemSetting
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError
from crm_desktop.services.interactions import InteractionInput, InteractionService
from crm_desktop.services.validation import Checker, clean

PREFIX = "smtp."
SECURITY = ("none", "starttls", "tls")
TIMEOUT_S = 20.0
MAX_RECIPIENTS = 2000
NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "Errors", "E-mail is not set up yet: an administrator enters the SMTP settings."
)
NO_ADDRESS = QT_TRANSLATE_NOOP("Errors", "This contact has no e-mail address.")
OUT_OF_SCOPE = QT_TRANSLATE_NOOP("Errors", "You may not add to this customer's contact history.")
BAD_TEMPLATE = QT_TRANSLATE_NOOP(
    "Errors", "The text has a placeholder that cannot be filled. Use {name}, {customer} or {sender}."
)
CONNECT_FAILED = QT_TRANSLATE_NOOP("Errors", "Could not reach the mail server: {detail}")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # none, starttls (explicit TLS), tls (implicit TLS, usually port 465)
    user: str = ""
    password: str = ""
    sender: str = ""
    sender_name: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


@dataclass(frozen=True)
class MailRecipient:
    customer_id: int
    customer_name: str
    contact_id: int | None
    contact_name: str
    email: str


@dataclass(frozen=True)
class SendResult:
    recipient: MailRecipient
    ok: bool
    error: str = ""
    interaction_id: int | None = None


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def render(template: str, recipient: MailRecipient, sender: str) -> str:
    """Fill {name}, {customer} and {sender}; other braces raise ServiceError(BAD_TEMPLATE)."""
    values = _Blank(name=recipient.contact_name, customer=recipient.customer_name, sender=sender)
    try:
        return template.format_map(values)
    except (KeyError, ValueError, IndexError, AttributeError) as error:
        raise ServiceError(BAD_TEMPLATE) from error


class MailService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- settings (administrators) -----------------------------------------------------------------------
    def settings(self) -> SmtpSettings:
        """The stored settings for the settings dialog (administrators only); the password is left out."""
        with self.db.read_only() as session:
            access.require_live(session, self.user, "system", "view")
            return replace(_load(session), password="")

    def has_password(self) -> bool:
        with self.db.read_only() as session:
            access.require_live(session, self.user, "system", "view")
            return bool(_load(session).password)

    def save_settings(self, settings: SmtpSettings, *, keep_password: bool = False) -> None:
        values = {
            "host": clean(settings.host), "user": clean(settings.user), "sender": clean(settings.sender),
            "sender_name": clean(settings.sender_name),
        }  # fmt: skip
        check = Checker(SystemSetting.__table__)  # type: ignore[arg-type]
        check.text(values, "host", required=True, column="value")
        check.text(values, "sender", required=True, column="value")
        check.email(values, "sender")
        if not 0 < settings.port < 65536:
            check.add("port", QT_TRANSLATE_NOOP("Errors", "Enter a port between 1 and 65535."))
        if settings.security not in SECURITY:
            check.add("security", QT_TRANSLATE_NOOP("Errors", "Choose how the connection is secured."))
        check.done()
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, "system", "edit")
            stored = {
                **{k: v or "" for k, v in values.items()}, "port": str(settings.port),
                "security": settings.security,
            }  # fmt: skip
            if not keep_password:
                stored["password"] = settings.password
            for key, value in stored.items():
                row = session.get(SystemSetting, PREFIX + key)
                if row is None:
                    session.add(SystemSetting(key=PREFIX + key, value=value))
                else:
                    row.value = value
            audit.record(session, self.user, "update", "system_setting", None, "SMTP")

    # ----- recipients and sending --------------------------------------------------------------------------
    def recipients(self, customer_ids: Iterable[int]) -> list[MailRecipient]:
        """The contacts with an e-mail address of those customers I may edit (primary contacts first)."""
        access.require(self.user, "customers", "edit")
        ids = sorted(set(customer_ids))[:MAX_RECIPIENTS]
        if not ids:
            return []
        with self.db.read_only() as session:
            rows = session.execute(
                select(Customer.id, Customer.name, Contact.id, Contact.name, Contact.email)
                .join(Contact, Contact.customer_id == Customer.id)
                .where(
                    Customer.id.in_(ids),
                    access.scope_filter(session, self.user, "customer", "edit"),
                    Contact.deleted_at.is_(None),
                    Contact.email.is_not(None),
                    Contact.email != "",
                )
                .order_by(Customer.name, Customer.id, Contact.is_primary.desc(), Contact.name, Contact.id)
            ).all()  # fmt: skip
        return [
            MailRecipient(c_id, c_name, k_id, k_name, (email or "").strip())
            for c_id, c_name, k_id, k_name, email in rows
        ]

    def send(
        self,
        recipients: list[MailRecipient],
        subject: str,
        template: str,
        *,
        progress: Callable[[SendResult], None] | None = None,
        server: SmtpSettings | None = None,
    ) -> list[SendResult]:
        """Send `template` (with {name}, {customer}, {sender} filled) to each recipient over one connection,
        recording each success in the customer's contact history; failures are reported, the rest go on."""
        access.require(self.user, "customers", "edit")
        check = Checker(SystemSetting.__table__)  # type: ignore[arg-type]
        check.text({"subject": subject}, "subject", required=True, column="value")
        check.text({"body": template}, "body", required=True, column="value")
        check.done()
        if recipients:
            render(template, recipients[0], self.user.full_name)  # a bad placeholder fails before any send
        if server is None:
            with self.db.read_only() as session:
                server = _load(session)
        if not server.configured:
            raise ServiceError(NOT_CONFIGURED)
        history = InteractionService(self.db, self.user)
        results: list[SendResult] = []
        with _Connection(server) as smtp:
            for recipient in recipients:
                result = self._send_one(smtp, server, history, recipient, subject.strip(), template)
                results.append(result)
                if progress is not None:
                    progress(result)
        return results

    def _send_one(
        self,
        smtp: _Connection,
        server: SmtpSettings,
        history: InteractionService,
        recipient: MailRecipient,
        subject: str,
        template: str,
    ) -> SendResult:
        if not recipient.email:
            return SendResult(recipient, False, NO_ADDRESS)
        body = render(template, recipient, self.user.full_name)
        message = EmailMessage()
        message["From"] = formataddr((server.sender_name or self.user.full_name, server.sender))
        message["To"] = formataddr((recipient.contact_name, recipient.email))
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain=server.sender.rpartition("@")[2] or None)
        message.set_content(body)
        try:
            smtp.send(message)
        except (smtplib.SMTPException, OSError) as error:
            return SendResult(recipient, False, _describe(error))
        try:
            record = InteractionInput(
                kind="email", subject=subject[:200], content=body, contact_id=recipient.contact_id
            )
            interaction_id = history.add(recipient.customer_id, record)
        except ServiceError as error:  # sent, but the history could not be written (e.g. rights just changed)
            return SendResult(recipient, True, error.message)
        return SendResult(recipient, True, "", interaction_id)


def _load(session: Session) -> SmtpSettings:
    rows = dict(
        session.execute(
            select(SystemSetting.key, SystemSetting.value).where(SystemSetting.key.startswith(PREFIX))
        ).all()
    )
    value = {k.removeprefix(PREFIX): v or "" for k, v in rows.items()}
    port = value.get("port", "")
    return SmtpSettings(
        host=value.get("host", ""), port=int(port) if port.isdigit() else 587,
        security=value.get("security") or "starttls", user=value.get("user", ""),
        password=value.get("password", ""), sender=value.get("sender", ""),
        sender_name=value.get("sender_name", ""),
    )  # fmt: skip


def _describe(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [
            f"{code} {msg.decode(errors='replace') if isinstance(msg, bytes) else msg}"
            for code, msg in error.recipients.values()
        ]
        return "; ".join(codes) or str(error)
    if isinstance(error, smtplib.SMTPResponseException):
        text = (
            error.smtp_error.decode(errors="replace")
            if isinstance(error.smtp_error, bytes)
            else error.smtp_error
        )
        return f"{error.smtp_code} {text}"
    return str(error) or type(error).__name__


class _Connection:
    """One SMTP session for a batch; reconnects once when the server dropped the connection between messages."""

    def __init__(self, server: SmtpSettings) -> None:
        self.server = server
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> _Connection:
        try:
            self._open()
        except (smtplib.SMTPException, OSError) as error:
            raise ServiceError(CONNECT_FAILED, detail=_describe(error)) from error
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                self.smtp.close()
            self.smtp = None

    def _open(self) -> None:
        s = self.server
        if s.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                s.host, s.port, timeout=TIMEOUT_S, context=ssl.create_default_context()
            )
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_S)
            if s.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
        if s.user:
            smtp.login(s.user, s.password)
        self.smtp = smtp

    def send(self, message: EmailMessage) -> None:
        try:
            assert self.smtp is not None
            self.smtp.send_message(message)
        except smtplib.SMTPServerDisconnected:
            self._open()
            assert self.smtp is not None
            self.smtp.send_message(message)
