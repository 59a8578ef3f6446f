"""The customer 360° view's "Orders" tab: this customer's orders within my data scope, with what is still open."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QVBoxLayout, QWidget

from crm_desktop.services.orders import OrderQuery, OrderRow, OrderService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers.related_tab import RelatedTab
from crm_desktop.ui.modules.orders.common import ENTITY, cell, fill, kind_text, money, status_text
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named


class CustomerOrdersTab(RelatedTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("customer_orders_tab")
        self.service = OrderService(workspace.db, workspace.user)
        self.rows: list[OrderRow] = []
        self.more = False
        self.table = named(QTableWidget(0, 7), "customer_orders")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = named(QLabel(), "customer_orders_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity == ENTITY and self.customer_id is not None:
            self.reload()

    def fetcher(self, customer_id: int) -> Callable[[], Any]:
        service = self.service
        return lambda: service.list_page(OrderQuery(customer_id=customer_id))

    def fill(self, data: Any) -> None:
        self.rows = list(data.rows) if data is not None else []
        self.more = bool(data.more) if data is not None else False
        fill(self.table, [
            [cell(r.number, data=r.id), cell(r.order_date.isoformat()), cell(kind_text(r.kind)),
             cell(status_text(r.status)), cell(money(r.total_amount), number=True),
             cell(money(r.received_amount), number=True), cell(money(r.open_amount), number=True)]
            for r in self.rows
        ])  # fmt: skip
        self._summary()

    def _summary(self) -> None:
        total = sum((r.total_amount - r.returned_amount for r in self.rows), Decimal(0))
        open_amount = sum((r.open_amount for r in self.rows if r.status != "cancelled"), Decimal(0))
        self.summary.setText(
            self.tr("{count} orders · sales {total} · still open {open}").format(
                count=len(self.rows), total=money(total), open=money(open_amount)
            )
        )

    def title(self) -> str:
        return self.tr("Orders ({count})").format(count=len(self.rows)) if self.rows else self.tr("Orders")

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Date"), self.tr("Kind"), self.tr("Status"),
            self.tr("Total"), self.tr("Received"), self.tr("Open")])  # fmt: skip
        self._summary()
