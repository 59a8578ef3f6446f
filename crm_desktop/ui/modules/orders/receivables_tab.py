"""Receivables (应收款): open amounts per customer and per order, and the overdue instalments with days overdue."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.orders.common import Services, cell, fill, money
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


class ReceivablesTab(QWidget):
    open_order = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivables_tab")
        self.services = services
        self._loading = False
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
        return self._loading

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        service = self.services.receivables

        def load() -> tuple[Any, Any, Any]:
            return service.overdue(), service.by_customer(), service.by_order()

        run_in_background(load, self._loaded, self._failed, self)

    def _failed(self, error: Exception) -> None:
        self._loading = False
        show_error(self, error)

    def _loaded(self, result: tuple[Any, Any, Any]) -> None:
        self._loading = False
        overdue, customers, orders = result
        fill(self.overdue, [
            [cell(o.number, data=o.order_id), cell(o.customer_name), cell(str(o.seq)), cell(o.due_date.isoformat()),
             cell(str(o.days_overdue), number=True), cell(money(o.open_amount), number=True),
             cell(o.owner_name or "")]
            for o in overdue
        ])  # fmt: skip
        fill(self.by_customer, [
            [cell(c.customer_name, data=c.customer_id), cell(str(c.orders), number=True),
             cell(money(c.open_amount), number=True), cell(money(c.overdue_amount), number=True)]
            for c in customers
        ])  # fmt: skip
        fill(self.by_order, [
            [cell(o.number, data=o.order_id), cell(o.order_date.isoformat()), cell(o.customer_name),
             cell(money(o.total_amount), number=True), cell(money(o.received_amount), number=True),
             cell(money(o.returned_amount), number=True), cell(money(o.open_amount), number=True),
             cell(money(o.overdue_amount), number=True)]
            for o in orders
        ])  # fmt: skip
        total_open = sum((c.open_amount for c in customers), Decimal(0))
        total_overdue = sum((c.overdue_amount for c in customers), Decimal(0))
        self._figures = (total_open, total_overdue, len(overdue))
        self._summary()

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
