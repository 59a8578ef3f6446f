"""Notes and attachments stored in the database, with a size limit and the customer's permissions."""

from __future__ import annotations

import re

import pytest

from crm_desktop.services import customer_notes
from crm_desktop.services.customer_notes import AttachmentTooLarge, CustomerNotesService
from crm_desktop.services.errors import PermissionDenied, ValidationError
from tests.services.archive_office import Office, office_fixture  # noqa: F401
from tests.services.helpers import add_customer


def test_notes_and_attachments(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    with office.db.unit_of_work() as s:
        cid = add_customer(s, "客户", owner_id=office.rep1.user_id, department_id=office.dept)
    service = CustomerNotesService(office.db, office.rep1)
    with pytest.raises(ValidationError):
        service.add_note(cid, "  ")
    note = service.add_note(cid, "客户要求下周上门安装")
    assert [(n.id, n.body, n.author) for n in service.notes(cid)] == [(note, "客户要求下周上门安装", "刘洋")]
    attachment = service.add_attachment(cid, "合同.pdf", b"%PDF-1.4 ...")
    listed = service.attachments(cid)
    assert [(a.file_name, a.size, a.content_type) for a in listed] == [("合同.pdf", 12, "application/pdf")]
    assert service.attachment_data(attachment) == ("合同.pdf", b"%PDF-1.4 ...")

    monkeypatch.setattr(customer_notes, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    with pytest.raises(AttachmentTooLarge, match="at most 1 MB") as caught:
        service.add_attachment(cid, "big.bin", b"x" * (1024 * 1024 + 1))
    assert caught.value.params["name"] == "big.bin"

    other = CustomerNotesService(office.db, office.rep2)
    with pytest.raises(PermissionDenied):
        other.notes(cid)
    with pytest.raises(PermissionDenied):
        other.attachment_data(attachment)
    service.delete_note(note)
    service.delete_attachment(attachment)
    assert service.notes(cid) == [] and service.attachments(cid) == []


def test_the_default_limit_is_ten_megabytes() -> None:
    customer_notes.check_size("ok.bin", 10 * 1024 * 1024)
    with pytest.raises(AttachmentTooLarge, match=re.escape("10.1 MB; attachments may have at most 10 MB")):
        customer_notes.check_size("big.bin", 10 * 1024 * 1024 + 60_000)
