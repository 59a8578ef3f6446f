"""Send e-mail… from the customer archive: recipients, template, background send with per-recipient results;
and the administrator's SMTP settings dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select, update

from crm_desktop.db.models import Contact, Customer
from crm_desktop.services.mail import SmtpSettings
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.dialogs.smtp_settings_dialog import SmtpSettingsDialog
from crm_desktop.ui.modules.customers.mail_dialog import RESULT, MailDialog
from tests.services.smtp_server import REFUSED, Recorder, running_smtp_server


@pytest.fixture
def smtp_server() -> Iterator[tuple[Recorder, int]]:
    with running_smtp_server() as server:
        yield server


def three_contacts(ws: Workspace) -> list[int]:
    """Two customers of the signed-in user whose contacts get known addresses, one of them refused."""
    with ws.db.unit_of_work() as s:
        customers = s.scalars(
            select(Customer.id).where(Customer.owner_id == ws.user.user_id, Customer.deleted_at.is_(None))
            .order_by(Customer.id).limit(2)
        ).all()  # fmt: skip
        contacts = s.scalars(
            select(Contact.id).where(Contact.customer_id.in_(customers), Contact.deleted_at.is_(None))
        ).all()
        s.execute(update(Contact).where(Contact.customer_id.in_(customers)).values(email=None))
        for n, contact_id in enumerate(contacts[:3]):
            s.execute(
                update(Contact).where(Contact.id == contact_id)
                .values(email=REFUSED if n == 1 else f"c{n}@example.com", name=f"联系人{n}")
            )  # fmt: skip
    return list(customers)


def test_batch_greeting_reports_each_recipient(
    qtbot, sign_in: Callable[[str], Workspace], smtp_server
) -> None:  # type: ignore[no-untyped-def]
    recorder, port = smtp_server
    sign_in("admin").mail.save_settings(
        SmtpSettings(host="127.0.0.1", port=port, security="none", sender="crm@huaxin.example")
    )
    ws = sign_in("yangfan")
    customers = three_contacts(ws)
    dialog = MailDialog(ws, customers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    count = dialog.table.rowCount()
    assert count >= 2 and dialog.send_button.isEnabled()
    dialog.send_button.click()  # nothing typed yet: field messages, nothing sent
    assert dialog.errors.labels["subject"].isVisible() and recorder.messages == []
    dialog.subject.setText("节日问候")
    dialog.body.setPlainText("{name}：节日快乐！")
    with qtbot.waitSignal(dialog.finished_sending, timeout=10_000) as done:
        dialog.send_button.click()
    results = done.args[0]
    assert len(results) == count
    refused = [r for r in results if not r.ok]
    assert [r.recipient.email for r in refused] == [REFUSED]
    assert len(recorder.messages) == count - 1
    texts = [dialog.table.item(row, RESULT).text() for row in range(count)]
    assert sum(t == "Sent" for t in texts) == count - 1
    assert [t for t in texts if t.startswith("Failed: 550")]
    assert "Failed: 1" in dialog.status.text()
    dialog.grab().save("/tmp/mail_dialog.png")
    history = ws.interactions.list_for(customers[0])
    assert history[0].kind == "email" and history[0].subject == "节日问候"


def test_smtp_settings_dialog_saves(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = SmtpSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.host_edit.setText("smtp.example.com")
    dialog.sender_edit.setText("not an address")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.errors.labels["sender"].isVisible())
    assert dialog.isVisible() and dialog.host_edit.text() == "smtp.example.com"
    dialog.sender_edit.setText("crm@example.com")
    dialog.password_edit.setText("s3cret")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    stored = workspace.mail.settings()
    assert (stored.host, stored.port, stored.security, stored.sender) == (
        "smtp.example.com",
        587,
        "starttls",
        "crm@example.com",
    )
    assert workspace.mail.has_password()
