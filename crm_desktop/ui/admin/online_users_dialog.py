"""System settings → Online users: who is signed in where, since when, last heartbeat; sign a session out."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSpinBox, QWidget

from crm_desktop.services.admin.oversight import OnlineDTO, idle_lock_minutes
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.table_dialog import TableDialog, when
from crm_desktop.ui.widgets.naming import named


class OnlineUsersDialog(TableDialog):
    with_dates = False

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "online_users_dialog", parent)
        self.search.hide()
        self.search_label.hide()
        self.btn_sign_out = named(QPushButton(), "sign_out_session")
        self.btn_sign_out.clicked.connect(self.sign_out)
        self.buttons.insertWidget(1, self.btn_sign_out)
        self.idle_label = QLabel()
        self.idle_minutes = named(QSpinBox(), "idle_lock_minutes")
        self.idle_minutes.setRange(0, 480)
        self.idle_minutes.editingFinished.connect(self.save_idle_minutes)
        self.buttons.insertWidget(3, self.idle_label)
        self.buttons.insertWidget(4, self.idle_minutes)
        self.retranslate_ui()
        self.reload()

    def fetch(self) -> tuple[list[OnlineDTO], float]:
        return self.admin.oversight.online(), idle_lock_minutes(self.workspace.db)

    def apply(self, data: Any) -> None:
        online, minutes = data
        self.idle_minutes.blockSignals(True)
        self.idle_minutes.setValue(int(minutes))
        self.idle_minutes.blockSignals(False)
        self.show_rows(online)

    def save_idle_minutes(self) -> None:
        minutes = self.idle_minutes.value()
        self.write(lambda: self.admin.oversight.set_idle_lock_minutes(minutes))

    def columns(self) -> list[str]:
        return [
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Station"),
            self.tr("Machine"),
            self.tr("Since"),
            self.tr("Last seen"),
        ]

    def cells(self, row: OnlineDTO) -> list[str]:
        return [
            row.login,
            row.full_name,
            row.station_code or "",
            row.machine or "",
            when(row.started_at),
            when(row.last_seen_at),
        ]

    def sign_out(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row: OnlineDTO = self.rows[selected[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Sign out"),
            self.tr("Sign {name} out on {machine}? Unsaved input there is lost.").format(
                name=row.full_name, machine=row.machine or "?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.write(lambda: self.admin.oversight.sign_out(row.session_id))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Online users"))
        if hasattr(self, "btn_sign_out"):
            self.btn_sign_out.setText(self.tr("&Sign out"))
            self.idle_label.setText(self.tr("Lock idle clients after (minutes, 0 = never):"))
