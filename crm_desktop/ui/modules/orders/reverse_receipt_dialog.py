"""Reverse a receipt (红冲) with a required reason. The receipt stays in the order's history marked reversed; its
amount is open again. A refusal (no reason, already reversed, stale copy) shows beside the field, input kept."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services.orders import OrderDetail, ReceiptDTO
from crm_desktop.ui.modules.orders.common import Services, money
from crm_desktop.ui.modules.orders.order_action_dialog import OrderActionDialog
from crm_desktop.ui.widgets.naming import named


class ReverseReceiptDialog(OrderActionDialog):
    def __init__(
        self, services: Services, order: OrderDetail, receipt: ReceiptDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, order, "reverse_receipt_dialog", parent)
        self.receipt = receipt
        self.receipt_label = named(QLabel(self), "reverse_receipt_info")
        self.receipt_label.setWordWrap(True)
        self.reason = named(QLineEdit(self), "reverse_receipt_reason")
        self.reason.setMaxLength(300)
        self.form = QFormLayout()
        self.row_labels.add(self.form, "receipt", self.receipt_label)
        self.row_labels.add(self.form, "reason", self.reason)
        self.row_labels.add(self.form, "reason_err", self.errors.label_for("reason"))
        self.make_footer("reverse_receipt_error")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self.reason.setFocus()

    def save(self) -> None:
        self.clear_messages()
        receipts, receipt_id, version, reason = (
            self.services.receipts, self.receipt.id, self.receipt.version, self.reason.text()
        )  # fmt: skip

        def write() -> int:
            receipts.reverse(receipt_id, version, reason)
            return receipt_id

        self.submit(write)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reverse receipt"))
        r = self.receipt
        self.receipt_label.setText(
            self.tr("Receipt {number} of {amount} received on {day} for order {order}. Its amount becomes "
                    "open again; the receipt stays in the history, marked reversed.").format(
                number=r.number, amount=money(r.amount), day=r.received_on.isoformat(), order=self.order.row.number)
        )  # fmt: skip
        self.reason.setPlaceholderText(self.tr("For example: the transfer was returned by the bank"))
        self.row_labels.set_texts({"receipt": self.tr("Receipt"), "reason": self.tr("Reason")})
