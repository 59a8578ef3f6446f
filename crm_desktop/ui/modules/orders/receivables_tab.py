"""Receivables (应收款): open amounts per customer and per order, and the overdue instalments with days overdue.
Each list loads a page at a time (keyset-paged by the service) and the next one when scrolled to its end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.receivables import PAGE_SIZE, CustomerReceivable, OrderReceivable, OverdueItem, Page
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.orders.common import Services, cell, money
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


def _table(name: str, columns: int) -> QTableWidget:
    table = named(QTableWidget(0, columns), name)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSortingEnabled(False)
    return table


@dataclass
class _Paged:
    """One list: its table, how to fetch a page after a key, how to show a row, and what is loaded."""

    table: QTableWidget
    fetch: Callable[[Any, int], Page[Any]]
    cells: Callable[[Any], list[QTableWidgetItem]]
    rows: list[Any] = field(default_factory=list)
    more: bool = False
    loading: bool = False


def _overdue_cells(o: OverdueItem) -> list[QTableWidgetItem]:
    return [cell(o.number, data=o.order_id), cell(o.customer_name), cell(str(o.seq)), cell(o.due_date.isoformat()),
            cell(str(o.days_overdue), number=True), cell(money(o.open_amount), number=True),
            cell(o.owner_name or "")]  # fmt: skip


def _customer_cells(c: CustomerReceivable) -> list[QTableWidgetItem]:
    return [cell(c.customer_name, data=c.customer_id), cell(str(c.orders), number=True),
            cell(money(c.open_amount), number=True), cell(money(c.overdue_amount), number=True)]  # fmt: skip


def _order_cells(o: OrderReceivable) -> list[QTableWidgetItem]:
    return [cell(o.number, data=o.order_id), cell(o.order_date.isoformat()), cell(o.customer_name),
            cell(money(o.total_amount), number=True), cell(money(o.received_amount), number=True),
            cell(money(o.returned_amount), number=True), cell(money(o.open_amount), number=True),
            cell(money(o.overdue_amount), number=True)]  # fmt: skip


class ReceivablesTab(QWidget):
    open_order = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivables_tab")
        self.services = services
        self._loading = False
        self.page_size = PAGE_SIZE
        self._figures: tuple[Decimal, Decimal, int] | None = None
        self.summary = named(QLabel(self), "receivables_summary")
        self.refresh_button = named(QPushButton(self), "receivables_refresh")
        self.refresh_button.clicked.connect(self.reload)
        self.tabs = named(QTabWidget(self), "receivables_tabs")
        self.overdue = _table("receivables_overdue", 7)
        self.by_customer = _table("receivables_by_customer", 4)
        self.by_order = _table("receivables_by_order", 8)
        for table in (self.overdue, self.by_customer, self.by_order):
            self.tabs.addTab(table, "")
        service = services.receivables
        self.lists = [
            _Paged(self.overdue, lambda after, n: service.overdue_page(after=after, limit=n), _overdue_cells),
            _Paged(self.by_customer, lambda after, n: service.by_customer_page(after=after, limit=n), _customer_cells),
            _Paged(self.by_order, lambda after, n: service.by_order_page(after=after, limit=n), _order_cells),
        ]  # fmt: skip
        self.tabs.currentChanged.connect(lambda index: self._fill_viewport(self.lists[index]))
        for paged in self.lists:
            bar = paged.table.verticalScrollBar()
            bar.valueChanged.connect(partial(self._scrolled, paged))
        self.overdue.cellDoubleClicked.connect(lambda r, _c: self._open(self.overdue, r))
        self.by_order.cellDoubleClicked.connect(lambda r, _c: self._open(self.by_order, r))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def is_loading(self) -> bool:
        return self._loading or any(p.loading for p in self.lists)

    def reload(self) -> None:
        """The totals and the first page of each list."""
        if self._loading:
            return
        self._loading = True
        service, size, lists = self.services.receivables, self.page_size, self.lists

        def load() -> tuple[Any, list[Page[Any]]]:
            return service.summary(), [p.fetch(None, size) for p in lists]

        run_in_background(load, self._loaded, self._failed, self)

    def _failed(self, error: Exception) -> None:
        self._loading = False
        for paged in self.lists:
            paged.loading = False
        show_error(self, error)

    def _loaded(self, result: tuple[Any, list[Page[Any]]]) -> None:
        self._loading = False
        self._figures, pages = result
        for paged, page in zip(self.lists, pages, strict=True):
            paged.rows = []
            paged.table.setRowCount(0)
            self._append(paged, page)
        self._summary()

    def _scrolled(self, paged: _Paged, value: int) -> None:
        if value >= paged.table.verticalScrollBar().maximum():
            self.load_more(paged)

    def load_more(self, paged: _Paged) -> None:
        """The next page of one list (when it is scrolled to its end)."""
        if paged.loading or self._loading or not paged.more or not paged.rows:
            return
        paged.loading = True
        after, size = paged.rows[-1].key, self.page_size

        def done(page: Page[Any]) -> None:
            paged.loading = False
            self._append(paged, page)

        run_in_background(lambda: paged.fetch(after, size), done, self._failed, self)

    def _append(self, paged: _Paged, page: Page[Any]) -> None:
        table, start = paged.table, len(paged.rows)
        paged.rows += page.rows
        paged.more = page.more
        table.setRowCount(len(paged.rows))
        for r, row in enumerate(page.rows, start=start):
            for c, item in enumerate(paged.cells(row)):
                table.setItem(r, c, item)
        if start == 0:
            table.resizeColumnsToContents()
        QTimer.singleShot(0, self, lambda: self._fill_viewport(paged))

    def _fill_viewport(self, paged: _Paged) -> None:
        """A shown list too short to scroll loads its next page at once (there is nothing to scroll to)."""
        if paged.table.isVisible() and paged.table.verticalScrollBar().maximum() == 0:
            self.load_more(paged)

    def _summary(self) -> None:
        figures = self._figures
        if figures is None:
            self.summary.clear()
            return
        self.summary.setText(
            self.tr("Open receivables {open} · overdue {overdue} in {count} instalments").format(
                open=money(figures[0]), overdue=money(figures[1]), count=figures[2]
            )
        )

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.open_order.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        for index, text in enumerate([self.tr("Overdue"), self.tr("By customer"), self.tr("By order")]):
            self.tabs.setTabText(index, text)
        self.overdue.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Customer"), self.tr("Instalment"),
            self.tr("Due date"), self.tr("Days overdue"), self.tr("Open"), self.tr("Owner")])  # fmt: skip
        self.by_customer.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Orders"), self.tr("Open"),
                                                    self.tr("Overdue")])  # fmt: skip
        self.by_order.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Date"), self.tr("Customer"),
            self.tr("Total"), self.tr("Received"), self.tr("Returned"), self.tr("Open"), self.tr("Overdue")])  # fmt: skip
        self._summary()
