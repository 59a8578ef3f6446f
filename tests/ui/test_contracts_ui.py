"""GUI: a contract awaiting the department manager's step is approved from his inbox and moves to the next step;
the chain dialog shows the configured steps; a non-PDF attachment is refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.db.session import Database
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.contracts.chain_dialog import ChainDialog
from crm_desktop.ui.modules.contracts.contract_dialog import ContractDialog
from crm_desktop.ui.modules.contracts.page import ContractsPage

WAIT_MS = 10_000


def test_department_manager_approves_a_contract_from_the_inbox(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rep = sign_in("yangfan")
    mine = ContractService(rep.db, rep.user).list_contracts(status="in_approval")
    assert mine, "the demo gives yangfan a contract in approval"
    contract = ContractService(rep.db, rep.user).get(mine[0].id)
    assert contract.steps[0].approver_name == "刘洋"

    page = ContractsPage(sign_in("liuyang"))
    qtbot.addWidget(page)

    def numbers() -> list[str]:
        return [page.inbox.item(r, 0).text() for r in range(page.inbox.rowCount())]  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: contract.number in numbers(), timeout=WAIT_MS)
    page.inbox.selectRow(numbers().index(contract.number))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("同意", True))
    qtbot.mouseClick(page.inbox_buttons["approve"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contract.number not in numbers(), timeout=WAIT_MS)
    steps = ContractService(rep.db, rep.user).get(contract.id).steps
    assert [s.status for s in steps[:2]] == ["approved", "pending"]
    assert steps[0].comment == "同意"


def test_chain_dialog_and_attachment_refusal(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    admin = sign_in("admin")
    chain = ChainDialog(admin)
    qtbot.addWidget(chain)
    qtbot.waitUntil(lambda: chain.table.rowCount() == 3, timeout=WAIT_MS)
    assert [s.step_name for s in chain.steps()] == ["部门经理审批", "财务审核", "总经理审批"]

    rep = sign_in("yangfan")
    row = ContractService(rep.db, rep.user).list_contracts()[0]
    dialog = ContractDialog(rep, ContractService(rep.db, rep.user).get(row.id))
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    fake = tmp_path / "合同.docx"
    fake.write_bytes(b"PK\x03\x04 not a pdf")
    dialog.attach_file(str(fake))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert shown == ["Only PDF files can be attached."]
    assert dialog.attachments.rowCount() == 0
