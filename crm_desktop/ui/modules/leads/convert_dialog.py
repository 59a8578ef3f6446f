"""Qualify → convert a lead in one step: customer, contact and opportunity pre-filled from the lead; the customer
duplicate check runs first and offers "use the existing customer" for a match within the user's scope."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.forms.qt.editors import StaticLookups
from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.definitions.schema import FormLayout
from crm_desktop.services.duplicates import DuplicateReport, DuplicatesFound
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.lead_convert import ConversionInput, ConversionResult, OpportunityFields
from crm_desktop.services.leads import LeadDetail
from crm_desktop.ui.errors import FieldErrors, show_error, translate_error
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.customers.common import (
    OptionalDateEdit,
    lay_out_field_dialog,
    named,
    set_label_text,
    show_save_error,
)
from crm_desktop.ui.modules.customers.duplicate_dialog import DuplicateDialog
from crm_desktop.ui.modules.leads.common import ENTITY, LeadServices
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background

CUSTOMER = ("name", "phone", "mobile", "email", "address")
CONTACT = ("name", "job_title", "mobile", "email")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Enter an amount such as 12800.00.")
USE_EXISTING = 2  # DuplicateChoiceDialog result: use the selected existing customer


class DuplicateChoiceDialog(DuplicateDialog):
    """The customer module's duplicate dialog plus "Use the selected customer"."""

    def __init__(self, report: DuplicateReport, parent: QWidget | None = None) -> None:
        super().__init__(report, parent)
        self.setObjectName("lead_duplicate_dialog")
        self.chosen_id: int | None = None
        self.use_button = named(
            self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole), "use_existing"
        )
        self.use_button.setVisible(bool(report.candidates))
        self.use_button.clicked.connect(self._use)
        if report.candidates:
            self.table.selectRow(0)
        self.use_button.setText(self.tr("Use the selected customer"))

    def _use(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.report.candidates):
            self.chosen_id = self.report.candidates[row].id
            self.done(USE_EXISTING)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if hasattr(self, "use_button"):
            self.use_button.setText(self.tr("Use the selected customer"))
            self.save_button.setText(self.tr("Create a new customer anyway"))


