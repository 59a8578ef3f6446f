"""Administrators arrange the contract approval chain: ordered steps, each approved by the department manager,
anyone holding a role, or one person."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contract_chain
from crm_desktop.services.contract_chain import ChainStep, ChainStepInput, Choice
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error, translate_error
from crm_desktop.ui.modules.quotes.common import Services
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


@dataclass(frozen=True)
class _Reference:
    steps: list[ChainStep]
    roles: list[Choice]
    users: list[Choice]


class ChainDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_chain_dialog")
        self.services = Services.of(workspace)
        self.reference = _Reference([], [], [])
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = named(QTableWidget(0, 3), "chain_steps")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 220)
        self.table.verticalHeader().setVisible(False)
        self.error = named(QLabel(), "chain_error")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.add_button, self.remove_button = (
            named(QPushButton(), "add_step"),
            named(QPushButton(), "remove_step"),
        )
        self.up_button, self.down_button = named(QPushButton(), "step_up"), named(QPushButton(), "step_down")
        self.add_button.clicked.connect(lambda: self.add_row(ChainStepInput("", "department_manager")))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(780, 380)
        self.retranslate_ui()
        chain = self.services.chain
        run_in_background(lambda: _Reference(chain.steps(), chain.roles(), chain.users()), self._loaded,
                          lambda e: show_error(self, e), receiver=self)  # fmt: skip

    def _loaded(self, reference: _Reference) -> None:
        self.reference = reference
        for step in reference.steps:
            self.add_row(ChainStepInput(step.step_name, step.kind, step.role_id, step.user_id))

    def add_row(self, step: ChainStepInput) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(step.step_name)
        kind = QComboBox()
        for key, label in contract_chain.KINDS.items():
            kind.addItem(QCoreApplication.translate("Contracts", label), key)
        kind.setCurrentIndex(max(kind.findData(step.kind), 0))
        who = QComboBox()
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, kind)
        self.table.setCellWidget(row, 2, who)
        kind.currentIndexChanged.connect(lambda _i, k=kind, w=who: self._fill_who(k, w, None))
        self._fill_who(kind, who, step.role_id if step.kind == "role" else step.user_id)

    def _fill_who(self, kind: QComboBox, who: QComboBox, selected: int | None) -> None:
        who.clear()
        choices = {"role": self.reference.roles, "user": self.reference.users}.get(kind.currentData(), [])
        for choice in choices:
            who.addItem(choice.name, choice.id)
        who.setEnabled(bool(choices))
        if selected is not None:
            who.setCurrentIndex(max(who.findData(selected), 0))

    def steps(self) -> list[ChainStepInput]:
        out = []
        for row in range(self.table.rowCount()):
            name, kind, who = (self.table.cellWidget(row, c) for c in range(3))
            assert isinstance(name, QLineEdit) and isinstance(kind, QComboBox) and isinstance(who, QComboBox)
            key, target = kind.currentData(), who.currentData()
            out.append(ChainStepInput(name.text(), key, target if key == "role" else None,
                                      target if key == "user" else None))  # fmt: skip
        return out

    def move_step(self, delta: int) -> None:
        row = self.table.currentRow()
        steps = self.steps()
        if row < 0 or not 0 <= row + delta < len(steps):
            return
        steps[row], steps[row + delta] = steps[row + delta], steps[row]
        self.table.setRowCount(0)
        for step in steps:
            self.add_row(step)
        self.table.setCurrentCell(row + delta, 0)

    def save(self) -> None:
        self.error.clear()
        steps, chain = self.steps(), self.services.chain
        run_in_background(lambda: chain.save(steps), lambda _s: self.accept(), self._failed, receiver=self)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            lines = []
            for key, message in error.fields.items():
                parts = key.split(".")
                prefix = self.tr("Step %1: ").replace("%1", str(int(parts[1]) + 1)) if len(parts) == 3 else ""
                lines.append(prefix + translate_error(message, error.field_params.get(key)))
            self.error.setText("\n".join(lines))
            return
        show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Contract approval chain"))
        self.intro.setText(self.tr("A submitted contract passes these steps in order; each step's approver is "
                                   "notified in turn. Contracts already in approval keep their chain."))  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step name"), self.tr("Approved by"), self.tr("Role or person")]
        )
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove step"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
