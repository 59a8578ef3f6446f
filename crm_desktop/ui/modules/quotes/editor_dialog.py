"""The quote editor: customer (within the user's scope, which decides the grade prices), the header form the
user's station defines (title, validity, remark, custom fields), lines picked from products at the customer's grade
price, totals, and which lines need approval."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent
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

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.quotes import CustomerChoice, PriceInfo, QuoteDetail, QuoteInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.document_header import DocumentHeader, as_date
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.modules.quotes.common import Services, money
from crm_desktop.ui.modules.quotes.line_table import LineProduct, QuoteLineTable
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.widgets.product_picker import ProductPickerDialog
from crm_desktop.ui.workers import run_in_background

VALID_DAYS = 30


class QuoteDialog(QDialog):
    def __init__(self, workspace: Workspace, existing: QuoteDetail | None = None, parent: QWidget | None = None,
                 *, customer_id: int | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("quote_dialog")
        self.workspace = workspace
        self.services = Services.of(workspace)
        self.existing = existing
        self.saved_id: int | None = existing.id if existing else None
        self.grades: dict[int, int | None] = {}
        self.saving = False
        self.errors = FieldErrors()

        self.customer_search = named(QLineEdit(), "customer_search")
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.returnPressed.connect(lambda: self.find_customers())
        self.customer = named(QComboBox(), "customer")
        self.customer.setMinimumWidth(260)
        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.header = DocumentHeader(workspace, "quote", self)
        self.table = QuoteLineTable()
        self.table.changed.connect(self._update_totals)
        self.add_button = named(QPushButton(), "add_products")
        self.add_button.clicked.connect(self.add_products)
        self.remove_button = named(QPushButton(), "remove_line")
        self.remove_button.clicked.connect(self.table.remove_selected)
        self.totals = named(QLabel(), "totals")
        self.approval_note = named(QLabel(), "approval_note")
        self.approval_note.setStyleSheet("color: #b9770e;")
        self.approval_note.setWordWrap(True)
        self.lines_error = self.errors.label_for("lines")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_search, 1)
        customer_row.addWidget(self.customer, 2)
        self.form = QFormLayout()
        self.customer_label = QLabel()
        self.form.addRow(self.customer_label, self._with_error(customer_row, "customer_id"))
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.header)
        layout.addLayout(line_buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lines_error)
        layout.addWidget(self.approval_note)
        layout.addWidget(self.buttons)
        self.resize(980, 600)
        self.retranslate_ui()
        if existing is not None:
            self.header.set_values({**existing.extra, "title": existing.title, "remark": existing.remark,
                                    "valid_until": existing.valid_until})  # fmt: skip
            self.grades[existing.customer_id] = existing.grade_id
            self.customer.addItem(existing.customer_name, existing.customer_id)
            for ln in existing.lines:
                product = LineProduct(ln.product_id, ln.product_name, ln.unit, ln.grade_price, ln.cost_price)
                self.table.add_line(product, ln.quantity, ln.unit_price, ln.discount_pct)
        else:
            self.header.set_values({"valid_until": date.today() + timedelta(VALID_DAYS)}, defaults=True)
            self.find_customers(select_id=customer_id)
        self._update_totals()
        if (
            existing is not None and not existing.can_edit
        ):  # issued, awaiting approval, or outside my edit scope
            for widget in (self.customer_search, self.customer, self.table, self.add_button,
                           self.remove_button):  # fmt: skip
                widget.setEnabled(False)
            self.header.set_read_only(True)
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(False)

    def _with_error(self, item: QWidget | QHBoxLayout, field: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        if isinstance(item, QWidget):
            column.addWidget(item)
        else:
            column.addLayout(item)
        column.addWidget(self.errors.label_for(field))
        return box

    # ----- customer ----------------------------------------------------------------------------------------
    def find_customers(self, select_id: int | None = None) -> None:
        text, service = self.customer_search.text(), self.services.quotes
        run_in_background(lambda: service.find_customers(text), lambda rows: self._customers_found(rows, select_id),
                          lambda e: show_error(self, e), receiver=self)  # fmt: skip

    def _customers_found(self, rows: list[CustomerChoice], select_id: int | None) -> None:
        current = select_id if select_id is not None else self.customer_id()
        self.customer.blockSignals(True)
        self.customer.clear()
        for row in rows:
            self.grades[row.id] = row.grade_id
            self.customer.addItem(row.name, row.id)
        index = self.customer.findData(current) if current is not None else -1
        self.customer.setCurrentIndex(max(index, 0) if rows else -1)
        self.customer.blockSignals(False)
        self._customer_changed()

    def customer_id(self) -> int | None:
        data = self.customer.currentData()
        return data if isinstance(data, int) else None

    def grade_id(self) -> int | None:
        customer = self.customer_id()
        return self.grades.get(customer) if customer is not None else None

    def _customer_changed(self) -> None:
        """Re-price the lines at the new customer's grade (a unit price left at the old grade price follows)."""
        customer, products = self.customer_id(), list(self.table.products)
        if customer is None or not products:
            return
        service = self.services.quotes

        def load() -> list[PriceInfo]:
            return [service.price(customer, p.product_id) for p in products]

        run_in_background(load, self._repriced, lambda e: show_error(self, e), receiver=self)

    def _repriced(self, infos: list[PriceInfo]) -> None:
        for row, info in enumerate(infos):
            if row >= len(self.table.products) or self.table.products[row].product_id != info.product_id:
                return
            product = self.table.products[row]
            price_item = self.table.item(row, 4)
            if price_item is not None and price_item.text() == f"{product.grade_price:.2f}":
                price_item.setText(f"{info.grade_price:.2f}")
            product.grade_price, product.cost_price = info.grade_price, info.cost_price
            grade_item = self.table.item(row, 2)
            if grade_item is not None:
                grade_item.setText(money(info.grade_price))
            self.table._recompute(row)
        self._update_totals()

    # ----- lines -------------------------------------------------------------------------------------------
    def add_products(self) -> None:
        picker = ProductPickerDialog(self.workspace, self.grade_id(), self, multi=True)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        for p in picker.selected_products:
            self.add_product(LineProduct(p.id, p.name, p.unit or None, p.price, p.cost_price))

    def add_product(self, product: LineProduct) -> None:
        self.table.add_line(product)
        self._update_totals()

    def _update_totals(self) -> None:
        total, flagged = self.table.totals()
        self.totals.setText(self.tr("Total: %1").replace("%1", money(total)))
        if flagged:
            self.approval_note.setText(
                self.tr("%n line(s) below cost or below the grade price: the quote needs your superior's "
                        "approval before it can be issued.", "", flagged)
            )  # fmt: skip
        else:
            self.approval_note.clear()
        self.approval_note.setVisible(bool(flagged))

    # ----- saving ------------------------------------------------------------------------------------------
    def data(self) -> QuoteInput:
        values = self.header.values()
        opportunity = self.existing.opportunity_id if self.existing else None
        return QuoteInput(self.customer_id(), self.table.lines(), title=values.get("title"),
                          valid_until=as_date(values.get("valid_until")), opportunity_id=opportunity,
                          remark=values.get("remark"), extra=self.header.custom_values())  # fmt: skip

    def save(self) -> None:
        if self.saving:
            return
        self.errors.clear()
        self.header.clear_errors()
        problem = self.table.first_error()
        if problem:
            self.lines_error.setText(problem)
            self.lines_error.show()
            return
        data, service, existing = self.data(), self.services.quotes, self.existing

        def work() -> int:
            if existing is None:
                return service.create(data)
            service.update(existing.id, existing.version, data)
            return existing.id

        self.saving = True
        self.buttons.setEnabled(False)
        run_in_background(work, self._saved, self._failed, receiver=self)

    def _saved(self, quote_id: int) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.saved_id = quote_id
        app_signals().records_changed.emit("quote", [quote_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            in_header = set(self.header.show_errors(error))
            unplaced = [key for key in self.errors.show(error) if key in in_header]
            self.table.show_errors(error)
            if any(not key.startswith("line.") for key in unplaced):
                show_error(self, error)
            elif self.table.first_error():
                self.lines_error.setText(self.table.first_error() or "")
                self.lines_error.show()
            return
        show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.existing is None:
            self.setWindowTitle(self.tr("New quote"))
        else:
            self.setWindowTitle(self.tr("Quote %1").replace("%1", self.existing.number))
        self.customer_label.setText(self.tr("Customer"))
        self.customer_search.setPlaceholderText(self.tr("Type part of the name, press Enter"))
        self.add_button.setText(self.tr("Add products…"))
        self.remove_button.setText(self.tr("Remove line"))
        self._update_totals()
