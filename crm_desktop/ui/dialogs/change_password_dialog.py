"""File → Change password: current password, new password twice; messages beside the fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services import auth
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.widgets.naming import named


class ChangePasswordDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.workspace = workspace
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in ("old", "new", "repeat"):
            edit = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), f"password_{key}")
            self.edits[key] = edit
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], edit)
            form.addRow("", self.errors.label_for(key))
        self.hint = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def save(self) -> None:
        self.errors.clear()
        try:
            auth.change_password(
                self.workspace.db,
                self.workspace.user,
                self.edits["old"].text(),
                self.edits["new"].text(),
                self.edits["repeat"].text(),
            )
        except ValidationError as error:
            self.errors.show(error)
            return
        except Exception as error:
            show_error(self, error)
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.labels["old"].setText(self.tr("Current password"))
        self.labels["new"].setText(self.tr("New password"))
        self.labels["repeat"].setText(self.tr("Repeat new password"))
        self.hint.setText(self.tr("A password has at least 8 characters."))
