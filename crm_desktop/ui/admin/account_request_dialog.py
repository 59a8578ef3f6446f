"""Login dialog → Request an account: name, wished user name and password, contact; an administrator decides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.admin.requests import RequestInput, submit_request
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.widgets.naming import named

FIELDS = ("full_name", "login", "password", "repeat", "email", "phone")


class AccountRequestDialog(QDialog):
    def __init__(self, database: Any, machine: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_request_dialog")
        self.database = database
        self.machine = machine
        self.errors = FieldErrors()
        self.request_id: int | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in FIELDS:
            edit = named(QLineEdit(), f"request_{key}")
            if key in ("password", "repeat"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits[key] = edit
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], edit)
            form.addRow("", self.errors.label_for(key))
        self.note = named(QPlainTextEdit(), "request_note")
        self.note.setFixedHeight(70)
        self.labels["note"] = QLabel()
        form.addRow(self.labels["note"], self.note)
        self.hint = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def submit(self) -> None:
        self.errors.clear()
        data = RequestInput(
            login=self.edits["login"].text(),
            full_name=self.edits["full_name"].text(),
            password=self.edits["password"].text(),
            repeat=self.edits["repeat"].text(),
            email=self.edits["email"].text(),
            phone=self.edits["phone"].text(),
            note=self.note.toPlainText(),
        )
        try:
            self.request_id = submit_request(self.database, data, self.machine)
        except ValidationError as error:
            if self.errors.show(error):
                show_error(self, error)
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
        self.setWindowTitle(self.tr("Request an account"))
        self.hint.setText(
            self.tr("An administrator will check your request and choose your station, position and roles.")
        )
        texts = {
            "full_name": self.tr("Full name"),
            "login": self.tr("User name"),
            "password": self.tr("Password"),
            "repeat": self.tr("Repeat password"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "note": self.tr("Department / note"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