class ConvertDialog(QDialog):
    """`result` holds what the lead became once converted (the dialog is then accepted)."""

    def __init__(
        self, services: LeadServices, lead: LeadDetail, draft: ConversionInput, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("convert_dialog")
        self.services, self.lead, self.draft = services, lead, draft
        self.conversion: ConversionResult | None = None
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}
        for name in CUSTOMER:
            self.fields[f"customer_{name}"] = named(QLineEdit(), f"field_customer_{name}")
        for name in CONTACT:
            self.fields[f"contact_{name}"] = named(QLineEdit(), f"field_contact_{name}")
        self.fields["opportunity_name"] = named(QLineEdit(), "field_opportunity_name")
        self.fields["opportunity_amount"] = named(QLineEdit(), "field_opportunity_amount")
        self.close_edit = OptionalDateEdit()
        self.fields["opportunity_expected_close"] = named(self.close_edit, "field_opportunity_expected_close")
        parts = lay_out_field_dialog(self, self.fields, self.errors, lambda: self.save(check_duplicates=True))
        self.labels, self.message_label, self.buttons = parts.labels, parts.message_label, parts.buttons
        self.existing_label = named(QLabel(), "existing_customer")
        self.existing_label.setWordWrap(True)
        self.existing_label.setStyleSheet("color: #1e7e34; font-weight: bold;")
        self.existing_label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.existing_label)
        # the opportunity form's required custom fields, once loaded (hidden while there are none)
        self.custom = FormRenderer(FormLayout("opportunity", ()), {}, locale=current_language())
        named(self.custom, "convert_custom_fields")
        self.custom.hide()
        self.custom_loaded = False
        layout.insertWidget(layout.count() - 1, self.custom)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 44)
        self._fill()
        self.retranslate_ui()
        run_in_background(services.convert.opportunity_fields, self._custom_loaded, self._custom_failed,
                          receiver=self)  # fmt: skip

    def _custom_loaded(self, loaded: OpportunityFields) -> None:
        self.custom.set_lookups(StaticLookups(loaded.codes, loaded.users))
        self.custom.set_definition(loaded.layout, loaded.fields)
        self.custom.set_values(self.draft.opportunity_extra, defaults=True)
        self.custom.setVisible(bool(loaded.fields))
        self.custom_loaded = True
        self.adjustSize()

    def _custom_failed(self, error: Exception) -> None:
        self.custom_loaded = True  # the conversion still checks the values and names what is missing
        show_error(self, error)

    def _line(self, name: str) -> QLineEdit:
        widget = self.fields[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def _fill(self) -> None:
        for name in CUSTOMER:
            self._line(f"customer_{name}").setText(getattr(self.draft.customer, name) or "")
        contact = self.draft.contact or ContactInput()
        for name in CONTACT:
            self._line(f"contact_{name}").setText(getattr(contact, name) or "")
        self._line("opportunity_name").setText(self.draft.opportunity_name)
        self._line("opportunity_amount").setText(
            str(self.draft.amount) if self.draft.amount is not None else ""
        )
        self.close_edit.set_value(self.draft.expected_close)

    def input(self) -> ConversionInput:
        """The dialog's input; raises ValidationError for an amount that is not a number."""
        draft = self.draft
        for name in CUSTOMER:
            setattr(draft.customer, name, self._line(f"customer_{name}").text() or None)
        draft.customer.name = draft.customer.name or ""
        contact_values = {n: self._line(f"contact_{n}").text() or None for n in CONTACT}
        draft.contact = (
            ContactInput(**{**contact_values, "name": contact_values["name"] or ""}, is_primary=True)  # type: ignore[arg-type]
            if any(contact_values.values())
            else None
        )
        draft.opportunity_name = self._line("opportunity_name").text()
        text = self._line("opportunity_amount").text().strip().replace(",", "").replace("，", "")
        try:
            draft.amount = Decimal(text) if text else None
        except InvalidOperation as error:
            raise ValidationError({"opportunity_amount": BAD_AMOUNT}) from error
        draft.expected_close = self.close_edit.value()
        draft.opportunity_extra = {k: v for k, v in self.custom.values().items() if k in self.custom.editors}
        return draft

    def save(self, *, check_duplicates: bool) -> None:
        try:
            data = self.input()
        except ValidationError as error:
            self._failed(error)
            return
        self.buttons.setEnabled(False)
        service, lead = self.services.convert, self.lead
        run_in_background(
            lambda: service.convert(lead.id, lead.version, data, check_duplicates=check_duplicates),
            self._saved,
            self._failed,
            receiver=self,
        )

    def _saved(self, result: ConversionResult) -> None:
        self.conversion = result
        signals = app_signals()
        signals.records_changed.emit(ENTITY, [self.lead.id])
        signals.records_changed.emit("customer", [result.customer_id])
        if result.opportunity_id is not None:
            signals.records_changed.emit("opportunity", [result.opportunity_id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, DuplicatesFound):
            self.choose_duplicate(error.report)
            return
        if isinstance(error, ValidationError):
            error = self._show_custom_errors(error)
        show_save_error(self, error, self.fields, self.errors, self.message_label)

    def _show_custom_errors(self, error: ValidationError) -> ValidationError:
        """Messages of the custom fields beside them in the form renderer; the rest, to show as usual."""
        mine = {f"opportunity_{key}": key for key in self.custom.editors}
        messages = {
            mine[k]: translate_error(m, error.field_params.get(k))
            for k, m in error.fields.items()
            if k in mine
        }
        unplaced = self.custom.show_errors(messages)
        rest = {k: m for k, m in error.fields.items() if k not in mine or mine[k] in unplaced}
        return ValidationError(rest, {k: p for k, p in error.field_params.items() if k in rest})

    def choose_duplicate(self, report: DuplicateReport) -> None:
        dialog = DuplicateChoiceDialog(report, self)
        outcome = dialog.exec()
        if outcome == USE_EXISTING and dialog.chosen_id is not None:
            chosen = next(c for c in report.candidates if c.id == dialog.chosen_id)
            self.use_existing(chosen.id, chosen.name)
            self.save(check_duplicates=False)
        elif outcome == QDialog.DialogCode.Accepted:
            self.save(check_duplicates=False)

    def use_existing(self, customer_id: int, name: str) -> None:
        self.draft.existing_customer_id = customer_id
        for field in CUSTOMER:
            self.fields[f"customer_{field}"].setEnabled(False)
        self.existing_label.setText(
            self.tr("The lead goes to the existing customer {name}.").format(name=name)
        )
        self.existing_label.show()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Convert lead: {company}").format(company=self.lead.company))
        texts = {
            "customer_name": self.tr("Customer name"),
            "customer_phone": self.tr("Customer phone"),
            "customer_mobile": self.tr("Customer mobile"),
            "customer_email": self.tr("Customer e-mail"),
            "customer_address": self.tr("Customer address"),
            "contact_name": self.tr("Contact name"),
            "contact_job_title": self.tr("Contact job title"),
            "contact_mobile": self.tr("Contact mobile"),
            "contact_email": self.tr("Contact e-mail"),
            "opportunity_name": self.tr("Opportunity"),
            "opportunity_amount": self.tr("Expected amount"),
            "opportunity_expected_close": self.tr("Expected close"),
        }
        required = {"customer_name", "opportunity_name"}
        for name, text in texts.items():
            set_label_text(self.labels[name], text, required=name in required)
        self.close_edit.set_none_text(self.tr("Not known"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Convert"))
        self.custom.set_locale(current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
