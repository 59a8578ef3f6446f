"""Orders GUI: a quick sale at the storefront in a handful of keystrokes, and recording a receipt (a refused
amount shows beside the field and keeps the input; a valid one updates the order)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.db.models import Product, SalesOrder
from crm_desktop.db.session import Database
from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.products import search_document
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.orders.page import OrdersPage
from crm_desktop.ui.modules.orders.quick_sale_dialog import QuickSaleDialog
from tests.ui.test_customers_ui import type_text

WAIT_MS = 10_000


def _page(qtbot: QtBot, workspace: Workspace) -> OrdersPage:
    page = OrdersPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=WAIT_MS)
    return page


def _add_product(db: Database) -> int:
    with db.unit_of_work() as s:
        product = Product(code="ZZ-9001", name="柜台专用墨盒", unit="个", list_price=Decimal("520"),
                          search_text=search_document("ZZ-9001", "柜台专用墨盒", None))  # fmt: skip
        s.add(product)
        s.flush()
        return product.id


def test_quick_sale_walk_in(qtbot: QtBot, demo_db: Database, sign_in: Callable[[str], Workspace]) -> None:
    product_id = _add_product(demo_db)
    page = _page(qtbot, sign_in("liping"))
    assert page.quick_button.isVisible()
    page.activateWindow()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_F2)  # the counter's key opens the quick sale
    qtbot.waitUntil(lambda: page.findChild(QuickSaleDialog) is not None, timeout=WAIT_MS)
    dialog = page.findChild(QuickSaleDialog)
    assert isinstance(dialog, QuickSaleDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    # customer: a name nobody has → walk-in
    type_text(qtbot, dialog.customer_text, "钱多多")
    qtbot.keyClick(dialog.customer_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    assert dialog.customer_choice.currentData() == -1 and "钱多多" in dialog.customer_choice.currentText()
    qtbot.keyClicks(dialog.phone, "13912345678")
    # product by pinyin initials, twice → one line of two
    for _ in range(2):
        qtbot.keyClicks(dialog.product_text, "gtzymh")
        qtbot.keyClick(dialog.product_text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    assert dialog.lines.rowCount() == 1 and dialog.lines.total() == Decimal("1040")
    assert dialog.paid.text() == "1040.00"
    qtbot.keyClick(dialog.product_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=WAIT_MS)
    result = dialog.result_
    assert result is not None and result.total == Decimal("1040.00") and result.paid == Decimal("1040.00")
    qtbot.waitUntil(lambda: bool(page.rows) and page.rows[0].id == result.order_id, timeout=WAIT_MS)
    assert result.order_number in page.notice.text()
    with demo_db.read_only() as s:
        order = s.get(SalesOrder, result.order_id)
        assert order is not None and order.status == "paid" and order.kind == "quick_sale"
    assert product_id


def test_quick_sale_refuses_negative_quantity(
    qtbot: QtBot, demo_db: Database, sign_in: Callable[[str], Workspace]
) -> None:
    _add_product(demo_db)
    page = _page(qtbot, sign_in("liping"))
    dialog = page.quick_sale()
    type_text(qtbot, dialog.customer_text, "钱多多")
    qtbot.keyClicks(dialog.product_text, "ZZ-9001")
    qtbot.keyClick(dialog.product_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 1, timeout=WAIT_MS)
    item = dialog.lines.item(0, 2)
    assert item is not None
    item.setText("-2")
    with demo_db.read_only() as s:
        before = len(s.scalars(select(SalesOrder.id)).all())
    dialog.sell()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    assert "quantity must be greater than zero" in dialog.errors.text("lines")
    assert dialog.isVisible() and dialog.lines.rowCount() == 1  # input kept
    with demo_db.read_only() as s:
        assert len(s.scalars(select(SalesOrder.id)).all()) == before


def test_record_receipt(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    page = _page(qtbot, sign_in("yangfan"))
    target = next(r for r in page.rows if r.kind == "normal" and r.status in ("open", "partly_paid"))
    page.table.selectRow([r.id for r in page.rows].index(target.id))
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.row.id == target.id, timeout=WAIT_MS
    )
    assert page.receipt_button.isEnabled()
    dialog = page.record_receipt()
    assert dialog is not None
    detail = page.detail.detail
    assert detail is not None
    first_open = next(i for i in detail.instalments if i.open_amount > 0)
    assert dialog.amount.text() == f"{first_open.open_amount:.2f}"
    dialog.amount.setText(f"{first_open.open_amount + 1:.2f}")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.text("amount") != "", timeout=WAIT_MS)
    assert "above the open amount" in dialog.errors.text("amount") and dialog.isVisible()
    assert dialog.amount.text() == f"{first_open.open_amount + 1:.2f}"  # typed input kept
    dialog.amount.setText("100")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None and len(page.detail.detail.receipts) == len(detail.receipts) + 1
        ),
        timeout=WAIT_MS,
    )
    updated = page.detail.detail
    assert updated is not None and updated.row.received_amount == target.received_amount + 100
    assert page.detail.receipts.rowCount() == len(updated.receipts)


def test_receivables_tab_lists_overdue(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    page = _page(qtbot, sign_in("zhaomin"))
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: not page.is_loading() and page.receivables.by_customer.rowCount() > 0, timeout=WAIT_MS
    )
    assert "overdue" in page.receivables.summary.text()
    page.grab().save("/tmp/orders_receivables.png")


def test_customer_orders_tab(qtbot: QtBot, demo_db: Database, sign_in: Callable[[str], Workspace]) -> None:
    from crm_desktop.ui.modules.orders.customer_tab import CustomerOrdersTab

    with demo_db.read_only() as s:
        customer_id = s.scalars(select(SalesOrder.customer_id).where(SalesOrder.kind == "normal")).first()
        count = len(s.scalars(select(SalesOrder.id).where(SalesOrder.customer_id == customer_id)).all())
    assert customer_id is not None
    tab = CustomerOrdersTab(sign_in("zhaomin"))
    qtbot.addWidget(tab)
    tab.show_customer(customer_id, editable=False)
    qtbot.waitUntil(lambda: not tab.loading, timeout=WAIT_MS)
    assert tab.table.rowCount() == count and tab.title() == f"Orders ({count})"
    assert f"{count} orders" in tab.summary.text()


def _select(qtbot: QtBot, page: OrdersPage, order_id: int) -> None:
    page.show_order(order_id)
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None and page.detail.detail.row.id == order_id and not page.is_loading()
        ),
        timeout=WAIT_MS,
    )


def test_new_order_with_plan(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    page = _page(qtbot, sign_in("yangfan"))
    dialog = page.new_order()
    customer = page.workspace.customers.list_page(CustomerQuery(only_mine=True), limit=1).rows[0]
    type_text(qtbot, dialog.customer_text, customer.name)
    qtbot.keyClick(dialog.customer_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer_choice.count() > 0 and not dialog.is_busy(), timeout=WAIT_MS)
    dialog.lines.add_line(None, "打印机上门维护（年度）", "次", Decimal(1), Decimal("1200"))
    dialog.set_plan([(date(2030, 1, 1), Decimal("1000"))])
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.text("instalments") != "", timeout=WAIT_MS)
    assert "1,000.00" in dialog.errors.text("instalments") and "1,200.00" in dialog.errors.text("instalments")
    dialog.split_count.setValue(3)
    dialog.split_plan()
    assert dialog.plan.rowCount() == 3
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=WAIT_MS)
    assert dialog.saved_id is not None
    _select(qtbot, page, dialog.saved_id)
    detail = page.detail.detail
    assert detail is not None and [i.amount for i in detail.instalments] == [Decimal(400)] * 3


def test_return_and_print(qtbot: QtBot, tmp_path: Path, sign_in: Callable[[str], Workspace]) -> None:
    from pypdf import PdfReader

    page = _page(qtbot, sign_in("zhaomin"))
    target = next(r for r in page.rows if r.status == "paid")
    _select(qtbot, page, target.id)
    detail = page.detail.detail
    assert detail is not None
    dialog = page.return_goods()
    assert dialog is not None
    line = detail.lines[0]
    item = dialog.table.item(0, 4)
    assert item is not None
    item.setText(str(line.quantity + 1))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.text("lines") != "", timeout=WAIT_MS)
    assert "at most" in dialog.errors.text("lines")
    item.setText("1")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and len(page.detail.detail.returns) == 1, timeout=WAIT_MS
    )
    out = tmp_path / "order.pdf"
    page.print_order(str(out))
    qtbot.waitUntil(lambda: out.exists() and not page.is_loading(), timeout=WAIT_MS)
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert target.customer_name in text and target.number in text
