"""Creating or editing one lead (the lead entry form rendered from its definition), and recording a follow-up
(when, how, what, next step)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.leads import (
    EDITABLE_FIELDS,
    FOLLOWUP_KINDS,
    FollowupInput,
    LeadDetail,
    LeadInput,
)
from crm_desktop.ui.errors import FieldErrors, error_text, show_error, translate_error
from crm_desktop.ui.form_definitions import (
    BookLookups,
    FormDefinition,
    base_form,
    input_from_values,
    input_values,
)
from crm_desktop.ui.form_source import FormSource
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.customers.common import (
    OptionalDateEdit,
    lay_out_field_dialog,
    named,
    set_label_text,
    show_save_error,
)
from crm_desktop.ui.modules.leads.common import ENTITY, KIND_LABELS, LeadServices, tr
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.workers import run_in_background


class LeadDialog(QDialog):
    """Saves through the lead service in a worker; the input stays, with messages beside the fields, on error.
    `saved_id` holds the lead's id once saved.

    The form is the lead entry form of the user's station: `forms` (the page's FormSource) gives it and its
    changes while the dialog is open; without one, the shipped layout. Built-in fields map to LeadInput's
    attributes, custom ones ("x_…") to its `extra`.
    """

    def __init__(
        self,
        services: LeadServices,
        book: CodeBook,
        lead: LeadDetail | None = None,
        parent: QWidget | None = None,
        *,
        to_pool: bool = False,
        forms: FormSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lead_dialog")
        self.services, self.lead, self.to_pool, self.book = services, lead, to_pool, book
        self.saved_id: int | None = lead.id if lead else None
        self._saving = False
        self.definition = (
            forms.definition if forms is not None else base_form(ENTITY, services.leads.user.station_code)
        )
        self.message_label = named(QLabel(), "form_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.message_label.hide()
        self.renderer = FormRenderer(
            self.definition.layout, self.definition.fields, self._lookups(), current_language()
        )
        self.fields: dict[str, QWidget] = self.renderer.fields  # key -> input widget ("field_<key>")
        self.labels: dict[str, QLabel] = self.renderer.labels
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.renderer, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 46)
        if forms is not None:
            forms.changed.connect(self.set_definition)
            self.finished.connect(lambda _result: forms.changed.disconnect(self.set_definition))
        self.retranslate_ui()
        if lead is None:
            self.renderer.set_values(input_values(LeadInput()), defaults=True)
        else:
            self.set_input(
                LeadInput(**{n: getattr(lead, n) for n in EDITABLE_FIELDS}, extra=dict(lead.extra))
            )
            if not lead.can_edit:  # converted, or not the user's to change: shown read-only
                self.renderer.set_read_only(True)
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
                self.message_label.setStyleSheet("")
                self.message_label.show()

    def _lookups(self) -> BookLookups:
        return BookLookups(self.book, self.definition.users, self.definition.codes)

    def set_definition(self, definition: FormDefinition) -> None:
        """Show another form definition; what the user typed stays."""
        if definition == self.definition:
            return
        self.definition = definition
        self.renderer.set_lookups(self._lookups())
        self.renderer.set_definition(definition.layout, definition.fields)
        self.renderer.set_read_only(self.lead is not None and not self.lead.can_edit)

    # ----- data --------------------------------------------------------------------------------------------
    def set_input(self, data: LeadInput) -> None:
        self.renderer.set_values(input_values(data))

    def input(self) -> LeadInput:
        """What the form holds, exactly as typed (the service trims and checks it)."""
        values = self.renderer.values()
        values["company"] = values.get("company") or ""
        return input_from_values(LeadInput, values, self.definition.fields)

    # ----- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._set_saving(True)
        data, service, lead, to_pool = self.input(), self.services.leads, self.lead, self.to_pool

        def job() -> int:
            if lead is None:
                return service.create(data, to_pool=to_pool)
            service.update(lead.id, lead.version, data)
            return lead.id

        run_in_background(job, self._saved, self._failed, receiver=self)

    def _saved(self, lead_id: int) -> None:
        self._set_saving(False)
        self.saved_id = lead_id
        app_signals().records_changed.emit(ENTITY, [lead_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        """Field messages beside their fields (focus on the first), the rest in a box; the input stays."""
        self._set_saving(False)
        if isinstance(error, ValidationError):
            messages = {k: translate_error(m, error.field_params.get(k)) for k, m in error.fields.items()}
            unplaced = self.renderer.show_errors(messages)
            self.message_label.setStyleSheet("color: #c0392b; font-weight: bold;")
            self.message_label.setText(error_text(error))
            self.message_label.show()
            if not unplaced:
                return
        show_error(self, error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New lead") if self.lead is None else self.tr("Edit lead"))
        self.renderer.set_locale(current_language())
        if self.lead is not None and not self.lead.can_edit:
            self.message_label.setText(
                self.tr("Converted leads are read-only.")
                if self.lead.converted
                else self.tr("You may only read this lead.")
            )

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
