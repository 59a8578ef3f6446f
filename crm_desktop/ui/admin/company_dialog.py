"""System settings → Company information."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services.admin.company import CompanyDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.widgets.naming import named

FIELDS = ("name", "address", "phone", "email")


class CompanyDialog(AdminDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "company_dialog", parent)
        self.edits = {k: named(QLineEdit(), f"company_{k}") for k in FIELDS}
        self.labels = {k: QLabel() for k in FIELDS}
        form = QFormLayout()
        for key in FIELDS:
            form.addRow(self.labels[key], self.edits[key])
            form.addRow("", self.errors.label_for(key))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self.reload()

    def fetch(self) -> CompanyDTO:
        return self.admin.company.get()

    def apply(self, data: CompanyDTO) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(data, key))

    def save(self) -> None:
        data = CompanyDTO(**{k: e.text() for k, e in self.edits.items()})
        if self.write(lambda: self.admin.company.save(data), "company"):
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Company information"))
        self.labels["name"].setText(self.tr("Company name"))
        self.labels["address"].setText(self.tr("Address"))
        self.labels["phone"].setText(self.tr("Phone"))
        self.labels["email"].setText(self.tr("E-mail"))
