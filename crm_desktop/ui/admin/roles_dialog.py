"""System settings → Roles: a module x operation matrix of check boxes and a data scope per entity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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

from crm_desktop.services.admin.roles import RoleDTO, RoleInput
from crm_desktop.services.catalog import ENTITIES, MODULES, OPERATIONS, SCOPES
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.widgets.naming import named

MODULE_KEYS = list(MODULES)
OPERATION_KEYS = list(OPERATIONS)


def catalog(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)


class RolesDialog(AdminDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "roles_dialog", parent)
        self.roles: list[RoleDTO] = []
        self.current: RoleDTO | None = None
        self.role_list = named(QListWidget(), "role_list")
        self.role_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.code = named(QLineEdit(), "role_code")
        self.name = named(QLineEdit(), "role_name")
        self.name_en = named(QLineEdit(), "role_name_en")
        self.is_admin = named(QCheckBox(), "role_is_admin")
        self.labels = {k: QLabel() for k in ("code", "name", "name_en", "matrix", "scopes")}
        form = QFormLayout()
        for key, edit in (("code", self.code), ("name", self.name), ("name_en", self.name_en)):
            form.addRow(self.labels[key], edit)
            form.addRow("", self.errors.label_for(key))
        form.addRow("", self.is_admin)
        self.matrix = named(QTableWidget(len(MODULE_KEYS), len(OPERATION_KEYS)), "permission_matrix")
        for row in range(len(MODULE_KEYS)):
            for col in range(len(OPERATION_KEYS)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.matrix.setItem(row, col, item)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.is_admin.toggled.connect(lambda on: self.matrix.setEnabled(not on))
        self.scope_combos: dict[str, QComboBox] = {}
        scopes_form = QFormLayout()
        self.entity_labels: dict[str, QLabel] = {}
        for entity in ENTITIES:
            combo = named(QComboBox(), f"scope_{entity}")
            combo.addItem("", None)
            for scope in SCOPES:
                combo.addItem("", scope)
            self.scope_combos[entity] = combo
            self.entity_labels[entity] = QLabel()
            scopes_form.addRow(self.entity_labels[entity], combo)
        self.btn_new = named(QPushButton(), "role_new")
        self.btn_save = named(QPushButton(), "role_save")
        self.btn_delete = named(QPushButton(), "role_delete")
        self.btn_close = named(QPushButton(), "close")
        self.btn_new.clicked.connect(self.new_role)
        self.btn_save.clicked.connect(self.save)
        self.btn_delete.clicked.connect(self.delete)
        self.btn_close.clicked.connect(self.accept)

        right = QWidget()
        editor = QVBoxLayout(right)
        editor.addLayout(form)
        editor.addWidget(self.labels["matrix"])
        editor.addWidget(self.matrix, 1)
        editor.addWidget(self.labels["scopes"])
        editor.addLayout(scopes_form)
        splitter = QSplitter()
        splitter.addWidget(self.role_list)
        splitter.addWidget(right)
        splitter.setSizes([200, 760])
        buttons = QHBoxLayout()
        for button in (self.btn_new, self.btn_save, self.btn_delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1000, 640)
        self.retranslate_ui()
        self.reload()

    # --- data ---
    def fetch(self) -> list[RoleDTO]:
        return self.admin.roles.list_roles()

    def apply(self, data: list[RoleDTO]) -> None:
        keep = self.current.id if self.current else None
        self.roles = data
        self.role_list.blockSignals(True)
        self.role_list.clear()
        for role in data:
            item = QListWidgetItem(role.name)
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            self.role_list.addItem(item)
        self.role_list.blockSignals(False)
        rows = [r.id for r in data]
        if keep in rows:
            self.role_list.setCurrentRow(rows.index(keep))
        elif data:
            self.role_list.setCurrentRow(0)

    def _show_selected(self) -> None:
        item = self.role_list.currentItem()
        role = next((r for r in self.roles if item and r.id == item.data(Qt.ItemDataRole.UserRole)), None)
        self.show_role(role)

    def show_role(self, role: RoleDTO | None) -> None:
        self.current = role
        self.errors.clear()
        self.code.setText(role.code if role else "")
        self.name.setText(role.name if role else "")
        self.name_en.setText(role.name_en if role else "")
        self.is_admin.setChecked(bool(role and role.is_admin))
        granted = role.permissions if role else frozenset()
        for row, module in enumerate(MODULE_KEYS):
            for col, operation in enumerate(OPERATION_KEYS):
                state = Qt.CheckState.Checked if (module, operation) in granted else Qt.CheckState.Unchecked
                self.cell(row, col).setCheckState(state)
        for entity, combo in self.scope_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(role.scopes.get(entity) if role else None)))
        self.btn_delete.setEnabled(role is not None)

    def cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.matrix.item(row, col)
        assert item is not None
        return item

    def matrix_permissions(self) -> frozenset[tuple[str, str]]:
        return frozenset(
            (module, operation)
            for row, module in enumerate(MODULE_KEYS)
            for col, operation in enumerate(OPERATION_KEYS)
            if self.cell(row, col).checkState() == Qt.CheckState.Checked
        )

    def new_role(self) -> None:
        self.role_list.blockSignals(True)
        self.role_list.clearSelection()
        self.role_list.setCurrentRow(-1)
        self.role_list.blockSignals(False)
        self.show_role(None)
        self.code.setFocus()

    def save(self) -> None:
        data = RoleInput(
            code=self.code.text(),
            name=self.name.text(),
            name_en=self.name_en.text(),
            permissions=self.matrix_permissions(),
            scopes={e: c.currentData() for e, c in self.scope_combos.items() if c.currentData()},
            is_admin=self.is_admin.isChecked(),
        )
        role_id = self.current.id if self.current else None
        saved = self.write(lambda: self.admin.roles.save(role_id, data), "role")
        if saved and role_id is None:
            self.current = RoleDTO(saved, data.code, data.name, data.name_en, False, frozenset(), {}, 0)

    def delete(self) -> None:
        if self.current is None:
            return
        role = self.current
        answer = QMessageBox.question(
            self, self.tr("Delete role"), self.tr("Delete the role “{name}”?").format(name=role.name)
        )
        if answer == QMessageBox.StandardButton.Yes and self.write(
            lambda: self.admin.roles.delete(role.id), "role"
        ):
            self.current = None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Roles and permissions"))
        self.labels["code"].setText(self.tr("Code"))
        self.labels["name"].setText(self.tr("Name"))
        self.labels["name_en"].setText(self.tr("English name"))
        self.labels["matrix"].setText(self.tr("Module and operation permissions"))
        self.labels["scopes"].setText(self.tr("Data permissions"))
        self.is_admin.setText(self.tr("Administrator (all permissions)"))
        self.matrix.setVerticalHeaderLabels([catalog(MODULES[m]) for m in MODULE_KEYS])
        self.matrix.setHorizontalHeaderLabels([catalog(OPERATIONS[o]) for o in OPERATION_KEYS])
        for entity, combo in self.scope_combos.items():
            self.entity_labels[entity].setText(catalog(ENTITIES[entity]))
            combo.setItemText(0, self.tr("No records"))
            for index, scope in enumerate(SCOPES, start=1):
                combo.setItemText(index, catalog(SCOPES[scope]))
        self.btn_new.setText(self.tr("&New role"))
        self.btn_save.setText(self.tr("&Save"))
        self.btn_delete.setText(self.tr("&Delete"))
        self.btn_close.setText(self.tr("Close"))
