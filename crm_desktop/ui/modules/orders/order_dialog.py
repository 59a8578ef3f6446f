"""New sales order: for a customer from the archive, or copied from a signed contract or an accepted quote by its
number; lines from the product picker; a payment plan of instalments that must add up to the total. Given an
existing order, the same editor changes its lines, plan, date and notes (while no money has arrived)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_search import CustomerQuery
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.order_edit import draft_of
from crm_desktop.services.order_state import money as round_money
from crm_desktop.services.orders import InstalmentInput, OrderDetail, OrderInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.document_header import DocumentHeader, as_date
from crm_desktop.ui.errors import FieldErrors, error_text
from crm_desktop.ui.modules.orders.background_jobs import BackgroundJobs
from crm_desktop.ui.modules.orders.common import ENTITY, RowLabels, Services, money, parse_decimal
from crm_desktop.ui.modules.orders.dialog_widgets import dialog_buttons, message_label
from crm_desktop.ui.modules.orders.line_table import LineTable
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named


def split_evenly(total: Decimal, count: int, first_due: date, days: int = 30) -> list[tuple[date, Decimal]]:
    """`count` instalments a month apart; the last one takes the rounding rest."""
    count = max(count, 1)
    part = round_money(total / count)
    out = [(first_due + timedelta(days=days * i), part) for i in range(count - 1)]
    out.append((first_due + timedelta(days=days * (count - 1)), total - part * (count - 1)))
    return out


class OrderDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        services: Services,
        parent: QWidget | None = None,
        editing: OrderDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("order_dialog")
        self.workspace = workspace
        self.services = services
        self.editing = editing  # the order being changed; None for a new order
        self.saved_id: int | None = None
        self.source: OrderInput | None = None
        self._grades: dict[int, int | None] = {}
        self.jobs = BackgroundJobs(self, self._failed)
        self.errors = FieldErrors()
        self.row_labels = RowLabels()

        self.source_number = named(QLineEdit(self), "order_source_number")
        self.source_number.returnPressed.connect(self.load_source)
        self.load_button = named(QPushButton(self), "order_load_source")
        self.load_button.clicked.connect(self.load_source)
        self.customer_text = named(QLineEdit(self), "order_customer_text")
        self.customer_text.returnPressed.connect(self.search_customers)
        self.customer_choice = named(QComboBox(self), "order_customer_choice")
        self.customer_choice.setMinimumContentsLength(24)
        self.header = DocumentHeader(workspace, "order", self)  # order date, notes and custom fields
        self.header.set_values({"order_date": date.today()}, defaults=True)
        self.lines = LineTable(self)
        self.lines.total_changed.connect(self._total_changed)
        self.pick_button = named(QPushButton(self), "order_pick_product")
        self.pick_button.clicked.connect(self.pick_products)
        self.remove_button = named(QPushButton(self), "order_remove_line")
        self.remove_button.clicked.connect(self.lines.remove_selected)
        self.total_label = named(QLabel(self), "order_total")
        self.plan = named(QTableWidget(0, 2, self), "order_plan")
        self.plan.verticalHeader().setVisible(False)
        self.plan.horizontalHeader().setStretchLastSection(True)
        self.plan.setMinimumHeight(110)
        self.plan.setColumnWidth(0, 200)
        self.split_count = named(QSpinBox(self), "order_split_count")
        self.split_count.setRange(1, 24)
        self.split_button = named(QPushButton(self), "order_split")
        self.split_button.clicked.connect(self.split_plan)
        self.message = message_label(self, "order_message")

        self.form = QFormLayout()
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_number, 1)
        source_row.addWidget(self.load_button)
        self.row_labels.add(self.form, "source", source_row)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_text, 1)
        customer_row.addWidget(self.customer_choice, 1)
        self.row_labels.add(self.form, "customer", customer_row)
        self.row_labels.add(self.form, "customer_err", self.errors.label_for("customer_id"))
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.pick_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.total_label)
        plan_buttons = QHBoxLayout()
        self.plan_label = QLabel(self)
        plan_buttons.addWidget(self.plan_label)
        plan_buttons.addStretch(1)
        plan_buttons.addWidget(self.split_count)
        plan_buttons.addWidget(self.split_button)
        self.buttons = dialog_buttons(self, self.save, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.header)
        layout.addLayout(line_buttons)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.errors.label_for("lines"))
        layout.addLayout(plan_buttons)
        layout.addWidget(self.plan, 1)
        layout.addWidget(self.errors.label_for("instalments"))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.retranslate_ui()
        self._total_changed(Decimal(0))
        if editing is not None:
            self._show_order(editing)

    def _show_order(self, order: OrderDetail) -> None:
        """Fill the editor with the order; the customer and the source document stay as they are."""
        draft = draft_of(order)
        self.form.setRowVisible(0, False)  # from document
        self.customer_text.hide()
        self.customer_choice.addItem(order.row.customer_name, order.row.customer_id)
        self.customer_choice.setEnabled(False)
        self.source = draft
        self.header.set_values({"order_date": order.row.order_date, "notes": order.notes, **order.extra})
        for ln in draft.lines:
            self.lines.add_line(ln.product_id, ln.description, ln.unit, Decimal(ln.quantity),
                                Decimal(ln.unit_price), Decimal(ln.discount_pct))  # fmt: skip
        self.set_plan([(i.due_date or date.today(), i.amount) for i in draft.instalments])

    def is_busy(self) -> bool:
        return self.jobs.busy()

    # ----- source document and customer -------------------------------------------------------------------
    def load_source(self) -> None:
        number = self.source_number.text().strip()
        if number:
            self.jobs.start(lambda: self.services.orders.draft_from_number(number), self._source_loaded)

    def _source_loaded(self, draft: OrderInput) -> None:
        self.source = draft
        self.message.hide()
        self.lines.clear_lines()
        for ln in draft.lines:
            self.lines.add_line(ln.product_id, ln.description, ln.unit, Decimal(ln.quantity),
                                Decimal(ln.unit_price), Decimal(ln.discount_pct))  # fmt: skip
        customers = self.workspace.customers
        customer_id = draft.customer_id
        assert customer_id is not None
        self.jobs.start(lambda: [customers.get(customer_id)], self._customers_found)

    def search_customers(self) -> None:
        text = self.customer_text.text().strip()
        if text:
            customers = self.workspace.customers
            self.jobs.start(
                lambda: customers.list_page(CustomerQuery(text=text), limit=15).rows, self._customers_found
            )

    def _customers_found(self, rows: list[Any]) -> None:
        self.customer_choice.clear()
        self._grades = {r.id: r.grade_id for r in rows}
        for r in rows:
            self.customer_choice.addItem(r.name, r.id)

    def pick_products(self) -> None:
        self.lines.pick_products(self.workspace, self._grades.get(self.customer_choice.currentData()), self)

    # ----- plan --------------------------------------------------------------------------------------------
    def _total_changed(self, total: object) -> None:
        assert isinstance(total, Decimal)
        self.total_label.setText(self.tr("Total: {total}").format(total=money(total)))

    def split_plan(self) -> None:
        start = self.order_date() or date.today()
        self.set_plan(split_evenly(self.lines.total(), self.split_count.value(), start))

    def order_date(self) -> date | None:
        return as_date(self.header.values().get("order_date"))

    def set_plan(self, items: list[tuple[date, Decimal]]) -> None:
        self.plan.setRowCount(len(items))
        for row, (due, amount) in enumerate(items):
            self.plan.setItem(row, 0, QTableWidgetItem(due.isoformat()))
            self.plan.setItem(row, 1, QTableWidgetItem(f"{amount:.2f}"))

    def plan_inputs(self) -> list[InstalmentInput]:
        out = []
        for row in range(self.plan.rowCount()):
            due_item, amount_item = self.plan.item(row, 0), self.plan.item(row, 1)
            try:
                due: date | None = date.fromisoformat(due_item.text().strip()) if due_item else None
            except ValueError:
                due = None
            amount = parse_decimal(amount_item.text()) if amount_item else None
            out.append(InstalmentInput(due, amount if amount is not None else Decimal(0)))
        return out

    # ----- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.is_busy():
            return
        self.errors.clear()
        self.header.clear_errors()
        self.message.hide()
        source = self.source
        data = OrderInput(
            customer_id=self.customer_choice.currentData(),
            order_date=self.order_date(),
            lines=self.lines.inputs(),
            instalments=self.plan_inputs(),
            notes=self.header.values().get("notes"),
            contract_id=source.contract_id if source else None,
            quote_id=source.quote_id if source else None,
            extra=self.header.custom_values(),
        )
        self.buttons.setEnabled(False)
        editing = self.editing
        if editing is not None:
            edits, order_id, version = self.services.order_edit, editing.row.id, editing.version
            self.jobs.start(lambda: edits.update(order_id, version, data), self._saved)
            return
        self.jobs.start(lambda: self.services.orders.create(data), self._saved)

    def _saved(self, order_id: int) -> None:
        self.saved_id = order_id
        app_signals().records_changed.emit(ENTITY, [order_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            in_header = set(self.header.show_errors(error))
            if not [key for key in self.errors.show(error) if key in in_header]:
                return
        self.message.setText(error_text(error))
        self.message.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.editing is not None:
            self.setWindowTitle(self.tr("Change order {number}").format(number=self.editing.row.number))
        else:
            self.setWindowTitle(self.tr("New sales order"))
        self.source_number.setPlaceholderText(self.tr("Number of a signed contract or an accepted quote"))
        self.load_button.setText(self.tr("Copy lines"))
        self.customer_text.setPlaceholderText(self.tr("Name, pinyin or phone, then Enter"))
        self.pick_button.setText(self.tr("Add products…"))
        self.remove_button.setText(self.tr("Remove line"))
        self.plan_label.setText(self.tr("Payment plan (empty: the whole total on the order date)"))
        self.split_button.setText(self.tr("Split evenly, monthly"))
        self.split_count.setPrefix(self.tr("Instalments: "))
        self.plan.setHorizontalHeaderLabels([self.tr("Due date (YYYY-MM-DD)"), self.tr("Amount")])
        self._total_changed(self.lines.total())
        self.row_labels.set_texts({"source": self.tr("From document"), "customer": self.tr("Customer")})
