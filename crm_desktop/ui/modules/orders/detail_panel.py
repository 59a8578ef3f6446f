"""The selected order below the list: header, lines, payment plan, receipts and returns."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services.orders import OrderDetail
from crm_desktop.ui.modules.orders.common import cell, fill, kind_text, money, quantity, status_text
from crm_desktop.ui.widgets.naming import named


def _table(name: str, columns: int) -> QTableWidget:
    table = named(QTableWidget(0, columns), name)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


class OrderDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order_detail")
        self.detail: OrderDetail | None = None
        self.header = named(QLabel(self), "order_header")
        self.header.setWordWrap(True)
        self.tabs = named(QTabWidget(self), "order_detail_tabs")
        self.lines = _table("order_detail_lines", 7)
        self.plan = _table("order_detail_plan", 6)
        self.receipts = _table("order_detail_receipts", 6)
        self.returns = _table("order_detail_returns", 5)
        for table in (self.lines, self.plan, self.receipts, self.returns):
            self.tabs.addTab(table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def show_order(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.header.clear()
            for table in (self.lines, self.plan, self.receipts, self.returns):
                table.setRowCount(0)
            return
        self._header()
        fill(self.lines, [
            [cell(str(ln.seq)), cell(ln.description), cell(ln.unit or ""), cell(quantity(ln.quantity), number=True),
             cell(money(ln.unit_price), number=True), cell(quantity(ln.discount_pct), number=True),
             cell(money(ln.amount), number=True)]
            for ln in detail.lines
        ])  # fmt: skip
        fill(self.plan, [
            [cell(str(i.seq)), cell(i.due_date.isoformat()), cell(money(i.amount), number=True),
             cell(money(i.received_amount), number=True), cell(money(i.open_amount), number=True),
             cell(status_text(i.status))]
            for i in detail.instalments
        ])  # fmt: skip
        fill(self.receipts, [
            [cell(r.number), cell(r.received_on.isoformat()), cell(str(r.instalment_seq or "")),
             cell(money(r.amount), number=True), cell(r.method_name or ""), cell(r.note or "")]
            for r in detail.receipts
        ])  # fmt: skip
        fill(self.returns, [
            [cell(r.number), cell(r.returned_on.isoformat()), cell(money(r.amount), number=True),
             cell(money(r.refund_amount), number=True), cell(r.reason or "")]
            for r in detail.returns
        ])  # fmt: skip

    def _header(self) -> None:
        detail = self.detail
        if detail is None:
            return
        row = detail.row
        self.header.setText(
            self.tr("<b>{number}</b> · {customer} · {kind} · {status} · total {total} · received {received} · "
                    "returned {returned} · <b>open {open}</b>").format(
                number=row.number, customer=row.customer_name, kind=kind_text(row.kind),
                status=status_text(row.status), total=money(row.total_amount), received=money(row.received_amount),
                returned=money(row.returned_amount), open=money(detail.open_amount))
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for index, text in enumerate(
            [self.tr("Lines"), self.tr("Payment plan"), self.tr("Receipts"), self.tr("Returns")]
        ):
            self.tabs.setTabText(index, text)
        self.lines.setHorizontalHeaderLabels([self.tr("No."), self.tr("Product"), self.tr("Unit"),
            self.tr("Quantity"), self.tr("Price"), self.tr("Discount %"), self.tr("Amount")])  # fmt: skip
        self.plan.setHorizontalHeaderLabels([self.tr("No."), self.tr("Due date"), self.tr("Amount"),
            self.tr("Received"), self.tr("Open"), self.tr("Status")])  # fmt: skip
        self.receipts.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Received on"),
            self.tr("Instalment"), self.tr("Amount"), self.tr("Payment method"), self.tr("Note")])  # fmt: skip
        self.returns.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Returned on"), self.tr("Amount"),
            self.tr("Refund due"), self.tr("Reason")])  # fmt: skip
        if self.detail is not None:
            self.show_order(self.detail)
