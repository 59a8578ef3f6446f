"""The customer form: every editable field of a customer, with its error message beside it.

Two columns when there is room, one when there is not. The form never talks to the database: the detail view
loads it with `set_input`, reads it with `input()` and hands it service errors with `show_errors`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import KINDS, CustomerInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.errors import FieldErrors, error_text
from crm_desktop.ui.modules.customers.common import field_cell, named, set_label_text
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo

LEFT_FIELDS = (
    "name",
    "short_name",
    "kind",
    "type_id",
    "grade_id",
    "industry_id",
    "region_id",
    "source_id",
)
RIGHT_FIELDS = ("phone", "mobile", "email", "website", "address", "postcode")
TEXT_FIELDS = ("needs", "notes")
FIELD_ORDER = LEFT_FIELDS + RIGHT_FIELDS + TEXT_FIELDS
REQUIRED = frozenset({"name"})
LINE_FIELDS = ("name", "short_name", *RIGHT_FIELDS)
CODE_FIELDS = {
    "type_id": "customer_type",
    "grade_id": "customer_grade",
    "industry_id": "industry",
    "source_id": "source",
}


class CustomerForm(QWidget):
    """Fields of one customer. `changed` fires on every edit by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_form")
        self.errors = FieldErrors()
        self._extra: dict[str, object] = {}
        self._editable = True
        self._loading = False
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

        self.message_label = named(QLabel(), "form_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.message_label.hide()

        char = self.fontMetrics().horizontalAdvance("中")
        for name in LINE_FIELDS:
            edit = QLineEdit()
            edit.setClearButtonEnabled(False)
            edit.textEdited.connect(self._edited)
            self.fields[name] = edit
        self.kind_combo = QComboBox()
        for key in KINDS:
            self.kind_combo.addItem("", key)
        self.kind_combo.activated.connect(self._edited)
        self.fields["kind"] = self.kind_combo
        for name in CODE_FIELDS:
            combo = CodeCombo()
            combo.activated.connect(self._edited)
            self.fields[name] = combo
        self.region_combo = CodeCombo()
        self.region_combo.setMinimumContentsLength(12)
        self.region_combo.activated.connect(self._edited)
        self.fields["region_id"] = self.region_combo
        for name in TEXT_FIELDS:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            text.textChanged.connect(self._edited)
            self.fields[name] = text
        for name, widget in self.fields.items():
            widget.setObjectName(f"field_{name}")
            if not isinstance(widget, QPlainTextEdit):
                widget.setMinimumWidth(char * 11)

        self.left = QWidget()
        self.right = QWidget()
        self.bottom = QWidget()
        forms = [self._form(self.left, LEFT_FIELDS), self._form(self.right, RIGHT_FIELDS)]
        forms.append(self._form(self.bottom, TEXT_FIELDS))
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(self.left, 1)
        self.columns.addWidget(self.right, 1)
        spacing = self.style().layoutSpacing(
            QSizePolicy.ControlType.DefaultType,
            QSizePolicy.ControlType.DefaultType,
            Qt.Orientation.Horizontal,
        )
        self.columns.setSpacing(max(spacing, 6) * 3)

        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(self.columns)
        layout.addWidget(self.bottom)
        layout.addStretch(1)

        previous: QWidget | None = None
        for name in FIELD_ORDER:
            widget = self.fields[name]
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget

        self.retranslate_ui()

    def _form(self, host: QWidget, names: tuple[str, ...]) -> QFormLayout:
        form = QFormLayout(host)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name in names:
            label = named(QLabel(), f"label_{name}")
            label.setBuddy(self.fields[name])
            self.labels[name] = label
            form.addRow(label, field_cell(self.fields[name], self.errors.label_for(name)))
        return form

    # ----- layout ------------------------------------------------------------------------------------------
    def two_column_width(self) -> int:
        """The width below which the columns stack."""
        margins = self.main_layout.contentsMargins()
        return (
            self.left.minimumSizeHint().width()
            + self.right.minimumSizeHint().width()
            + self.columns.spacing()
            + margins.left()
            + margins.right()
        )

    def fit_width(self, width: int) -> None:
        """Choose one or two columns for the width available (the scroll area calls this on resize)."""
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= self.two_column_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def is_two_columns(self) -> bool:
        return self.columns.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.is_two_columns():  # widening may make room; narrowing is the scroll area's call
            self.fit_width(event.size().width())

    # ----- data --------------------------------------------------------------------------------------------
    def set_code_book(self, book: CodeBook) -> None:
        for name, category in CODE_FIELDS.items():
            self._combo(name).set_items(book.combo_items(category))
        self.region_combo.set_items(book.city_items())

    def set_input(self, data: CustomerInput) -> None:
        """Show `data`; clears the error messages."""
        self._loading = True
        try:
            for name in LINE_FIELDS:
                edit = self._line(name)
                edit.setText(getattr(data, name) or "")
                edit.setCursorPosition(0)  # show the start of a long value, not its tail
            index = self.kind_combo.findData(data.kind)
            self.kind_combo.setCurrentIndex(max(index, 0))
            for name in CODE_FIELDS:
                self._combo(name).set_value(getattr(data, name))
            self.region_combo.set_value(data.region_id)
            for name in TEXT_FIELDS:
                self._text(name).setPlainText(getattr(data, name) or "")
            self._extra = dict(data.extra)
        finally:
            self._loading = False
        self.clear_errors()

    def input(self) -> CustomerInput:
        """What the form holds now, exactly as typed (the service trims and checks it)."""
        values: dict[str, object] = {}
        for name in LINE_FIELDS:
            values[name] = self._line(name).text() or None
        values["name"] = self._line("name").text()
        values["kind"] = self.kind_combo.currentData() or KINDS[0]
        for name in CODE_FIELDS:
            values[name] = self._combo(name).value()
        values["region_id"] = self.region_combo.value()
        for name in TEXT_FIELDS:
            values[name] = self._text(name).toPlainText() or None
        return CustomerInput(**values, extra=dict(self._extra))  # type: ignore[arg-type]

    def clear(self) -> None:
        self.set_input(CustomerInput())

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)

    def is_editable(self) -> bool:
        return self._editable

    # ----- errors ------------------------------------------------------------------------------------------
    def show_errors(self, error: ValidationError) -> list[str]:
        """Put each message beside its field (the input stays as typed); returns fields with no place here."""
        unplaced = self.errors.show(error)
        self.message_label.setText(error_text(error))
        self.message_label.show()
        for name in FIELD_ORDER:
            if name in error.fields:
                self.fields[name].setFocus()
                break
        return unplaced

    def clear_errors(self) -> None:
        self.errors.clear()
        self.message_label.clear()
        self.message_label.hide()

    def error_text(self, field: str) -> str:
        return self.errors.text(field)

    # ----- helpers -----------------------------------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _line(self, name: str) -> QLineEdit:
        widget = self.fields[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def _combo(self, name: str) -> CodeCombo:
        widget = self.fields[name]
        assert isinstance(widget, CodeCombo)
        return widget

    def _text(self, name: str) -> QPlainTextEdit:
        widget = self.fields[name]
        assert isinstance(widget, QPlainTextEdit)
        return widget

    # ----- texts -------------------------------------------------------------------------------------------
    def _label_texts(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "short_name": self.tr("Short name"),
            "kind": self.tr("Kind"),
            "type_id": self.tr("Type"),
            "grade_id": self.tr("Grade"),
            "industry_id": self.tr("Industry"),
            "region_id": self.tr("Region"),
            "source_id": self.tr("Source"),
            "phone": self.tr("Phone"),
            "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "address": self.tr("Address"),
            "postcode": self.tr("Postcode"),
            "needs": self.tr("Needs"),
            "notes": self.tr("Notes"),
        }

    def retranslate_ui(self) -> None:
        for name, text in self._label_texts().items():
            set_label_text(self.labels[name], text, required=name in REQUIRED)
        kinds: dict[str, Callable[[], str]] = {
            "enterprise": lambda: self.tr("Enterprise"),
            "individual": lambda: self.tr("Individual"),
        }
        for index in range(self.kind_combo.count()):
            key = self.kind_combo.itemData(index)
            self.kind_combo.setItemText(index, kinds[key]() if key in kinds else str(key))
        none = self.tr("(none)")
        for name in CODE_FIELDS:
            self._combo(name).set_none_text(none)
        self.region_combo.set_none_text(none)
        self._line("name").setPlaceholderText(self.tr("Company or person name"))
        self._line("email").setPlaceholderText(self.tr("name@example.com"))
        self._line("website").setPlaceholderText(self.tr("www.example.com"))
        self._text("needs").setPlaceholderText(self.tr("What the customer is looking for"))
        self._align_labels()

    def _align_labels(self) -> None:
        """The same label width in every column, so the fields line up."""
        for label in self.labels.values():
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in self.labels.values())
        for label in self.labels.values():
            label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
