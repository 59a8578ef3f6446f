"""The customer 360° view's "Quotes" tab: this customer's quotes (within my data scope); new quote, open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget

from crm_desktop.services.quotes import QuoteDetail, QuoteRow
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.customers.related_tab import RelatedTab
from crm_desktop.ui.modules.quotes.common import Services, fill, read_only_table, selected_id
from crm_desktop.ui.modules.quotes.editor_dialog import QuoteDialog
from crm_desktop.ui.modules.quotes.page import quote_rows
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


class CustomerQuotesTab(RelatedTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("customer_quotes_tab")
        self.services = Services.of(workspace)
        self.rows: list[QuoteRow] = []
        self.table = named(read_only_table(QTableWidget(0, 8), 2), "customer_quotes")
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.new_button = named(QPushButton(), "new_customer_quote")
        self.new_button.clicked.connect(self.new)
        self.new_button.setVisible(workspace.user.can("quotes", "create"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()

    def fetcher(self, customer_id: int) -> Callable[[], Any]:
        service = self.services.quotes
        return lambda: service.list_quotes(customer_id=customer_id)

    def fill(self, data: Any) -> None:
        self.rows = data if isinstance(data, list) else []
        fill(self.table, quote_rows(self.rows))
        self.table.resizeColumnsToContents()
        self.new_button.setEnabled(self.customer_id is not None)

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity == "quote" and self.customer_id is not None:
            self.reload()

    def new(self) -> None:
        if self.customer_id is not None:
            QuoteDialog(self.workspace, None, self, customer_id=self.customer_id).exec()

    def open_selected(self) -> None:
        quote_id = selected_id(self.table)
        if quote_id is not None:
            service = self.services.quotes
            run_in_background(
                lambda: service.get(quote_id), self._open, lambda e: show_error(self, e), receiver=self
            )

    def _open(self, detail: QuoteDetail) -> None:
        QuoteDialog(self.workspace, detail, self).exec()

    def title(self) -> str:
        if self.customer_id is None or self.loading:
            return self.tr("Quotes")
        return self.tr("Quotes (%1)").replace("%1", str(len(self.rows)))

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New quote"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Customer"), self.tr("Title"), self.tr("State"), self.tr("Total"),
             self.tr("Valid until"), self.tr("Owner"), self.tr("Needs approval")]
        )  # fmt: skip
