"""Order corrections in the GUI: reversing a receipt from the order's receipts tab (the reason is required, the
receipt stays listed as reversed), changing an order in the creation editor, and the receivables lists loading
their next page when scrolled to the end."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.db.models import Receipt, SalesOrder
from crm_desktop.db.session import Database
from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.orders.page import OrdersPage
from crm_desktop.ui.modules.orders.reverse_receipt_dialog import ReverseReceiptDialog
from tests.ui.test_customers_ui import type_text

WAIT_MS = 10_000


def _page(qtbot: QtBot, workspace: Workspace) -> OrdersPage:
    page = OrdersPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=WAIT_MS)
    return page


def _select(qtbot: QtBot, page: OrdersPage, order_id: int) -> None:
    page.show_order(order_id)
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None and page.detail.detail.row.id == order_id and not page.is_loading()
        ),
        timeout=WAIT_MS,
    )


def test_reverse_receipt(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    page = _page(qtbot, sign_in("zhaomin"))
    target = next(r for r in page.rows if r.status == "paid" and r.returned_amount == 0)
    _select(qtbot, page, target.id)
    panel = page.detail
    assert not page.edit_button.isEnabled()  # money has arrived: no changes
    panel.tabs.setCurrentIndex(2)
    assert panel.reverse_button.isVisible() and not panel.reverse_button.isEnabled()
    panel.receipts.selectRow(0)
    assert panel.reverse_button.isEnabled()
    detail = panel.detail
    assert detail is not None
    receipt = detail.receipts[0]
    panel.reverse_button.click()
    dialog = page.findChild(ReverseReceiptDialog)
    assert isinstance(dialog, ReverseReceiptDialog) and dialog.isVisible()
    dialog.grab().save("/tmp/reverse_receipt_dialog.png")
    dialog.save()  # no reason
    qtbot.waitUntil(lambda: dialog.errors.text("reason") != "", timeout=WAIT_MS)
    assert "why this receipt is reversed" in dialog.errors.text("reason") and dialog.isVisible()
    type_text(qtbot, dialog.reason, "银行退回转账")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id == receipt.id, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: panel.detail is not None and panel.detail.receipts[0].reversed_at is not None, timeout=WAIT_MS
    )
    updated = panel.detail
    assert updated is not None and updated.row.status == (
        "partly_paid" if len(detail.receipts) > 1 else "open"
    )
    assert updated.row.received_amount == target.received_amount - receipt.amount
    assert len(updated.receipts) == len(detail.receipts)  # still listed
    item = panel.receipts.item(0, 6)
    assert item is not None and "银行退回转账" in item.text() and "Reversed" in item.text()
    assert item is not None and panel.receipts.item(0, 0).font().strikeOut()  # type: ignore[union-attr]
    panel.receipts.selectRow(0)
    assert not panel.reverse_button.isEnabled()  # reversed once only
    page.grab().save("/tmp/orders_reversed_receipt.png")

    # a second window still showing the old receipt is refused with a message, nothing changes
    with pytest.raises(ServiceError, match="already reversed"):
        page.services.receipts.reverse(receipt.id, receipt.version, "again")


def test_change_order_in_the_editor(
    qtbot: QtBot, demo_db: Database, sign_in: Callable[[str], Workspace]
) -> None:
    page = _page(qtbot, sign_in("yangfan"))
    dialog = page.new_order()
    customer = page.workspace.customers.list_page(CustomerQuery(only_mine=True), limit=1).rows[0]
    customer_id = customer.id
    dialog._customers_found([customer])
    dialog.lines.add_line(None, "打印机上门维护（年度）", "次", Decimal(1), Decimal("1200"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=WAIT_MS)
    assert dialog.saved_id is not None
    order_id = dialog.saved_id
    _select(qtbot, page, order_id)
    assert page.edit_button.isEnabled()
    editor = page.edit_order()
    assert editor is not None and editor.lines.rowCount() == 1 and editor.plan.rowCount() == 1
    assert not editor.customer_choice.isEnabled() and editor.customer_choice.currentData() == customer_id
    editor.lines.add_line(None, "上门费", "次", Decimal(1), Decimal("300"))
    editor.save()  # the plan still says 1,200
    qtbot.waitUntil(lambda: editor.errors.text("instalments") != "", timeout=WAIT_MS)
    assert "1,500.00" in editor.errors.text("instalments") and editor.lines.rowCount() == 2
    editor.split_count.setValue(3)
    editor.split_plan()
    editor.grab().save("/tmp/order_change_dialog.png")
    editor.save()
    qtbot.waitUntil(lambda: editor.saved_id == order_id, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.row.total_amount == Decimal("1500"),
        timeout=WAIT_MS,
    )
    detail = page.detail.detail
    assert detail is not None and [i.amount for i in detail.instalments] == [Decimal(500)] * 3
    with demo_db.read_only() as s:
        assert s.scalar(select(SalesOrder.total_amount).where(SalesOrder.id == order_id)) == Decimal("1500")
        assert s.scalars(select(Receipt.id).where(Receipt.order_id == order_id)).first() is None


def test_receivables_load_more_on_scroll(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    workspace = sign_in("zhaomin")
    page = _page(qtbot, workspace)
    tab = page.receivables
    tab.page_size = 3
    every = page.services.receivables.overdue()
    assert len(every) > 6
    page.resize(1000, 260)  # a short list: a page of three rows already scrolls
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.is_loading() and tab.overdue.rowCount() >= 3, timeout=WAIT_MS)
    assert tab.overdue.rowCount() < len(every)
    for _ in range(len(every)):
        shown = tab.overdue.rowCount()
        if shown == len(every):
            break
        bar = tab.overdue.verticalScrollBar()
        bar.setValue(bar.maximum())
        # the next page arrives from a background job: wait for its rows, not only for the job to be idle
        qtbot.waitUntil(lambda: tab.overdue.rowCount() > shown and not tab.is_loading(), timeout=WAIT_MS)  # noqa: B023
    numbers = [tab.overdue.item(r, 0).text() for r in range(tab.overdue.rowCount())]  # type: ignore[union-attr]
    assert numbers == [o.number for o in every]
