"""Creating or editing one lead, and recording a follow-up (when, how, what, next step)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.services.leads import FOLLOWUP_KINDS, FollowupInput, LeadDetail, LeadInput
from crm_desktop.ui.errors import FieldErrors
from crm_desktop.ui.modules.customers.common import (
    OptionalDateEdit,
    lay_out_field_dialog,
    named,
    set_label_text,
    show_save_error,
)
from crm_desktop.ui.modules.leads.common import ENTITY, KIND_LABELS, LeadServices, tr
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo
from crm_desktop.ui.workers import run_in_background

LINE_FIELDS = ("company", "contact_name", "job_title", "phone", "mobile", "email", "address")
CODE_FIELDS = {"source_id": "source", "industry_id": "industry"}
FIELDS = (*LINE_FIELDS[:3], "source_id", "industry_id", "region_id", *LINE_FIELDS[3:], "notes")


class LeadDialog(QDialog):
    """Saves through the lead service in a worker; the input stays, with messages beside the fields, on error.
    `saved_id` holds the lead's id once saved."""

    def __init__(
        self,
        services: LeadServices,
        book: CodeBook,
        lead: LeadDetail | None = None,
        parent: QWidget | None = None,
        *,
        to_pool: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lead_dialog")
        self.services, self.lead, self.to_pool = services, lead, to_pool
        self.saved_id: int | None = lead.id if lead else None
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}
        for name in LINE_FIELDS:
            self.fields[name] = named(QLineEdit(), f"field_{name}")
        for name, category in CODE_FIELDS.items():
            combo = named(CodeCombo(), f"field_{name}")
            combo.set_items(book.combo_items(category))
            self.fields[name] = combo
        region = named(CodeCombo(), "field_region_id")
        region.set_items(book.city_items())
        self.fields["region_id"] = region
        notes = named(QPlainTextEdit(), "field_notes")
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.fields["notes"] = notes
        parts = lay_out_field_dialog(self, {n: self.fields[n] for n in FIELDS}, self.errors, self.save)
        self.labels, self.message_label, self.buttons = parts.labels, parts.message_label, parts.buttons
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 42)
        self.retranslate_ui()
        if lead is not None:
            self.set_input(LeadInput(**{n: getattr(lead, n) for n in FIELDS}, extra=dict(lead.extra)))
            if not lead.can_edit:  # converted, or not the user's to change: shown read-only
                for field in self.fields.values():
                    field.setEnabled(False)
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
                self.message_label.setText(
                    self.tr("Converted leads are read-only.")
                    if lead.converted
                    else self.tr("You may only read this lead.")
                )
                self.message_label.setStyleSheet("")
                self.message_label.show()

    def set_input(self, data: LeadInput) -> None:
        for name in LINE_FIELDS:
            self.fields[name].setText(getattr(data, name) or "")  # type: ignore[attr-defined]
        for name in (*CODE_FIELDS, "region_id"):
            self.fields[name].set_value(getattr(data, name))  # type: ignore[attr-defined]
        self.fields["notes"].setPlainText(data.notes or "")  # type: ignore[attr-defined]
        self._extra = dict(data.extra)

    def input(self) -> LeadInput:
        values: dict[str, object] = {n: self.fields[n].text() or None for n in LINE_FIELDS}  # type: ignore[attr-defined]
        values["company"] = values["company"] or ""
        for name in (*CODE_FIELDS, "region_id"):
            values[name] = self.fields[name].value()  # type: ignore[attr-defined]
        values["notes"] = self.fields["notes"].toPlainText() or None  # type: ignore[attr-defined]
        return LeadInput(**values, extra=dict(getattr(self, "_extra", {})))  # type: ignore[arg-type]

    def save(self) -> None:
        self.buttons.setEnabled(False)
        data, service, lead, to_pool = self.input(), self.services.leads, self.lead, self.to_pool

        def job() -> int:
            if lead is None:
                return service.create(data, to_pool=to_pool)
            service.update(lead.id, lead.version, data)
            return lead.id

        run_in_background(job, self._saved, self._failed, receiver=self)

    def _saved(self, lead_id: int) -> None:
        self.saved_id = lead_id
        app_signals().records_changed.emit(ENTITY, [lead_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        show_save_error(self, error, {n: self.fields[n] for n in FIELDS}, self.errors, self.message_label)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New lead") if self.lead is None else self.tr("Edit lead"))
        texts = {
            "company": self.tr("Company"),
            "contact_name": self.tr("Contact"),
            "job_title": self.tr("Job title"),
            "source_id": self.tr("Source"),
            "industry_id": self.tr("Industry"),
            "region_id": self.tr("Region"),
            "phone": self.tr("Phone"),
            "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
        }
        for name, text in texts.items():
            set_label_text(self.labels[name], text, required=name == "company")
        for name in (*CODE_FIELDS, "region_id"):
            self.fields[name].set_none_text(self.tr("(none)"))  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class FollowupDialog(QDialog):
    """A follow-up record of a lead: when, how, what was said, the next step and its date."""

    FIELDS = ("occurred_at", "kind", "content", "next_step", "next_date")

    def __init__(self, services: LeadServices, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followup_dialog")
        self.services, self.lead_id = services, lead_id
        self.errors = FieldErrors()
        self.when_edit = named(QDateTimeEdit(QDateTime.currentDateTime()), "field_occurred_at")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.kind_combo = named(QComboBox(), "field_kind")
        for key in FOLLOWUP_KINDS:
            self.kind_combo.addItem("", key)
        self.content_edit = named(QPlainTextEdit(), "field_content")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.next_step_edit = named(QLineEdit(), "field_next_step")
        self.next_date_edit = OptionalDateEdit(default=QDate.currentDate().addDays(3))
        self.next_date_edit.setObjectName("field_next_date")
        self.fields: dict[str, QWidget] = dict(
            zip(
                self.FIELDS,
                (
                    self.when_edit,
                    self.kind_combo,
                    self.content_edit,
                    self.next_step_edit,
                    self.next_date_edit,
                ),
                strict=True,
            )
        )
        parts = lay_out_field_dialog(self, self.fields, self.errors, self.save)
        self.labels, self.message_label, self.buttons = parts.labels, parts.message_label, parts.buttons
        self.retranslate_ui()

    def input(self) -> FollowupInput:
        when: datetime = self.when_edit.dateTime().toPython()  # type: ignore[assignment]
        return FollowupInput(
            occurred_at=when.astimezone(UTC),
            kind=self.kind_combo.currentData(),
            content=self.content_edit.toPlainText(),
            next_step=self.next_step_edit.text() or None,
            next_date=self.next_date_edit.value(),
        )

    def save(self) -> None:
        self.buttons.setEnabled(False)
        data, service, lead_id = self.input(), self.services.leads, self.lead_id
        run_in_background(
            lambda: service.add_followup(lead_id, data), self._saved, self._failed, receiver=self
        )

    def _saved(self, _id: int) -> None:
        app_signals().records_changed.emit(ENTITY, [self.lead_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        show_save_error(self, error, self.fields, self.errors, self.message_label)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record a follow-up"))
        texts = (
            self.tr("When"),
            self.tr("How"),
            self.tr("What was said"),
            self.tr("Next step"),
            self.tr("Next date"),
        )
        for name, text in zip(self.FIELDS, texts, strict=True):
            set_label_text(self.labels[name], text, required=name == "content")
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, tr(KIND_LABELS[self.kind_combo.itemData(index)]))
        self.next_date_edit.set_none_text(self.tr("None"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
