"""System settings → Users: the accounts table and an editor (department, position, station, roles), with
disable/enable and password reset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.admin.users import ChoiceDTO, UserInput, UserRowDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.widgets.naming import named


def fill_combo(combo: QComboBox, choices: list[ChoiceDTO], key: str, none_text: str) -> None:
    """Items carry the choice's id (or its code when key == "code"); the first item means "none"."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.name, choice.code if key == "code" else choice.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def fill_checklist(widget: QListWidget, choices: list[ChoiceDTO]) -> None:
    widget.clear()
    for choice in choices:
        item = QListWidgetItem(choice.name)
        item.setData(Qt.ItemDataRole.UserRole, choice.id)
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_ids(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(item.data(Qt.ItemDataRole.UserRole))
        for item in (widget.item(i) for i in range(widget.count()))
        if item is not None and item.checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, ids: tuple[int, ...]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if item is not None:
            on = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class UsersDialog(AdminDialog):
    COLUMNS = 6

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "users_dialog", parent)
        self.rows: list[UserRowDTO] = []
        self.current: UserRowDTO | None = None
        self.choices: dict[str, list[ChoiceDTO]] = {}
        self.table = named(QTableWidget(0, self.COLUMNS), "user_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.edits = {k: named(QLineEdit(), f"user_{k}") for k in ("login", "full_name", "email", "phone")}
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "user_password")
        self.department = named(QComboBox(), "user_department")
        self.position = named(QComboBox(), "user_position")
        self.station = named(QComboBox(), "user_station")
        self.role_list = named(QListWidget(), "user_roles")
        self.labels = {
            k: QLabel()
            for k in (
                "login",
                "full_name",
                "email",
                "phone",
                "password",
                "department",
                "position",
                "station",
                "roles",
            )
        }
        form = QFormLayout()
        for key, widget in (
            ("login", self.edits["login"]),
            ("full_name", self.edits["full_name"]),
            ("password", self.password),
            ("department", self.department),
            ("position", self.position),
            ("station", self.station),
            ("email", self.edits["email"]),
            ("phone", self.edits["phone"]),
            ("roles", self.role_list),
        ):
            form.addRow(self.labels[key], widget)
            if key in ("login", "full_name", "password", "roles"):
                form.addRow("", self.errors.label_for(key))
        self.btn_new = named(QPushButton(), "user_new")
        self.btn_save = named(QPushButton(), "user_save")
        self.btn_active = named(QPushButton(), "user_toggle_active")
        self.btn_reset = named(QPushButton(), "user_reset_password")
        self.btn_close = named(QPushButton(), "close")
        self.btn_new.clicked.connect(self.new_user)
        self.btn_save.clicked.connect(self.save)
        self.btn_active.clicked.connect(self.toggle_active)
        self.btn_reset.clicked.connect(self.reset_password)
        self.btn_close.clicked.connect(self.accept)
        editor = QWidget()
        editor.setLayout(form)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setSizes([620, 420])
        buttons = QHBoxLayout()
        for button in (self.btn_new, self.btn_save, self.btn_active, self.btn_reset):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1080, 620)
        self.retranslate_ui()
        self.reload()

    def fetch(self) -> tuple[list[UserRowDTO], dict[str, list[ChoiceDTO]]]:
        return self.admin.users.list_users(), self.admin.users.choices()

    def apply(self, data: Any) -> None:
        rows, choices = data
        keep = self.current.id if self.current else None
        self.rows, self.choices = rows, choices
        fill_combo(self.department, choices["departments"], "id", self.tr("(none)"))
        fill_combo(self.position, choices["positions"], "id", self.tr("(none)"))
        fill_combo(self.station, choices["stations"], "code", self.tr("(none)"))
        fill_checklist(self.role_list, choices["roles"])
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, user in enumerate(rows):
            values = (
                user.login,
                user.full_name,
                user.department,
                user.position,
                user.roles,
                self.tr("Active") if user.active else self.tr("Disabled"),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.blockSignals(False)
        ids = [u.id for u in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._show_selected()

    def _show_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        self.show_user(self.rows[selected[0].row()] if selected else None)

    def show_user(self, user: UserRowDTO | None) -> None:
        self.current = user
        self.errors.clear()
        for key, edit in self.edits.items():
            edit.setText((getattr(user, key) or "") if user else "")
        self.password.clear()
        self.password.setEnabled(user is None)
        for combo, value in (
            (self.department, user.department_id if user else None),
            (self.position, user.position_id if user else None),
            (self.station, user.station_code if user else None),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        set_checked(self.role_list, user.role_ids if user else ())
        self.btn_active.setEnabled(user is not None)
        self.btn_reset.setEnabled(user is not None)
        self.btn_active.setText(self.tr("&Disable") if user is None or user.active else self.tr("&Enable"))

    def new_user(self) -> None:
        self.table.clearSelection()
        self.show_user(None)
        self.edits["login"].setFocus()

    def form_input(self) -> UserInput:
        return UserInput(
            login=self.edits["login"].text(),
            full_name=self.edits["full_name"].text(),
            department_id=self.department.currentData(),
            position_id=self.position.currentData(),
            station_code=self.station.currentData(),
            email=self.edits["email"].text().strip() or None,
            phone=self.edits["phone"].text().strip() or None,
            role_ids=checked_ids(self.role_list),
        )

    def save(self) -> None:
        data = self.form_input()
        if self.current is None:
            password = self.password.text()
            new_id = self.write(lambda: self.admin.users.create(data, password), "user")
            if new_id:
                self.current = UserRowDTO(
                    new_id, data.login, "", None, "", None, "", None, None, None, True, (), "", 1
                )
        else:
            user_id = self.current.id
            self.write(lambda: self.admin.users.update(user_id, data), "user")

    def toggle_active(self) -> None:
        if self.current is not None:
            user = self.current
            self.write(lambda: self.admin.users.set_active(user.id, not user.active), "user")

    def reset_password(self) -> None:
        if self.current is None:
            return
        user = self.current
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for {name} (at least 8 characters):").format(name=user.full_name),
            QLineEdit.EchoMode.Password,
        )
        if ok and self.write(lambda: self.admin.users.reset_password(user.id, password), "user"):
            QMessageBox.information(self, self.tr("Reset password"), self.tr("The password has been reset."))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Department"),
                self.tr("Position"),
                self.tr("Roles"),
                self.tr("Status"),
            ]
        )
        texts = {
            "login": self.tr("User name"),
            "full_name": self.tr("Full name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "password": self.tr("Initial password"),
            "department": self.tr("Department"),
            "position": self.tr("Position"),
            "station": self.tr("Station"),
            "roles": self.tr("Roles"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.btn_new.setText(self.tr("&New user"))
        self.btn_save.setText(self.tr("&Save"))
        self.btn_reset.setText(self.tr("&Reset password…"))
        self.btn_close.setText(self.tr("Close"))
        active = self.current is None or self.current.active
        self.btn_active.setText(self.tr("&Disable") if active else self.tr("&Enable"))
