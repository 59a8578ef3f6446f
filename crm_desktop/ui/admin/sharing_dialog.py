"""System settings → Sharing: the default access per record type, and sharing groups whose members read and
edit each other's records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.admin.sharing import SharingGroupDTO
from crm_desktop.services.admin.users import ChoiceDTO
from crm_desktop.services.catalog import DEFAULT_ACCESS, ENTITIES
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.admin.users_dialog import checked_ids, fill_checklist, set_checked
from crm_desktop.ui.widgets.naming import named


class SharingDialog(AdminDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "sharing_dialog", parent)
        self.groups: list[SharingGroupDTO] = []
        self.current: SharingGroupDTO | None = None
        self.defaults_box = QGroupBox()
        defaults_form = QFormLayout(self.defaults_box)
        self.default_combos: dict[str, QComboBox] = {}
        self.entity_labels: dict[str, QLabel] = {}
        for entity in ENTITIES:
            combo = named(QComboBox(), f"default_{entity}")
            for key in DEFAULT_ACCESS:
                combo.addItem("", key)
            combo.activated.connect(lambda _i, e=entity: self.set_default(e))
            self.default_combos[entity] = combo
            self.entity_labels[entity] = QLabel()
            defaults_form.addRow(self.entity_labels[entity], combo)
        self.groups_box = QGroupBox()
        self.group_list = named(QListWidget(), "group_list")
        self.group_list.currentRowChanged.connect(self._show_group)
        self.group_name = named(QLineEdit(), "group_name")
        self.members = named(QListWidget(), "group_members")
        self.name_label, self.members_label = QLabel(), QLabel()
        editor = QFormLayout()
        editor.addRow(self.name_label, self.group_name)
        editor.addRow("", self.errors.label_for("name"))
        editor.addRow(self.members_label, self.members)
        self.btn_new = named(QPushButton(), "group_new")
        self.btn_save = named(QPushButton(), "group_save")
        self.btn_delete = named(QPushButton(), "group_delete")
        self.btn_new.clicked.connect(self.new_group)
        self.btn_save.clicked.connect(self.save_group)
        self.btn_delete.clicked.connect(self.delete_group)
        group_buttons = QHBoxLayout()
        for button in (self.btn_new, self.btn_save, self.btn_delete):
            group_buttons.addWidget(button)
        group_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(editor)
        right.addLayout(group_buttons)
        groups_layout = QHBoxLayout(self.groups_box)
        groups_layout.addWidget(self.group_list, 1)
        groups_layout.addLayout(right, 2)
        self.btn_close = named(QPushButton(), "close")
        self.btn_close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.defaults_box)
        layout.addWidget(self.groups_box, 1)
        layout.addLayout(bottom)
        self.resize(760, 560)
        self.retranslate_ui()
        self.reload()

    def fetch(self) -> tuple[dict[str, str], list[SharingGroupDTO], list[ChoiceDTO]]:
        users = [
            ChoiceDTO(u.id, u.login, u.full_name) for u in self.admin.users.list_users(include_disabled=False)
        ]
        return self.admin.sharing.defaults(), self.admin.sharing.groups(), users

    def apply(self, data: Any) -> None:
        defaults, self.groups, users = data
        for entity, combo in self.default_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(defaults.get(entity, "private"))))
        if self.members.count() != len(users):
            fill_checklist(self.members, users)
        keep = self.current.id if self.current else None
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self.groups:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        ids = [g.id for g in self.groups]
        self.group_list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._show_group(self.group_list.currentRow())

    def _show_group(self, row: int) -> None:
        self.current = self.groups[row] if 0 <= row < len(self.groups) else None
        self.group_name.setText(self.current.name if self.current else "")
        set_checked(self.members, self.current.member_ids if self.current else ())
        self.btn_delete.setEnabled(self.current is not None)

    def set_default(self, entity: str) -> None:
        value = self.default_combos[entity].currentData()
        self.write(lambda: self.admin.sharing.set_default(entity, value), entity)

    def new_group(self) -> None:
        self.group_list.setCurrentRow(-1)
        self._show_group(-1)
        self.group_name.setFocus()

    def save_group(self) -> None:
        group_id = self.current.id if self.current else None
        name, members = self.group_name.text(), checked_ids(self.members)
        saved = self.write(lambda: self.admin.sharing.save_group(group_id, name, members), "customer")
        if saved and group_id is None:
            self.current = SharingGroupDTO(saved, name, None, members)

    def delete_group(self) -> None:
        if self.current is not None:
            group_id = self.current.id
            if self.write(lambda: self.admin.sharing.delete_group(group_id), "customer"):
                self.current = None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sharing"))
        self.defaults_box.setTitle(self.tr("Default access to other people's records"))
        for entity, combo in self.default_combos.items():
            self.entity_labels[entity].setText(QCoreApplication.translate("Catalog", ENTITIES[entity]))
            for index, key in enumerate(DEFAULT_ACCESS):
                combo.setItemText(index, QCoreApplication.translate("Catalog", DEFAULT_ACCESS[key]))
        self.groups_box.setTitle(self.tr("Sharing groups (members read and edit each other's records)"))
        self.name_label.setText(self.tr("Name"))
        self.members_label.setText(self.tr("Members"))
        self.btn_new.setText(self.tr("&New group"))
        self.btn_save.setText(self.tr("&Save"))
        self.btn_delete.setText(self.tr("&Delete"))
        self.btn_close.setText(self.tr("Close"))
