"""The opportunity editor: customer, stage, probability (defaults from the stage), amount, expected close,
products with quantity and price, competitors and team members; a lost reason when the stage is lost."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.services.opportunities import (
    Choice,
    OpportunityDTO,
    OpportunityInput,
    OpportunityService,
    ProductLineInput,
    StageDTO,
)
from crm_desktop.ui.errors import FieldErrors, error_text
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.opportunities.common import money
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named

MAX_MONEY = 999_999_999_999.99


def money_box(name: str) -> QDoubleSpinBox:
    box = named(QDoubleSpinBox(), name)
    box.setDecimals(2)
    box.setRange(0, MAX_MONEY)
    box.setGroupSeparatorShown(True)
    box.setMinimumWidth(140)
    return box


def to_decimal(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


class OpportunityDialog(QDialog):
    """New (record None) or edit. Reference data is passed in so the dialog opens without waiting."""

    def __init__(
        self,
        service: OpportunityService,
        stages: list[StageDTO],
        loss_reasons: list[CodeDTO],
        record: OpportunityDTO | None = None,
        *,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("opportunity_dialog")
        self.service = service
        self.stages = stages
        self.record = record
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.products = service.product_choices()
        self.users = service.user_choices()

        self.customer_search = named(QLineEdit(), "customer_search")
        self.customer = named(QComboBox(), "customer")
        self.customer.setMinimumWidth(280)
        self.find_customer = named(QPushButton(), "find_customer")
        self.find_customer.clicked.connect(self._find_customers)
        self.customer_search.returnPressed.connect(self._find_customers)
        self.name = named(QLineEdit(), "name")
        self.stage = named(QComboBox(), "stage")
        for s in stages:
            self.stage.addItem(s.label(current_language()), s.id)
        self.probability = named(QSpinBox(), "probability")
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.amount = money_box("amount")
        self.sum_products = named(QPushButton(), "sum_products")
        self.sum_products.clicked.connect(self._fill_amount)
        self.has_close = named(QCheckBox(), "has_close")
        self.expected_close = named(QDateEdit(), "expected_close")
        self.expected_close.setCalendarPopup(True)
        self.expected_close.setDate(QDate.currentDate().addMonths(1))
        self.has_close.toggled.connect(self.expected_close.setEnabled)
        self.has_close.setChecked(True)
        self.lost_reason_code = named(QComboBox(), "lost_reason_code")
        self.lost_reason_code.addItem("", None)
        for code in loss_reasons:
            self.lost_reason_code.addItem(code.label(current_language()), code.id)
        self.lost_reason = named(QLineEdit(), "lost_reason")
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(70)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        form = QFormLayout()
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self._labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget, error_field: str | None = None) -> None:
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            if error_field:
                box.addWidget(self.errors.label_for(error_field))
            self._labels[key] = QLabel()
            form.addRow(self._labels[key], box)

        find_row = QWidget()
        find_layout = QHBoxLayout(find_row)
        find_layout.setContentsMargins(0, 0, 0, 0)
        find_layout.addWidget(self.customer_search, 1)
        find_layout.addWidget(self.find_customer)
        row("find", find_row)
        row("customer", self.customer, "customer_id")
        row("name", self.name, "name")
        row("stage", self.stage, "stage_id")
        row("probability", self.probability, "probability")
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount, 1)
        amount_layout.addWidget(self.sum_products)
        row("amount", amount_row, "amount")
        close_row = QWidget()
        close_layout = QHBoxLayout(close_row)
        close_layout.setContentsMargins(0, 0, 0, 0)
        close_layout.addWidget(self.has_close)
        close_layout.addWidget(self.expected_close, 1)
        row("expected_close", close_row)
        row("lost_code", self.lost_reason_code)
        row("lost_reason", self.lost_reason, "lost_reason")
        row("notes", self.notes)
        self._form = form

        # Products: product, quantity, unit price (defaults to the product's price), line amount.
        self.line_product = named(QComboBox(), "line_product")
        for p in self.products:
            self.line_product.addItem(p.label, p.id)
        self.line_quantity = named(QDoubleSpinBox(), "line_quantity")
        self.line_quantity.setDecimals(3)
        self.line_quantity.setRange(0.001, 1_000_000_000)
        self.line_quantity.setValue(1)
        self.line_price = money_box("line_price")
        self.line_product.currentIndexChanged.connect(self._product_picked)
        self.add_line = named(QPushButton(), "add_line")
        self.add_line.clicked.connect(self._add_line)
        self.remove_line = named(QPushButton(), "remove_line")
        self.remove_line.clicked.connect(self._remove_line)
        self.lines = named(QTableWidget(0, 4), "lines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        products_tab = QWidget()
        products_layout = QVBoxLayout(products_tab)
        picker = QHBoxLayout()
        picker.addWidget(self.line_product, 1)
        picker.addWidget(self.line_quantity)
        picker.addWidget(self.line_price)
        picker.addWidget(self.add_line)
        picker.addWidget(self.remove_line)
        products_layout.addLayout(picker)
        products_layout.addWidget(self.lines)
        products_layout.addWidget(self.errors.label_for("products"))

        self.competitors = named(QListWidget(), "competitors")
        for c in service.competitor_choices():
            item = QListWidgetItem(c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.competitors.addItem(item)
        self.members = named(QListWidget(), "members")
        for u in self.users:
            item = QListWidgetItem(f"{u.label} ({u.detail})")
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)

        self.tabs = named(QTabWidget(), "opportunity_tabs")
        self.tabs.addTab(general, "")
        self.tabs.addTab(products_tab, "")
        self.tabs.addTab(self.competitors, "")
        self.tabs.addTab(self.members, "")
        self.message = named(QLabel(), "form_message")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._fill(record, customer_id)
        self._product_picked()
        self.customer.currentIndexChanged.connect(self._product_picked)
        self.retranslate_ui()
        self.resize(620, 560)

    # ----- filling -----------------------------------------------------------------------------------------
    def _fill(self, record: OpportunityDTO | None, customer_id: int | None) -> None:
        self._set_customers(self.service.customer_choices(), record.customer_id if record else customer_id)
        if record is None:
            self._stage_changed()
            return
        if self.customer.findData(record.customer_id) < 0:
            self.customer.addItem(record.customer_name, record.customer_id)
            self.customer.setCurrentIndex(self.customer.count() - 1)
        self.name.setText(record.name)
        self.stage.blockSignals(True)
        self.stage.setCurrentIndex(max(0, self.stage.findData(record.stage_id)))
        self.stage.blockSignals(False)
        self.probability.setValue(record.probability)
        self.amount.setValue(float(record.amount))
        self.has_close.setChecked(record.expected_close is not None)
        if record.expected_close is not None:
            d = record.expected_close
            self.expected_close.setDate(QDate(d.year, d.month, d.day))
        self.lost_reason_code.setCurrentIndex(max(0, self.lost_reason_code.findData(record.lost_reason_id)))
        self.lost_reason.setText(record.lost_reason or "")
        self.notes.setPlainText(record.notes or "")
        for line in record.products:
            self._append_line(
                line.product_id, f"{line.product_code} {line.product_name}", line.quantity, line.unit_price
            )
        for i in range(self.competitors.count()):
            item = self.competitors.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in record.competitor_ids:
                item.setCheckState(Qt.CheckState.Checked)
        member_ids = {m.user_id for m in record.members}
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in member_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self._show_lost_fields()

    def _set_customers(self, choices: list[Choice], selected: int | None) -> None:
        self.customer.clear()
        for c in choices:
            self.customer.addItem(c.label, c.id)
        if selected is not None:
            self.customer.setCurrentIndex(self.customer.findData(selected))

    def _find_customers(self) -> None:
        current = self.customer.currentData()
        self._set_customers(self.service.customer_choices(self.customer_search.text()), current)
        if self.customer.currentIndex() < 0 and self.customer.count():
            self.customer.setCurrentIndex(0)

    def _current_stage(self) -> StageDTO | None:
        stage_id = self.stage.currentData()
        return next((s for s in self.stages if s.id == stage_id), None)

    def _stage_changed(self) -> None:
        stage = self._current_stage()
        if stage is not None:
            self.probability.setValue(stage.probability)
        self._show_lost_fields()

    def _show_lost_fields(self) -> None:
        stage = self._current_stage()
        lost = stage is not None and stage.outcome == "lost"
        for key, widget in (("lost_code", self.lost_reason_code), ("lost_reason", self.lost_reason)):
            self._form.setRowVisible(self._labels[key], lost)
            widget.setEnabled(lost)

    def _product_picked(self) -> None:
        """Default the line price to what this customer pays (grade price, else list price)."""
        product_id = self.line_product.currentData()
        if product_id is None:
            return
        try:
            price = self.service.unit_price(product_id, self.customer.currentData())
        except ServiceError:
            return
        self.line_price.setValue(float(price))

    def _append_line(self, product_id: int, label: str, quantity: Decimal, price: Decimal) -> None:
        r = self.lines.rowCount()
        self.lines.insertRow(r)
        item = QTableWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, product_id)
        self.lines.setItem(r, 0, item)
        for col, value in ((1, f"{quantity:g}"), (2, money(price)), (3, money(quantity * price))):
            cell = QTableWidgetItem(value)
            cell.setData(Qt.ItemDataRole.UserRole, str(quantity if col == 1 else price))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(r, col, cell)

    def _add_line(self) -> None:
        if self.line_product.currentIndex() < 0:
            return
        quantity = Decimal(str(round(self.line_quantity.value(), 3)))
        self._append_line(
            self.line_product.currentData(),
            self.line_product.currentText(),
            quantity,
            to_decimal(self.line_price.value()),
        )

    def _remove_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True)
        for r in rows:
            self.lines.removeRow(r)

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        assert item is not None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def _line_inputs(self) -> tuple[ProductLineInput, ...]:
        return tuple(
            ProductLineInput(int(self._cell(r, 0)), Decimal(self._cell(r, 1)), Decimal(self._cell(r, 2)))
            for r in range(self.lines.rowCount())
        )

    def _fill_amount(self) -> None:
        total = sum((line.quantity * line.unit_price for line in self._line_inputs()), Decimal("0"))
        self.amount.setValue(float(total))

    # ----- saving ------------------------------------------------------------------------------------------
    def collect(self) -> OpportunityInput:
        def checked(widget: QListWidget) -> list[int]:
            return [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]

        close: date | None = self.expected_close.date().toPython() if self.has_close.isChecked() else None  # type: ignore[assignment]
        return OpportunityInput(
            customer_id=self.customer.currentData(),
            name=self.name.text(),
            stage_id=self.stage.currentData(),
            probability=self.probability.value(),
            amount=to_decimal(self.amount.value()),
            expected_close=close,
            notes=self.notes.toPlainText(),
            lost_reason_id=self.lost_reason_code.currentData(),
            lost_reason=self.lost_reason.text(),
            products=self._line_inputs(),
            competitor_ids=tuple(checked(self.competitors)),
            members=tuple((user_id, None) for user_id in checked(self.members)),
            extra=dict(self.record.extra) if self.record else {},
        )

    def save(self) -> None:
        self.errors.clear()
        self.message.hide()
        data = self.collect()
        try:
            if self.record is None:
                self.saved_id = self.service.create(data)
            else:
                self.service.update(self.record.id, self.record.version, data)
                self.saved_id = self.record.id
        except ValidationError as error:
            self.errors.show(error)
            self.message.setText(error_text(error))
            self.message.show()
            if set(error.fields) == {"products"}:
                self.tabs.setCurrentIndex(1)
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        app_signals().records_changed.emit("opportunity", [self.saved_id])
        self.accept()

    # ----- language ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New opportunity") if self.record is None else self.tr("Edit opportunity")
        )
        texts = {
            "find": self.tr("Find customer"),
            "customer": self.tr("Customer"),
            "name": self.tr("Opportunity name"),
            "stage": self.tr("Stage"),
            "probability": self.tr("Probability"),
            "amount": self.tr("Amount"),
            "expected_close": self.tr("Expected close"),
            "lost_code": self.tr("Lost reason"),
            "lost_reason": self.tr("Details"),
            "notes": self.tr("Notes"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.customer_search.setPlaceholderText(self.tr("Part of the customer name"))
        self.find_customer.setText(self.tr("Find"))
        self.sum_products.setText(self.tr("Sum of products"))
        self.has_close.setText(self.tr("Date:"))
        self.add_line.setText(self.tr("Add"))
        self.remove_line.setText(self.tr("Remove"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Amount")]
        )
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Products"))
        self.tabs.setTabText(2, self.tr("Competitors"))
        self.tabs.setTabText(3, self.tr("Team members"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
