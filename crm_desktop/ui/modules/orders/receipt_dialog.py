"""Record a receipt (回款) against one open instalment of an order. Refusals show beside the fields; input stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services.orders import OrderDetail, open_instalments
from crm_desktop.services.receipts import ReceiptInput
from crm_desktop.ui.modules.orders.common import Services, money, parse_decimal
from crm_desktop.ui.modules.orders.dialog_widgets import payment_method_combo
from crm_desktop.ui.modules.orders.order_action_dialog import OrderActionDialog
from crm_desktop.ui.widgets.naming import named


class ReceiptDialog(OrderActionDialog):
    def __init__(self, services: Services, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, order, "receipt_dialog", parent)
        self.order_label = named(QLabel(self), "receipt_order")
        self.instalment = named(QComboBox(self), "receipt_instalment")
        for inst in open_instalments(order):
            self.instalment.addItem("", inst.id)
        self.instalment.currentIndexChanged.connect(self._instalment_changed)
        self.amount = named(QLineEdit(self), "receipt_amount")
        self.received_on = named(QDateEdit(QDate.currentDate(), self), "receipt_date")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.method = payment_method_combo(self, "receipt_method", services)
        self.note = named(QLineEdit(self), "receipt_note")
        self.form = QFormLayout()
        self.row_labels.add(self.form, "order", self.order_label)
        self.row_labels.add(self.form, "instalment", self.instalment)
        self.row_labels.add(self.form, "instalment_err", self.errors.label_for("instalment_id"))
        self.row_labels.add(self.form, "amount", self.amount)
        self.row_labels.add(self.form, "amount_err", self.errors.label_for("amount"))
        self.row_labels.add(self.form, "received_on", self.received_on)
        self.row_labels.add(self.form, "received_on_err", self.errors.label_for("received_on"))
        self.row_labels.add(self.form, "method", self.method)
        self.row_labels.add(self.form, "note", self.note)
        self.make_footer("receipt_error")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self._instalment_changed()
        self.amount.setFocus()
        self.amount.selectAll()

    def _instalment_changed(self) -> None:
        inst = next((i for i in self.order.instalments if i.id == self.instalment.currentData()), None)
        if inst is not None:
            self.amount.setText(f"{inst.open_amount:.2f}")

    def save(self) -> None:
        self.clear_messages()
        amount = parse_decimal(self.amount.text())
        qdate = self.received_on.date()
        data = ReceiptInput(
            order_id=self.order.row.id,
            instalment_id=self.instalment.currentData(),
            amount=amount if amount is not None else self.amount.text(),
            received_on=date(qdate.year(), qdate.month(), qdate.day()),
            method_id=self.method.currentData(),
            note=self.note.text(),
        )
        self.submit(lambda: self.services.receipts.record(data))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record receipt"))
        row = self.order.row
        self.order_label.setText(
            self.tr("Order {number} · {customer} · open {open}").format(
                number=row.number, customer=row.customer_name, open=money(self.order.open_amount)
            )
        )
        for index, inst in enumerate(open_instalments(self.order)):
            self.instalment.setItemText(
                index,
                self.tr("Instalment {seq}, due {due}, open {open}").format(
                    seq=inst.seq, due=inst.due_date.isoformat(), open=money(inst.open_amount)
                ),
            )
        self.row_labels.set_texts({"order": self.tr("Order"), "instalment": self.tr("Instalment"),
                                   "amount": self.tr("Amount"), "received_on": self.tr("Received on"),
                                   "method": self.tr("Payment method"), "note": self.tr("Note")})  # fmt: skip
