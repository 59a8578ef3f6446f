"""E-mail through a local SMTP server (aiosmtpd on 127.0.0.1): settings kept by an administrator, a batch
greeting with one refused recipient, each send recorded in the customer's contact history."""

from __future__ import annotations

from collections.abc import Iterator
from email.header import decode_header, make_header
from email.utils import parseaddr

import pytest

from crm_desktop.db.models import Contact
from crm_desktop.db.session import Database
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.interactions import InteractionService
from crm_desktop.services.mail import MailService, SmtpSettings
from tests.services.helpers import add_customer
from tests.services.smtp_server import REFUSED, Recorder, running_smtp_server
from tests.services.team_office import TeamOffice, build_team_office


@pytest.fixture
def smtp_server() -> Iterator[tuple[Recorder, int]]:
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def office(db: Database, smtp_server: tuple[Recorder, int]) -> TeamOffice:
    o = build_team_office(db)
    with db.unit_of_work() as s:
        other = add_customer(s, "乙公司", owner_id=o.clerk.user_id, department_id=o.clerk.department_id)
        hidden = add_customer(s, "丙公司", owner_id=o.fixer.user_id, department_id=o.fixer.department_id)
        s.add_all(
            [
                Contact(customer_id=o.customer, name="张伟", email="zhangwei@jia.example", is_primary=True),
                Contact(customer_id=o.customer, name="无邮箱", email=None, is_primary=False),
                Contact(customer_id=other, name="刘洋", email=REFUSED, is_primary=True),
                Contact(customer_id=other, name="陈静", email="chenjing@yi.example", is_primary=False),
                Contact(customer_id=hidden, name="外人", email="outsider@bing.example", is_primary=True),
            ]
        )
    MailService(db, o.root).save_settings(
        SmtpSettings(host="127.0.0.1", port=smtp_server[1], security="none", sender="crm@huaxin.example",
                     sender_name="华信客服")
    )  # fmt: skip
    o.other_customer, o.hidden_customer = other, hidden  # type: ignore[attr-defined]
    return o


def test_settings_are_for_administrators(office: TeamOffice, smtp_server: tuple[Recorder, int]) -> None:
    admin = MailService(office.db, office.root)
    stored = admin.settings()
    assert (stored.host, stored.port, stored.security, stored.sender) == (
        "127.0.0.1", smtp_server[1], "none", "crm@huaxin.example",
    )  # fmt: skip
    admin.save_settings(SmtpSettings(host="127.0.0.1", port=smtp_server[1], security="none",
                                     sender="crm@huaxin.example", user="u", password="secret"))  # fmt: skip
    assert admin.has_password() and admin.settings().password == ""
    admin.save_settings(admin.settings(), keep_password=True)
    assert admin.has_password()
    with pytest.raises(PermissionDenied):
        MailService(office.db, office.clerk).settings()
    with pytest.raises(ValidationError) as caught:
        admin.save_settings(SmtpSettings(host="", port=0, sender="not-an-address", security="ssl"))
    assert set(caught.value.fields) == {"host", "port", "sender", "security"}


def test_batch_greeting_with_one_refused_recipient(
    office: TeamOffice, smtp_server: tuple[Recorder, int]
) -> None:
    recorder, _port = smtp_server
    db = office.db
    mail = MailService(db, office.clerk)
    customers = [office.customer, office.other_customer, office.hidden_customer]  # type: ignore[attr-defined]
    recipients = mail.recipients(customers)
    # customers I may edit only (丙公司 is outside my scope), contacts with an address only
    assert sorted((r.customer_name, r.contact_name, r.email) for r in recipients) == sorted(
        [
            ("乙公司", "刘洋", REFUSED),
            ("乙公司", "陈静", "chenjing@yi.example"),
            ("甲公司", "张伟", "zhangwei@jia.example"),
        ]
    )
    seen: list[str] = []
    results = mail.send(recipients, "新春问候", "{name}您好！\n{customer}新春快乐。\n—— {sender}",
                        progress=lambda r: seen.append(r.recipient.email))  # fmt: skip

    by_address = {r.recipient.email: r for r in results}
    assert not by_address[REFUSED].ok and by_address[REFUSED].error.startswith("550")
    assert by_address["chenjing@yi.example"].ok and by_address["zhangwei@jia.example"].ok
    assert sorted(seen) == sorted(by_address)
    assert sorted(parseaddr(str(m["To"]))[1] for m in recorder.messages) == [
        "chenjing@yi.example", "zhangwei@jia.example",
    ]  # fmt: skip
    assert {str(make_header(decode_header(str(m["From"])))) for m in recorder.messages} == {
        "华信客服 <crm@huaxin.example>"
    }
    bodies = sorted(m.get_payload(decode=True).decode("utf-8") for m in recorder.messages)  # type: ignore[union-attr]
    assert [b.replace("\r\n", "\n") for b in bodies] == [
        "张伟您好！\n甲公司新春快乐。\n—— 王芳\n",
        "陈静您好！\n乙公司新春快乐。\n—— 王芳\n",
    ]

    history = InteractionService(db, office.clerk)
    [sent] = history.list_for(office.customer)
    assert (sent.kind, sent.subject, sent.contact_name) == ("email", "新春问候", "张伟")
    assert by_address["zhangwei@jia.example"].interaction_id == sent.id
    assert [(h.kind, h.contact_name) for h in history.list_for(office.other_customer)] == [("email", "陈静")]  # type: ignore[attr-defined]


def test_bad_template_and_no_settings(office: TeamOffice) -> None:
    mail = MailService(office.db, office.clerk)
    recipients = mail.recipients([office.customer])
    with pytest.raises(ServiceError):
        mail.send(recipients, "问候", "{nme}您好")
    with pytest.raises(ValidationError):
        mail.send(recipients, " ", "正文")
    with pytest.raises(ServiceError):
        mail.send(recipients, "问候", "您好", server=SmtpSettings())
    with pytest.raises(PermissionDenied):
        MailService(office.db, office.guest).recipients([office.customer])
