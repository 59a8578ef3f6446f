"""Sales lists sort on the server by a header click: the orders list by its total, the other way on a second click
(the sort indicator follows), More loading on in that order; a list layout's default sort applies on opening."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.orders.page import OrdersPage
from crm_desktop.ui.modules.quotes.page import QuotesPage

WAIT_MS = 10_000


def _click_header(qtbot: QtBot, table: QTableWidget, section: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _totals(page: OrdersPage) -> list[Decimal]:
    return [row.total_amount for row in page.rows]


def test_clicking_a_header_sorts_the_orders_on_the_server(qtbot: QtBot, workspace: Workspace) -> None:
    page = OrdersPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading() and bool(page.rows), timeout=WAIT_MS)
    dates = [row.order_date for row in page.rows]
    assert dates == sorted(dates, reverse=True)  # the default: newest first
    assert _totals(page) != sorted(_totals(page))
    section = page.list_columns.keys.index("total_amount")

    _click_header(qtbot, page.table, section)
    qtbot.waitUntil(lambda: not page.is_loading() and _totals(page) == sorted(_totals(page)), timeout=WAIT_MS)
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        section,
        Qt.SortOrder.AscendingOrder,
    )
    shown = page.table.item(0, section).text()
    assert (
        shown == page.list_columns.cell(page.rows[0], "total_amount").text()
    )  # the table shows the new order

    _click_header(qtbot, page.table, section)  # again: the other way
    qtbot.waitUntil(
        lambda: not page.is_loading() and _totals(page) == sorted(_totals(page), reverse=True),
        timeout=WAIT_MS,
    )
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    page.grab().save("/tmp/sales_list_sort_orders.png")

    if page.more_button.isVisible():  # More goes on in the same order, without repeating a row
        count = len(page.rows)
        page.more_button.click()
        qtbot.waitUntil(lambda: not page.is_loading() and len(page.rows) > count, timeout=WAIT_MS)
        assert _totals(page) == sorted(_totals(page), reverse=True)
        assert len({row.id for row in page.rows}) == len(page.rows)


def test_the_layouts_default_sort_applies_when_the_list_opens(qtbot: QtBot, workspace: Workspace) -> None:
    base = entities.spec("quote").base_list(None)
    DefinitionService(workspace.db, workspace.user).save_layout(
        replace(base, sort_field="total", sort_descending=True), "company", None, based_on=0
    )
    page = QuotesPage(workspace)
    qtbot.addWidget(page)
    page.show()

    def sorted_by_total() -> bool:
        totals = [row.total for row in page.rows]
        return len(totals) > 1 and totals == sorted(totals, reverse=True)

    qtbot.waitUntil(sorted_by_total, timeout=WAIT_MS)
    header = page.table.horizontalHeader()
    qtbot.waitUntil(
        lambda: header.sortIndicatorSection() == page.list_columns.keys.index("total"), timeout=WAIT_MS
    )
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
