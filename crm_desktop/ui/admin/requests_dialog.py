"""System settings → Account requests: approve (choosing station, department, position, roles) or reject."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.admin.requests import AccountRequestDTO, Approval
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.admin.users_dialog import checked_ids, fill_checklist, fill_combo
from crm_desktop.ui.widgets.naming import named


class RequestsDialog(AdminDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "requests_dialog", parent)
        self.requests: list[AccountRequestDTO] = []
        self.table = named(QTableWidget(0, 5), "request_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.station = named(QComboBox(), "approve_station")
        self.department = named(QComboBox(), "approve_department")
        self.position = named(QComboBox(), "approve_position")
        self.roles = named(QListWidget(), "approve_roles")
        self.roles.setMaximumHeight(140)
        self.labels = {k: QLabel() for k in ("station", "department", "position", "roles")}
        form = QFormLayout()
        for key, widget in (
            ("station", self.station),
            ("department", self.department),
            ("position", self.position),
            ("roles", self.roles),
        ):
            form.addRow(self.labels[key], widget)
        self.btn_approve = named(QPushButton(), "request_approve")
        self.btn_reject = named(QPushButton(), "request_reject")
        self.btn_close = named(QPushButton(), "close")
        self.btn_approve.clicked.connect(self.approve)
        self.btn_reject.clicked.connect(self.reject_request)
        self.btn_close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_approve)
        buttons.addWidget(self.btn_reject)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.retranslate_ui()
        self._selection_changed()
        self.reload()

    def fetch(self) -> tuple[list[AccountRequestDTO], dict[str, Any]]:
        return self.admin.requests.pending(), self.admin.users.choices()

    def apply(self, data: Any) -> None:
        self.requests, choices = data
        fill_combo(self.station, choices["stations"], "code", self.tr("(none)"))
        fill_combo(self.department, choices["departments"], "id", self.tr("(none)"))
        fill_combo(self.position, choices["positions"], "id", self.tr("(none)"))
        if self.roles.count() != len(choices["roles"]):
            fill_checklist(self.roles, choices["roles"])
        self.table.setRowCount(len(self.requests))
        for row, request in enumerate(self.requests):
            values = (
                request.full_name,
                request.login,
                request.requested_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                " / ".join(v for v in (request.phone, request.email, request.machine) if v),
                request.note or "",
            )
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        if self.requests:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> AccountRequestDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.requests[rows[0].row()] if rows and rows[0].row() < len(self.requests) else None

    def _selection_changed(self) -> None:
        on = self.selected() is not None
        self.btn_approve.setEnabled(on)
        self.btn_reject.setEnabled(on)

    def approve(self) -> None:
        request = self.selected()
        if request is None:
            return
        approval = Approval(
            station_code=self.station.currentData(),
            department_id=self.department.currentData(),
            position_id=self.position.currentData(),
            role_ids=checked_ids(self.roles),
        )
        self.write(lambda: self.admin.requests.approve(request.id, approval), "user")

    def reject_request(self) -> None:
        request = self.selected()
        if request is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Reject request"), self.tr("Reason (optional):"))
        if ok:
            self.write(lambda: self.admin.requests.reject(request.id, note))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Account requests"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Full name"),
                self.tr("User name"),
                self.tr("Requested"),
                self.tr("Contact"),
                self.tr("Note"),
            ]
        )
        self.labels["station"].setText(self.tr("Station"))
        self.labels["department"].setText(self.tr("Department"))
        self.labels["position"].setText(self.tr("Position"))
        self.labels["roles"].setText(self.tr("Roles"))
        self.btn_approve.setText(self.tr("&Approve"))
        self.btn_reject.setText(self.tr("Re&ject…"))
        self.btn_close.setText(self.tr("Close"))
