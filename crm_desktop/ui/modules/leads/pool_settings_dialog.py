"""Lead pool settings: how many open leads one person may hold (the claim limit) and after how many days without a
follow-up an owned lead goes back to the lead pool by itself (0: never)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.lead_auto_return import MAX_DAYS, LeadAutoReturnService, LeadPoolSettings
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


class LeadPoolSettingsDialog(QDialog):
    """Loads the settings in the background; Save writes both in one step (accepted once saved)."""

    def __init__(self, service: LeadAutoReturnService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lead_pool_settings_dialog")
        self.service = service
        self.errors = FieldErrors()
        self.loaded = False
        self.limit_label = QLabel()
        self.limit_box = named(QSpinBox(), "lead_claim_limit")
        self.limit_box.setRange(0, 1_000_000)
        self.days_label = QLabel()
        self.days_box = named(QSpinBox(), "lead_auto_return_days")
        self.days_box.setRange(0, MAX_DAYS)  # 0 shows the special text "Never"
        self.hint_label = named(QLabel(), "lead_auto_return_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.limit_label, self.limit_box)
        form.addRow("", self.errors.label_for("claim_limit"))
        form.addRow(self.days_label, self.days_box)
        form.addRow("", self.errors.label_for("auto_return_days"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 34)
        self.retranslate_ui()
        run_in_background(service.settings, self._apply, self._failed, receiver=self)

    def _apply(self, settings: LeadPoolSettings) -> None:
        self.limit_box.setValue(settings.claim_limit)
        self.days_box.setValue(settings.auto_return_days or 0)
        self.loaded = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.loaded)
        if isinstance(error, ValidationError) and not self.errors.show(error):
            return  # every message shown beside its field
        show_error(self, error)

    def settings(self) -> LeadPoolSettings:
        return LeadPoolSettings(self.limit_box.value(), self.days_box.value() or None)

    def save(self) -> None:
        if not self.loaded:
            return
        self.errors.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        service, settings = self.service, self.settings()
        run_in_background(lambda: service.save_settings(settings), lambda _r: self.accept(), self._failed,
                          receiver=self)  # fmt: skip

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Lead pool settings"))
        self.limit_label.setText(self.tr("Open leads one person may hold (claim limit)"))
        self.days_label.setText(self.tr("Return to the pool after days without follow-up"))
        self.days_box.setSpecialValueText(self.tr("Never"))
        self.days_box.setSuffix(self.tr(" days"))
        self.hint_label.setText(
            self.tr(
                "A lead that is not converted and has had no follow-up, claim or assignment for this many days "
                "goes back to the lead pool by itself, once a day; its owner gets a notice."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
