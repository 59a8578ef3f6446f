"""System settings → E-mail settings (administrators): the SMTP server every station sends through."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from crm_desktop.services.mail import SECURITY, SmtpSettings
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.quick_panel.form_dialog import FormDialog
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

DEFAULT_PORTS = {"none": 25, "starttls": 587, "tls": 465}


class SmtpSettingsDialog(FormDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        service = workspace.mail
        super().__init__(lambda data: self._save(service, data), parent)
        self.setObjectName("smtp_settings_dialog")
        self.had_password = False
        self.host_edit = named(QLineEdit(self), "smtp_host")
        self.port_edit = named(QSpinBox(self), "smtp_port")
        self.port_edit.setRange(0, 65535)
        self.port_edit.setValue(587)
        self.security = named(QComboBox(self), "smtp_security")
        for key in SECURITY:
            self.security.addItem("", key)
        self.security.setCurrentIndex(SECURITY.index("starttls"))
        self.security.activated.connect(
            lambda _i: self.port_edit.setValue(DEFAULT_PORTS[self.security.currentData()])
        )
        self.user_edit = named(QLineEdit(self), "smtp_user")
        self.password_edit = named(QLineEdit(self), "smtp_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_edit = named(QLineEdit(self), "smtp_sender")
        self.sender_name = named(QLineEdit(self), "smtp_sender_name")
        self.labels = {
            k: QLabel(self) for k in ("host", "port", "security", "user", "password", "sender", "name")
        }
        form = self.new_form()
        self.add_row(form, self.labels["host"], self.host_edit, "host")
        self.add_row(form, self.labels["port"], self.port_edit, "port")
        self.add_row(form, self.labels["security"], self.security, "security")
        self.add_row(form, self.labels["user"], self.user_edit, "user")
        self.add_row(form, self.labels["password"], self.password_edit, "password")
        self.add_row(form, self.labels["sender"], self.sender_edit, "sender")
        self.add_row(form, self.labels["name"], self.sender_name, "sender_name")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(440, 0)
        self.retranslate_ui()
        self.ok_button.setEnabled(False)
        run_in_background(
            lambda: (service.settings(), service.has_password()),
            self._loaded,
            self._load_failed,
            receiver=self,
        )

    def _loaded(self, result: tuple[SmtpSettings, bool]) -> None:
        settings, self.had_password = result
        if settings.host:
            self.host_edit.setText(settings.host)
            self.port_edit.setValue(settings.port)
            self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
            self.user_edit.setText(settings.user)
            self.sender_edit.setText(settings.sender)
            self.sender_name.setText(settings.sender_name)
        self.retranslate_ui()
        self.ok_button.setEnabled(True)

    def _load_failed(self, error: Exception) -> None:
        show_error(self, error)
        self.ok_button.setEnabled(True)

    @staticmethod
    def _save(service: object, data: tuple[SmtpSettings, bool]) -> int:
        from crm_desktop.services.mail import MailService

        assert isinstance(service, MailService)
        settings, keep = data
        service.save_settings(settings, keep_password=keep)
        return 0

    def collect(self) -> tuple[SmtpSettings, bool]:
        settings = SmtpSettings(
            host=self.host_edit.text(), port=self.port_edit.value(), security=self.security.currentData(),
            user=self.user_edit.text(), password=self.password_edit.text(), sender=self.sender_edit.text(),
            sender_name=self.sender_name.text(),
        )  # fmt: skip
        return settings, self.had_password and not self.password_edit.text()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("E-mail settings"))
        texts = {
            "host": self.tr("SMTP server:"), "port": self.tr("Port:"), "security": self.tr("Security:"),
            "user": self.tr("User name:"), "password": self.tr("Password:"), "sender": self.tr("Sender address:"),
            "name": self.tr("Sender name:"),
        }  # fmt: skip
        for key, text in texts.items():
            self.labels[key].setText(text)
        for row, text in enumerate((self.tr("None"), self.tr("STARTTLS"), self.tr("SSL/TLS"))):
            self.security.setItemText(row, text)
        self.password_edit.setPlaceholderText(
            self.tr("Leave empty to keep the stored password") if self.had_password else ""
        )
