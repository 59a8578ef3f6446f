"""Returning goods from an order's detail: an empty return is refused beside the lines and the dialog stays open;
a quantity per line returns it, the order is announced as changed and its detail shows the return."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.orders.return_dialog import COL_RETURN
from crm_desktop.ui.signals import app_signals
from tests.ui.test_orders_ui import WAIT_MS, _page


def test_return_goods(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    page = _page(qtbot, sign_in("yangfan"))
    target = next(r for r in page.rows if r.kind == "normal" and r.status in ("open", "partly_paid"))
    page.table.selectRow([r.id for r in page.rows].index(target.id))
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.row.id == target.id, timeout=WAIT_MS
    )
    detail = page.detail.detail
    assert detail is not None and page.return_button.isEnabled()
    dialog = page.return_goods()
    assert dialog is not None
    assert dialog.table.rowCount() == len(detail.lines)

    dialog.save()  # nothing entered
    qtbot.waitUntil(lambda: dialog.errors.text("lines") != "", timeout=WAIT_MS)
    assert "at least one line" in dialog.errors.text("lines")
    assert dialog.isVisible() and dialog.buttons.isEnabled() and dialog.message.isHidden()

    dialog.table.setItem(0, COL_RETURN, QTableWidgetItem("1"))
    dialog.reason.setText("包装破损")
    changed: list[tuple[str, list[int]]] = []
    app_signals().records_changed.connect(lambda entity, ids: changed.append((entity, list(ids))))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=WAIT_MS)
    assert ("order", [target.id]) in changed and not dialog.isVisible()
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None
            and page.detail.detail.lines[0].returned_quantity == 1 + detail.lines[0].returned_quantity
        ),
        timeout=WAIT_MS,
    )
