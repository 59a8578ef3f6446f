"""The selected order below the list: header, lines, payment plan, receipts and returns."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services.orders import OrderDetail, ReceiptDTO
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
    reverse_requested = Signal()  # "Reverse…" on the selected receipt

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order_detail")
        self.detail: OrderDetail | None = None
        self.header = named(QLabel(self), "order_header")
        self.header.setWordWrap(True)
        self.tabs = named(QTabWidget(self), "order_detail_tabs")
        self.lines = _table("order_detail_lines", 7)
        self.plan = _table("order_detail_plan", 6)
        self.receipts = _table("order_detail_receipts", 7)
        self.receipts.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.receipts.itemSelectionChanged.connect(self._update_reverse)
        self.reverse_button = named(QPushButton(self), "order_reverse_receipt")
        self.reverse_button.clicked.connect(self.reverse_requested)
        self.reverse_button.setVisible(False)
        receipts_box = QWidget(self)
        receipts_layout = QVBoxLayout(receipts_box)
        receipts_layout.setContentsMargins(0, 0, 0, 0)
        receipts_layout.addWidget(self.receipts, 1)
        receipt_buttons = QHBoxLayout()
        receipt_buttons.addStretch(1)
        receipt_buttons.addWidget(self.reverse_button)
        receipts_layout.addLayout(receipt_buttons)
        self.returns = _table("order_detail_returns", 5)
        for page in (self.lines, self.plan, receipts_box, self.returns):
            self.tabs.addTab(page, "")
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
            self.reverse_button.setVisible(False)
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
            [cell(r.number, data=r.id), cell(r.received_on.isoformat()), cell(str(r.instalment_seq or "")),
             cell(money(r.amount), number=True), cell(r.method_name or ""), cell(r.note or ""),
             cell(self._reversal_text(r))]
            for r in detail.receipts
        ])  # fmt: skip
        struck = QFont(self.receipts.font())
        struck.setStrikeOut(True)
        for row, receipt in enumerate(detail.receipts):
            if receipt.reversed_at is not None:
                for column in (0, 3):
                    item = self.receipts.item(row, column)
                    if item is not None:
                        item.setFont(struck)
        self.reverse_button.setVisible(detail.can_edit and bool(detail.receipts))
        self._update_reverse()
        fill(self.returns, [
            [cell(r.number), cell(r.returned_on.isoformat()), cell(money(r.amount), number=True),
             cell(money(r.refund_amount), number=True), cell(r.reason or "")]
            for r in detail.returns
        ])  # fmt: skip

    def _reversal_text(self, receipt: ReceiptDTO) -> str:
        if receipt.reversed_at is None:
            return ""
        return self.tr("Reversed {when} by {who}: {reason}").format(
            when=receipt.reversed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            who=receipt.reversed_by_name or "",
            reason=receipt.reversal_reason or "",
        )

    def selected_receipt(self) -> ReceiptDTO | None:
        """The receipt selected in the receipts tab, if it is not reversed yet."""
        rows = {index.row() for index in self.receipts.selectedIndexes()}
        if self.detail is None or len(rows) != 1:
            return None
        row = rows.pop()
        if row >= len(self.detail.receipts):
            return None
        receipt = self.detail.receipts[row]
        return receipt if receipt.reversed_at is None else None

    def _update_reverse(self) -> None:
        self.reverse_button.setEnabled(self.selected_receipt() is not None)

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
            self.tr("Instalment"), self.tr("Amount"), self.tr("Payment method"), self.tr("Note"),
            self.tr("Reversal")])  # fmt: skip
        self.reverse_button.setText(self.tr("Reverse…"))
        self.returns.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Returned on"), self.tr("Amount"),
            self.tr("Refund due"), self.tr("Reason")])  # fmt: skip
        if self.detail is not None:
            self.show_order(self.detail)
