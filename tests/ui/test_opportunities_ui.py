"""The opportunity screens through their real widgets: drag on the stage board, the lost-reason question, the
editor's refusal, the forecast table and chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.forecast import ForecastService
from crm_desktop.services.opportunities import OpportunityFilter, OpportunityInput, OpportunityService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.forecast.page import QUOTA_COLUMN, ForecastPage
from crm_desktop.ui.modules.opportunities.board import LostReasonDialog, StageColumn
from crm_desktop.ui.modules.opportunities.editor_dialog import OpportunityDialog
from crm_desktop.ui.modules.opportunities.page import OpportunitiesPage
from tests.ui.test_customers_ui import type_text

pytestmark = pytest.mark.gui

WAIT_MS = 10_000


def own_deal(workspace: Workspace, name: str) -> int:
    service = OpportunityService(workspace.db, workspace.user)
    customer = service.customer_choices()[0]
    discovery = next(s for s in service.stages() if s.code == "discovery")
    return service.create(
        OpportunityInput(
            customer_id=customer.id,
            name=name,
            stage_id=discovery.id,
            amount=Decimal("12000"),
            expected_close=date.today(),
        )
    )


def open_page(qtbot: QtBot, workspace: Workspace, deal_id: int) -> OpportunitiesPage:
    page = OpportunitiesPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.board)
    qtbot.waitUntil(lambda: page.board.card(deal_id) is not None, timeout=WAIT_MS)
    return page


def drop(source: StageColumn, deal_id: int, target: StageColumn) -> None:
    item = next(
        source.item(i)
        for i in range(source.count())
        if source.item(i).data(Qt.ItemDataRole.UserRole).id == deal_id
    )
    mime = source.mimeData([item])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)


def column(page: OpportunitiesPage, code: str) -> StageColumn:
    return next(c for c in page.board.columns.values() if c.stage.code == code)


def test_drag_on_board_moves_the_deal(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    workspace = sign_in("yangfan")
    deal_id = own_deal(workspace, "看板拖动测试")
    page = open_page(qtbot, workspace, deal_id)
    found = page.board.card(deal_id)
    assert found is not None and found[0] is column(page, "discovery")
    page.grab().save("/tmp/b2_board.png")

    drop(column(page, "discovery"), deal_id, column(page, "negotiation"))

    qtbot.waitUntil(
        lambda: (page.board.card(deal_id) or (None,))[0] is column(page, "negotiation"), timeout=WAIT_MS
    )
    deal = OpportunityService(workspace.db, workspace.user).get(deal_id)
    assert (deal.probability, deal.status) == (70, "open")
    header = page.board.headers[column(page, "negotiation").stage.id].text()
    assert "Deals: " in header and "Negotiation (70 %)" in header
    # A salesperson's board shows only their own deals.
    owners = {r.owner_id for r in page.rows}
    assert owners == {workspace.user.user_id}


def test_drop_on_lost_asks_for_a_reason(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    workspace = sign_in("yangfan")
    deal_id = own_deal(workspace, "输单测试")
    page = open_page(qtbot, workspace, deal_id)
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LostReasonDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()  # no reason yet: refused inside the dialog
        seen["refused"] = dialog.isVisible() and dialog.error.isVisible()
        type_text(qtbot, dialog.details, "客户预算取消")
        ok.click()

    QTimer.singleShot(0, answer)
    drop(column(page, "discovery"), deal_id, column(page, "lost"))

    assert seen["refused"] is True
    qtbot.waitUntil(lambda: (page.board.card(deal_id) or (None,))[0] is column(page, "lost"), timeout=WAIT_MS)
    deal = OpportunityService(workspace.db, workspace.user).get(deal_id)
    assert (deal.status, deal.lost_reason, deal.probability) == ("lost", "客户预算取消", 0)
    assert deal.closed_at is not None


def test_cancelled_lost_question_leaves_the_deal(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    workspace = sign_in("yangfan")
    deal_id = own_deal(workspace, "取消测试")
    page = open_page(qtbot, workspace, deal_id)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LostReasonDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    drop(column(page, "discovery"), deal_id, column(page, "lost"))
    deal = OpportunityService(workspace.db, workspace.user).get(deal_id)
    assert (deal.status, deal.version) == ("open", 1)


def test_editor_requires_lost_reason_and_keeps_input(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    workspace = sign_in("yangfan")
    service = OpportunityService(workspace.db, workspace.user)
    before = len(service.list(OpportunityFilter(view="mine")))
    stages = service.stages()
    dialog = OpportunityDialog(service, stages, workspace.codes("loss_reason"))
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "新机会测试")
    dialog.stage.setCurrentIndex(dialog.stage.findData(next(s.id for s in stages if s.code == "negotiation")))
    assert dialog.probability.text() == "70"  # the stage's default
    dialog.stage.setCurrentIndex(dialog.stage.findData(next(s.id for s in stages if s.code == "lost")))
    assert dialog.lost_reason.isEnabled()
    dialog.show()
    dialog.grab().save("/tmp/b2_editor.png")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert "reason" in dialog.renderer.error_text("lost_reason")
    assert dialog.name.text() == "新机会测试" and dialog.isVisible()
    assert len(service.list(OpportunityFilter(view="mine"))) == before

    type_text(qtbot, dialog.lost_reason, "选择了竞争对手")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved_id is not None
    saved = service.get(dialog.saved_id)
    assert (saved.status, saved.lost_reason, saved.name) == ("lost", "选择了竞争对手", "新机会测试")


def test_forecast_page_shows_rollup(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    workspace = sign_in("zhaomin")
    page = ForecastPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT_MS)
    assert page.data is not None
    expected = ForecastService(workspace.db, workspace.user).forecast(page.data.year, page.data.quarter)
    assert page.table.rowCount() == len(expected.rows) + 1
    assert len(expected.rows) >= 2  # the demo's key-account salespeople, each with a quota
    total_item = page.table.item(page.table.rowCount() - 1, 0)
    assert total_item is not None and total_item.text() == "Total"
    assert page.chart.series()
    page.grab().save("/tmp/b2_forecast.png")


def test_admin_sets_a_quota_on_the_forecast_page(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = sign_in("admin")
    page = ForecastPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and bool(page.data.rows), timeout=WAIT_MS)
    assert page.data is not None and page.data.can_set_quota
    person = page.data.rows[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("123,456.50", True))
    page._cell_double_clicked(0, QUOTA_COLUMN)
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.rows[0].quota == Decimal("123456.50"), timeout=WAIT_MS
    )
    item = page.table.item(0, QUOTA_COLUMN)
    assert item is not None and item.text() == "123,456.50"
    # Bad input is refused with a message; nothing changes.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("-5", True))
    page.edit_quota(person.user_id or 0)
    assert warnings == ["The quota must be a number of at least 0."]
    assert ForecastService(workspace.db, workspace.user).forecast(page.data.year, page.data.quarter).rows[
        0
    ].quota == Decimal("123456.50")
