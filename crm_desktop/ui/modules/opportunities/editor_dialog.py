"""The opportunity editor: the customer (a related record, picked by search), the header fields rendered from the
opportunity entry form of the user's station (name, stage, probability defaulting from the stage, amount, expected
close, lost reason, notes and custom fields), products with quantity and price, competitors and team members."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.editors import ChoiceItem
from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.services.opportunities import (
    ENTITY,
    LOSS_CATEGORY,
    STAGE_CATEGORY,
    Choice,
    OpportunityDTO,
    OpportunityInput,
    OpportunityService,
    ProductLineInput,
    StageDTO,
)
from crm_desktop.ui.errors import FieldErrors, error_text, translate_error
from crm_desktop.ui.form_definitions import BookLookups, FormDefinition, base_form, input_from_values
from crm_desktop.ui.form_source import FormSource
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.opportunities.common import money
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.widgets.naming import named

_W = TypeVar("_W", bound=QWidget)
# Header fields of the record shown by the rendered form (the customer and related records are not form fields).
HEADER_FIELDS = ("name", "stage_id", "probability", "amount", "expected_close", "lost_reason_id", "lost_reason",
                 "notes")  # fmt: skip

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


def _amount(value: object) -> Decimal | None:
    """The amount as typed: None (empty: the service sums the lines), or a number (-1 when it is none)."""
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal("-1")


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
        forms: FormSource | None = None,
    ) -> None:
        """`forms` (the page's FormSource) gives the station's opportunity form and its changes while open;
        without one, the shipped layout."""
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
        self.definition = (
            forms.definition if forms is not None else base_form(ENTITY, service.user.station_code)
        )
        self._codes: dict[str, tuple[ChoiceItem, ...]] = {
            STAGE_CATEGORY: tuple((s.id, s.name, s.name_en) for s in stages),
            LOSS_CATEGORY: tuple((c.id, c.name, c.name_en) for c in loss_reasons),
        }
        self.renderer = FormRenderer(
            self.definition.layout, self.definition.fields, self._lookups(), current_language()
        )
        self.renderer.changed.connect(self._edited)
        self.fields: dict[str, QWidget] = self.renderer.fields  # key -> input widget ("field_<key>")
        self._stage_id: int | None = None
        if forms is not None:
            forms.changed.connect(self.set_definition)
            self.finished.connect(lambda _result: forms.changed.disconnect(self.set_definition))

        general = QWidget()
        general_layout = QVBoxLayout(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        general_layout.addLayout(form)
        general_layout.addWidget(self.renderer, 1)
        self._labels: dict[str, QLabel] = {}
        find_row = QWidget()
        find_layout = QHBoxLayout(find_row)
        find_layout.setContentsMargins(0, 0, 0, 0)
        find_layout.addWidget(self.customer_search, 1)
        find_layout.addWidget(self.find_customer)
        customer_box = QVBoxLayout()
        customer_box.setContentsMargins(0, 0, 0, 0)
        customer_box.addWidget(self.customer)
        customer_box.addWidget(self.errors.label_for("customer_id"))
        for key, field in (("find", find_row), ("customer", customer_box)):
            self._labels[key] = QLabel()
            form.addRow(self._labels[key], field)

        # Products: product, quantity, unit price (defaults to the product's price), line amount.
        self.sum_products = named(QPushButton(), "sum_products")  # the lines' total as the amount
        self.sum_products.clicked.connect(self._fill_amount)
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
        picker.addWidget(self.sum_products)
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

        self._fill(record, customer_id)
        self._hook_stage()
        self._product_picked()
        self.customer.currentIndexChanged.connect(self._product_picked)
        self.retranslate_ui()
        self.resize(680, 600)

    # ----- filling -----------------------------------------------------------------------------------------
    def _fill(self, record: OpportunityDTO | None, customer_id: int | None) -> None:
        self._set_customers(self.service.customer_choices(), record.customer_id if record else customer_id)
        if record is None:
            stage = self.stages[0] if self.stages else None
            self.renderer.set_values(
                {
                    "stage_id": stage.id if stage else None,
                    "probability": stage.probability if stage else None,
                },
                defaults=True,
            )
            self._stage_changed()
            return
        if self.customer.findData(record.customer_id) < 0:
            self.customer.addItem(record.customer_name, record.customer_id)
            self.customer.setCurrentIndex(self.customer.count() - 1)
        values = {key: getattr(record, key) for key in HEADER_FIELDS}
        values["expected_close"] = record.expected_close.isoformat() if record.expected_close else None
        values["amount"] = str(record.amount)
        self.renderer.set_values({**record.extra, **values})
        self._stage_id = record.stage_id
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

    # ----- the rendered header -----------------------------------------------------------------------------
    def _lookups(self) -> BookLookups:
        return BookLookups(CodeBook(), self.definition.users, {**self.definition.codes, **self._codes})

    def set_definition(self, definition: FormDefinition) -> None:
        """Show another form definition; what the user typed stays."""
        if definition == self.definition:
            return
        self.definition = definition
        self.renderer.set_lookups(self._lookups())
        self.renderer.set_definition(definition.layout, definition.fields)
        self._hook_stage()
        self._show_lost_fields()

    def _editor_widget(self, key: str, kind: type[_W]) -> _W:
        widget = self.renderer.fields[key]
        assert isinstance(widget, kind), key
        return widget

    # The header fields most used by code and tests, by name (they are on the shipped form).
    @property
    def name(self) -> QLineEdit:
        return self._editor_widget("name", QLineEdit)

    @property
    def stage(self) -> QComboBox:
        return self._editor_widget("stage_id", QComboBox)

    @property
    def probability(self) -> QLineEdit:
        return self._editor_widget("probability", QLineEdit)

    @property
    def lost_reason(self) -> QLineEdit:
        return self._editor_widget("lost_reason", QLineEdit)

    def _hook_stage(self) -> None:
        """Follow the stage combo (picked by the user or set by code); again after each rebuild."""
        combo = self.renderer.fields.get("stage_id")
        if isinstance(combo, QComboBox):
            combo.currentIndexChanged.connect(self._edited)

    def _edited(self) -> None:
        stage_id = self.renderer.values().get("stage_id")
        if stage_id != self._stage_id:
            self._stage_changed()

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
        stage_id = self.renderer.values().get("stage_id")
        return next((s for s in self.stages if s.id == stage_id), None)

    def _stage_changed(self) -> None:
        """A new stage: its default probability; the lost reason only for a lost stage."""
        stage = self._current_stage()
        self._stage_id = stage.id if stage is not None else None
        if stage is not None and "probability" in self.renderer.editors:
            self.renderer.editors["probability"].set_value(stage.probability)
        self._show_lost_fields()

    def _show_lost_fields(self) -> None:
        stage = self._current_stage()
        lost = stage is not None and stage.outcome == "lost"
        for key in ("lost_reason_id", "lost_reason"):
            if key in self.renderer.fields:
                self.renderer.fields[key].setEnabled(lost)

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
        if "amount" in self.renderer.editors:
            self.renderer.editors["amount"].set_value(str(total.quantize(Decimal("0.01"))))
            self.tabs.setCurrentIndex(0)

    # ----- saving ------------------------------------------------------------------------------------------
    def collect(self) -> OpportunityInput:
        def checked(widget: QListWidget) -> list[int]:
            return [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]

        values = self.renderer.values()
        values["name"] = values.get("name") or ""
        probability, amount = values.pop("probability", None), values.pop("amount", None)
        if probability is not None and not isinstance(probability, int):
            probability = -1  # not a number: the service says what is wrong
        data = input_from_values(OpportunityInput, values, self.definition.fields)
        return replace(
            data,
            customer_id=self.customer.currentData(),
            probability=probability,
            amount=_amount(amount),
            products=self._line_inputs(),
            competitor_ids=tuple(checked(self.competitors)),
            members=tuple((user_id, None) for user_id in checked(self.members)),
        )

    def save(self) -> None:
        self.errors.clear()
        self.renderer.clear_errors()
        self.message.hide()
        data = self.collect()
        try:
            if self.record is None:
                self.saved_id = self.service.create(data)
            else:
                self.service.update(self.record.id, self.record.version, data)
                self.saved_id = self.record.id
        except ValidationError as error:
            messages = {k: translate_error(m, error.field_params.get(k)) for k, m in error.fields.items()}
            unplaced = set(self.renderer.show_errors(messages))
            self.errors.show(ValidationError({k: m for k, m in error.fields.items() if k in unplaced},
                                             error.field_params))  # fmt: skip
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
        self._labels["find"].setText(self.tr("Find customer"))
        self._labels["customer"].setText(self.tr("Customer"))
        self.renderer.set_locale(current_language())
        self.customer_search.setPlaceholderText(self.tr("Part of the customer name"))
        self.find_customer.setText(self.tr("Find"))
        self.sum_products.setText(self.tr("Use the total as the amount"))
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
