"""Adding or editing one contact person of a customer: the contact entry form rendered from its definition."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.contacts import ContactDTO, ContactInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import error_text, show_error, translate_error
from crm_desktop.ui.form_definitions import (
    BookLookups,
    FormDefinition,
    base_form,
    input_from_values,
    input_values,
)
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.workers import run_in_background

_W = TypeVar("_W", bound=QWidget)


class ContactDialog(QDialog):
    """Saves through the contact service in a worker; stays open with the messages beside the fields on error.

    `saved_id` holds the contact's id once saved (the dialog is then accepted). `definition` is the contact form
    the user's station resolves (the detail view keeps it current); without one, the shipped layout.
    """

    def __init__(
        self,
        workspace: Workspace,
        customer_id: int,
        book: CodeBook,
        contact: ContactDTO | None = None,
        parent: QWidget | None = None,
        definition: FormDefinition | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        self.workspace = workspace
        self.customer_id = customer_id
        self.contact = contact
        self.saved_id: int | None = contact.id if contact else None
        self.definition = definition or base_form("contact", workspace.user.station_code)
        self._saving = False

        self.message_label = named(QLabel(), "form_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.message_label.hide()
        self.renderer = FormRenderer(
            self.definition.layout,
            self.definition.fields,
            BookLookups(book, self.definition.users, self.definition.codes),
            current_language(),
        )
        self.fields = self.renderer.fields
        self.labels = self.renderer.labels
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.renderer, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 36)

        self.retranslate_ui()
        self.set_input(self._initial_input())

    def _initial_input(self) -> ContactInput:
        if self.contact is None:
            return ContactInput()
        return ContactInput(**{name: getattr(self.contact, name) for name in input_values(ContactInput())})

    # The fields most used by code and tests, by name.
    @property
    def name_edit(self) -> QLineEdit:
        return self._widget("name", QLineEdit)

    @property
    def mobile_edit(self) -> QLineEdit:
        return self._widget("mobile", QLineEdit)

    @property
    def primary_box(self) -> QCheckBox:
        return self._widget("is_primary", QCheckBox)

    def _widget(self, key: str, kind: type[_W]) -> _W:
        widget = self.fields[key]
        assert isinstance(widget, kind)
        return widget

    # ----- data --------------------------------------------------------------------------------------------
    def set_input(self, data: ContactInput) -> None:
        self.renderer.set_values(input_values(data), defaults=self.contact is None)

    def input(self) -> ContactInput:
        values = self.renderer.values()
        values["name"] = values.get("name") or ""
        values["is_primary"] = bool(values.get("is_primary"))
        return input_from_values(ContactInput, values, self.definition.fields)

    # ----- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._set_saving(True)
        data = self.input()
        service, customer_id, contact = self.workspace.contacts, self.customer_id, self.contact

        def job() -> int:
            if contact is None:
                return service.add(customer_id, data)
            service.update(contact.id, contact.version, data)
            return contact.id

        run_in_background(job, self._saved, self._failed, receiver=self)

    def _saved(self, contact_id: int) -> None:
        self._set_saving(False)
        self.saved_id = contact_id
        app_signals().records_changed.emit("contact", [contact_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        """Field messages beside their fields (focus on the first), the rest in a box; the input stays."""
        self._set_saving(False)
        if isinstance(error, ValidationError):
            messages = {k: translate_error(m, error.field_params.get(k)) for k, m in error.fields.items()}
            unplaced = self.renderer.show_errors(messages)
            self.message_label.setText(error_text(error))
            self.message_label.show()
            if not unplaced:
                return
        show_error(self, error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New contact") if self.contact is None else self.tr("Edit contact"))
        self.renderer.set_locale(current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
