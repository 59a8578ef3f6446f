"""Transfer customers (移交): all or selected customers of one person, with their open tasks, to another person
in one step. For administrators (customers: assign)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.transfer import OwnedCustomer, TransferResult
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background


class TransferDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_dialog")
        self.workspace = workspace
        self.owned: list[OwnedCustomer] = []
        self.transfer_result: TransferResult | None = None
        self.busy = False
        self.from_combo = named(QComboBox(), "transfer_from")
        self.to_combo = named(QComboBox(), "transfer_to")
        self.from_combo.currentIndexChanged.connect(lambda _i: self.load_customers())
        self.customers = named(QListWidget(), "transfer_customers")
        self.customers.itemChanged.connect(lambda _item: self._update_buttons())
        self.all_box = named(QCheckBox(), "transfer_all")
        self.all_box.setChecked(True)
        self.all_box.toggled.connect(self._check_all)
        self.tasks_box = named(QCheckBox(), "transfer_tasks")
        self.tasks_box.setChecked(True)
        self.reason_edit = named(QLineEdit(), "transfer_reason")
        self.summary = named(QLabel(), "transfer_summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.transfer_button = named(QPushButton(), "transfer_confirm")
        self.buttons.addButton(self.transfer_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.transfer_button.clicked.connect(lambda: self.transfer())
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.from_label, self.to_label, self.reason_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.from_label, self.from_combo)
        form.addRow(self.to_label, self.to_combo)
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.all_box)
        layout.addWidget(self.customers, 1)
        layout.addWidget(self.tasks_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().horizontalAdvance("中")
        self.resize(40 * char, 34 * char)
        self.retranslate_ui()
        run_in_background(workspace.colleagues, self._people, lambda e: show_error(self, e), receiver=self)

    def _people(self, people: list[Colleague]) -> None:
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            for person in people:
                combo.addItem(f"{person.full_name}（{person.department or '—'}）", person.id)
            combo.blockSignals(False)
        self.to_combo.setCurrentIndex(min(1, len(people) - 1))
        self.load_customers()

    def load_customers(self) -> None:
        owner = self.from_combo.currentData()
        if owner is None:
            return
        self.busy = True
        self._update_buttons()
        service = self.workspace.transfers
        run_in_background(lambda: service.owned_by(owner), self._fill, self._failed, receiver=self)

    def _fill(self, owned: list[OwnedCustomer]) -> None:
        self.busy = False
        self.owned = owned
        self.customers.blockSignals(True)
        self.customers.clear()
        for c in owned:
            text = (
                c.name
                if not c.open_tasks
                else self.tr("{name} ({count} open tasks)").format(name=c.name, count=c.open_tasks)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self.all_box.isChecked() else Qt.CheckState.Unchecked)
            self.customers.addItem(item)
        self.customers.blockSignals(False)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._update_buttons()
        show_error(self, error)

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.customers.blockSignals(True)
        for row in range(self.customers.count()):
            self.customers.item(row).setCheckState(state)
        self.customers.blockSignals(False)
        self._update_buttons()

    def chosen_ids(self) -> list[int]:
        return [
            self.customers.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.customers.count())
            if self.customers.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_buttons(self) -> None:
        chosen = len(self.chosen_ids())
        self.summary.setText(
            self.tr("{chosen} of {total} customers chosen").format(chosen=chosen, total=len(self.owned))
        )
        same = self.from_combo.currentData() == self.to_combo.currentData()
        self.transfer_button.setEnabled(not self.busy and chosen > 0 and not same)

    def transfer(self, *, confirm: bool = True) -> None:
        from_id, to_id, ids = self.from_combo.currentData(), self.to_combo.currentData(), self.chosen_ids()
        if not ids or from_id is None or to_id is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Transfer customers"),
                self.tr("Transfer {count} customers from {source} to {target}?").format(
                    count=len(ids), source=self.from_combo.currentText(), target=self.to_combo.currentText()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        everything = len(ids) == len(self.owned)
        tasks, reason, service = self.tasks_box.isChecked(), self.reason_edit.text(), self.workspace.transfers
        self.busy = True
        self._update_buttons()

        def done(result: TransferResult) -> None:
            self.transfer_result = result
            app_signals().records_changed.emit("customer", ids)
            app_signals().records_changed.emit("task", [])
            QMessageBox.information(
                self,
                self.tr("Transfer customers"),
                self.tr("{customers} customers and {tasks} open tasks were transferred.").format(
                    customers=result.customers, tasks=result.tasks
                ),
            )
            self.load_customers()

        run_in_background(
            lambda: service.transfer(
                from_id, to_id, None if everything else ids, with_open_tasks=tasks, reason=reason
            ),
            done,
            self._failed,
            receiver=self,
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Transfer customers"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. left the company"))
        self.all_box.setText(self.tr("All customers of this person"))
        self.tasks_box.setText(self.tr("Move their open tasks for these customers too"))
        self.transfer_button.setText(self.tr("Transfer"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
