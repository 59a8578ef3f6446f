"""Returning leads to the pool (a reason is required) or transferring them to a colleague."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from crm_desktop.services.directory import Colleague
from crm_desktop.ui.errors import FieldErrors
from crm_desktop.ui.modules.customers.common import (
    lay_out_field_dialog,
    named,
    set_label_text,
    show_save_error,
)
from crm_desktop.ui.modules.leads.common import ENTITY, LeadServices, fill_people
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background


class OwnerChangeDialog(QDialog):
    """mode "return": reason required; mode "transfer": a colleague and an optional reason."""

    def __init__(
        self,
        services: LeadServices,
        lead_ids: list[int],
        mode: str,
        people: list[Colleague] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"lead_{mode}_dialog")
        self.services, self.lead_ids, self.mode = services, lead_ids, mode
        self.errors = FieldErrors()
        self.reason_edit = named(QLineEdit(), "field_reason")
        self.person_combo = named(QComboBox(), "field_to_user")
        fill_people(self.person_combo, people or [], exclude=services.leads.user.user_id)
        self.fields: dict[str, QWidget] = {"reason": self.reason_edit}
        if mode == "transfer":
            self.fields = {"to_user": self.person_combo, **self.fields}
        parts = lay_out_field_dialog(self, self.fields, self.errors, self.save)
        self.labels, self.message_label, self.buttons = parts.labels, parts.message_label, parts.buttons
        self.retranslate_ui()

    def save(self) -> None:
        self.buttons.setEnabled(False)
        pool, ids, reason = self.services.pool, self.lead_ids, self.reason_edit.text()
        to_user = self.person_combo.currentData()
        if self.mode == "return":
            run_in_background(
                lambda: pool.return_to_pool(ids, reason), self._saved, self._failed, receiver=self
            )
        else:
            run_in_background(
                lambda: pool.transfer(ids, to_user, reason), self._saved, self._failed, receiver=self
            )

    def _saved(self, moved: list[int]) -> None:
        app_signals().records_changed.emit(ENTITY, list(moved))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        show_save_error(self, error, self.fields, self.errors, self.message_label)

    def retranslate_ui(self) -> None:
        count = len(self.lead_ids)
        if self.mode == "return":
            self.setWindowTitle(self.tr("Return %n lead(s) to the pool", "", count))
            set_label_text(self.labels["reason"], self.tr("Reason"), required=True)
            self.reason_edit.setPlaceholderText(self.tr("Why does the lead go back to the pool?"))
        else:
            self.setWindowTitle(self.tr("Transfer %n lead(s)", "", count))
            set_label_text(self.labels["to_user"], self.tr("New owner"), required=True)
            set_label_text(self.labels["reason"], self.tr("Reason"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
