"""Record a receipt (回款) against one open instalment of an order. Refusals show beside the fields; input stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.orders import OrderDetail, open_instalments
from crm_desktop.services.receipts import ReceiptInput
from crm_desktop.ui import i18n
from crm_desktop.ui.errors import FieldErrors, error_text
from crm_desktop.ui.modules.orders.common import ENTITY, RowLabels, Services, money, parse_decimal
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


class ReceiptDialog(QDialog):
    def __init__(self, services: Services, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_dialog")
        self.services = services
        self.order = order
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.row_labels = RowLabels()
        self.order_label = named(QLabel(self), "receipt_order")
        self.instalment = named(QComboBox(self), "receipt_instalment")
        for inst in open_instalments(order):
            self.instalment.addItem("", inst.id)
        self.instalment.currentIndexChanged.connect(self._instalment_changed)
        self.amount = named(QLineEdit(self), "receipt_amount")
        self.received_on = named(QDateEdit(QDate.currentDate(), self), "receipt_date")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.method = named(QComboBox(self), "receipt_method")
        language = i18n.current_language()
        for method_id, name, name_en in services.orders.payment_methods():
            self.method.addItem(name_en if language == "en" else name, method_id)
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
        self.general_error = named(QLabel(self), "receipt_error")
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
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
        self.errors.clear()
        self.general_error.hide()
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
        self.buttons.setEnabled(False)
        run_in_background(lambda: self.services.receipts.record(data), self._saved, self._failed, self)

    def _saved(self, receipt_id: int) -> None:
        self.saved_id = receipt_id
        app_signals().records_changed.emit(ENTITY, [self.order.row.id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and not self.errors.show(error):
            return
        self.general_error.setText(error_text(error))
        self.general_error.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
