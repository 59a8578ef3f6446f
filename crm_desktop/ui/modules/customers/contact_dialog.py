"""Adding or editing one contact person of a customer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.services.contacts import ContactDTO, ContactInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import FieldErrors
from crm_desktop.ui.modules.customers.common import (
    OptionalDateEdit,
    lay_out_field_dialog,
    named,
    set_label_text,
    show_save_error,
)
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo
from crm_desktop.ui.workers import run_in_background

GENDERS = (None, "male", "female")
FIELDS = (
    "name",
    "gender",
    "title_id",
    "job_title",
    "mobile",
    "phone",
    "email",
    "birthday",
    "is_primary",
    "notes",
)


class ContactDialog(QDialog):
    """Saves through the contact service in a worker; stays open with the messages beside the fields on error.

    `saved_id` holds the contact's id once saved (the dialog is then accepted).
    """

    def __init__(
        self,
        workspace: Workspace,
        customer_id: int,
        book: CodeBook,
        contact: ContactDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        self.workspace = workspace
        self.customer_id = customer_id
        self.contact = contact
        self.saved_id: int | None = contact.id if contact else None
        self.errors = FieldErrors()
        self._saving = False

        self.name_edit = named(QLineEdit(), "field_name")
        self.gender_combo = named(QComboBox(), "field_gender")
        for key in GENDERS:
            self.gender_combo.addItem("", key)
        self.title_combo = CodeCombo()
        self.title_combo.setObjectName("field_title_id")
        self.title_combo.set_items(book.combo_items("title"))
        self.job_title_edit = named(QLineEdit(), "field_job_title")
        self.mobile_edit = named(QLineEdit(), "field_mobile")
        self.phone_edit = named(QLineEdit(), "field_phone")
        self.email_edit = named(QLineEdit(), "field_email")
        self.birthday_edit = OptionalDateEdit(default=QDate(1980, 1, 1))
        self.birthday_edit.setObjectName("field_birthday")
        self.birthday_edit.date_edit.setMaximumDate(QDate.currentDate())
        self.primary_box = named(QCheckBox(), "field_is_primary")
        self.notes_edit = named(QPlainTextEdit(), "field_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "gender": self.gender_combo,
            "title_id": self.title_combo,
            "job_title": self.job_title_edit,
            "mobile": self.mobile_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "birthday": self.birthday_edit,
            "is_primary": self.primary_box,
            "notes": self.notes_edit,
        }
        parts = lay_out_field_dialog(
            self, {name: self.fields[name] for name in FIELDS}, self.errors, self.save
        )
        self.labels, self.message_label, self.buttons = parts.labels, parts.message_label, parts.buttons

        self.retranslate_ui()
        self.set_input(self._initial_input())

    def _initial_input(self) -> ContactInput:
        if self.contact is None:
            return ContactInput()
        return ContactInput(**{name: getattr(self.contact, name) for name in FIELDS})

    # ----- data --------------------------------------------------------------------------------------------
    def set_input(self, data: ContactInput) -> None:
        self.name_edit.setText(data.name)
        self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(data.gender), 0))
        self.title_combo.set_value(data.title_id)
        self.job_title_edit.setText(data.job_title or "")
        self.mobile_edit.setText(data.mobile or "")
        self.phone_edit.setText(data.phone or "")
        self.email_edit.setText(data.email or "")
        self.birthday_edit.set_value(data.birthday)
        self.primary_box.setChecked(data.is_primary)
        self.notes_edit.setPlainText(data.notes or "")

    def input(self) -> ContactInput:
        birthday: date | None = self.birthday_edit.value()
        return ContactInput(
            name=self.name_edit.text(),
            gender=self.gender_combo.currentData(),
            title_id=self.title_combo.value(),
            job_title=self.job_title_edit.text() or None,
            mobile=self.mobile_edit.text() or None,
            phone=self.phone_edit.text() or None,
            email=self.email_edit.text() or None,
            birthday=birthday,
            is_primary=self.primary_box.isChecked(),
            notes=self.notes_edit.toPlainText() or None,
        )

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
        self._set_saving(False)
        show_save_error(self, error, {n: self.fields[n] for n in FIELDS}, self.errors, self.message_label)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New contact") if self.contact is None else self.tr("Edit contact"))
        texts = {
            "name": self.tr("Name"),
            "gender": self.tr("Gender"),
            "title_id": self.tr("Form of address"),
            "job_title": self.tr("Job title"),
            "mobile": self.tr("Mobile"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "birthday": self.tr("Birthday"),
            "is_primary": self.tr("Primary contact"),
            "notes": self.tr("Notes"),
        }
        for name, text in texts.items():
            set_label_text(self.labels[name], text, required=name == "name")
        genders = {None: self.tr("Not given"), "male": self.tr("Male"), "female": self.tr("Female")}
        for index in range(self.gender_combo.count()):
            self.gender_combo.setItemText(index, genders.get(self.gender_combo.itemData(index), ""))
        self.title_combo.set_none_text(self.tr("(none)"))
        self.birthday_edit.set_none_text(self.tr("No birthday"))
        self.primary_box.setText(self.tr("This is the main person to contact"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
