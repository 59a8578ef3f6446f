"""Quick sale at the storefront counter in a handful of keystrokes:

    type the customer (name, pinyin or phone) ⏎ → type a product (code, name or pinyin) ⏎ (repeat) → Ctrl+⏎

The customer box searches the archive; with no match the typed name becomes a walk-in customer (phone optional).
Products come in at the customer's grade price; "Choose…" opens the product picker. The money is taken on the spot
(all of it unless the amount paid is changed).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_search import CustomerQuery
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.quick_sale import ProductChoice, QuickSaleInput, QuickSaleResult
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.document_header import DocumentHeader
from crm_desktop.ui.errors import FieldErrors, error_text, translate_error
from crm_desktop.ui.modules.orders.background_jobs import BackgroundJobs
from crm_desktop.ui.modules.orders.common import ENTITY, RowLabels, Services, money, parse_decimal
from crm_desktop.ui.modules.orders.dialog_widgets import dialog_buttons, message_label, payment_method_combo
from crm_desktop.ui.modules.orders.line_table import LineTable
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named

WALK_IN = -1


class QuickSaleDialog(QDialog):
    def __init__(self, workspace: Workspace, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_sale_dialog")
        self.workspace = workspace
        self.services = services
        self.result_: QuickSaleResult | None = None
        self.jobs = BackgroundJobs(self, self._failed)
        self._paid_edited = False
        self._grades: dict[int, int | None] = {}
        self.errors = FieldErrors()
        self.row_labels = RowLabels()

        self.customer_text = named(QLineEdit(self), "quick_customer_text")
        self.customer_text.returnPressed.connect(self.search_customers)
        self.customer_choice = named(QComboBox(self), "quick_customer_choice")
        self.customer_choice.addItem("", WALK_IN)
        self.customer_choice.setMinimumContentsLength(24)
        self.phone = named(QLineEdit(self), "quick_phone")
        self.product_text = named(QLineEdit(self), "quick_product_text")
        self.product_text.returnPressed.connect(self.add_product)
        self.pick_button = named(QPushButton(self), "quick_pick_product")
        self.pick_button.clicked.connect(self.pick_products)
        self.remove_button = named(QPushButton(self), "quick_remove_line")
        self.product_hint = named(QLabel(self), "quick_product_hint")
        self.lines = LineTable(self)
        self.lines.setMinimumHeight(180)
        self.remove_button.clicked.connect(self.lines.remove_selected)
        self.lines.total_changed.connect(self._total_changed)
        self.total_label = named(QLabel(self), "quick_total")
        font = self.total_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.total_label.setFont(font)
        self.paid = named(QLineEdit(self), "quick_paid")
        self.paid.textEdited.connect(lambda _t: setattr(self, "_paid_edited", True))
        self.method = payment_method_combo(self, "quick_method", services)
        self.message = message_label(self, "quick_message")

        self.form = QFormLayout()
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_text, 1)
        customer_row.addWidget(self.customer_choice, 1)
        self.row_labels.add(self.form, "customer", customer_row)
        self.row_labels.add(self.form, "customer_err", self.errors.label_for("customer"))
        self.row_labels.add(self.form, "phone", self.phone)
        product_row = QHBoxLayout()
        product_row.addWidget(self.product_text, 1)
        product_row.addWidget(self.pick_button)
        product_row.addWidget(self.remove_button)
        self.row_labels.add(self.form, "product", product_row)
        self.row_labels.add(self.form, "product_hint", self.product_hint)
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.paid, 1)
        pay_row.addWidget(self.method, 1)
        self.buttons = dialog_buttons(self, self.sell)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAutoDefault(False)
        ok.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.errors.label_for("lines"))
        # the order form's required custom fields (hidden when there are none); defaults are the service's
        self.custom = DocumentHeader(workspace, "order", self, required_only=True)
        layout.addWidget(self.custom)
        self.pay_form = QFormLayout()
        self.row_labels.add(self.pay_form, "total", self.total_label)
        self.row_labels.add(self.pay_form, "paid", pay_row)
        self.row_labels.add(self.pay_form, "paid_err", self.errors.label_for("paid_amount"))
        layout.addLayout(self.pay_form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.sell)
        self.resize(760, 560)
        self.retranslate_ui()
        self._total_changed(Decimal(0))
        self.customer_text.setFocus()

    def is_busy(self) -> bool:
        return self.jobs.busy()

    # ----- customer --------------------------------------------------------------------------------------
    def customer_id(self) -> int | None:
        value = self.customer_choice.currentData()
        return None if value in (None, WALK_IN) else int(value)

    def search_customers(self) -> None:
        text = self.customer_text.text().strip()
        if not text:
            return
        customers = self.workspace.customers
        self.jobs.start(
            lambda: customers.list_page(CustomerQuery(text=text), limit=15).rows, self._customers_found
        )

    def _customers_found(self, rows: list[Any]) -> None:
        while self.customer_choice.count() > 1:
            self.customer_choice.removeItem(1)
        self._grades = {r.id: r.grade_id for r in rows}
        for r in rows:
            self.customer_choice.addItem(f"{r.name}  {r.mobile or r.phone or ''}".strip(), r.id)
        self.customer_choice.setCurrentIndex(1 if rows else 0)
        self._retranslate_walk_in()
        (self.product_text if rows else self.phone).setFocus()

    # ----- products ----------------------------------------------------------------------------------------
    def add_product(self) -> None:
        text = self.product_text.text().strip()
        if not text:
            return
        customer = self.customer_id()
        self.jobs.start(lambda: self.services.quick_sale.find_products(text, customer), self._products_found)

    def _products_found(self, found: list[ProductChoice]) -> None:
        if not found:
            self.product_hint.setText(
                self.tr("No product matches “{text}”.").format(text=self.product_text.text())
            )
            return
        product = found[0]
        self.lines.add_line(product.id, product.name, product.unit, Decimal(1), product.price)
        more = len(found) - 1
        hint = self.tr("Added {name} at {price}.").format(name=product.name, price=money(product.price))
        if more:
            hint += " " + self.tr("{count} more match; use Choose… to pick another.").format(count=more)
        self.product_hint.setText(hint)
        self.product_text.clear()

    def pick_products(self) -> None:
        self.lines.pick_products(self.workspace, self._grades.get(self.customer_id() or 0), self)

    def _total_changed(self, total: object) -> None:
        assert isinstance(total, Decimal)
        self.total_label.setText(money(total))
        if not self._paid_edited:
            self.paid.setText(f"{max(total, Decimal(0)):.2f}")

    # ----- selling -----------------------------------------------------------------------------------------
    def sell(self) -> None:
        if self.is_busy():
            return
        self.errors.clear()
        self.custom.clear_errors()
        self.message.hide()
        customer = self.customer_id()
        paid = parse_decimal(self.paid.text())
        if paid is None:
            self.errors.labels["paid_amount"].setText(self.tr("Enter the amount paid."))
            self.errors.labels["paid_amount"].show()
            return
        data = QuickSaleInput(
            customer_id=customer,
            walk_in_name="" if customer else self.customer_text.text(),
            walk_in_phone="" if customer else self.phone.text(),
            lines=self.lines.inputs(),
            paid_amount=paid,
            method_id=self.method.currentData(),
            extra=self.custom.custom_values(),
        )
        self.buttons.setEnabled(False)
        self.jobs.start(lambda: self.services.quick_sale.sell(data), self._sold)

    def _sold(self, result: QuickSaleResult) -> None:
        self.result_ = result
        app_signals().records_changed.emit(ENTITY, [result.order_id])
        app_signals().records_changed.emit("customer", [result.customer_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            in_form = set(self.custom.show_errors(error))
            unplaced = [key for key in self.errors.show(error) if key in in_form]
            if not unplaced:
                return
            texts = [translate_error(error.fields[f], error.field_params.get(f)) for f in unplaced]
            self.message.setText("\n".join(texts))
        else:
            self.message.setText(error_text(error))
        self.message.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_walk_in(self) -> None:
        name = self.customer_text.text().strip()
        text = self.tr("Walk-in customer: {name}").format(name=name) if name else self.tr("Walk-in customer")
        self.customer_choice.setItemText(0, text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quick sale"))
        self.customer_text.setPlaceholderText(self.tr("Name, pinyin or phone, then Enter"))
        self.phone.setPlaceholderText(self.tr("Mobile of a walk-in customer (optional)"))
        self.product_text.setPlaceholderText(self.tr("Product code, name or pinyin, then Enter"))
        self.pick_button.setText(self.tr("Choose…"))
        self.remove_button.setText(self.tr("Remove line"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sell (Ctrl+Enter)"))
        self._retranslate_walk_in()
        self.row_labels.set_texts({"customer": self.tr("Customer"), "phone": self.tr("Phone"),
                                   "product": self.tr("Product"), "total": self.tr("Total"),
                                   "paid": self.tr("Paid now")})  # fmt: skip
