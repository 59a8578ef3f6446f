"""System settings → Login log: every attempt with its outcome, machine and station."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from crm_desktop.services.admin.oversight import LoginDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.table_dialog import TableDialog, when
from crm_desktop.ui.widgets.naming import named


class LoginLogDialog(TableDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "login_log_dialog", parent)
        self.failed_only = named(QCheckBox(), "filter_failed")
        self.failed_only.toggled.connect(lambda _on: self.reload())
        self.filter_bar.insertWidget(2, self.failed_only)
        self.retranslate_ui()
        self.reload()

    def fetch(self) -> list[LoginDTO]:
        return self.admin.oversight.logins(
            self.log_filter(action="failed" if self.failed_only.isChecked() else "")
        )

    def columns(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("User name"),
            self.tr("Result"),
            self.tr("Machine"),
            self.tr("Station"),
        ]

    def cells(self, row: LoginDTO) -> list[str]:
        result = (
            self.tr("Signed in") if row.success else self.tr("Refused ({reason})").format(reason=row.reason)
        )
        return [when(row.at), row.login_name, result, row.machine or "", row.station_code or ""]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Login log"))
        self.failed_only.setText(self.tr("Failed only"))
