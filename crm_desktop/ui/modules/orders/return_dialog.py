"""Return (退货) sold lines of an order: a quantity per line, never more than sold minus already returned."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.orders import OrderDetail
from crm_desktop.services.returns import ReturnInput, ReturnLineInput
from crm_desktop.ui.modules.orders.common import Services, cell, money, quantity
from crm_desktop.ui.modules.orders.order_action_dialog import OrderActionDialog
from crm_desktop.ui.widgets.naming import named

COL_RETURN = 4


class ReturnDialog(OrderActionDialog):
    def __init__(self, services: Services, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, order, "return_dialog", parent)
        self.table = named(QTableWidget(len(order.lines), 5, self), "return_lines")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, ln in enumerate(order.lines):
            for col, item in enumerate([cell(ln.description), cell(quantity(ln.quantity), number=True),
                                        cell(quantity(ln.returned_quantity), number=True),
                                        cell(money(ln.amount), number=True)]):  # fmt: skip
                self.table.setItem(row, col, item)
            self.table.setItem(row, COL_RETURN, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        self.reason = named(QLineEdit(self), "return_reason")
        self.form = QFormLayout()
        self.row_labels.add(self.form, "reason", self.reason)
        self.make_footer("return_message")
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors.label_for("lines"))
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.retranslate_ui()

    def save(self) -> None:
        self.clear_messages()
        lines = []
        for row, ln in enumerate(self.order.lines):
            item = self.table.item(row, COL_RETURN)
            text = item.text().strip() if item is not None else ""
            if text:
                lines.append(ReturnLineInput(ln.id, text))
        data = ReturnInput(self.order.row.id, lines, date.today(), self.reason.text())
        self.submit(lambda: self.services.returns.create(data))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Return goods"))
        self.title.setText(self.tr("Order {number} · {customer}: enter the quantity coming back").format(
            number=self.order.row.number, customer=self.order.row.customer_name))  # fmt: skip
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Sold"), self.tr("Returned"),
                                              self.tr("Amount"), self.tr("Return now")])  # fmt: skip
        self.table.resizeColumnsToContents()  # the headers' width in the current language
        self.row_labels.set_texts({"reason": self.tr("Reason")})
