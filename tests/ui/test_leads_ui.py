"""Leads screens: batch claim from the pool (and the refusal over the limit), and convert with the duplicate check."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.db.models import Customer, Lead
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.leads.convert_dialog import USE_EXISTING, ConvertDialog, DuplicateChoiceDialog
from crm_desktop.ui.modules.leads.lead_dialog import LeadDialog
from crm_desktop.ui.modules.leads.page import LeadsPage

WAIT_MS = 10000


def _select(table: QTableWidget, rows: list[int]) -> None:
    table.clearSelection()
    model, selection = table.model(), table.selectionModel()
    for row in rows:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(model.index(row, 0), flags)


def _page(qtbot: QtBot, workspace: Workspace) -> LeadsPage:
    page = LeadsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    qtbot.waitUntil(lambda: bool(page.pool.rows) and not page.mine.loading, timeout=WAIT_MS)
    return page


def _owned(ws: Workspace) -> int:
    with ws.db.read_only() as s:
        return s.execute(
            select(func.count()).select_from(Lead).where(Lead.owner_id == ws.user.user_id)
        ).scalar_one()


def test_batch_claim_from_the_pool_and_refusal_over_the_limit(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = sign_in("yangfan")
    page = _page(qtbot, ws)
    assert page.tabs.count() == 3  # no rules tab without "assign"
    before, pool_before, mine_before = _owned(ws), len(page.pool.rows), len(page.mine.rows)
    _select(page.pool.table, [0, 1])
    assert page.pool.claim_button.isEnabled()
    page.pool.claim_button.click()
    qtbot.waitUntil(lambda: len(page.pool.rows) == pool_before - 2 and not page.pool.loading, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(page.mine.rows) == mine_before + 2, timeout=WAIT_MS)
    assert _owned(ws) == before + 2
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=WAIT_MS)

    held = page.services.pool.my_count()[0]
    type(page.services.pool)(ws.db, sign_in("admin").user).set_claim_limit(held)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    _select(page.pool.table, [0])
    page.pool.claim_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert f"at most {held} open leads" in shown[0] and "Nothing was claimed" in shown[0]
    assert _owned(ws) == before + 2
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=WAIT_MS)


def test_convert_offers_the_existing_customer(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = sign_in("yangfan")
    page = _page(qtbot, ws)
    lead = next(r for r in page.mine.rows if r.status != "converted")
    existing = ws.customers.create(CustomerInput(name=lead.company, phone="010-12345678"))
    detail, draft = page.services.leads.get(lead.id), page.services.convert.prefill(lead.id)
    dialog = ConvertDialog(page.services, detail, draft)
    qtbot.addWidget(dialog)
    assert dialog._line("customer_name").text() == lead.company
    dialog._line("opportunity_amount").setText("abc")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.errors.labels["opportunity_amount"].isVisibleTo(
        dialog
    )  # typed input kept, message beside it
    assert dialog._line("opportunity_amount").text() == "abc"
    dialog._line("opportunity_amount").setText("36,000.00")
    offered: list[list[int]] = []

    def choose(self: DuplicateChoiceDialog) -> int:
        offered.append([c.id for c in self.report.candidates])
        self.chosen_id = self.report.candidates[0].id
        return USE_EXISTING

    monkeypatch.setattr(DuplicateChoiceDialog, "exec", choose)
    ok.click()
    qtbot.waitUntil(lambda: dialog.conversion is not None, timeout=WAIT_MS)
    assert offered == [[existing]]
    assert dialog.conversion is not None and dialog.conversion.customer_id == existing
    assert not dialog.conversion.customer_created and dialog.conversion.opportunity_id
    with ws.db.read_only() as s:
        assert (
            s.execute(
                select(func.count()).select_from(Customer).where(Customer.name == lead.company)
            ).scalar_one()
            == 1
        )
        assert s.get(Lead, lead.id).status == "converted"  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(r.id == lead.id and r.status == "converted" for r in page.mine.rows), timeout=WAIT_MS
    )
    _select(page.mine.table, [next(i for i, r in enumerate(page.mine.rows) if r.id == lead.id)])
    assert not page.mine.buttons["convert"].isEnabled() and not page.mine.buttons["transfer"].isEnabled()
    read_only = LeadDialog(page.services, page.book, page.services.leads.get(lead.id))
    qtbot.addWidget(read_only)
    company = read_only.fields["company"]
    assert read_only.renderer.is_read_only() and isinstance(company, QLineEdit) and company.isReadOnly()
    assert not read_only.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=WAIT_MS)
