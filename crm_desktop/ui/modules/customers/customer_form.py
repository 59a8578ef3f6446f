"""The customer form: rendered from the entry-form definition the user's station resolves (forms/qt/renderer).

Built-in fields map to CustomerInput's attributes, custom fields ("x_…") to its `extra`. The form never talks to
the database: the detail view loads it with `set_input`, reads it with `input()`, hands it service errors with
`show_errors`, and gives it a new definition with `set_definition` (what the user typed stays).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.customers import KINDS, CustomerInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.errors import error_text, translate_error
from crm_desktop.ui.form_definitions import (
    BookLookups,
    FormDefinition,
    base_form,
    input_from_values,
    input_values,
)
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.widgets.code_combo import CodeBook


class CustomerForm(QWidget):
    """Fields of one customer. `changed` fires on every edit by the user."""

    changed = Signal()

    def __init__(self, definition: FormDefinition | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_form")
        self.definition = definition or base_form("customer", None)
        self._book = CodeBook()
        self._editable = True

        self.message_label = named(QLabel(), "form_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.message_label.hide()
        self.renderer = FormRenderer(
            self.definition.layout, self.definition.fields, self._lookups(), current_language()
        )
        self.renderer.changed.connect(self.changed)
        self.fields: dict[str, QWidget] = self.renderer.fields  # key -> input widget, updated on rebuilds
        self.labels: dict[str, QLabel] = self.renderer.labels

        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.renderer)
        layout.addStretch(1)
        self.clear()

    def _lookups(self) -> BookLookups:
        return BookLookups(self._book, self.definition.users, self.definition.codes)

    # ----- definition --------------------------------------------------------------------------------------
    def set_definition(self, definition: FormDefinition) -> bool:
        """Use a new definition (kept input, kept messages); False when it is the one already shown."""
        if definition == self.definition:
            return False
        self.definition = definition
        self.renderer.set_lookups(self._lookups())
        self.renderer.set_definition(definition.layout, definition.fields)
        self.renderer.set_read_only(not self._editable)
        return True

    # ----- layout ------------------------------------------------------------------------------------------
    def two_column_width(self) -> int:
        """The width below which the columns stack."""
        margins = self.main_layout.contentsMargins()
        return self.renderer.wide_width() + margins.left() + margins.right()

    def fit_width(self, width: int) -> None:
        """Choose the defined columns or one column for the width available (the scroll area calls this)."""
        margins = self.main_layout.contentsMargins()
        self.renderer.fit_width(width - margins.left() - margins.right())

    def is_two_columns(self) -> bool:
        return not self.renderer.is_narrow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.is_two_columns():  # widening may make room; narrowing is the scroll area's call
            self.fit_width(event.size().width())

    # ----- data --------------------------------------------------------------------------------------------
    def set_code_book(self, book: CodeBook) -> None:
        self._book = book
        self.renderer.set_lookups(self._lookups())

    def set_input(self, data: CustomerInput, *, defaults: bool = False) -> None:
        """Show `data` (with `defaults`: empty fields get their default values); clears the error messages."""
        self.renderer.set_values(input_values(data), defaults=defaults)
        self.clear_errors()

    def input(self) -> CustomerInput:
        """What the form holds now, exactly as typed (the service trims and checks it)."""
        values = self.renderer.values()
        values["name"] = values.get("name") or ""
        values["kind"] = values.get("kind") or KINDS[0]
        return input_from_values(CustomerInput, values, self.definition.fields)

    def clear(self) -> None:
        """An empty form for a new customer: each field at its default value."""
        self.set_input(CustomerInput(), defaults=True)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.renderer.set_read_only(not editable)

    def is_editable(self) -> bool:
        return self._editable

    # ----- errors ------------------------------------------------------------------------------------------
    def show_errors(self, error: ValidationError) -> list[str]:
        """Put each message beside its field (the input stays as typed); returns fields with no place here."""
        messages = {
            name: translate_error(message, error.field_params.get(name))
            for name, message in error.fields.items()
        }
        unplaced = self.renderer.show_errors(messages)
        self.message_label.setText(error_text(error))
        self.message_label.show()
        return unplaced

    def clear_errors(self) -> None:
        self.renderer.clear_errors()
        self.message_label.clear()
        self.message_label.hide()

    def error_text(self, field: str) -> str:
        return self.renderer.error_text(field)

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.renderer.set_locale(current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
