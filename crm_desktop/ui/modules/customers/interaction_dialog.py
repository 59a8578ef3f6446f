"""Recording one contact with a customer (a call, visit, reception, e-mail) and the next step agreed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.services.catalog import INTERACTION_KINDS
from crm_desktop.services.contacts import ContactDTO
from crm_desktop.services.interactions import InteractionInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import FieldErrors
from crm_desktop.ui.modules.customers.common import (
    DATETIME_FORMAT,
    OptionalDateEdit,
    lay_out_field_dialog,
    named,
    set_label_text,
    show_save_error,
)
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo
from crm_desktop.ui.workers import run_in_background

FIELDS = ("kind", "contact_id", "occurred_at", "subject", "content", "next_step", "next_date")


class InteractionDialog(QDialog):
    """Adds a contact-history record through the interaction service (in a worker); `saved_id` once saved."""

    def __init__(
        self,
        workspace: Workspace,
        customer_id: int,
        book: CodeBook,
        contacts: list[ContactDTO],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interaction_dialog")
        self.workspace = workspace
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self._saving = False

        self.kind_combo = CodeCombo(none_text=None)
        self.kind_combo.setObjectName("field_kind")
        self.kind_combo.set_items(book.kind_items("interaction_kind", INTERACTION_KINDS))
        self.contact_combo = named(QComboBox(), "field_contact_id")
        self.contact_combo.addItem("", None)
        for contact in contacts:
            self.contact_combo.addItem(contact.name, contact.id)
        primary = next((c for c in contacts if c.is_primary), None)
        if primary is not None:
            self.contact_combo.setCurrentIndex(self.contact_combo.findData(primary.id))
        self.when_edit = named(QDateTimeEdit(QDateTime.currentDateTime()), "field_occurred_at")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(DATETIME_FORMAT)
        self.subject_edit = named(QLineEdit(), "field_subject")
        self.content_edit = named(QPlainTextEdit(), "field_content")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.next_step_edit = named(QLineEdit(), "field_next_step")
        self.next_date_edit = OptionalDateEdit(default=QDate.currentDate().addDays(7))
        self.next_date_edit.setObjectName("field_next_date")
        self.fields: dict[str, QWidget] = {
            "kind": self.kind_combo,
            "contact_id": self.contact_combo,
            "occurred_at": self.when_edit,
            "subject": self.subject_edit,
            "content": self.content_edit,
            "next_step": self.next_step_edit,
            "next_date": self.next_date_edit,
        }
        parts = lay_out_field_dialog(
            self, {name: self.fields[name] for name in FIELDS}, self.errors, self.save
        )
        self.labels, self.message_label, self.buttons = parts.labels, parts.message_label, parts.buttons
        self.retranslate_ui()
        self.subject_edit.setFocus()

    # ----- data --------------------------------------------------------------------------------------------
    def input(self) -> InteractionInput:
        moment = self.when_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return InteractionInput(
            kind=self.kind_combo.value() or INTERACTION_KINDS[0],
            subject=self.subject_edit.text(),
            content=self.content_edit.toPlainText() or None,
            contact_id=self.contact_combo.currentData(),
            occurred_at=moment.astimezone(),  # local wall time, made aware; stored as UTC
            next_step=self.next_step_edit.text() or None,
            next_date=self.next_date_edit.value(),
        )

    # ----- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._set_saving(True)
        data = self.input()
        service, customer_id = self.workspace.interactions, self.customer_id
        run_in_background(lambda: service.add(customer_id, data), self._saved, self._failed, receiver=self)

    def _saved(self, record_id: int) -> None:
        self._set_saving(False)
        self.saved_id = record_id
        # The customer's "last contact" changed with it.
        app_signals().records_changed.emit("customer", [self.customer_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_saving(False)
        show_save_error(self, error, {n: self.fields[n] for n in FIELDS}, self.errors, self.message_label)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New contact record"))
        texts = {
            "kind": self.tr("Kind"),
            "contact_id": self.tr("Contact person"),
            "occurred_at": self.tr("When"),
            "subject": self.tr("Subject"),
            "content": self.tr("What was said"),
            "next_step": self.tr("Next step"),
            "next_date": self.tr("Next date"),
        }
        for name, text in texts.items():
            set_label_text(self.labels[name], text, required=name == "subject")
        self.contact_combo.setItemText(0, self.tr("(none)"))
        self.next_date_edit.set_none_text(self.tr("No follow-up date"))
        self.subject_edit.setPlaceholderText(self.tr("For example: asked for a quote for two printers"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
