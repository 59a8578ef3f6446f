"""The recycle bin: deleted customers within the user's data permissions; restoring one (a merged customer is
separated from the customer it was merged into again)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.recycle_bin import DeletedCustomer
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.customers.common import format_datetime, make_table, named
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background


class RecycleBinDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recycle_bin_dialog")
        self.workspace = workspace
        self.rows: list[DeletedCustomer] = []
        self.busy = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = make_table(self, "recycle_bin_table")
        self.table.setColumnCount(4)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = named(QPushButton(), "restore_customer")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((16, 8, 5)):
            self.table.setColumnWidth(column, chars * char + 16)
        self.resize(56 * char, 26 * char)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        self.busy = True
        service = self.workspace.recycle_bin
        run_in_background(service.list_deleted, self._fill, self._failed, receiver=self)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._update_buttons()
        show_error(self, error)

    def _fill(self, rows: list[DeletedCustomer]) -> None:
        self.busy = False
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            merged = self.tr("Merged into {name}").format(name=r.merged_into) if r.merged_into else ""
            for column, value in enumerate(
                (r.name, format_datetime(r.deleted_at), r.deleted_by or "", merged)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(
            not self.busy and self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        )

    def restore(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        customer_id = self.rows[row].id
        self.busy = True
        self._update_buttons()
        service = self.workspace.recycle_bin

        def done(changed: list[int]) -> None:
            app_signals().records_changed.emit("customer", changed)
            self.load()

        run_in_background(lambda: service.restore(customer_id), done, self._failed, receiver=self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Recycle bin"))
        self.intro.setText(
            self.tr("Deleted customers. Restoring a merged customer undoes the merge: its contacts, history and "
                    "other records move back to it.")
        )  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Deleted at"), self.tr("Deleted by"), self.tr("Note")]
        )
        self.restore_button.setText(self.tr("Restore"))
        if not self.busy:
            self._fill(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
